// The AWS adapter against the wire-level AWS emulator: real SDK clients, real HTTP, real paging,
// retries and error responses. Request counts come from the emulator's own log.
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { awsProviderSchema } from '../../../src/config/schema.js';
import { startAwsEmulator, type AwsEmulator } from '../../../emulators/aws/index.js';
import { AWS_ACCOUNTS, EC2_INSTANCE_TYPES, createFleet, type Fleet } from '../../../emulators/fleet.js';
import { createAwsAdapter } from '../../../src/providers/aws/index.js';
import { vmStateOf } from '../../../src/providers/aws/states.js';
import { ProviderError } from '../../../src/providers/errors.js';
import { globalId } from '../../../src/providers/ids.js';
import {
  METRIC_NAMES,
  RESOURCE_KINDS,
  type MetricQuery,
  type ProviderAdapter,
  type ResourceKind,
  type Scope,
} from '../../../src/providers/types.js';
import { upstreamRequests } from '../../../src/telemetry/metrics.js';

const ACCOUNT = '111111111111';
const OTHER_ACCOUNT = '222222222222';
const REGIONS = ['us-east-1', 'eu-west-1'];
const VMS_PER_SCOPE = 60;
const silent = pino({ level: 'silent' });
const scopeOf = (account: string, region: string): Scope => ({ provider: 'aws', account, region });
const US = scopeOf(ACCOUNT, 'us-east-1');
const EU = scopeOf(ACCOUNT, 'eu-west-1');

function configFor(emulator: AwsEmulator, maxAttempts = 3) {
  return awsProviderSchema.parse({
    maxAttempts,
    accounts: AWS_ACCOUNTS.map((a) => ({
      id: a.accountId,
      regions: REGIONS,
      endpoint: emulator.url,
      credentials: { type: 'static', ...a.credentials },
    })),
  });
}

/** Native ids per kind as the fleet holds them for one scope. */
function fleetIds(fleet: Fleet, scope: Scope): Record<ResourceKind, string[]> {
  const data = fleet.aws.scope(scope.account, scope.region)!;
  return {
    vm: data.instances.map((i) => i.instanceId),
    volume: data.volumes.map((v) => v.volumeId),
    snapshot: data.snapshots.map((s) => s.snapshotId),
    network: data.vpcs.map((v) => v.vpcId),
    subnet: data.subnets.map((s) => s.subnetId),
    securityGroup: data.securityGroups.map((g) => g.groupId),
    publicIp: data.addresses.map((a) => a.allocationId),
    networkInterface: data.networkInterfaces.map((n) => n.networkInterfaceId),
  };
}

const OPERATION: Record<ResourceKind, string> = {
  vm: 'DescribeInstances',
  volume: 'DescribeVolumes',
  snapshot: 'DescribeSnapshots',
  network: 'DescribeVpcs',
  subnet: 'DescribeSubnets',
  securityGroup: 'DescribeSecurityGroups',
  publicIp: 'DescribeAddresses',
  networkInterface: 'DescribeNetworkInterfaces',
};

/** Well-formed ids that exist nowhere in the fleet. */
const UNKNOWN: Record<ResourceKind, string[]> = {
  vm: ['i-0ffffffffffffff01', 'i-0ffffffffffffff02'],
  volume: ['vol-0ffffffffffffff01', 'vol-0ffffffffffffff02'],
  snapshot: ['snap-0ffffffffffffff01', 'snap-0ffffffffffffff02'],
  network: ['vpc-0ffffffffffffff01', 'vpc-0ffffffffffffff02'],
  subnet: ['subnet-0ffffffffffffff01', 'subnet-0ffffffffffffff02'],
  securityGroup: ['sg-0ffffffffffffff01', 'sg-0ffffffffffffff02'],
  publicIp: ['eipalloc-0ffffffffffffff01', 'eipalloc-0ffffffffffffff02'],
  networkInterface: ['eni-0ffffffffffffff01', 'eni-0ffffffffffffff02'],
};

async function counted(labels: { service: string; operation: string; outcome: 'ok' | 'error' }): Promise<number> {
  const { values } = await upstreamRequests.get();
  return values
    .filter(
      (v) =>
        v.labels.provider === 'aws' &&
        v.labels.service === labels.service &&
        v.labels.operation === labels.operation &&
        v.labels.outcome === labels.outcome,
    )
    .reduce((n, v) => n + v.value, 0);
}

describe('AWS adapter against the emulator', () => {
  let fleet: Fleet;
  let emulator: AwsEmulator;
  let adapter: ProviderAdapter;

  beforeAll(async () => {
    fleet = createFleet({ seed: 7, vmsPerScope: VMS_PER_SCOPE });
    emulator = await startAwsEmulator({ fleet });
    adapter = createAwsAdapter(configFor(emulator), { logger: silent });
  });

  afterAll(async () => {
    await adapter?.close();
    await emulator?.close();
  });

  beforeEach(() => {
    emulator.requests.reset();
    emulator.faults.clear();
    emulator.setMaxPageSize(null);
    emulator.setMaxDatapointsPerPage(null);
  });

  it('has one scope per configured account × region', () => {
    expect(adapter.provider).toBe('aws');
    expect(adapter.scopes).toEqual([
      US,
      EU,
      scopeOf(OTHER_ACCOUNT, 'us-east-1'),
      scopeOf(OTHER_ACCOUNT, 'eu-west-1'),
    ]);
  });

  describe.each(RESOURCE_KINDS.map((k) => [k]))('%s', (kind) => {
    it('lists everything in the scope in one request, with global ids', async () => {
      const expected = fleetIds(fleet, EU)[kind];
      expect(expected.length).toBeGreaterThan(0);
      const items = await adapter.list(kind, EU);
      expect(items.map((i) => i.nativeId).sort()).toEqual([...expected].sort());
      for (const item of items) {
        expect(item.id).toBe(globalId(EU, kind, item.nativeId));
        expect(item).toMatchObject({ provider: 'aws', account: ACCOUNT, region: 'eu-west-1' });
      }
      expect(emulator.requests.count({ action: OPERATION[kind] })).toBe(1);
      expect(emulator.requests.count({ action: OPERATION[kind], account: ACCOUNT, region: 'eu-west-1' })).toBe(1);
    });

    it('gets a batch of ids in one request; unknown and malformed ids are simply absent', async () => {
      const known = fleetIds(fleet, US)[kind].slice(0, 3);
      const asked = [...known, ...UNKNOWN[kind], 'not-an-id', known[0]!];
      const items = await adapter.get(kind, US, asked);
      expect(items.map((i) => i.nativeId).sort()).toEqual([...known].sort());
      expect(emulator.requests.count({ action: OPERATION[kind] })).toBe(1);
    });

    it('does not find one scope’s resources in another', async () => {
      const elsewhere = fleetIds(fleet, scopeOf(OTHER_ACCOUNT, 'us-east-1'))[kind].slice(0, 2);
      expect(await adapter.get(kind, US, elsewhere)).toEqual([]);
    });
  });

  it('asks for nothing when given no ids', async () => {
    expect(await adapter.get('vm', US, [])).toEqual([]);
    expect(await adapter.list('vm', US, { nativeIds: [] })).toEqual([]);
    expect(emulator.requests.count()).toBe(0);
  });

  it('gets VMs by id in one filtered request, and past EC2’s 200 filter values pages through the scope instead', async () => {
    const all = fleetIds(fleet, US).vm;
    const vms = await adapter.get('vm', US, all);
    expect(vms).toHaveLength(all.length);
    expect(emulator.requests.count({ action: 'DescribeInstances' })).toBe(1);

    emulator.requests.reset();
    const padding = Array.from({ length: 450 - all.length }, (_, i) => `i-0${(i + 1).toString(16).padStart(16, '0')}`);
    const many = await adapter.get('vm', US, [...all, ...padding]);
    expect(many).toHaveLength(all.length);
    // ⌈450 / 200⌉ = 3 filtered calls would cost more than ⌈all / 1000⌉ = 1 page of the whole scope.
    expect(emulator.requests.count({ action: 'DescribeInstances' })).toBe(Math.ceil(all.length / 1000));
  });

  describe('VMs', () => {
    it('normalises instances: state, sizes from CpuOptions and DescribeInstanceTypes, addresses of every interface, references as global ids', async () => {
      const vms = await adapter.list('vm', US);
      const data = fleet.aws.scope(ACCOUNT, 'us-east-1')!;
      expect(vms).toHaveLength(VMS_PER_SCOPE);
      for (const vm of vms) {
        const source = data.instances.find((i) => i.instanceId === vm.nativeId)!;
        const type = EC2_INSTANCE_TYPES.find((t) => t.instanceType === source.instanceType)!;
        expect(vm.state).toBe(vmStateOf(source.state).state);
        expect(vm.providerState).toBe(source.state);
        expect(vm.instanceType).toBe(source.instanceType);
        expect(vm.vcpus).toBe(source.cpuOptions.coreCount * source.cpuOptions.threadsPerCore);
        expect(vm.memoryMiB).toBe(type.sizeInMiB);
        expect(vm.gaps).toBeUndefined();
        expect(vm.zone).toBe(source.availabilityZone);
        expect(vm.imageId).toBe(source.imageId);
        expect(vm.launchedAt?.getTime()).toBe(source.launchTime.getTime());
        expect(vm.name).toBe(source.tags.find((t) => t.key === 'Name')?.value ?? null);
        expect(vm.tags).toEqual(source.tags);
        expect(vm.extras).toEqual(
          expect.arrayContaining([
            { key: 'architecture', value: source.architecture },
            { key: 'platformDetails', value: source.platformDetails },
            { key: 'hypervisor', value: source.hypervisor },
          ]),
        );
        expect(vm.platform).toBe(source.platform === 'windows' ? 'windows' : 'linux');
        const volumes = data.volumes.filter((v) => v.attachments.some((a) => a.instanceId === source.instanceId));
        expect([...vm.volumeIds].sort()).toEqual(volumes.map((v) => globalId(US, 'volume', v.volumeId)).sort());
        const enis = data.networkInterfaces
          .filter((n) => n.attachment?.instanceId === source.instanceId)
          .sort((a, b) => a.attachment!.deviceIndex - b.attachment!.deviceIndex);
        expect([...vm.networkInterfaceIds].sort()).toEqual(enis.map((n) => globalId(US, 'networkInterface', n.networkInterfaceId)).sort());
        const secondaries = enis.flatMap((n) => n.secondaryPrivateIps);
        expect(vm.privateIps).toEqual([...enis.map((n) => n.privateIpAddress), ...secondaries.map((a) => a.privateIpAddress)]);
        expect(vm.publicIps).toEqual(
          [...enis.map((n) => n.association?.publicIp), ...secondaries.map((a) => a.association?.publicIp)].filter((ip) => ip !== undefined),
        );
        expect(vm.ipv6Addresses).toEqual(enis.flatMap((n) => n.ipv6Addresses));
        const groups = new Set(enis.flatMap((n) => n.groups.map((g) => globalId(US, 'securityGroup', g.groupId))));
        expect(new Set(vm.securityGroupIds)).toEqual(groups);
        if (source.state !== 'terminated') {
          expect(vm.securityGroupIds.length).toBeGreaterThan(0);
          expect(vm.networkId).toMatch(/^aws:111111111111:us-east-1:network:vpc-/);
          expect(vm.subnetId).toMatch(/^aws:111111111111:us-east-1:subnet:subnet-/);
          expect(vm.privateIp).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
        }
      }
    });

    it('asks DescribeInstanceTypes once for the types it has not seen, then never again', async () => {
      const fresh = createAwsAdapter(configFor(emulator), { logger: silent });
      try {
        await fresh.list('vm', US);
        expect(emulator.requests.count({ action: 'DescribeInstanceTypes' })).toBe(1);
        for (const scope of fresh.scopes) await fresh.list('vm', scope);
        const afterFirstRound = emulator.requests.count({ action: 'DescribeInstanceTypes' });
        expect(afterFirstRound).toBeLessThanOrEqual(fresh.scopes.length);
        for (const scope of fresh.scopes) await fresh.list('vm', scope);
        expect(emulator.requests.count({ action: 'DescribeInstanceTypes' })).toBe(afterFirstRound);
      } finally {
        await fresh.close();
      }
    });

    it('pushes states, types, tags and zones down as filters (one request, only the matches come back)', async () => {
      const data = fleet.aws.scope(ACCOUNT, 'us-east-1')!;
      const running = data.instances.filter((i) => i.state === 'running');
      expect(running.length).toBeGreaterThan(0);
      expect(running.length).toBeLessThan(data.instances.length);

      // A page of 5: if the filter were applied here rather than upstream, every VM would be paged through.
      emulator.setMaxPageSize(5);
      const vms = await adapter.list('vm', US, { states: ['RUNNING'] });
      expect(vms.map((v) => v.nativeId).sort()).toEqual(running.map((i) => i.instanceId).sort());
      expect(emulator.requests.count({ action: 'DescribeInstances' })).toBe(Math.max(1, Math.ceil(running.length / 5)));
      emulator.setMaxPageSize(null);

      const sample = data.instances[0]!;
      const env = sample.tags.find((t) => t.key === 'env')!.value;
      const zone = sample.availabilityZone;
      const type = sample.instanceType;
      const expected = data.instances.filter(
        (i) =>
          i.instanceType === type &&
          i.availabilityZone === zone &&
          i.tags.some((t) => t.key === 'env' && t.value === env) &&
          i.tags.some((t) => t.key === 'team'),
      );
      emulator.requests.reset();
      const filtered = await adapter.list('vm', US, {
        instanceTypes: [type],
        zones: [zone],
        tags: [
          { key: 'env', values: [env] },
          { key: 'team', values: [] },
        ],
      });
      expect(filtered.map((v) => v.nativeId).sort()).toEqual(expected.map((i) => i.instanceId).sort());
      expect(emulator.requests.count({ action: 'DescribeInstances' })).toBe(1);
    });

    it('filters ids and states together, and answers SUSPENDED without a call', async () => {
      const data = fleet.aws.scope(ACCOUNT, 'us-east-1')!;
      const ids = data.instances.slice(0, 20).map((i) => i.instanceId);
      const stopped = data.instances.slice(0, 20).filter((i) => i.state === 'stopped' || i.state === 'stopping');
      const vms = await adapter.list('vm', US, { nativeIds: ids, states: ['STOPPED', 'STOPPING'] });
      expect(vms.map((v) => v.nativeId).sort()).toEqual(stopped.map((i) => i.instanceId).sort());
      expect(emulator.requests.count({ action: 'DescribeInstances' })).toBe(1);

      emulator.requests.reset();
      expect(await adapter.list('vm', US, { states: ['SUSPENDED'] })).toEqual([]);
      expect(emulator.requests.count()).toBe(0);
    });

    it('pushes volume zone and tag filters down too', async () => {
      const data = fleet.aws.scope(ACCOUNT, 'us-east-1')!;
      const zone = data.volumes[0]!.availabilityZone;
      const volumes = await adapter.list('volume', US, { zones: [zone] });
      expect(volumes.map((v) => v.nativeId).sort()).toEqual(
        data.volumes.filter((v) => v.availabilityZone === zone).map((v) => v.volumeId).sort(),
      );
      const tagged = await adapter.list('network', US, { tags: [{ key: 'env', values: ['*'] }] });
      expect(tagged.map((n) => n.nativeId).sort()).toEqual(
        data.vpcs.filter((v) => v.tags.some((t) => t.key === 'env')).map((v) => v.vpcId).sort(),
      );
      expect(emulator.requests.count()).toBe(2);
    });
  });

  describe('paging', () => {
    it.each([
      ['vm', 7],
      ['volume', 9],
      ['snapshot', 5],
      ['network', 1],
      ['subnet', 4],
      ['securityGroup', 3],
      ['networkInterface', 11],
    ] as const)('follows every page of %s (page size %i)', async (kind, pageSize) => {
      const expected = fleetIds(fleet, US)[kind];
      emulator.setMaxPageSize(pageSize);
      const items = await adapter.list(kind, US);
      const ids = items.map((i) => i.nativeId);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.sort()).toEqual([...expected].sort());
      expect(emulator.requests.count({ action: OPERATION[kind] })).toBe(Math.max(1, Math.ceil(expected.length / pageSize)));
    });

    it('asks for the largest page each API allows (1000 instances, 500 volumes)', async () => {
      const big = createFleet({ seed: 3, vmsPerScope: 1200 });
      const bigEmulator = await startAwsEmulator({ fleet: big });
      const bigAdapter = createAwsAdapter(configFor(bigEmulator), { logger: silent });
      try {
        const vms = await bigAdapter.list('vm', US);
        expect(vms).toHaveLength(1200);
        expect(bigEmulator.requests.count({ action: 'DescribeInstances' })).toBe(2); // ⌈1200 / 1000⌉
        const volumes = await bigAdapter.list('volume', US);
        const volumeCount = big.aws.scope(ACCOUNT, 'us-east-1')!.volumes.length;
        expect(volumes).toHaveLength(volumeCount);
        expect(bigEmulator.requests.count({ action: 'DescribeVolumes' })).toBe(Math.ceil(volumeCount / 500));
      } finally {
        await bigAdapter.close();
        await bigEmulator.close();
      }
    });
  });

  describe('metrics', () => {
    const hours = (n: number) => n * 3600_000;

    it('answers several VMs and metrics with one GetMetricData call, points ascending', async () => {
      const data = fleet.aws.scope(ACCOUNT, 'us-east-1')!;
      const running = data.instances.filter((i) => i.state === 'running').slice(0, 6);
      const withAgent = running.filter((i) => i.sim.cloudWatchAgent);
      const withoutAgent = running.filter((i) => !i.sim.cloudWatchAgent);
      expect(running.length).toBe(6);
      const to = fleet.now();
      const from = new Date(to.getTime() - hours(3));
      const queries: MetricQuery[] = running.flatMap((i) =>
        METRIC_NAMES.map((name) => ({ resourceId: globalId(US, 'vm', i.instanceId), name, nativeName: null, period: 300 })),
      );
      const series = await adapter.metrics(US, { from, to, queries });
      expect(emulator.requests.count({ action: 'GetMetricData' })).toBe(1);
      expect(series).toHaveLength(queries.length);
      series.forEach((s, i) => {
        const q = queries[i]!;
        expect(s.resourceId).toBe(q.resourceId);
        expect(s.name).toBe(q.name);
        expect(s.period).toBe(300);
        const times = s.points.map((p) => p.timestamp.getTime());
        expect(times).toEqual([...times].sort((a, b) => a - b));
      });
      const cpu = series.filter((s) => s.name === 'CPU_UTILIZATION');
      expect(cpu.every((s) => s.available && s.points.length > 0 && s.unit === 'PERCENT')).toBe(true);
      expect(cpu[0]!.nativeName).toBe('AWS/EC2/CPUUtilization');
      expect(series.filter((s) => s.name === 'NETWORK_IN_BYTES').every((s) => s.unit === 'BYTES')).toBe(true);
      expect(series.filter((s) => s.name === 'DISK_READ_OPS').every((s) => s.unit === 'COUNT')).toBe(true);
      const memory = (id: string) =>
        series.find((s) => s.name === 'MEMORY_UTILIZATION' && s.resourceId === globalId(US, 'vm', id))!;
      for (const i of withAgent) expect(memory(i.instanceId)).toMatchObject({ available: true, unit: 'PERCENT' });
      for (const i of withoutAgent) expect(memory(i.instanceId)).toMatchObject({ available: false, points: [] });
    });

    it('answers volume disk metrics from AWS/EBS and native names in the same call', async () => {
      const data = fleet.aws.scope(ACCOUNT, 'us-east-1')!;
      const volume = data.volumes.find((v) => v.state === 'in-use')!;
      const vm = data.instances.find((i) => i.state === 'running')!;
      const to = fleet.now();
      const from = new Date(to.getTime() - hours(2));
      const volumeId = globalId(US, 'volume', volume.volumeId);
      const vmId = globalId(US, 'vm', vm.instanceId);
      const series = await adapter.metrics(US, {
        from,
        to,
        queries: [
          { resourceId: volumeId, name: 'DISK_WRITE_BYTES', nativeName: null, period: 300 },
          { resourceId: volumeId, name: 'CPU_UTILIZATION', nativeName: null, period: 300 },
          { resourceId: vmId, name: null, nativeName: 'AWS/EC2/CPUUtilization', period: 300 },
          { resourceId: vmId, name: null, nativeName: 'NetworkOut', period: 300 },
        ],
      });
      expect(emulator.requests.count({ action: 'GetMetricData' })).toBe(1);
      expect(series[0]).toMatchObject({ nativeName: 'AWS/EBS/VolumeWriteBytes', unit: 'BYTES', available: true });
      expect(series[0]!.points.length).toBeGreaterThan(0);
      expect(series[1]).toMatchObject({ available: false, points: [] });
      expect(series[2]).toMatchObject({ name: null, nativeName: 'AWS/EC2/CPUUtilization', unit: 'PERCENT', available: true });
      expect(series[3]).toMatchObject({ name: null, nativeName: 'AWS/EC2/NetworkOut', unit: 'BYTES' });
      expect(series[2]!.points.length).toBeGreaterThan(0);
    });

    it('splits 501 queries into two GetMetricData calls', async () => {
      const data = fleet.aws.scope(ACCOUNT, 'us-east-1')!;
      const to = fleet.now();
      const from = new Date(to.getTime() - hours(1));
      const vmQueries: MetricQuery[] = data.instances.flatMap((i) =>
        METRIC_NAMES.map((name) => ({ resourceId: globalId(US, 'vm', i.instanceId), name, nativeName: null, period: 300 })),
      );
      const volumeQueries: MetricQuery[] = data.volumes.map((v) => ({
        resourceId: globalId(US, 'volume', v.volumeId),
        name: 'DISK_READ_OPS' as const,
        nativeName: null,
        period: 300,
      }));
      const queries = [...vmQueries, ...volumeQueries].slice(0, 501);
      expect(queries).toHaveLength(501);
      const series = await adapter.metrics(US, { from, to, queries });
      expect(series).toHaveLength(501);
      expect(emulator.requests.count({ action: 'GetMetricData' })).toBe(2);
    });

    it('pages through datapoints with NextToken', async () => {
      const data = fleet.aws.scope(ACCOUNT, 'us-east-1')!;
      const vm = data.instances.find((i) => i.state === 'running')!;
      const to = fleet.now();
      const from = new Date(to.getTime() - hours(6));
      const query: MetricQuery = { resourceId: globalId(US, 'vm', vm.instanceId), name: 'CPU_UTILIZATION', nativeName: null, period: 300 };
      const [whole] = await adapter.metrics(US, { from, to, queries: [query, { ...query, name: 'NETWORK_IN_BYTES' }] });
      emulator.requests.reset();
      emulator.setMaxDatapointsPerPage(10);
      const [paged, second] = await adapter.metrics(US, { from, to, queries: [query, { ...query, name: 'NETWORK_IN_BYTES' }] });
      expect(paged!.points).toEqual(whole!.points);
      const total = whole!.points.length + second!.points.length;
      expect(emulator.requests.count({ action: 'GetMetricData' })).toBe(Math.ceil(total / 10));
    });

    it('refuses a resource of another scope', async () => {
      const to = fleet.now();
      const error = await adapter
        .metrics(US, {
          from: new Date(to.getTime() - hours(1)),
          to,
          queries: [{ resourceId: globalId(EU, 'vm', 'i-0123456789abcdef0'), name: 'CPU_UTILIZATION', nativeName: null, period: 300 }],
        })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ProviderError);
      expect(error).toMatchObject({ category: 'INVALID_INPUT', operation: 'GetMetricData' });
      expect(emulator.requests.count()).toBe(0);
    });
  });

  describe('failures', () => {
    it('retries throttling and succeeds, counting every attempt', async () => {
      const okBefore = await counted({ service: 'ec2', operation: 'DescribeVpcs', outcome: 'ok' });
      const errorBefore = await counted({ service: 'ec2', operation: 'DescribeVpcs', outcome: 'error' });
      emulator.faults.add({ service: 'ec2', action: 'DescribeVpcs', account: ACCOUNT, region: 'us-east-1', kind: 'throttle', times: 2 });
      const networks = await adapter.list('network', US);
      expect(networks.length).toBe(fleetIds(fleet, US).network.length);
      expect(emulator.requests.count({ action: 'DescribeVpcs' })).toBe(3);
      expect(emulator.requests.count({ action: 'DescribeVpcs', status: 503 })).toBe(2);
      expect((await counted({ service: 'ec2', operation: 'DescribeVpcs', outcome: 'ok' })) - okBefore).toBe(1);
      expect((await counted({ service: 'ec2', operation: 'DescribeVpcs', outcome: 'error' })) - errorBefore).toBe(2);
    });

    it('counts CloudWatch attempts under monitoring', async () => {
      const before = await counted({ service: 'monitoring', operation: 'GetMetricData', outcome: 'error' });
      const okBefore = await counted({ service: 'monitoring', operation: 'GetMetricData', outcome: 'ok' });
      emulator.faults.add({ service: 'monitoring', kind: 'unavailable', times: 1 });
      const vm = fleet.aws.scope(ACCOUNT, 'us-east-1')!.instances[0]!;
      const to = fleet.now();
      await adapter.metrics(US, {
        from: new Date(to.getTime() - 3600_000),
        to,
        queries: [{ resourceId: globalId(US, 'vm', vm.instanceId), name: 'CPU_UTILIZATION', nativeName: null, period: 300 }],
      });
      expect(emulator.requests.count({ action: 'GetMetricData' })).toBe(2);
      expect((await counted({ service: 'monitoring', operation: 'GetMetricData', outcome: 'error' })) - before).toBe(1);
      expect((await counted({ service: 'monitoring', operation: 'GetMetricData', outcome: 'ok' })) - okBefore).toBe(1);
    });

    it.each([
      ['unavailable', 'UNAVAILABLE'],
      ['throttle', 'THROTTLED'],
    ] as const)('a region that keeps failing (%s) → ProviderError %s naming provider, account, region', async (kind, category) => {
      emulator.faults.add({ account: ACCOUNT, region: 'eu-west-1', kind });
      const error = await adapter.list('vm', EU).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ProviderError);
      const e = error as ProviderError;
      expect(e.category).toBe(category);
      expect(e.scope).toEqual(EU);
      expect(e.operation).toBe('DescribeInstances');
      expect(e.message).toContain('aws 111111111111/eu-west-1 DescribeInstances');
      expect(emulator.requests.count({ action: 'DescribeInstances', region: 'eu-west-1' })).toBe(3); // maxAttempts
      // The other region of the same account is unaffected.
      expect(await adapter.list('vm', US)).toHaveLength(VMS_PER_SCOPE);
    });

    it('fails metrics of a failing region with a ProviderError too', async () => {
      emulator.faults.add({ service: 'monitoring', region: 'eu-west-1', kind: 'throttle' });
      const vm = fleet.aws.scope(ACCOUNT, 'eu-west-1')!.instances[0]!;
      const to = fleet.now();
      const error = await adapter
        .metrics(EU, {
          from: new Date(to.getTime() - 3600_000),
          to,
          queries: [{ resourceId: globalId(EU, 'vm', vm.instanceId), name: 'CPU_UTILIZATION', nativeName: null, period: 300 }],
        })
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'ProviderError', category: 'THROTTLED', operation: 'GetMetricData' });
    });

    it('bad credentials → AUTH, not retried, no secret in the message', async () => {
      const secret = 'wrongSecretKeyThatMustNeverBeShown000001';
      const keyId = 'AKIANOTAREALKEY00001';
      const bad = createAwsAdapter(
        awsProviderSchema.parse({
          accounts: [
            {
              id: ACCOUNT,
              regions: ['us-east-1'],
              endpoint: emulator.url,
              credentials: { type: 'static', accessKeyId: keyId, secretAccessKey: secret },
            },
          ],
        }),
        { logger: silent },
      );
      try {
        for (const attempt of [() => bad.list('volume', US), () => bad.metrics(US, metricRequestFor(fleet, US))]) {
          const error = await attempt().catch((e: unknown) => e);
          expect(error).toBeInstanceOf(ProviderError);
          const e = error as ProviderError;
          expect(e.category).toBe('AUTH');
          expect(e.message).not.toContain(secret);
          expect(e.message).not.toContain(keyId);
          expect(JSON.stringify({ ...e, cause: String(e.cause) })).not.toContain(secret);
        }
        expect(emulator.requests.count({ action: 'DescribeVolumes' })).toBe(1);
      } finally {
        await bad.close();
      }
    });

    it('a profile that cannot be loaded → AUTH before any request is sent', async () => {
      const saved = { file: process.env.AWS_SHARED_CREDENTIALS_FILE, config: process.env.AWS_CONFIG_FILE };
      process.env.AWS_SHARED_CREDENTIALS_FILE = '/nonexistent/fleetgraph/credentials';
      process.env.AWS_CONFIG_FILE = '/nonexistent/fleetgraph/config';
      const noProfile = createAwsAdapter(
        awsProviderSchema.parse({
          accounts: [{ id: ACCOUNT, regions: ['us-east-1'], endpoint: emulator.url, credentials: { type: 'profile', profile: 'missing' } }],
        }),
        { logger: silent },
      );
      try {
        await expect(noProfile.list('vm', US)).rejects.toMatchObject({ name: 'ProviderError', category: 'AUTH' });
        expect(emulator.requests.count()).toBe(0);
      } finally {
        await noProfile.close();
        for (const [key, value] of [
          ['AWS_SHARED_CREDENTIALS_FILE', saved.file],
          ['AWS_CONFIG_FILE', saved.config],
        ] as const) {
          if (value === undefined) delete process.env[key];
          else process.env[key] = value;
        }
      }
    });

    it('refuses a scope it was not configured with, and an unknown kind', async () => {
      await expect(adapter.list('vm', scopeOf('333333333333', 'us-east-1'))).rejects.toMatchObject({
        name: 'ProviderError',
        category: 'INVALID_INPUT',
      });
      await expect(adapter.list('vm', scopeOf(ACCOUNT, 'ap-south-1'))).rejects.toBeInstanceOf(ProviderError);
      await expect(adapter.list('bucket' as ResourceKind, US)).rejects.toMatchObject({ category: 'INVALID_INPUT' });
      expect(emulator.requests.count()).toBe(0);
    });

    it('turns a refused connection into UNAVAILABLE', async () => {
      const closed = await startAwsEmulator({ fleet });
      const url = closed.url;
      await closed.close();
      const down = createAwsAdapter(
        awsProviderSchema.parse({
          maxAttempts: 1,
          accounts: [{ id: ACCOUNT, regions: ['us-east-1'], endpoint: url, credentials: { type: 'static', ...AWS_ACCOUNTS[0]!.credentials } }],
        }),
        { logger: silent },
      );
      try {
        await expect(down.list('subnet', US)).rejects.toMatchObject({ name: 'ProviderError', category: 'UNAVAILABLE' });
      } finally {
        await down.close();
      }
    });
  });
});

describe('every EC2 instance state through the adapter', () => {
  it('maps each state and keeps the raw name', async () => {
    const fleet = createFleet({ seed: 11, vmsPerScope: 12 });
    const emulator = await startAwsEmulator({ fleet });
    const adapter = createAwsAdapter(configFor(emulator), { logger: silent });
    try {
      const live = fleet.aws.scope(ACCOUNT, 'us-east-1')!.instances.filter((i) => i.state !== 'terminated');
      const wanted = ['pending', 'running', 'stopping', 'stopped', 'shutting-down', 'terminated'] as const;
      expect(live.length).toBeGreaterThanOrEqual(wanted.length);
      const chosen = wanted.map((state, k) => {
        fleet.aws.setInstanceState(live[k]!.instanceId, state);
        return { id: live[k]!.instanceId, state };
      });
      const vms = await adapter.get(
        'vm',
        US,
        chosen.map((c) => c.id),
      );
      const byId = new Map(vms.map((v) => [v.nativeId, v]));
      const expected = {
        pending: 'PENDING',
        running: 'RUNNING',
        stopping: 'STOPPING',
        stopped: 'STOPPED',
        'shutting-down': 'TERMINATING',
        terminated: 'TERMINATED',
      } as const;
      for (const { id, state } of chosen) {
        expect(byId.get(id)).toMatchObject({ state: expected[state], providerState: state });
      }
      const terminated = byId.get(chosen[5]!.id)!;
      expect(terminated.publicIp).toBeNull();
      const stopped = byId.get(chosen[3]!.id)!;
      expect(stopped.extras).toContainEqual({ key: 'stateReason', value: 'Client.UserInitiatedShutdown: User initiated shutdown' });
      // Filtering on TERMINATING asks EC2 for shutting-down.
      const terminating = await adapter.list('vm', US, { states: ['TERMINATING'] });
      expect(terminating.map((v) => v.providerState)).toEqual(
        fleet.aws
          .scope(ACCOUNT, 'us-east-1')!
          .instances.filter((i) => i.state === 'shutting-down')
          .map(() => 'shutting-down'),
      );
      expect(terminating.map((v) => v.nativeId)).toContain(chosen[4]!.id);
    } finally {
      await adapter.close();
      await emulator.close();
    }
  });
});

function metricRequestFor(fleet: Fleet, scope: Scope) {
  const vm = fleet.aws.scope(scope.account, scope.region)!.instances[0]!;
  const to = fleet.now();
  return {
    from: new Date(to.getTime() - 3600_000),
    to,
    queries: [{ resourceId: globalId(scope, 'vm', vm.instanceId), name: 'CPU_UTILIZATION' as const, nativeName: null, period: 300 }],
  };
}
