// KVM hosts through the whole product: libvirt's own test driver over the simulated hosts (real
// virsh, read-only), one query across AWS and libvirt, the exact virsh runs a listing costs,
// volumes and NICs resolved from a VM, a host that cannot be reached failing alone, mutations
// refused, and domain changes reaching subscribers by polling.
import { rmSync } from 'node:fs';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { ProvidersDocument } from '../generated/operations.js';
import { gatewayUrl, startTestApp, untilEveryScopePolled } from '../support/app.js';
import { execute } from '../support/graphql.js';
import { accountHealth } from '../support/provider-health.js';
import { subscribe } from '../support/subscriptions.js';

const VMS = parse(`query($filter: VmFilter, $first: Int) {
  vms(first: $first, filter: $filter) { totalCount nodes { id provider account region name state providerState vcpus memoryMiB volumeIds
    volumes { id sizeGiB state } networkInterfaces { macAddress } } }
}`);
const STOP = parse('mutation($id: ID!) { stopVm(id: $id, idempotencyKey: "kvm-read-only", dryRun: true) { id status } }');
const EVENTS = parse('subscription { vmStateChanged(filter: { providers: [LIBVIRT] }) { vmId source previousState newState newProviderState } }');

type Vm = { id: string; provider: string; account: string; name: string; state: string; providerState: string; volumeIds: string[]; volumes: { id: string; state: string }[]; networkInterfaces: { macAddress: string }[] };
const vmsOf = (result: { data?: unknown }) => (result.data as { vms: { nodes: Vm[] } }).vms.nodes;

let app: RunningApp;

beforeAll(async () => {
  app = await startTestApp({ clouds: ['aws', 'libvirt'], vmsPerScope: 6, pollIntervalSeconds: 0.3, writes: { enabled: true } });
  await untilEveryScopePolled(app);
}, 60_000);

afterAll(async () => {
  await app?.stop();
});

describe('KVM hosts through libvirt in the sandbox', () => {
  it('answers domains beside AWS VMs with their volumes and NICs; a cold listing is two virsh runs per host', async () => {
    const driver = app.sandbox!.libvirt!;
    const result = await execute(gatewayUrl(app), VMS, { first: 1000 });
    expect(result.errors).toBeUndefined();
    const vms = vmsOf(result);
    expect(new Set(vms.map((v) => v.provider))).toEqual(new Set(['AWS', 'LIBVIRT']));
    const domains = vms.filter((v) => v.provider === 'LIBVIRT');
    const fleet = app.sandbox!.fleet.libvirt;
    expect(domains).toHaveLength(fleet.hostNames.length * 6);
    for (const vm of domains) {
      const domain = fleet.of(vm.account).domains.find((d) => d.name === vm.name)!;
      expect(vm.volumes.map((v) => v.id).sort()).toEqual([...vm.volumeIds].sort());
      expect(vm.volumes).toHaveLength(domain.disks.length);
      expect(vm.networkInterfaces.map((n) => n.macAddress)).toEqual(domain.nics.map((n) => n.mac));
    }
    // The poller already listed each host: a fresh app would cost two runs per host; this one's
    // listings come from the cache, and every run was read-only.
    for (const run of driver.runs()) expect(run.readonly).toBe(true);
    for (const host of fleet.hostNames) expect(driver.count('domstats', host)).toBeGreaterThanOrEqual(1);
    const providers = await execute(gatewayUrl(app), ProvidersDocument, {});
    expect(providers.data!.providers.find((p) => p.provider === 'LIBVIRT')!.accounts.map((a) => a.id).sort()).toEqual([...fleet.hostNames].sort());
  });

  it('refuses a mutation on a domain before any virsh run: FleetGraph connects read-only', async () => {
    const all = await execute(gatewayUrl(app), VMS, { first: 1, filter: { providers: ['LIBVIRT'] } });
    const id = vmsOf(all)[0]!.id;
    app.sandbox!.libvirt!.resetRuns();
    const result = await execute(gatewayUrl(app), STOP, { id });
    expect(result.errors?.[0]?.extensions?.code).toBe('PROVIDER_NOT_CONFIGURED');
    expect(app.sandbox!.libvirt!.runs().filter((r) => !r.commands.every((c) => c.startsWith('domstats') || c.startsWith('dumpxml')))).toEqual([]);
  });

  it('delivers a domain shut off on the host to subscribers, found by polling', async () => {
    const subscription = subscribe(gatewayUrl(app), EVENTS as never, {});
    try {
      await subscription.connected;
      await new Promise((r) => setTimeout(r, 500));
      const fleet = app.sandbox!.fleet.libvirt;
      const domain = fleet.of('kvm-2').domains.find((d) => d.state === 1)!;
      fleet.setPower('kvm-2', domain.name, 'shutoff');
      const [event] = await subscription.take(1);
      expect(event!.errors).toBeUndefined();
      expect((event!.data as { vmStateChanged: unknown }).vmStateChanged).toMatchObject({ source: 'POLL', previousState: 'RUNNING', newState: 'STOPPED', newProviderState: 'shutoff' });
    } finally {
      await subscription.dispose();
    }
  });
});

describe('a cold listing', () => {
  let cold: RunningApp;
  beforeAll(async () => {
    cold = await startTestApp({ clouds: ['libvirt'], vmsPerScope: 4 });
  });
  afterAll(async () => {
    await cold?.stop();
  });

  it('costs per host two runs for the domains, and for their volumes the pool listings (the domains just read say which disk is whose)', async () => {
    const driver = cold.sandbox!.libvirt!;
    driver.resetRuns();
    const result = await execute(gatewayUrl(cold), VMS, { first: 1000 });
    expect(result.errors).toBeUndefined();
    for (const host of cold.sandbox!.fleet.libvirt.hostNames) {
      expect(driver.count('domstats', host)).toBe(1);
      expect(driver.count('dumpxml', host)).toBe(1);
      expect(driver.count('pool-list', host)).toBe(1);
      expect(driver.count('vol-list', host)).toBe(1);
      expect(driver.runs().filter((r) => r.uri === driver.uris.get(host))).toHaveLength(4);
    }
  });
});

describe('a KVM host that cannot be reached', () => {
  let failing: RunningApp;
  const NO_CACHE = { vm: 0, volume: 0, securityGroup: 0, networkInterface: 0, metrics: 0 };
  beforeAll(async () => {
    failing = await startTestApp({ clouds: ['aws', 'libvirt'], vmsPerScope: 3, ttlSeconds: NO_CACHE });
  });
  afterAll(async () => {
    await failing?.stop();
  });

  it("answers every other host's domains and the AWS VMs, with an error naming the host, and its health shows it", async () => {
    // The host's definition is gone: virsh cannot open the connection.
    rmSync(failing.sandbox!.libvirt!.uris.get('kvm-2')!.replace('test://', ''));
    const result = await execute(gatewayUrl(failing), VMS, { first: 1000 });
    const vms = vmsOf(result);
    expect(vms.some((v) => v.provider === 'AWS')).toBe(true);
    expect(new Set(vms.filter((v) => v.provider === 'LIBVIRT').map((v) => v.account))).toEqual(new Set(['kvm-1']));
    expect(result.errors?.map((e) => e.extensions)).toContainEqual(expect.objectContaining({ code: 'PROVIDER_UNAVAILABLE', provider: 'libvirt', account: 'kvm-2', operation: 'domstats' }));
    const health = await accountHealth(failing, 'LIBVIRT');
    expect(health.get('kvm-2')).toEqual(new Set(['FAILING']));
    expect(health.get('kvm-1')).toEqual(new Set(['HEALTHY']));
  });
});
