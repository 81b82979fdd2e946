// Proxmox VE through the whole product: the sandbox's Proxmox emulator (HTTPS with a self-signed
// certificate, trusted by CA for one cluster and by pinned fingerprint for the other) beside AWS,
// one query across both, the exact requests a listing costs, every guest state, metrics from RRD
// data, mutations refused for a provider FleetGraph only reads, a node that is down, and guest
// changes reaching subscribers by polling.
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { ProvidersDocument, VmByIdDocument } from '../generated/operations.js';
import { gatewayUrl, startTestApp, untilEveryScopePolled } from '../support/app.js';
import { execute } from '../support/graphql.js';
import { accountHealth } from '../support/provider-health.js';
import { subscribe } from '../support/subscriptions.js';

const VMS = parse(`query($filter: VmFilter, $first: Int) {
  vms(first: $first, filter: $filter) { totalCount nodes { id provider account region zone name state providerState vcpus memoryMiB volumeIds
    volumes { id sizeGiB state } extras { key value } } }
}`);
const METRICS = parse(`query($filter: VmFilter, $from: DateTime!, $to: DateTime!) {
  vms(first: 3, filter: $filter) { nodes { id metrics(names: [CPU_UTILIZATION, MEMORY_UTILIZATION, NETWORK_IN_BYTES, DISK_READ_OPS], from: $from, to: $to, period: 300) { name unit available points { value } } } }
}`);
const STOP = parse('mutation($id: ID!) { stopVm(id: $id, idempotencyKey: "pve-read-only", dryRun: true) { id status } }');
const EVENTS = parse('subscription { vmStateChanged(filter: { providers: [PROXMOX] }) { vmId source previousState newState newProviderState } }');

type Vm = { id: string; provider: string; account: string; region: string; zone: string; name: string; state: string; providerState: string; volumeIds: string[]; volumes: { id: string; state: string }[]; extras: { key: string; value: string }[] };
const vmsOf = (result: { data?: unknown }) => (result.data as { vms: { totalCount: number; nodes: Vm[] } }).vms.nodes;

describe('a cold query over AWS and Proxmox VE', () => {
  let cold: RunningApp;
  beforeAll(async () => {
    cold = await startTestApp({ clouds: ['aws', 'proxmox'], vmsPerScope: 12 });
  });
  afterAll(async () => {
    await cold?.stop();
  });

  it('answers guests beside AWS VMs with their disks: per cluster one cluster/resources, one VM list per node, one content list per disk storage', async () => {
    const emulator = cold.sandbox!.proxmox!;
    const all = await execute(gatewayUrl(cold), VMS, { first: 1000 });
    expect(all.errors).toBeUndefined();
    const vms = vmsOf(all);
    expect(new Set(vms.map((v) => v.provider))).toEqual(new Set(['AWS', 'PROXMOX']));
    const guests = vms.filter((v) => v.provider === 'PROXMOX');
    const fleet = cold.sandbox!.fleet.proxmox;
    // Every guest but the templates (two per cluster), each once.
    expect(guests).toHaveLength(fleet.clusterNames.length * 12);
    expect(new Set(guests.map((g) => g.account))).toEqual(new Set(fleet.clusterNames));
    for (const guest of guests) {
      expect(guest.region).toBe(guest.account);
      expect(guest.volumes.map((v) => v.id).sort()).toEqual([...guest.volumeIds].sort());
      expect(guest.volumeIds.length).toBeGreaterThan(0);
      for (const volume of guest.volumes) expect(volume.state).toBe('IN_USE');
    }
    for (const name of fleet.clusterNames) {
      const cluster = fleet.of(name);
      const nodesWithRunningVms = new Set(cluster.guests.filter((g) => g.type === 'qemu' && g.status === 'running' && g.template === 0).map((g) => g.node));
      const diskStorages = cluster.storages.filter((s) => s.content.includes('images')).reduce((n, s) => n + (s.shared ? 1 : s.nodes.length), 0);
      // The volumes the query asks for come from the reads its VM listing just made.
      expect(emulator.requests.count({ action: 'cluster.resources', account: name })).toBe(1);
      expect(emulator.requests.count({ action: 'qemu.list', account: name })).toBe(nodesWithRunningVms.size);
      expect(emulator.requests.count({ action: 'storage.content', account: name })).toBe(diskStorages);
    }
    const again = await execute(gatewayUrl(cold), VmByIdDocument, { id: guests[0]!.id });
    expect(again.data?.vm?.id).toBe(guests[0]!.id);
  });
});

describe('a Proxmox VE cluster whose API fails', () => {
  let failing: RunningApp;
  const NO_CACHE = { vm: 0, volume: 0, securityGroup: 0, networkInterface: 0, metrics: 0 };
  beforeAll(async () => {
    failing = await startTestApp({ clouds: ['aws', 'proxmox'], vmsPerScope: 3, ttlSeconds: NO_CACHE });
  });
  afterAll(async () => {
    await failing?.stop();
  });

  it("answers everyone else's VMs with an error naming the cluster, and the cluster's health shows it", async () => {
    failing.sandbox!.proxmox!.faults.add({ service: 'cluster', account: 'pve-edge', kind: 'unavailable' });
    const result = await execute(gatewayUrl(failing), VMS, { first: 1000 });
    const vms = vmsOf(result);
    expect(vms.some((v) => v.provider === 'AWS')).toBe(true);
    expect(new Set(vms.filter((v) => v.provider === 'PROXMOX').map((v) => v.account))).toEqual(new Set(['pve-lab']));
    expect(result.errors?.map((e) => e.extensions)).toContainEqual(
      expect.objectContaining({ code: 'PROVIDER_UNAVAILABLE', provider: 'proxmox', account: 'pve-edge', operation: 'cluster.resources' }),
    );
    const health = await accountHealth(failing, 'PROXMOX');
    expect(health.get('pve-edge')).toEqual(new Set(['FAILING']));
    expect(health.get('pve-lab')).toEqual(new Set(['HEALTHY']));
  });
});

let app: RunningApp;

beforeAll(async () => {
  app = await startTestApp({ clouds: ['proxmox'], vmsPerScope: 10, pollIntervalSeconds: 0.3, writes: { enabled: true } });
  await untilEveryScopePolled(app);
}, 60_000);

afterAll(async () => {
  await app?.stop();
});

describe('Proxmox VE in the sandbox', () => {
  it('maps every guest state the first cluster holds, raw values kept, and lists the clusters in providers', async () => {
    const result = await execute(gatewayUrl(app), VMS, { first: 1000, filter: { providers: ['PROXMOX'], accounts: ['pve-lab'] } });
    expect(result.errors).toBeUndefined();
    const byName = new Map(vmsOf(result).map((v) => [v.name, v]));
    const state = (vmid: number) => {
      const vm = [...byName.values()].find((v) => v.id.endsWith(`:vm:${vmid}`))!;
      return [vm.state, vm.providerState];
    };
    expect(state(100)).toEqual(['STOPPED', 'stopped']);
    expect(state(101)).toEqual(['SUSPENDED', 'paused']);
    expect(state(102)).toEqual(['SUSPENDED', 'suspended']);
    expect(state(103)).toEqual(['SUSPENDED', 'stopped']);
    expect(state(104)).toEqual(['PENDING', 'prelaunch']);
    expect(state(105)).toEqual(['ERROR', 'io-error']);
    expect(state(106)).toEqual(['ERROR', 'stopped']);
    expect(state(107)).toEqual(['PENDING', 'inmigrate']);
    const providers = await execute(gatewayUrl(app), ProvidersDocument, {});
    const proxmox = providers.data!.providers.find((p) => p.provider === 'PROXMOX')!;
    expect(proxmox.accounts.map((a) => a.id).sort()).toEqual([...app.sandbox!.fleet.proxmox.clusterNames].sort());
  });

  it('answers metrics from RRD data: one rrddata request per guest for all its metrics, disk operations unavailable', async () => {
    const emulator = app.sandbox!.proxmox!;
    emulator.requests.reset();
    const to = new Date();
    const from = new Date(to.getTime() - 3600_000);
    const result = await execute(gatewayUrl(app), METRICS, { filter: { providers: ['PROXMOX'], states: ['RUNNING'] }, from: from.toISOString(), to: to.toISOString() });
    expect(result.errors).toBeUndefined();
    const nodes = (result.data as { vms: { nodes: { metrics: { name: string; unit: string; available: boolean; points: { value: number }[] }[] }[] } }).vms.nodes;
    expect(nodes).toHaveLength(3);
    for (const vm of nodes) {
      const cpu = vm.metrics.find((m) => m.name === 'CPU_UTILIZATION')!;
      expect(cpu.points.length).toBeGreaterThanOrEqual(11);
      for (const point of cpu.points) expect(point.value).toBeGreaterThanOrEqual(0);
      expect(vm.metrics.find((m) => m.name === 'NETWORK_IN_BYTES')!.points.length).toBeGreaterThan(0);
      expect(vm.metrics.find((m) => m.name === 'DISK_READ_OPS')).toMatchObject({ available: false, points: [] });
    }
    expect(emulator.requests.count({ action: 'qemu.rrddata' }) + emulator.requests.count({ action: 'lxc.rrddata' })).toBe(3);
  });

  it('refuses a mutation on a guest before any call: FleetGraph only reads Proxmox VE', async () => {
    const all = await execute(gatewayUrl(app), VMS, { first: 1, filter: { providers: ['PROXMOX'] } });
    const id = vmsOf(all)[0]!.id;
    app.sandbox!.proxmox!.requests.reset();
    const result = await execute(gatewayUrl(app), STOP, { id });
    expect(result.errors?.[0]?.extensions?.code).toBe('PROVIDER_NOT_CONFIGURED');
    expect(app.sandbox!.proxmox!.requests.count()).toBe(0);
  });

  it('delivers a guest shut down on the cluster to subscribers, found by polling', async () => {
    const subscription = subscribe(gatewayUrl(app), EVENTS as never, {});
    try {
      await subscription.connected;
      await new Promise((r) => setTimeout(r, 500));
      const fleet = app.sandbox!.fleet.proxmox;
      const guest = fleet.of('pve-edge').guests.find((g) => g.status === 'running' && g.template === 0 && !g.lock && g.qmpstatus !== 'paused')!;
      fleet.setPower('pve-edge', guest.vmid, 'stopped');
      const [event] = await subscription.take(1);
      expect(event!.errors).toBeUndefined();
      expect((event!.data as { vmStateChanged: unknown }).vmStateChanged).toMatchObject({ source: 'POLL', previousState: 'RUNNING', newState: 'STOPPED', newProviderState: 'stopped' });
    } finally {
      await subscription.dispose();
    }
  });
});
