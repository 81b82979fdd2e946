// The KVM hosts of the simulated fleet behind libvirt's own test driver: each host's node XML is
// written to a directory of its own and rewritten (atomically) whenever a domain changes, so a
// real `virsh -c test:///…/kvm-1.xml` reads the fleet as it is now. A wrapper script in front of
// virsh records every run (its commands), for tests that count what a listing costs — the
// request log of this "emulator". No daemon: the test driver runs inside each virsh process.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { chmodSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Fleet } from '../fleet.js';
import { nodeXml } from './node-xml.js';

export interface LibvirtTestDriver {
  /** Each host's connection URI (test:///<dir>/<host>.xml). */
  uris: ReadonlyMap<string, string>;
  /** A virsh that records its runs before running the real one. */
  virsh: string;
  /** Every virsh run so far: its URI, the commands it was given, and whether the connection was read-only. */
  runs(): { uri: string; commands: string[]; readonly: boolean }[];
  /** Runs whose commands include one starting with `command` (`domstats`, `dumpxml`, …), for a host when given. */
  count(command: string, host?: string): number;
  resetRuns(): void;
  close(): Promise<void>;
}

/** Whether virsh is installed (Debian package libvirt-clients). */
export function virshAvailable(virsh = 'virsh'): Promise<boolean> {
  return new Promise((resolve) => execFile(virsh, ['--version'], (error) => resolve(!error)));
}

export async function startLibvirtTestDriver(options: { fleet: Fleet; virsh?: string }): Promise<LibvirtTestDriver> {
  const { fleet } = options;
  const dir = await mkdtemp(path.join(tmpdir(), 'fleetgraph-libvirt-'));
  const uris = new Map(fleet.libvirt.hostNames.map((host) => [host, `test://${path.join(dir, `${host}.xml`)}`]));
  const write = (host: string) => {
    const file = path.join(dir, `${host}.xml`);
    writeFileSync(`${file}.tmp`, nodeXml(fleet.libvirt.of(host)));
    renameSync(`${file}.tmp`, file);
  };
  for (const host of fleet.libvirt.hostNames) write(host);
  const stopListening = fleet.libvirt.onChange((change) => write(change.host));

  const log = path.join(dir, 'runs.log');
  writeFileSync(log, '');
  const wrapper = path.join(dir, 'virsh');
  // One line per run: the arguments, NUL-separated (the command string is the last).
  writeFileSync(wrapper, `#!/bin/sh\nprintf '%s\\0' "$@" >> '${log}'\nprintf '\\n' >> '${log}'\nexec '${options.virsh ?? 'virsh'}' "$@"\n`);
  chmodSync(wrapper, 0o755);

  const runs = () =>
    readFileSync(log, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const args = line.split('\0').filter(Boolean);
        const uri = args[args.indexOf('--connect') + 1] ?? '';
        return { uri, commands: (args.at(-1) ?? '').split(';').map((c) => c.trim()).filter(Boolean), readonly: args.includes('--readonly') };
      });
  return {
    uris,
    virsh: wrapper,
    runs,
    count: (command, host) => runs().filter((r) => (!host || r.uri === uris.get(host)) && r.commands.some((c) => c.startsWith(command))).length,
    resetRuns: () => writeFileSync(log, ''),
    async close() {
      stopListening();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
