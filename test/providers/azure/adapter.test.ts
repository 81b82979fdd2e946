// The Azure adapter against the wire-level Azure emulator: real SDK clients, real HTTPS (the
// emulator's certificate trusted through config), real paging, retries and error answers.
// Request counts come from the emulator's own log.
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { azureProviderSchema } from '../../../src/config/schema.js';
import { startAzureEmulator, type AzureEmulator } from '../../../emulators/azure/index.js';
import { AZURE_SUBSCRIPTIONS, AZURE_VM_SIZES, createFleet, type Fleet } from '../../../emulators/fleet.js';
import { createAzureAdapter, type AzureAdapterOptions } from '../../../src/providers/azure/index.js';
import { ProviderError } from '../../../src/providers/errors.js';
import { globalId } from '../../../src/providers/ids.js';
import { RESOURCE_KINDS, type ProviderAdapter, type ResourceKind, type Scope } from '../../../src/providers/types.js';
import { upstreamRequests } from '../../../src/telemetry/metrics.js';
import { azureVmTruth } from './vm-truth.js';

const SUB = AZURE_SUBSCRIPTIONS[0]!.subscriptionId;
const OTHER = AZURE_SUBSCRIPTIONS[1]!.subscriptionId;
const silent = pino({ level: 'silent' });
const FAST: AzureAdapterOptions = { logger: silent, retryDelayInMs: 5, maxRetryDelayInMs: 20 };
const scopeOf = (account: string): Scope => ({ provider: 'azure', account, region: '*' });
const S = scopeOf(SUB);
const VMS_PER_SCOPE = 60;

function configFor(emulator: AzureEmulator, overrides: { maxRetries?: number; regions?: string[]; token?: string; ca?: boolean } = {}) {
  return azureProviderSchema.parse({
    maxRetries: overrides.maxRetries ?? 3,
    subscriptions: AZURE_SUBSCRIPTIONS.map((s) => ({
      id: s.subscriptionId,
      name: s.displayName,
      ...(overrides.regions ? { regions: overrides.regions } : {}),
      credentials: { type: 'accessToken', token: overrides.token ?? s.token },
      endpoint: emulator.url,
      metricsEndpoint: emulator.url,
      ...(overrides.ca === false ? {} : { caCertificate: emulator.caCertificate }),
    })),
  });
}

const lower = (id: string) => id.toLowerCase();

/** Native ids per kind as the fleet holds them for one subscription (ARM ids, canonical lower case), with their locations. */
function fleetIds(fleet: Fleet, subscriptionId: string): Record<ResourceKind, { id: string; location: string }[]> {
  const r = <C extends Parameters<typeof fleet.azure.resources>[1]>(c: C) => fleet.azure.resources(subscriptionId, c) as { id: string; location: string }[];
  const of = (items: { id: string; location: string }[]) => items.map((i) => ({ id: lower(i.id), location: i.location }));
  return {
    vm: of(r('virtualMachines')),
    volume: of(r('disks')),
    snapshot: of(r('snapshots')),
    network: of(r('virtualNetworks')),
    subnet: fleet.azure.resources(subscriptionId, 'virtualNetworks').flatMap((v) => v.properties.subnets.map((s) => ({ id: lower(s.id), location: v.location }))),
    securityGroup: of(r('networkSecurityGroups')),
    publicIp: of(r('publicIPAddresses')),
    networkInterface: of(r('networkInterfaces')),
  };
}

const SOURCE: Record<ResourceKind, string> = {
  vm: 'virtualMachines.listAll',
  volume: 'disks.list',
  snapshot: 'snapshots.list',
  network: 'virtualNetworks.listAll',
  subnet: 'virtualNetworks.listAll',
  securityGroup: 'networkSecurityGroups.listAll',
  publicIp: 'publicIPAddresses.listAll',
  networkInterface: 'networkInterfaces.listAll',
};

async function counted(labels: { service: string; operation: string; outcome: 'ok' | 'error' }): Promise<number> {
  const { values } = await upstreamRequests.get();
  return values
    .filter((v) => v.labels.provider === 'azure' && v.labels.service === labels.service && v.labels.operation === labels.operation && v.labels.outcome === labels.outcome)
    .reduce((n, v) => n + v.value, 0);
}

const hours = (n: number) => n * 3_600_000;

describe('Azure adapter against the emulator', () => {
  let fleet: Fleet;
  let emulator: AzureEmulator;
  let adapter: ProviderAdapter;

  beforeAll(async () => {
    fleet = createFleet({ seed: 7, vmsPerScope: VMS_PER_SCOPE });
    emulator = await startAzureEmulator({ fleet });
    adapter = createAzureAdapter(configFor(emulator), FAST);
  });

  afterAll(async () => {
    await adapter?.close();
    await emulator?.close();
  });

  beforeEach(() => {
    emulator.requests.reset();
    emulator.faults.clear();
    emulator.setMaxPageSize(null);
  });

  it('has one scope per subscription, covering every location', () => {
    expect(adapter.provider).toBe('azure');
    expect(adapter.scopes).toEqual([scopeOf(SUB), scopeOf(OTHER)]);
    expect(adapter.scopeOf(SUB, 'westeurope')).toEqual(S);
    expect(adapter.scopeOf(SUB.toUpperCase(), 'eastus')).toEqual(S);
  });

  describe.each(RESOURCE_KINDS.map((k) => [k]))('%s', (kind) => {
    it('lists the whole subscription in one listing, with global ids at each resource’s location', async () => {
      const expected = fleetIds(fleet, SUB)[kind];
      expect(new Set(expected.map((e) => e.location))).toEqual(new Set(['westeurope', 'eastus']));
      const items = await adapter.list(kind, S);
      expect(items.map((i) => i.nativeId).sort()).toEqual(expected.map((e) => e.id).sort());
      for (const item of items) {
        const location = expected.find((e) => e.id === item.nativeId)!.location;
        expect(item).toMatchObject({ provider: 'azure', account: SUB, region: location });
        expect(item.id).toBe(globalId({ provider: 'azure', account: SUB, region: location }, kind, item.nativeId));
      }
      const pageSize = kind === 'vm' ? 50 : 1000;
      expect(emulator.requests.count({ action: SOURCE[kind] })).toBe(Math.ceil(expected.length / pageSize));
      expect(emulator.requests.count({ action: SOURCE[kind], account: SUB })).toBe(emulator.requests.count({ action: SOURCE[kind] }));
    });

    it('gets ids for the price of one listing; unknown, malformed and other subscriptions’ ids are absent', async () => {
      const known = fleetIds(fleet, SUB)[kind].slice(0, 3).map((e) => e.id);
      const unknown = known[0]!.replace(/[^/]+$/, 'does-not-exist');
      const elsewhere = fleetIds(fleet, OTHER)[kind][0]!.id;
      // ARM ids are case-insensitive: an id spelled in upper case finds the resource too.
      const items = await adapter.get(kind, S, [known[0]!.toUpperCase(), ...known.slice(1), unknown, 'not-an-id', elsewhere, known[0]!]);
      expect(items.map((i) => i.nativeId).sort()).toEqual([...known].sort());
      const listing = Math.ceil(fleetIds(fleet, SUB)[kind].length / (kind === 'vm' ? 50 : 1000));
      expect(emulator.requests.count({ action: SOURCE[kind] })).toBe(listing);
    });
  });

  it('asks for nothing when given no ids, or regions outside the subscription’s', async () => {
    expect(await adapter.get('vm', S, [])).toEqual([]);
    expect(await adapter.list('vm', S, { nativeIds: [] })).toEqual([]);
    expect(await adapter.list('vm', S, { regions: [] })).toEqual([]);
    expect(emulator.requests.count()).toBe(0);
  });

  describe('VMs', () => {
    it('joins sizes, disks, NICs, subnet, VNet, NSGs and addresses to each VM, from a few subscription-wide listings', async () => {
      const fresh = createAzureAdapter(configFor(emulator), FAST);
      const vms = await fresh.list('vm', S).finally(() => fresh.close());
      expect(vms).toHaveLength(2 * VMS_PER_SCOPE);
      for (const vm of vms) {
        const source = fleet.azure.findVm(vm.nativeId)!.vm;
        const loc = source.location;
        const { securityGroupIds, volumeIds, networkInterfaceIds, ...truth } = azureVmTruth(fleet, source);
        expect(vm).toMatchObject({ name: source.name, instanceType: source.properties.hardwareProfile.vmSize, ...truth });
        expect([...vm.securityGroupIds].sort()).toEqual(securityGroupIds);
        expect([...vm.volumeIds].sort()).toEqual(volumeIds);
        expect([...vm.networkInterfaceIds].sort()).toEqual(networkInterfaceIds);
        expect(vm.gaps).toBeUndefined();
        expect(vm.zone).toBe(source.zones ? `${loc}-${source.zones[0]}` : null);
        expect(vm.platform).toBe(source.properties.storageProfile.osDisk.osType.toLowerCase());
        expect(vm.launchedAt?.getTime()).toBe(Date.parse(source.properties.timeCreated));
        expect(vm.tags).toEqual(Object.entries(source.tags).map(([key, value]) => ({ key, value })));
        expect(vm.imageId).toBe(`${source.properties.storageProfile.imageReference.publisher}:${source.properties.storageProfile.imageReference.offer}:${source.properties.storageProfile.imageReference.sku}:${source.properties.storageProfile.imageReference.exactVersion}`);
      }
      expect(vms.some((v) => v.securityGroupIds.length > 1)).toBe(true);
      expect(vms.some((v) => v.publicIp !== null)).toBe(true);
      // What the emulator sets on some VMs comes through: a customised vCPU count (before the size's), secondary and IPv6 addresses.
      const customised = vms.filter((v) => fleet.azure.findVm(v.nativeId)!.vm.properties.hardwareProfile.vmSizeProperties);
      expect(customised.length).toBeGreaterThan(0);
      for (const vm of customised) {
        const { vCPUsAvailable, vCPUsPerCore } = fleet.azure.findVm(vm.nativeId)!.vm.properties.hardwareProfile.vmSizeProperties!;
        const size = AZURE_VM_SIZES.find((s) => s.name === vm.instanceType)!;
        expect(vm.vcpus).toBe(vCPUsAvailable);
        expect(vm.vcpus).toBeLessThan(size.vCPUs);
        expect(vm.extras).toEqual(expect.arrayContaining([{ key: 'vCPUsAvailable', value: String(vCPUsAvailable) }, { key: 'vCPUsPerCore', value: String(vCPUsPerCore) }]));
      }
      expect(vms.some((v) => v.privateIps.length > 1)).toBe(true);
      expect(vms.some((v) => v.ipv6Addresses.some((a) => a.startsWith('fd00:')))).toBe(true);
      expect(vms.some((v) => v.ipv6Addresses.some((a) => a.startsWith('2603:')))).toBe(true);
      // ⌈120/50⌉ VM pages, one page each of NICs, VNets and public IPs, Resource SKUs once per location.
      expect(emulator.requests.entries().map((e) => e.action).sort()).toEqual(
        [
          'virtualMachines.listAll',
          'virtualMachines.listAll',
          'virtualMachines.listAll',
          'networkInterfaces.listAll',
          'virtualNetworks.listAll',
          'publicIPAddresses.listAll',
          'resourceSkus.list',
          'resourceSkus.list',
        ].sort(),
      );
    });

    it('asks Resource SKUs once per location, then never again; concurrent listings share their calls', async () => {
      const fresh = createAzureAdapter(configFor(emulator), FAST);
      try {
        await Promise.all([fresh.list('vm', S), fresh.list('vm', S)]);
        expect(emulator.requests.count({ action: 'resourceSkus.list' })).toBe(2);
        expect(emulator.requests.count({ action: 'resourceSkus.list', region: 'westeurope' })).toBe(1);
        expect(emulator.requests.count({ action: 'virtualMachines.listAll' })).toBe(3);
        expect(emulator.requests.count({ action: 'networkInterfaces.listAll' })).toBe(1);
        emulator.requests.reset();
        await Promise.all([fresh.list('subnet', S), fresh.list('network', S)]);
        expect(emulator.requests.count({ action: 'virtualNetworks.listAll' })).toBe(1);
        await fresh.list('vm', scopeOf(OTHER));
        await fresh.list('vm', S);
        expect(emulator.requests.count({ action: 'resourceSkus.list' })).toBe(0);
      } finally {
        await fresh.close();
      }
    });

    it('filters by region, state, size, tag and zone after the listing', async () => {
      const source = fleet.azure.resources(SUB, 'virtualMachines');
      const east = await adapter.list('vm', S, { regions: ['eastus'] });
      expect(east.map((v) => v.nativeId).sort()).toEqual(source.filter((v) => v.location === 'eastus').map((v) => lower(v.id)).sort());
      const running = await adapter.list('vm', S, { states: ['RUNNING'] });
      expect(running.map((v) => v.nativeId).sort()).toEqual(source.filter((v) => v.sim.condition === 'running').map((v) => lower(v.id)).sort());
      const sample = source.find((v) => v.zones)!;
      const filtered = await adapter.list('vm', S, {
        instanceTypes: [sample.properties.hardwareProfile.vmSize.toLowerCase()],
        zones: [`${sample.location}-${sample.zones![0]}`],
        tags: [
          { key: 'env', values: [sample.tags.env!] },
          { key: 'team', values: [] },
        ],
      });
      const expected = source.filter(
        (v) =>
          v.properties.hardwareProfile.vmSize === sample.properties.hardwareProfile.vmSize &&
          v.location === sample.location &&
          v.zones?.[0] === sample.zones![0] &&
          v.tags.env === sample.tags.env,
      );
      expect(filtered.map((v) => v.nativeId).sort()).toEqual(expected.map((v) => lower(v.id)).sort());
      expect(filtered.map((v) => v.nativeId)).toContain(lower(sample.id));
    });

    it('honours the regions a subscription is configured with', async () => {
      const narrow = createAzureAdapter(configFor(emulator, { regions: ['westeurope'] }), FAST);
      try {
        const disks = await narrow.list('volume', S);
        expect(new Set(disks.map((d) => d.region))).toEqual(new Set(['westeurope']));
        expect(await narrow.list('volume', S, { regions: ['eastus'] })).toEqual([]);
      } finally {
        await narrow.close();
      }
    });
  });

  describe('paging', () => {
    it.each([
      ['vm', 7],
      ['volume', 9],
      ['snapshot', 5],
      ['network', 1],
      ['subnet', 1],
      ['securityGroup', 3],
      ['publicIp', 2],
      ['networkInterface', 11],
    ] as const)('follows every page of %s (page size %i)', async (kind, pageSize) => {
      const expected = fleetIds(fleet, SUB)[kind];
      emulator.setMaxPageSize(pageSize);
      const items = await adapter.list(kind, S);
      const ids = items.map((i) => i.nativeId);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.sort()).toEqual(expected.map((e) => e.id).sort());
      const listed = kind === 'subnet' ? fleet.azure.resources(SUB, 'virtualNetworks').length : expected.length;
      expect(emulator.requests.count({ action: SOURCE[kind] })).toBe(Math.max(1, Math.ceil(listed / pageSize)));
    });
  });

  describe('metrics', () => {
    const westVms = () => fleet.azure.scope(SUB, 'westeurope')!.virtualMachines;
    const vmRef = (vm: { id: string; location: string }) => globalId({ provider: 'azure', account: SUB, region: vm.location }, 'vm', lower(vm.id));

    it('maps model metrics to Azure’s, with honest units and conversions', async () => {
      const vm = westVms().find((v) => v.sim.condition === 'running')!;
      const to = new Date(Math.floor(fleet.now().getTime() / hours(1)) * hours(1));
      const from = new Date(to.getTime() - hours(3));
      const names = ['CPU_UTILIZATION', 'NETWORK_IN_BYTES', 'DISK_READ_OPS', 'MEMORY_UTILIZATION'] as const;
      const series = await adapter.metrics(S, { from, to, queries: names.map((name) => ({ resourceId: vmRef(vm), name, nativeName: null, period: 3600 })) });
      expect(series.map((s) => [s.name, s.nativeName, s.unit, s.available])).toEqual([
        ['CPU_UTILIZATION', 'Percentage CPU', 'PERCENT', true],
        ['NETWORK_IN_BYTES', 'Network In Total', 'BYTES', true],
        ['DISK_READ_OPS', 'Disk Read Operations/Sec', 'COUNT', true],
        ['MEMORY_UTILIZATION', 'Available Memory Percentage', 'PERCENT', true],
      ]);
      expect(emulator.requests.count({ action: 'metrics.getBatch' })).toBe(1);
      const raw = (metricName: string) =>
        fleet.azure.metricSeries('Microsoft.Compute/virtualMachines', { subscriptionId: SUB, resourceId: vm.id, metricName, interval: 3600, start: from, end: to })!.points;
      for (const s of series) expect(s.points.map((p) => p.timestamp.getTime())).toEqual(raw('Percentage CPU').map((p) => p.timeStamp.getTime()));
      expect(series[0]!.points.map((p) => p.value)).toEqual(raw('Percentage CPU').map((p) => p.sample!.average));
      expect(series[1]!.points.map((p) => p.value)).toEqual(raw('Network In Total').map((p) => p.sample!.total));
      // A rate (per second, averaged over the hour) × 3600 s = the operations of the hour.
      series[2]!.points.forEach((p, i) => expect(p.value).toBeCloseTo(raw('Disk Read Operations/Sec')[i]!.sample!.average * 3600, 6));
      // Azure reports free memory; the model wants used.
      series[3]!.points.forEach((p, i) => expect(p.value).toBeCloseTo(100 - raw('Available Memory Percentage')[i]!.sample!.average, 6));
    });

    it('batches ≤ 50 resources per call, by location and resource type; every series in query order', async () => {
      const all = fleet.azure.resources(SUB, 'virtualMachines');
      const disks = fleet.azure.resources(SUB, 'disks').filter((d) => d.location === 'eastus').slice(0, 10);
      const to = fleet.now();
      const from = new Date(to.getTime() - hours(1));
      const queries = [
        ...all.flatMap((vm) =>
          (['CPU_UTILIZATION', 'NETWORK_OUT_BYTES', 'MEMORY_UTILIZATION'] as const).map((name) => ({ resourceId: vmRef(vm), name, nativeName: null, period: 300 })),
        ),
        ...disks.map((d) => ({
          resourceId: globalId({ provider: 'azure', account: SUB, region: d.location }, 'volume', lower(d.id)),
          name: 'DISK_WRITE_BYTES' as const,
          nativeName: null,
          period: 300,
        })),
      ];
      const series = await adapter.metrics(S, { from, to, queries });
      expect(series.map((s) => [s.resourceId, s.name])).toEqual(queries.map((q) => [q.resourceId, q.name]));
      // 60 VMs in each of two locations → 2 + 2 calls; the 10 disks → 1.
      expect(emulator.requests.count({ action: 'metrics.getBatch' })).toBe(5);
      expect(emulator.requests.count({ action: 'metrics.getBatch', region: 'westeurope' })).toBe(2);
      expect(emulator.requests.count({ action: 'metrics.getBatch', region: 'eastus' })).toBe(3);
      const disk = series.at(-1)!;
      expect(disk).toMatchObject({ nativeName: 'Composite Disk Write Bytes/sec', unit: 'BYTES', available: true });
    });

    it('answers native names, isolates ones Azure does not know, and asks nothing for kinds without metrics', async () => {
      const vm = westVms().find((v) => v.sim.condition === 'running')!;
      const nic = fleet.azure.resources(SUB, 'networkInterfaces')[0]!;
      const to = fleet.now();
      const from = new Date(to.getTime() - hours(2));
      const series = await adapter.metrics(S, {
        from,
        to,
        queries: [
          { resourceId: vmRef(vm), name: null, nativeName: 'Available Memory Bytes', period: 300 },
          { resourceId: vmRef(vm), name: null, nativeName: 'Disk Read Operations/Sec', period: 300 },
          { resourceId: vmRef(vm), name: null, nativeName: 'CPUUtilization', period: 300 },
          { resourceId: vmRef(vm), name: 'CPU_UTILIZATION', nativeName: null, period: 300 },
          { resourceId: globalId({ provider: 'azure', account: SUB, region: nic.location }, 'networkInterface', lower(nic.id)), name: 'CPU_UTILIZATION', nativeName: null, period: 300 },
        ],
      });
      expect(series[0]).toMatchObject({ name: null, nativeName: 'Available Memory Bytes', unit: 'BYTES', available: true });
      expect(series[0]!.points.length).toBeGreaterThan(0);
      // Native names are Azure's own values: a rate stays a rate.
      expect(series[1]).toMatchObject({ nativeName: 'Disk Read Operations/Sec', unit: 'CountPerSecond', available: true });
      expect(series[2]).toMatchObject({ nativeName: 'CPUUtilization', available: false, points: [] });
      expect(series[3]!.points.length).toBeGreaterThan(0);
      expect(series[4]).toMatchObject({ available: false, points: [] });
      // The names the tables know in one call; each other native name alone (CPUUtilization refused with 400).
      expect(emulator.requests.entries().map((e) => e.status).sort()).toEqual([200, 200, 400]);
    });

    it('refuses resources of another subscription and periods Azure has no time grain for, without a call', async () => {
      const to = fleet.now();
      const other = fleet.azure.scope(OTHER, 'westeurope')!.virtualMachines[0]!;
      for (const query of [
        { resourceId: globalId({ provider: 'azure', account: OTHER, region: 'westeurope' }, 'vm', lower(other.id)), name: 'CPU_UTILIZATION' as const, nativeName: null, period: 300 },
        { resourceId: vmRef(westVms()[0]!), name: 'CPU_UTILIZATION' as const, nativeName: null, period: 120 },
      ]) {
        const error = await adapter.metrics(S, { from: new Date(to.getTime() - hours(1)), to, queries: [query] }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ProviderError);
        expect(error).toMatchObject({ category: 'INVALID_INPUT', operation: 'metrics.getBatch' });
      }
      expect(emulator.requests.count()).toBe(0);
    });
  });

  describe('failures', () => {
    it('retries a 429 after its Retry-After and succeeds, counting every attempt', async () => {
      const labels = { service: 'network', operation: 'networkSecurityGroups.listAll' };
      const ok = await counted({ ...labels, outcome: 'ok' });
      const err = await counted({ ...labels, outcome: 'error' });
      emulator.faults.add({ action: 'networkSecurityGroups.listAll', account: SUB, kind: 'throttle', times: 2, retryAfterSeconds: 0 });
      const groups = await adapter.list('securityGroup', S);
      expect(groups.length).toBe(fleetIds(fleet, SUB).securityGroup.length);
      expect(emulator.requests.entries().map((e) => e.status)).toEqual([429, 429, 200]);
      expect((await counted({ ...labels, outcome: 'ok' })) - ok).toBe(1);
      expect((await counted({ ...labels, outcome: 'error' })) - err).toBe(2);

      emulator.requests.reset();
      emulator.faults.add({ action: 'snapshots.list', kind: 'throttle', times: 1, retryAfterSeconds: 1 });
      const started = Date.now();
      await adapter.list('snapshot', S);
      expect(Date.now() - started).toBeGreaterThanOrEqual(950);
      expect(emulator.requests.entries().map((e) => e.status)).toEqual([429, 200]);
    });

    it('gives up on an attempt that gets no answer within its timeout, naming the operation, and retries it', async () => {
      const impatient = createAzureAdapter(configFor(emulator, { maxRetries: 1 }), { ...FAST, requestTimeoutMs: 300 });
      emulator.faults.add({ action: 'snapshots.list', account: SUB, kind: 'latency', latencyMs: 3000 });
      const error = await impatient.list('snapshot', S).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ProviderError);
      expect(error).toMatchObject({ category: 'UNAVAILABLE', operation: 'snapshots.list' });
      expect((error as Error).message).toContain('no answer within 300 ms');
      await impatient.close();
      // Both attempts were sent (the emulator logs each when it answers, after the latency).
      await new Promise((resolve) => setTimeout(resolve, 3500));
      expect(emulator.requests.count({ action: 'snapshots.list' })).toBe(2);
    });

    it('counts every page and every metrics call under its operation', async () => {
      const pages = { service: 'compute', operation: 'virtualMachines.listAll', outcome: 'ok' as const };
      const metrics = { service: 'monitor', operation: 'metrics.getBatch', outcome: 'error' as const };
      const before = [await counted(pages), await counted(metrics), await counted({ ...metrics, outcome: 'ok' })];
      emulator.setMaxPageSize(40);
      await adapter.list('vm', S);
      expect((await counted(pages)) - before[0]!).toBe(3);
      emulator.faults.add({ service: 'monitor', kind: 'unavailable', times: 1 });
      const vm = fleet.azure.scope(SUB, 'eastus')!.virtualMachines[0]!;
      const to = fleet.now();
      await adapter.metrics(S, {
        from: new Date(to.getTime() - hours(1)),
        to,
        queries: [{ resourceId: globalId({ provider: 'azure', account: SUB, region: 'eastus' }, 'vm', lower(vm.id)), name: 'CPU_UTILIZATION', nativeName: null, period: 300 }],
      });
      expect((await counted(metrics)) - before[1]!).toBe(1);
      expect((await counted({ ...metrics, outcome: 'ok' })) - before[2]!).toBe(1);
      expect(emulator.requests.count({ action: 'metrics.getBatch' })).toBe(2);
    });

    it.each([
      ['unavailable', 'UNAVAILABLE'],
      ['throttle', 'THROTTLED'],
    ] as const)('a subscription that keeps failing (%s) → ProviderError %s naming provider, subscription and region', async (kind, category) => {
      emulator.faults.add({ account: SUB, kind, retryAfterSeconds: 0 });
      const error = await adapter.list('vm', S).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ProviderError);
      const e = error as ProviderError;
      expect(e.category).toBe(category);
      expect(e.scope).toEqual(S);
      expect(e.operation).toBe('virtualMachines.listAll');
      expect(e.message).toContain(`azure ${SUB}/* virtualMachines.listAll`);
      expect(e.providerCode).toBe(kind === 'throttle' ? 'SubscriptionRequestsThrottled' : 'ServiceUnavailable');
      expect(emulator.requests.count({ action: 'virtualMachines.listAll' })).toBe(4); // 1 + maxRetries
      // The other subscription is unaffected.
      expect(await adapter.list('vm', scopeOf(OTHER))).toHaveLength(2 * VMS_PER_SCOPE);
    });

    it('fails metrics of a failing subscription with a ProviderError too', async () => {
      emulator.faults.add({ service: 'monitor', kind: 'throttle', retryAfterSeconds: 0 });
      const vm = fleet.azure.scope(SUB, 'westeurope')!.virtualMachines[0]!;
      const to = fleet.now();
      const error = await adapter
        .metrics(S, {
          from: new Date(to.getTime() - hours(1)),
          to,
          queries: [{ resourceId: globalId({ provider: 'azure', account: SUB, region: 'westeurope' }, 'vm', lower(vm.id)), name: 'CPU_UTILIZATION', nativeName: null, period: 300 }],
        })
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'ProviderError', category: 'THROTTLED', operation: 'metrics.getBatch', providerCode: 'TooManyRequests' });
    });

    it('bad token → AUTH, not retried, no secret in the message', async () => {
      const secret = 'definitelyNotTheSandboxToken.ButASecretAllTheSame0001';
      const bad = createAzureAdapter(configFor(emulator, { token: secret }), FAST);
      try {
        for (const attempt of [() => bad.list('volume', S), () => bad.metrics(S, metricRequestFor(fleet))]) {
          const error = await attempt().catch((e: unknown) => e);
          expect(error).toBeInstanceOf(ProviderError);
          const e = error as ProviderError;
          expect(e.category).toBe('AUTH');
          expect(e.providerCode).toBe('InvalidAuthenticationToken');
          expect(e.message).not.toContain(secret);
          expect(JSON.stringify({ ...e, cause: String(e.cause) })).not.toContain(secret);
        }
        expect(emulator.requests.count({ action: 'disks.list' })).toBe(1);
      } finally {
        await bad.close();
      }
    });

    it('another subscription’s token → AUTH (403 AuthorizationFailed)', async () => {
      const wrong = createAzureAdapter(configFor(emulator, { token: AZURE_SUBSCRIPTIONS[1]!.token }), FAST);
      try {
        await expect(wrong.list('network', S)).rejects.toMatchObject({ category: 'AUTH', providerCode: 'AuthorizationFailed' });
      } finally {
        await wrong.close();
      }
    });

    it('refuses scopes it was not configured with, and an unknown kind, without a call', async () => {
      await expect(adapter.list('vm', scopeOf('99999999-9999-4999-8999-999999999999'))).rejects.toMatchObject({ name: 'ProviderError', category: 'INVALID_INPUT' });
      await expect(adapter.list('vm', { provider: 'azure', account: SUB, region: 'westeurope' })).rejects.toMatchObject({ category: 'INVALID_INPUT' });
      await expect(adapter.list('bucket' as ResourceKind, S)).rejects.toMatchObject({ category: 'INVALID_INPUT' });
      expect(emulator.requests.count()).toBe(0);
    });

    it('turns a refused connection, or a certificate it was not told to trust, into UNAVAILABLE', async () => {
      const closed = await startAzureEmulator({ fleet });
      const config = configFor(closed, { maxRetries: 0 });
      await closed.close();
      const down = createAzureAdapter(config, FAST);
      const untrusting = createAzureAdapter(configFor(emulator, { ca: false, maxRetries: 0 }), FAST);
      try {
        await expect(down.list('subnet', S)).rejects.toMatchObject({ name: 'ProviderError', category: 'UNAVAILABLE', providerCode: 'ECONNREFUSED' });
        const tls = await untrusting.list('subnet', S).catch((e: unknown) => e);
        expect(tls).toMatchObject({ name: 'ProviderError', category: 'UNAVAILABLE' });
        expect(emulator.requests.count()).toBe(0);
      } finally {
        await down.close();
        await untrusting.close();
      }
    });
  });
});

describe('every documented state through the adapter', () => {
  it('maps each VM state and keeps the raw status', async () => {
    const fleet = createFleet({ seed: 11, vmsPerScope: 30 });
    const emulator = await startAzureEmulator({ fleet });
    const adapter = createAzureAdapter(configFor(emulator), FAST);
    try {
      // Disks and snapshots first, as generated: every documented state is there.
      const disks = await adapter.list('volume', S);
      const byState = new Map(disks.map((d) => [d.providerState, d.state]));
      expect(Object.fromEntries([...byState].sort())).toEqual({
        ActiveSAS: 'UNKNOWN',
        ActiveSASFrozen: 'IN_USE',
        ActiveUpload: 'CREATING',
        Attached: 'IN_USE',
        Frozen: 'IN_USE',
        ReadyToUpload: 'CREATING',
        Reserved: 'IN_USE',
        Unattached: 'AVAILABLE',
      });
      // Each attachment carries its disk's state: attached under a running, deallocated or hibernated VM, held by an export (SAS).
      const attachments = disks.flatMap((d) => d.attachments.map((a) => ({ disk: d, ...a })));
      expect(Object.fromEntries([...new Map(attachments.map((a) => [a.providerState, a.state]))].sort())).toEqual({
        ActiveSAS: 'BUSY',
        ActiveSASFrozen: 'BUSY',
        Attached: 'ATTACHED',
        Frozen: 'ATTACHED',
        Reserved: 'ATTACHED',
      });
      for (const disk of disks) {
        const source = fleet.azure.resources(SUB, 'disks').find((d) => lower(d.id) === disk.nativeId)!;
        const vmRef = source.managedBy ? [globalId({ provider: 'azure', account: SUB, region: source.location }, 'vm', lower(source.managedBy))] : [];
        expect(disk.attachments.map((a) => a.vmId)).toEqual(vmRef);
        for (const a of disk.attachments) expect(a.providerState).toBe(source.properties.diskState);
      }
      const snapshots = await adapter.list('snapshot', S);
      expect(Object.fromEntries([...new Map(snapshots.map((s) => [s.providerState, s.state]))].sort())).toEqual({
        Available: 'COMPLETED',
        AvailableWithInstantAccess: 'COMPLETED',
        Failed: 'ERROR',
        InstantAccess: 'COMPLETED',
        Pending: 'PENDING',
        Unknown: 'UNKNOWN',
      });
      const vms = fleet.azure.scope(SUB, 'westeurope')!.virtualMachines;
      const expected = {
        creating: ['PENDING', 'ProvisioningState/creating'],
        starting: ['PENDING', 'PowerState/starting'],
        running: ['RUNNING', 'PowerState/running'],
        stopping: ['STOPPING', 'PowerState/stopping'],
        stopped: ['STOPPED', 'PowerState/stopped'],
        deallocating: ['STOPPING', 'PowerState/deallocating'],
        deallocated: ['STOPPED', 'PowerState/deallocated'],
        hibernated: ['SUSPENDED', 'HibernationState/Hibernated'],
        deleting: ['TERMINATING', 'ProvisioningState/deleting'],
        failed: ['ERROR', 'ProvisioningState/failed/OSProvisioningTimedOut'],
        unknown: ['UNKNOWN', 'PowerState/unknown'],
      } as const;
      const chosen = Object.keys(expected).map((condition, k) => {
        fleet.azure.setVmCondition(vms[k]!.id, condition as keyof typeof expected);
        return { id: lower(vms[k]!.id), condition: condition as keyof typeof expected };
      });
      const got = new Map((await adapter.get('vm', S, chosen.map((c) => c.id))).map((v) => [v.nativeId, v]));
      for (const { id, condition } of chosen) {
        expect([got.get(id)!.state, got.get(id)!.providerState], condition).toEqual(expected[condition]);
      }
      const failed = got.get(chosen.find((c) => c.condition === 'failed')!.id)!;
      expect(failed.extras).toEqual(expect.arrayContaining([{ key: 'powerState', value: 'PowerState/running' }, { key: 'provisioningState', value: 'Failed' }]));
      const suspended = await adapter.list('vm', S, { states: ['SUSPENDED'] });
      expect(suspended.map((v) => v.nativeId)).toContain(chosen.find((c) => c.condition === 'hibernated')!.id);

    } finally {
      await adapter.close();
      await emulator.close();
    }
  });
});

function metricRequestFor(fleet: Fleet) {
  const vm = fleet.azure.scope(SUB, 'westeurope')!.virtualMachines[0]!;
  const to = fleet.now();
  return {
    from: new Date(to.getTime() - 3_600_000),
    to,
    queries: [{ resourceId: globalId({ provider: 'azure', account: SUB, region: 'westeurope' }, 'vm', lower(vm.id)), name: 'CPU_UTILIZATION' as const, nativeName: null, period: 300 }],
  };
}
