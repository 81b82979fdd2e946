// The README's quick start, literally: `npm start` with no configuration serves the sandbox,
// and a frontend's query for VMs with volumes, security groups and CPU metrics gets answers.
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import { containerdUnavailable } from '../../emulators/containerd/index.js';
import { virshAvailable } from '../../emulators/libvirt/index.js';
import { FleetWithDetailsDocument } from '../generated/operations.js';
import { execute } from '../support/graphql.js';
import { freePort } from '../support/redis.js';

describe('npm start (the sandbox)', () => {
  let child: ChildProcess;
  let url: string;

  beforeAll(async () => {
    const port = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), LOG_LEVEL: 'warn' };
    delete env.FLEETGRAPH_CONFIG;
    delete env.REDIS_URL;
    child = spawn('npm', ['start', '--silent'], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    url = await new Promise<string>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`npm start did not become ready:\n${output}`)), 45_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /FleetGraph ready at (\S+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
    });
  }, 60_000);

  afterAll(() => {
    if (child?.pid) process.kill(-child.pid, 'SIGTERM');
  });

  it('answers VMs with volumes, security groups and CPU metrics over HTTP', async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
    const result = await execute(url, FleetWithDetailsDocument, {
      first: 1000,
      filter: { states: ['RUNNING'] },
      from: new Date(Date.now() - 3 * 3600_000).toISOString(),
      to: new Date().toISOString(),
    });
    expect(result.errors).toBeUndefined();
    const vms = result.data!.vms.nodes;
    expect(result.data!.vms.totalCount).toBeGreaterThan(100);
    // libvirt's hosts run where virsh is installed, containerd where it can run (CI has both).
    const withLibvirt = await virshAvailable();
    const withContainerd = (await containerdUnavailable()) === null;
    expect(new Set(vms.map((vm) => vm.provider))).toEqual(new Set(['AWS', 'AZURE', 'GCP', 'DIGITALOCEAN', 'PROXMOX', ...(withLibvirt ? ['LIBVIRT'] : []), ...(withContainerd ? ['CONTAINERD'] : [])]));
    // libvirt's test driver reports no counters, and a container's CPU series starts with FleetGraph's first sample.
    const measured = vms.filter((vm) => vm.provider !== 'LIBVIRT' && vm.provider !== 'CONTAINERD');
    let fullSeries = 0;
    for (const vm of vms) {
      expect(vm.state).toBe('RUNNING');
      // A container has no disks or security groups of its own: none are made up.
      if (vm.provider === 'CONTAINERD') {
        expect([vm.volumes, vm.securityGroups]).toEqual([[], []]);
        continue;
      }
      // A droplet's own disk is part of its size: only the block-storage volumes attached to it are volumes.
      if (vm.provider !== 'DIGITALOCEAN') expect(vm.volumes!.length).toBeGreaterThan(0);
      // A Proxmox guest names its firewall groups in its own rules (a read per guest), libvirt has no groups: none are listed.
      if (vm.provider === 'PROXMOX' || vm.provider === 'LIBVIRT') expect(vm.securityGroups).toEqual([]);
      // DigitalOcean firewalls apply by tag or droplet id: some droplets have none.
      else if (vm.provider !== 'DIGITALOCEAN') expect(vm.securityGroups!.length).toBeGreaterThan(0);
      const cpu = vm.metrics!.find((m) => m.name === 'CPU_UTILIZATION')!;
      if (vm.provider === 'LIBVIRT') {
        expect(cpu).toMatchObject({ available: false, points: [] });
        continue;
      }
      expect(cpu.unit).toBe('PERCENT');
      // Proxmox answers three hours from its day archive: 30-minute points.
      if (cpu.points.length > (vm.provider === 'PROXMOX' ? 5 : 30)) fullSeries++;
      for (const point of cpu.points) {
        expect(point.value).toBeGreaterThanOrEqual(0);
        expect(point.value).toBeLessThanOrEqual(100);
      }
    }
    // The sandbox's own churn starts a few VMs a minute: one started within the window has only
    // the points since it started. The rest ran the whole three hours (36 five-minute points, 6 on Proxmox).
    expect(fullSeries).toBeGreaterThan(measured.length * 0.8);
  });

  it('acts on the demo fleet with no setup: a dry run of stopVm is validated and nothing stops', async () => {
    const listed = await execute(url, parse('{ vms(filter: { providers: [GCP], states: [RUNNING] }, first: 1) { nodes { id } } }'));
    const id = (listed.data as { vms: { nodes: { id: string }[] } }).vms.nodes[0]!.id;
    const result = await execute(url, parse('mutation($id: ID!) { stopVm(id: $id, idempotencyKey: "quick-start", dryRun: true) { status dryRun requestedBy } }'), { id });
    expect(result).toEqual({ data: { stopVm: { status: 'SUCCEEDED', dryRun: true, requestedBy: 'anonymous' } } });
  });
});
