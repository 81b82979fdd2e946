// One host's way to libvirt: `virsh --readonly --quiet --connect URI "cmd1; cmd2; …"`, several
// commands over one connection (one SSH session for qemu+ssh). virsh's exit status only tells of
// its last command, so what failed is read from stderr: each failed command prints an
// `error: …` line there. Runs are bounded in time, output and number at once per host, and each
// is counted and traced as one upstream request.
import { execFile } from 'node:child_process';
import pLimit, { type LimitFunction } from 'p-limit';
import { observeUpstreamAttempt } from '../../telemetry/upstream-attempt.js';

/** Larger than any real answer (dumpxml of a thousand domains is a few MB). */
const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;

export interface VirshOptions {
  host: string;
  region: string;
  uri: string;
  virsh: string;
  timeoutMs: number;
  maxConcurrency: number;
  /** Waits for a client-side rate-limit token; a ProviderError it throws fails the run unstarted. */
  beforeRun?(operation: string): Promise<void>;
}

export interface VirshOutput {
  stdout: string;
  /** The `error: …` lines of commands that failed (a run can partly fail and still exit 0). */
  errors: string[];
}

/** virsh could not run, or could not connect, or its last command failed. */
export class VirshError extends Error {
  constructor(
    message: string,
    /** ENOENT (no virsh), ETIMEDOUT (killed at the deadline), or virsh's exit code. */
    readonly code: string,
    readonly stderr: string,
  ) {
    super(message);
    this.name = 'VirshError';
  }
}

export class Virsh {
  private readonly slots: LimitFunction;

  constructor(private readonly options: VirshOptions) {
    this.slots = pLimit(options.maxConcurrency);
  }

  /** Runs `commands` in one virsh process; `operation` names the run in logs and metrics. */
  run(operation: string, commands: readonly string[]): Promise<VirshOutput> {
    const call = { provider: 'libvirt', service: 'virsh', operation, account: this.options.host, region: this.options.region };
    return this.slots(async () => {
      await this.options.beforeRun?.(operation);
      return observeUpstreamAttempt(call, { pageKey: () => ({ listing: operation, token: '' }) }, () => this.exec(commands));
    });
  }

  private exec(commands: readonly string[]): Promise<VirshOutput> {
    const { virsh, uri, timeoutMs } = this.options;
    const args = ['--readonly', '--quiet', '--connect', uri, commands.join('; ')];
    return new Promise((resolve, reject) => {
      execFile(virsh, args, { timeout: timeoutMs, maxBuffer: MAX_OUTPUT_BYTES, killSignal: 'SIGKILL', env: { ...process.env, LC_ALL: 'C' } }, (error, stdout, stderr) => {
        const errors = stderr.split('\n').filter((line) => line.startsWith('error:'));
        if (!error) return resolve({ stdout, errors });
        const failure = error as NodeJS.ErrnoException & { killed?: boolean; code?: number | string };
        if (failure.code === 'ENOENT') return reject(new VirshError(`${virsh} not found: install libvirt-clients (Debian, Ubuntu) or libvirt-client`, 'ENOENT', ''));
        if (failure.killed) return reject(new VirshError(`virsh took longer than ${timeoutMs} ms and was stopped`, 'ETIMEDOUT', stderr));
        reject(new VirshError(errors.map((line) => line.replace(/^error:\s*/, '')).join('; ') || `virsh exited with ${String(failure.code)}`, String(failure.code), stderr));
      });
    });
  }
}

/** A domain, network or pool name as one argument of a virsh command string. */
export function quoted(name: string): string {
  if (!name.includes("'")) return `'${name}'`;
  return `"${name.replace(/["\\]/g, (c) => `\\${c}`)}"`;
}
