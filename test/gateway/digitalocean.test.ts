// DigitalOcean through the whole product: the sandbox's DigitalOcean emulator beside AWS, one
// query across both, the exact requests a DigitalOcean listing costs, ids that resolve again,
// metrics, mutations refused for a cloud FleetGraph only reads, and droplet changes reaching
// subscribers by polling.
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { ProvidersDocument, VmByIdDocument } from '../generated/operations.js';
import { gatewayUrl, startTestApp, untilEveryScopePolled } from '../support/app.js';
import { execute } from '../support/graphql.js';
import { DO_SIZES } from '../../emulators/digitalocean/index.js';
import { accountHealth } from '../support/provider-health.js';
import { subscribe } from '../support/subscriptions.js';

const VMS = parse(`query($filter: VmFilter, $first: Int) {
  vms(first: $first, filter: $filter) { totalCount nodes { id provider account region state providerState instanceType vcpus memoryMiB volumeIds securityGroupIds
    volumes { id sizeGiB state } securityGroups { id name rules { direction protocol fromPort toPort sources action } } } }
}`);
const METRICS = parse(`query($filter: VmFilter, $from: DateTime!, $to: DateTime!) {
  vms(first: 3, filter: $filter) { nodes { id metrics(names: [CPU_UTILIZATION, NETWORK_IN_BYTES, DISK_READ_BYTES], from: $from, to: $to, period: 300) { name unit available points { value } } } }
}`);
const STOP = parse('mutation($id: ID!) { stopVm(id: $id, idempotencyKey: "do-read-only", dryRun: true) { id status } }');
const EVENTS = parse('subscription { vmStateChanged(filter: { providers: [DIGITALOCEAN] }) { vmId source previousState newState newProviderState } }');

type Vm = { id: string; provider: string; account: string; region: string; state: string; providerState: string; volumeIds: string[]; securityGroupIds: string[]; volumes: { id: string }[]; securityGroups: { id: string; rules: unknown[] }[] };

describe('a cold query over AWS and DigitalOcean', () => {
  let cold: RunningApp;
  beforeAll(async () => {
    cold = await startTestApp({ clouds: ['aws', 'digitalocean'], vmsPerScope: 5 });
  });
  afterAll(async () => {
    await cold?.stop();
  });

  it('answers droplets beside AWS VMs, with volumes and firewalls: per team one droplet listing, and two firewall listings', async () => {
    const app = cold;
    const emulator = app.sandbox!.digitalocean!;
    const all = await execute(gatewayUrl(app), VMS, { first: 1000 });
    expect(all.errors).toBeUndefined();
    const vms = (all.data as { vms: { totalCount: number; nodes: Vm[] } }).vms.nodes;
    expect(new Set(vms.map((v) => v.provider))).toEqual(new Set(['AWS', 'DIGITALOCEAN']));
    const droplets = vms.filter((v) => v.provider === 'DIGITALOCEAN');
    const { teams, regions } = app.sandbox!.fleet.digitalocean;
    expect(droplets).toHaveLength(teams.length * regions.length * 5);
    expect(new Set(droplets.map((d) => d.account))).toEqual(new Set(teams.map((t) => t.uuid)));
    expect(droplets.some((d) => d.volumes.length > 0)).toBe(true);
    expect(droplets.some((d) => d.securityGroups.length > 0)).toBe(true);
    for (const droplet of droplets) {
      expect(droplet.volumes.map((v) => v.id).sort()).toEqual([...droplet.volumeIds].sort());
      expect(droplet.securityGroups.map((g) => g.id).sort()).toEqual([...droplet.securityGroupIds].sort());
    }
    for (const team of teams) {
      expect(emulator.requests.count({ action: 'droplets.list', account: team.uuid })).toBe(1);
      // One joined into the droplet listing (which firewalls apply to each droplet), one for the
      // security groups the query asks for (a listing of their own, cached for their own TTL).
      expect(emulator.requests.count({ action: 'firewalls.list', account: team.uuid })).toBe(2);
      expect(emulator.requests.count({ action: 'volumes.list', account: team.uuid })).toBe(1);
    }
    const again = await execute(gatewayUrl(app), VmByIdDocument, { id: droplets[0]!.id });
    expect(again.data?.vm?.id).toBe(droplets[0]!.id);
  });
});

const PRICES = parse(`query($filter: VmFilter) {
  vms(first: 100, filter: $filter) { nodes { instanceType price { offer { sku instanceType hourly { amount currency } description } reason } } }
}`);

describe('DigitalOcean droplet prices', () => {
  let priced: RunningApp;
  beforeAll(async () => {
    priced = await startTestApp({ clouds: ['digitalocean'], vmsPerScope: 3 });
  });
  afterAll(async () => {
    await priced?.stop();
  });

  it("prices each droplet at its size's hourly price from GET /v2/sizes, exact, one sizes listing for every region", async () => {
    const result = await execute(gatewayUrl(priced), PRICES, { filter: { providers: ['DIGITALOCEAN'] } });
    expect(result.errors).toBeUndefined();
    const nodes = (result.data as { vms: { nodes: { instanceType: string; price: { offer: { sku: string; hourly: { amount: string; currency: string }; description: string } } }[] } }).vms.nodes;
    expect(nodes.length).toBeGreaterThan(0);
    for (const vm of nodes) {
      const size = DO_SIZES.find((s) => s.slug === vm.instanceType)!;
      expect(vm.price.offer).toMatchObject({ sku: size.slug, hourly: { amount: String(size.price_hourly), currency: 'USD' } });
      expect(vm.price.offer.description).toContain(`up to ${size.price_monthly} USD a month`);
    }
    // The four regions' catalogs are looked up at once and share one listing of every size.
    expect(priced.sandbox!.digitalocean!.requests.count({ action: 'sizes.list' })).toBe(1);
  });
});

describe('a DigitalOcean team whose API fails', () => {
  let failing: RunningApp;
  const NO_CACHE = { vm: 0, volume: 0, securityGroup: 0, networkInterface: 0, metrics: 0 };
  beforeAll(async () => {
    failing = await startTestApp({ clouds: ['aws', 'digitalocean'], vmsPerScope: 3, ttlSeconds: NO_CACHE });
  });
  afterAll(async () => {
    await failing?.stop();
  });

  it("answers everyone else's VMs with an error naming the team, and the team's health shows it", async () => {
    const [healthy, broken] = failing.sandbox!.fleet.digitalocean.teams;
    failing.sandbox!.digitalocean!.faults.add({ service: 'droplets', account: broken!.uuid, kind: 'unavailable' });
    const result = await execute(gatewayUrl(failing), VMS, { first: 1000 });
    const vms = (result.data as { vms: { nodes: Vm[] } }).vms.nodes;
    expect(vms.some((v) => v.provider === 'AWS')).toBe(true);
    expect(vms.filter((v) => v.provider === 'DIGITALOCEAN').map((v) => v.account)).toEqual(expect.arrayContaining([healthy!.uuid]));
    expect(vms.some((v) => v.account === broken!.uuid)).toBe(false);
    expect(result.errors?.map((e) => e.extensions)).toContainEqual(
      expect.objectContaining({ code: 'PROVIDER_UNAVAILABLE', provider: 'digitalocean', account: broken!.uuid, operation: 'droplets.list' }),
    );
    // One scope per team: each of its regions shows that scope's health.
    const health = await accountHealth(failing, 'DIGITALOCEAN');
    expect(health.get(broken!.uuid)).toEqual(new Set(['FAILING']));
    expect(health.get(healthy!.uuid)).toEqual(new Set(['HEALTHY']));
  });

  it("fails only the metrics of the droplet whose Monitoring call failed; the other droplets' metrics answer", async () => {
    const emulator = failing.sandbox!.digitalocean!;
    emulator.faults.clear();
    emulator.faults.add({ action: 'monitoring.droplet.cpu', kind: 'forbidden', times: 1 });
    const to = new Date();
    const result = await execute(gatewayUrl(failing), METRICS, { filter: { providers: ['DIGITALOCEAN'], states: ['RUNNING'] }, from: new Date(to.getTime() - 3600_000).toISOString(), to: to.toISOString() });
    const nodes = (result.data as { vms: { nodes: { id: string; metrics: { name: string; points: unknown[] }[] | null }[] } }).vms.nodes;
    expect(nodes).toHaveLength(3);
    const failed = nodes.filter((vm) => vm.metrics === null);
    expect(failed).toHaveLength(1);
    for (const vm of nodes.filter((v) => v.metrics !== null)) expect(vm.metrics!.find((m) => m.name === 'CPU_UTILIZATION')!.points.length).toBeGreaterThan(0);
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.path).toEqual(['vms', 'nodes', nodes.indexOf(failed[0]!), 'metrics']);
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'PROVIDER_AUTH_FAILED', provider: 'digitalocean', operation: 'monitoring.droplet.cpu' });
  });
});

let app: RunningApp;

beforeAll(async () => {
  app = await startTestApp({ clouds: ['aws', 'digitalocean'], vmsPerScope: 5, pollIntervalSeconds: 0.3, writes: { enabled: true } });
  await untilEveryScopePolled(app);
}, 60_000);

afterAll(async () => {
  await app?.stop();
});

describe('DigitalOcean in the sandbox', () => {

  it('filters to DigitalOcean and a state, and lists its teams in providers', async () => {
    const stopped = await execute(gatewayUrl(app), VMS, { first: 100, filter: { providers: ['DIGITALOCEAN'], states: ['STOPPED'] } });
    const nodes = (stopped.data as { vms: { nodes: Vm[] } }).vms.nodes;
    expect(nodes.length).toBeGreaterThan(0);
    for (const vm of nodes) expect(vm).toMatchObject({ provider: 'DIGITALOCEAN', state: 'STOPPED', providerState: 'off' });
    const providers = await execute(gatewayUrl(app), ProvidersDocument, {});
    const digitalocean = providers.data!.providers.find((p) => p.provider === 'DIGITALOCEAN')!;
    expect(digitalocean.accounts.map((a) => a.id).sort()).toEqual(app.sandbox!.fleet.digitalocean.teams.map((t) => t.uuid).sort());
  });

  it('answers droplet metrics, one Monitoring request per droplet and metric, disk unavailable', async () => {
    const emulator = app.sandbox!.digitalocean!;
    emulator.requests.reset();
    const to = new Date();
    const from = new Date(to.getTime() - 3600_000);
    const result = await execute(gatewayUrl(app), METRICS, { filter: { providers: ['DIGITALOCEAN'], states: ['RUNNING'] }, from: from.toISOString(), to: to.toISOString() });
    expect(result.errors).toBeUndefined();
    const nodes = (result.data as { vms: { nodes: { metrics: { name: string; available: boolean; points: unknown[] }[] }[] } }).vms.nodes;
    expect(nodes).toHaveLength(3);
    for (const vm of nodes) {
      expect(vm.metrics.find((m) => m.name === 'CPU_UTILIZATION')!.points.length).toBeGreaterThan(0);
      expect(vm.metrics.find((m) => m.name === 'DISK_READ_BYTES')).toMatchObject({ available: false, points: [] });
    }
    expect(emulator.requests.count({ action: 'monitoring.droplet.cpu' })).toBe(3);
    expect(emulator.requests.count({ action: 'monitoring.droplet.bandwidth' })).toBe(3);
  });

  it('refuses a mutation on a droplet before any call: FleetGraph only reads DigitalOcean', async () => {
    const all = await execute(gatewayUrl(app), VMS, { first: 1, filter: { providers: ['DIGITALOCEAN'] } });
    const id = (all.data as { vms: { nodes: Vm[] } }).vms.nodes[0]!.id;
    app.sandbox!.digitalocean!.requests.reset();
    const result = await execute(gatewayUrl(app), STOP, { id });
    expect(result.errors?.[0]?.extensions?.code).toBe('PROVIDER_NOT_CONFIGURED');
    // The poller keeps listing droplets meanwhile; nothing else was asked (no read of the droplet, no action).
    const asked = app.sandbox!.digitalocean!.requests.entries().filter((e) => e.action !== 'droplets.list' && e.action !== 'firewalls.list');
    expect(asked).toEqual([]);
  });

  it('delivers a droplet powered off in the cloud to subscribers, found by polling', async () => {
    const subscription = subscribe(gatewayUrl(app), EVENTS as never, {});
    try {
      await subscription.connected;
      await new Promise((r) => setTimeout(r, 500));
      const fleet = app.sandbox!.fleet.digitalocean;
      const team = fleet.teams[0]!;
      const droplet = fleet.droplets(team.uuid).find((d) => d.status === 'active')!;
      fleet.setDropletStatus(team.uuid, droplet.id, 'off');
      const [event] = await subscription.take(1);
      expect(event!.errors).toBeUndefined();
      expect((event!.data as { vmStateChanged: unknown }).vmStateChanged).toMatchObject({ source: 'POLL', previousState: 'RUNNING', newState: 'STOPPED', newProviderState: 'off' });
    } finally {
      await subscription.dispose();
    }
  });
});
