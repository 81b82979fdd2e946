// The `fleetgraph` command as a user runs it from a checkout after `npm ci`: `npx fleetgraph`
// resolves package.json's bin, which runs the CLI's JavaScript build (dist/).
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

async function fleetgraph(command: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(command, args, { env: { ...process.env, npm_config_yes: 'false' }, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('fleetgraph', () => {
  it('answers `npx fleetgraph --help` with every command, and exits 0', async () => {
    const { code, stdout } = await fleetgraph('npx', ['--no-install', 'fleetgraph', '--help']);
    expect(code).toBe(0);
    for (const command of ['start', 'sandbox', 'subgraph <name>', 'gateway', 'compose [--check]']) expect(stdout).toContain(command);
  });

  it('mints an API key: the key once, and the config entry holding only its hash', async () => {
    const { code, stdout } = await fleetgraph(process.execPath, ['bin/fleetgraph.js', 'apikey', 'create', 'ci-bot', '--role', 'operator']);
    expect(code).toBe(0);
    const key = /(fgk_ci-bot_\S+)/.exec(stdout)![1]!;
    const sha256 = /sha256: ([0-9a-f]{64})/.exec(stdout)![1]!;
    expect(stdout).toContain('{ id: ci-bot, role: operator, sha256: ');
    expect(createHash('sha256').update(key.slice('fgk_ci-bot_'.length)).digest('hex')).toBe(sha256);
  });

  it('refuses an unknown command with the usage line and exit code 1', async () => {
    const { code, stderr } = await fleetgraph(process.execPath, ['bin/fleetgraph.js', 'launch']);
    expect(code).toBe(1);
    expect(stderr).toContain('unknown command "launch"');
    expect(stderr).toContain('usage: fleetgraph start | sandbox');
  });

  it('starts with LOG_LEVEL=silent, a level the gateway runtime itself does not know', async () => {
    const child = spawn(process.execPath, ['bin/fleetgraph.js', 'start'], {
      env: { ...process.env, LOG_LEVEL: 'silent', PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const output = await new Promise<string>((resolve, reject) => {
        let text = '';
        const onData = (chunk: Buffer) => {
          text += chunk.toString();
          if (/FleetGraph ready at http:\/\/127\.0\.0\.1:\d+\/graphql/.test(text)) resolve(text);
        };
        child.stdout!.on('data', onData);
        child.stderr!.on('data', onData);
        child.once('exit', (code) => reject(new Error(`exited with ${code}:\n${text}`)));
        setTimeout(() => reject(new Error(`not ready in 60 s:\n${text}`)), 60_000).unref();
      });
      expect(output).not.toContain('Invalid LOG_LEVEL');
    } finally {
      child.kill('SIGTERM');
    }
  }, 70_000);
});
