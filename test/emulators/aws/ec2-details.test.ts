// The EC2 details real accounts have and the fleet reproduces, as the real SDK client reads them:
// CpuOptions, secondary private addresses and the Elastic IPs on them, a second interface in
// another group, IPv6 (VPC /56, subnet /64, interface addresses), ICMP rules, attachments in motion.
import {
  DescribeInstanceTypesCommand,
  DescribeInstancesCommand,
  DescribeNetworkInterfacesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  DescribeVolumesCommand,
  DescribeVpcsCommand,
  type Instance,
} from '@aws-sdk/client-ec2';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT_A, useHarness } from './helpers.js';

const h = useHarness();
const scope = () => h.fleet.aws.scope(ACCOUNT_A, 'us-east-1')!;
let instances: Instance[];

beforeAll(async () => {
  const out = await h.ec2().send(new DescribeInstancesCommand({}));
  instances = out.Reservations!.flatMap((r) => r.Instances!);
});

describe('EC2 details through the real SDK', () => {
  it('CpuOptions: every instance reports its cores and threads, some fewer than the type’s default', async () => {
    const types = new Map(h.fleet.aws.instanceTypes.map((t) => [t.instanceType, t]));
    let reduced = 0;
    for (const i of instances) {
      const native = scope().instances.find((x) => x.instanceId === i.InstanceId)!;
      expect(i.CpuOptions).toEqual({ CoreCount: native.cpuOptions.coreCount, ThreadsPerCore: native.cpuOptions.threadsPerCore });
      const type = types.get(native.instanceType)!;
      expect(type.validCores).toContain(i.CpuOptions!.CoreCount);
      expect(type.validThreadsPerCore).toContain(i.CpuOptions!.ThreadsPerCore);
      if (i.CpuOptions!.CoreCount! * i.CpuOptions!.ThreadsPerCore! < type.defaultVCpus) reduced++;
    }
    expect(reduced).toBeGreaterThan(0);
    const c6i = await h.ec2().send(new DescribeInstanceTypesCommand({ InstanceTypes: ['c6i.2xlarge'] }));
    expect(c6i.InstanceTypes![0]!.VCpuInfo).toEqual({ DefaultVCpus: 8, DefaultCores: 4, DefaultThreadsPerCore: 2, ValidCores: [1, 2, 3, 4], ValidThreadsPerCore: [1, 2] });
  });

  it('DescribeInstances: every interface with its secondary addresses, their Elastic IPs, IPv6 and groups', () => {
    const live = instances.filter((i) => i.State!.Name !== 'terminated');
    for (const i of live) {
      const enis = scope().networkInterfaces.filter((n) => n.attachment?.instanceId === i.InstanceId);
      for (const n of i.NetworkInterfaces!) {
        const native = enis.find((e) => e.networkInterfaceId === n.NetworkInterfaceId)!;
        expect(n.PrivateIpAddresses!.map((a) => [a.PrivateIpAddress, a.Primary, a.Association?.PublicIp])).toEqual([
          [native.privateIpAddress, true, native.association?.publicIp],
          ...native.secondaryPrivateIps.map((s) => [s.privateIpAddress, false, s.association?.publicIp]),
        ]);
        expect(n.Ipv6Addresses).toEqual(native.ipv6Addresses.map((Ipv6Address) => ({ Ipv6Address, IsPrimaryIpv6: false })));
        expect(n.Groups!.map((g) => g.GroupId)).toEqual(native.groups.map((g) => g.groupId));
      }
    }
    const interfaces = live.flatMap((i) => i.NetworkInterfaces!);
    const secondaries = interfaces.flatMap((n) => n.PrivateIpAddresses!.filter((a) => !a.Primary));
    expect(secondaries.length).toBeGreaterThan(0);
    // An Elastic IP on a secondary address: the account's own IP, listed by DescribeAddresses for that address.
    const onSecondary = secondaries.filter((a) => a.Association);
    expect(onSecondary.length).toBeGreaterThan(0);
    for (const a of onSecondary) {
      expect(a.Association!.IpOwnerId).toBe(ACCOUNT_A);
      const eip = scope().addresses.find((x) => x.publicIp === a.Association!.PublicIp)!;
      expect(eip.privateIpAddress).toBe(a.PrivateIpAddress);
    }
    expect(interfaces.some((n) => n.Ipv6Addresses!.length > 0)).toBe(true);
    // A second interface in a group the instance's own groupSet (the primary interface's) does not name.
    const widened = live.filter((i) => i.NetworkInterfaces!.some((n) => n.Groups!.some((g) => !i.SecurityGroups!.some((s) => s.GroupId === g.GroupId))));
    expect(widened.length).toBeGreaterThan(0);
    expect(widened.every((i) => i.NetworkInterfaces!.length === 2)).toBe(true);
  });

  it('finds an instance by a secondary address or an IPv6 address', async () => {
    const withSecondary = scope().networkInterfaces.find((n) => n.attachment && n.secondaryPrivateIps.length > 0)!;
    const bySecondary = await h.ec2().send(
      new DescribeInstancesCommand({ Filters: [{ Name: 'network-interface.addresses.private-ip-address', Values: [withSecondary.secondaryPrivateIps[0]!.privateIpAddress] }] }),
    );
    expect(bySecondary.Reservations!.flatMap((r) => r.Instances!).map((i) => i.InstanceId)).toEqual([withSecondary.attachment!.instanceId]);
    const withIpv6 = scope().networkInterfaces.find((n) => n.attachment && n.ipv6Addresses.length > 0)!;
    const byIpv6 = await h.ec2().send(new DescribeInstancesCommand({ Filters: [{ Name: 'ipv6-address', Values: withIpv6.ipv6Addresses } ] }));
    expect(byIpv6.Reservations!.flatMap((r) => r.Instances!).map((i) => i.InstanceId)).toEqual([withIpv6.attachment!.instanceId]);
  });

  it('DescribeNetworkInterfaces: secondary addresses with the Elastic IP’s allocation and association ids, IPv6', async () => {
    const out = await h.ec2().send(new DescribeNetworkInterfacesCommand({}));
    for (const n of out.NetworkInterfaces!) {
      const native = scope().networkInterfaces.find((e) => e.networkInterfaceId === n.NetworkInterfaceId)!;
      expect(n.PrivateIpAddresses!.map((a) => a.PrivateIpAddress)).toEqual([native.privateIpAddress, ...native.secondaryPrivateIps.map((s) => s.privateIpAddress)]);
      expect(n.Ipv6Addresses!.map((a) => a.Ipv6Address)).toEqual(native.ipv6Addresses);
      for (const [k, s] of native.secondaryPrivateIps.entries()) {
        const association = n.PrivateIpAddresses![k + 1]!.Association;
        expect(association?.AllocationId).toBe(s.association?.allocationId ?? undefined);
        expect(association?.AssociationId).toBe(s.association?.associationId ?? undefined);
      }
    }
  });

  it('DescribeVpcs and DescribeSubnets: an Amazon /56 on the custom VPC, a /64 of it on each of its subnets', async () => {
    const vpcs = (await h.ec2().send(new DescribeVpcsCommand({}))).Vpcs!;
    const subnets = (await h.ec2().send(new DescribeSubnetsCommand({}))).Subnets!;
    const custom = vpcs.find((v) => !v.IsDefault)!;
    const [block] = custom.Ipv6CidrBlockAssociationSet!;
    expect(block).toMatchObject({ Ipv6CidrBlockState: { State: 'associated' }, Ipv6Pool: 'Amazon', NetworkBorderGroup: 'us-east-1' });
    expect(block!.Ipv6CidrBlock).toMatch(/^2600:1f18:[0-9a-f]{1,4}:[0-9a-f]{2}00::\/56$/);
    expect(vpcs.find((v) => v.IsDefault)!.Ipv6CidrBlockAssociationSet).toEqual([]);
    const head = block!.Ipv6CidrBlock!.slice(0, -'00::/56'.length);
    for (const s of subnets.filter((x) => x.VpcId === custom.VpcId)) {
      expect(s.Ipv6CidrBlockAssociationSet![0]!.Ipv6CidrBlock).toMatch(new RegExp(`^${head}[0-9a-f]{2}::/64$`));
      expect(s.AssignIpv6AddressOnCreation).toBe(s.MapPublicIpOnLaunch);
    }
    const byBlock = await h.ec2().send(new DescribeVpcsCommand({ Filters: [{ Name: 'ipv6-cidr-block-association.ipv6-cidr-block', Values: [block!.Ipv6CidrBlock!] }] }));
    expect(byBlock.Vpcs!.map((v) => v.VpcId)).toEqual([custom.VpcId]);
  });

  it('DescribeSecurityGroups: ICMP rules keep the type in FromPort and the code in ToPort', async () => {
    const groups = (await h.ec2().send(new DescribeSecurityGroupsCommand({}))).SecurityGroups!;
    const rules = groups.flatMap((g) => g.IpPermissions!);
    const icmp = (protocol: string, from: number, to: number) => rules.filter((r) => r.IpProtocol === protocol && r.FromPort === from && r.ToPort === to);
    expect(icmp('icmp', 8, -1).length).toBeGreaterThan(0); // echo request, every code
    expect(icmp('icmp', 3, 4).length).toBeGreaterThan(0); // fragmentation needed
    expect(icmp('icmp', -1, -1).length).toBeGreaterThan(0); // every type
    expect(icmp('icmpv6', -1, -1)[0]!.Ipv6Ranges).toEqual([{ CidrIpv6: '::/0', Description: 'ICMPv6' }]);
  });

  it('DescribeVolumes: attachments being made, undone and waiting (busy), also in the instances’ block devices', async () => {
    const volumes = (await h.ec2().send(new DescribeVolumesCommand({}))).Volumes!;
    const moving = volumes.flatMap((v) => v.Attachments!.filter((a) => a.State !== 'attached').map((a) => ({ volume: v, a })));
    expect(moving.map(({ a }) => a.State).sort()).toEqual(['attaching', 'busy', 'detaching']);
    for (const { volume, a } of moving) {
      expect(volume.State).toBe('in-use');
      const instance = instances.find((i) => i.InstanceId === a.InstanceId)!;
      expect(instance.State!.Name).toBe('running');
      expect(instance.BlockDeviceMappings!.find((b) => b.Ebs!.VolumeId === volume.VolumeId)!.Ebs!.Status).toBe(a.State);
    }
  });
});
