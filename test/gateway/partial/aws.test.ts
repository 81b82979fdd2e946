// AWS through the running gateway: a failed instance-type lookup costs the VMs only the fields it
// feeds (with one error naming the call beside the data), and the details the sandbox gives its
// instances, groups and volumes — every interface's addresses, IPv6, CpuOptions, ICMP rules,
// attachments in motion — come through as the emulator set them.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../../src/app.js';
import type { AwsScopeData, Ec2Instance } from '../../../emulators/fleet.js';
import { AwsRulesAndAttachmentsDocument, PartialAwsVmsDocument, type PartialAwsVmsQuery } from '../../generated/operations.js';
import { gatewayUrl, startTestApp } from '../../support/app.js';
import { execute } from '../../support/graphql.js';

const A = '111111111111';
const REGION = 'us-east-1';
const NO_CACHE = { vm: 0, volume: 0, securityGroup: 0, networkInterface: 0, metrics: 0 };
const nativeOf = (id: string) => id.slice(id.lastIndexOf(':') + 1);

type VmNode = PartialAwsVmsQuery['vms']['nodes'][number];

/** What the gateway must answer for an instance, from the fleet's own records. */
function expectedOf(scope: AwsScopeData, instance: Ec2Instance) {
  const enis = scope.networkInterfaces
    .filter((n) => n.attachment?.instanceId === instance.instanceId)
    .sort((a, b) => a.attachment!.deviceIndex - b.attachment!.deviceIndex);
  const secondaries = enis.flatMap((n) => n.secondaryPrivateIps);
  return {
    name: instance.tags.find((t) => t.key === 'Name')?.value ?? null,
    vcpus: instance.cpuOptions.coreCount * instance.cpuOptions.threadsPerCore,
    privateIp: enis[0]?.privateIpAddress ?? null,
    publicIp: enis[0]?.association?.publicIp ?? null,
    privateIps: [...enis.map((n) => n.privateIpAddress), ...secondaries.map((s) => s.privateIpAddress)],
    publicIps: [...new Set([...enis.map((n) => n.association?.publicIp), ...secondaries.map((s) => s.association?.publicIp)])].filter((ip) => ip !== undefined),
    ipv6Addresses: enis.flatMap((n) => n.ipv6Addresses),
    securityGroups: [...new Set(enis.flatMap((n) => n.groups.map((g) => g.groupId)))].sort(),
    volumes: scope.volumes.filter((v) => v.attachments.some((a) => a.instanceId === instance.instanceId)).map((v) => v.volumeId).sort(),
  };
}

function answeredOf(vm: VmNode) {
  return {
    name: vm.name ?? null,
    vcpus: vm.vcpus,
    privateIp: vm.privateIp ?? null,
    publicIp: vm.publicIp ?? null,
    privateIps: vm.privateIps,
    publicIps: vm.publicIps,
    ipv6Addresses: vm.ipv6Addresses,
    securityGroups: (vm.securityGroups ?? []).map((g) => nativeOf(g.id)).sort(),
    volumes: (vm.volumes ?? []).map((v) => nativeOf(v.id)).sort(),
  };
}

describe('AWS VMs when the instance-type lookup fails', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ clouds: ['aws'], vmsPerScope: 20, ttlSeconds: NO_CACHE });
  });
  afterAll(async () => {
    await app?.stop();
  });
  afterEach(() => {
    app.sandbox!.aws!.faults.clear();
    app.sandbox!.aws!.requests.reset();
  });

  it('with DescribeInstanceTypes forbidden alone, answers every VM with everything but memory, and exactly one AUTH error naming the call', async () => {
    const emulator = app.sandbox!.aws!;
    emulator.faults.add({ service: 'ec2', action: 'DescribeInstanceTypes', kind: 'forbidden' });
    const result = await execute(gatewayUrl(app), PartialAwsVmsDocument, { filter: { accounts: [A], regions: [REGION] } });

    const scope = app.sandbox!.fleet.aws.scope(A, REGION)!;
    const nodes = result.data!.vms.nodes;
    expect(nodes.map((vm) => vm.nativeId).sort()).toEqual(scope.instances.map((i) => i.instanceId).sort());
    for (const vm of nodes) {
      const instance = scope.instances.find((i) => i.instanceId === vm.nativeId)!;
      expect(vm.memoryMiB, vm.nativeId).toBeNull();
      // Every instance reports CpuOptions, so its vCPUs need no lookup.
      expect(answeredOf(vm), vm.nativeId).toEqual(expectedOf(scope, instance));
    }
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.extensions).toMatchObject({
      code: 'PROVIDER_AUTH_FAILED',
      provider: 'aws',
      account: A,
      region: REGION,
      operation: 'DescribeInstanceTypes',
    });
    expect(emulator.requests.count({ action: 'DescribeInstanceTypes' })).toBe(1);
    expect(emulator.requests.count({ action: 'DescribeInstances', status: 200 })).toBe(1);
  });

  it('with it forbidden everywhere, names each account and region’s own failure once, and keeps every VM', async () => {
    app.sandbox!.aws!.faults.add({ service: 'ec2', action: 'DescribeInstanceTypes', kind: 'forbidden' });
    const result = await execute(gatewayUrl(app), PartialAwsVmsDocument, {});
    expect(result.data!.vms.nodes).toHaveLength(4 * 20);
    expect(result.data!.vms.nodes.every((vm) => vm.memoryMiB === null && vm.vcpus !== null)).toBe(true);
    const failures = (result.errors ?? []).map((e) => e.extensions!);
    expect(failures.map((f) => `${f.account}/${f.region}`).sort()).toEqual([`${A}/eu-west-1`, `${A}/us-east-1`, '222222222222/eu-west-1', '222222222222/us-east-1']);
    expect(new Set(failures.map((f) => `${f.code} ${f.operation}`))).toEqual(new Set(['PROVIDER_AUTH_FAILED DescribeInstanceTypes']));
  });

  it('with it throttled past the retries, the same: memory unknown, one PROVIDER_THROTTLED error', async () => {
    app.sandbox!.aws!.faults.add({ service: 'ec2', action: 'DescribeInstanceTypes', kind: 'throttle' });
    const result = await execute(gatewayUrl(app), PartialAwsVmsDocument, { filter: { accounts: [A], regions: [REGION] } });
    expect(result.data!.vms.nodes).toHaveLength(20);
    expect(result.data!.vms.nodes.every((vm) => vm.memoryMiB === null && vm.privateIps !== null)).toBe(true);
    expect(result.errors!.map((e) => e.extensions)).toEqual([
      expect.objectContaining({ code: 'PROVIDER_THROTTLED', provider: 'aws', account: A, region: REGION, operation: 'DescribeInstanceTypes' }),
    ]);
  });
});

describe('AWS details through the gateway, as the emulator set them', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ clouds: ['aws'], vmsPerScope: 20, ttlSeconds: NO_CACHE });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('answers every interface’s addresses, IPv6, the union of the interfaces’ groups, and vCPUs from CpuOptions', async () => {
    const result = await execute(gatewayUrl(app), PartialAwsVmsDocument, {});
    expect(result.errors).toBeUndefined();
    const fleet = app.sandbox!.fleet.aws;
    const nodes = result.data!.vms.nodes;
    expect(nodes).toHaveLength(4 * 20);
    const seen = { secondary: 0, eipOnSecondary: 0, ipv6: 0, widenedGroups: 0, fewerCpus: 0 };
    for (const vm of nodes) {
      const [account, region] = vm.id.split(':').slice(1, 3) as [string, string];
      const scope = fleet.scope(account, region)!;
      const instance = scope.instances.find((i) => i.instanceId === vm.nativeId)!;
      const expected = expectedOf(scope, instance);
      expect(answeredOf(vm), vm.id).toEqual(expected);
      const type = fleet.instanceTypes.find((t) => t.instanceType === instance.instanceType)!;
      expect(vm.memoryMiB).toBe(type.sizeInMiB);
      const enis = scope.networkInterfaces.filter((n) => n.attachment?.instanceId === instance.instanceId);
      if (expected.privateIps.length > enis.length) seen.secondary++;
      if (enis.some((n) => n.secondaryPrivateIps.some((s) => s.association && vm.publicIps!.includes(s.association.publicIp)))) seen.eipOnSecondary++;
      if (vm.ipv6Addresses!.length > 0) seen.ipv6++;
      if (enis.length === 2 && expected.securityGroups.length > (enis.find((n) => n.attachment!.deviceIndex === 0)?.groups.length ?? 0)) seen.widenedGroups++;
      if (vm.vcpus! < type.defaultVCpus) seen.fewerCpus++;
    }
    for (const [detail, count] of Object.entries(seen)) expect(count, detail).toBeGreaterThan(0);
  });

  it('answers ICMP rules with their type and code, and attachments being made, undone or busy', async () => {
    const result = await execute(gatewayUrl(app), AwsRulesAndAttachmentsDocument, {
      networkFilter: { accounts: [A], regions: [REGION] },
      volumeFilter: { accounts: [A], regions: [REGION] },
    });
    expect(result.errors).toBeUndefined();
    const scope = app.sandbox!.fleet.aws.scope(A, REGION)!;
    const web = scope.securityGroups.find((g) => g.groupName === 'web')!;
    const rules = result.data!.securityGroups.nodes.find((g) => g.nativeId === web.groupId)!.rules;
    const icmp = rules.filter((r) => r.protocol === 'icmp' || r.protocol === 'icmpv6').map((r) => [r.protocol, r.fromPort, r.toPort, r.icmpType, r.icmpCode, r.sources]);
    expect(icmp).toEqual([
      ['icmp', null, null, 8, null, ['10.0.0.0/8']],
      ['icmp', null, null, 3, 4, ['0.0.0.0/0']],
      ['icmpv6', null, null, null, null, ['::/0']],
    ]);
    const appTier = scope.securityGroups.find((g) => g.groupName === 'app')!;
    const everyIcmp = result.data!.securityGroups.nodes.find((g) => g.nativeId === appTier.groupId)!.rules.find((r) => r.protocol === 'icmp')!;
    expect(everyIcmp).toMatchObject({ fromPort: null, toPort: null, icmpType: null, icmpCode: null, description: 'all ICMP within the VPC' });

    const moving = scope.volumes.flatMap((v) => v.attachments.filter((a) => a.state !== 'attached').map((a) => ({ volumeId: v.volumeId, ...a })));
    expect(moving.map((a) => a.state).sort()).toEqual(['attaching', 'busy', 'detaching']);
    for (const a of moving) {
      const volume = result.data!.volumes.nodes.find((v) => v.nativeId === a.volumeId)!;
      expect(volume.attachments).toEqual([{ state: a.state.toUpperCase(), providerState: a.state, device: a.device, vm: { nativeId: a.instanceId } }]);
    }
    const settled = result.data!.volumes.nodes.flatMap((v) => v.attachments).filter((a) => a.providerState === 'attached');
    expect(settled.length).toBeGreaterThan(0);
    expect(settled.every((a) => a.state === 'ATTACHED')).toBe(true);
  });
});
