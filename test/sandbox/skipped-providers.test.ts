// The default sandbox on a machine without virsh, containerd or gcc (a PATH that holds none): it
// still starts, says in one line each what to install for libvirt and containerd, and serves the
// five providers it can run.
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProvidersDocument } from '../generated/operations.js';
import { execute } from '../support/graphql.js';
import { waitFor } from '../support/redis.js';

describe('the default sandbox without libvirt and containerd binaries', () => {
  let child: ChildProcess | undefined;
  let output = '';
  let url = '';

  beforeAll(async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, PATH: '/nonexistent', PORT: '0', LOG_LEVEL: 'warn' };
    delete env.FLEETGRAPH_CONFIG;
    delete env.REDIS_URL;
    child = spawn(process.execPath, ['bin/fleetgraph.js', 'start'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    await waitFor(() => /FleetGraph ready at (\S+)/.test(output), 60_000, 'FleetGraph to start');
    url = /FleetGraph ready at (\S+)/.exec(output)![1]!;
  }, 90_000);

  afterAll(async () => {
    if (!child) return;
    child.kill('SIGTERM');
    await new Promise((resolve) => child!.once('exit', resolve));
  });

  it('says what to install for each, and serves the other five', async () => {
    expect(output).toContain('libvirt skipped: install libvirt-clients (virsh)');
    // As root the missing binary is named; otherwise that containerd needs root.
    expect(output).toMatch(/containerd skipped: (install containerd \(containerd not found\)|containerd needs root)/);
    const result = await execute(url, ProvidersDocument, {});
    expect(result.errors).toBeUndefined();
    expect(result.data!.providers.map((p) => p.provider).sort()).toEqual(['AWS', 'AZURE', 'DIGITALOCEAN', 'GCP', 'PROXMOX']);
  });
});
