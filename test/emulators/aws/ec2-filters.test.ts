// EC2 filters and id lists, through the real SDK.
import {
  DescribeAddressesCommand,
  DescribeInstancesCommand,
  DescribeNetworkInterfacesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSnapshotsCommand,
  DescribeSubnetsCommand,
  DescribeVolumesCommand,
  type Filter,
} from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_A, rejectionOf, useHarness } from './helpers.js';

const h = useHarness();
const scope = () => h.fleet.aws.scope(ACCOUNT_A, 'us-east-1')!;
const instanceIds = async (Filters: Filter[], InstanceIds?: string[]) =>
  ((await h.ec2().send(new DescribeInstancesCommand({ Filters, InstanceIds }))).Reservations ?? [])
    .flatMap((r) => r.Instances!)
    .map((i) => i.InstanceId!)
    .sort();
const ids = (list: { instanceId: string }[]) => list.map((i) => i.instanceId).sort();

describe('DescribeInstances filters', () => {
  it('instance-state-name, with several values OR-ed', async () => {
    expect(await instanceIds([{ Name: 'instance-state-name', Values: ['running'] }])).toEqual(
      ids(scope().instances.filter((i) => i.state === 'running')),
    );
    expect(await instanceIds([{ Name: 'instance-state-name', Values: ['stopped', 'stopping'] }])).toEqual(
      ids(scope().instances.filter((i) => i.state === 'stopped' || i.state === 'stopping')),
    );
  });

  it('instance-type, availability-zone, instance-id, AND-ed across filters', async () => {
    const type = scope().instances[0]!.instanceType;
    expect(await instanceIds([{ Name: 'instance-type', Values: [type] }])).toEqual(ids(scope().instances.filter((i) => i.instanceType === type)));
    expect(
      await instanceIds([
        { Name: 'instance-type', Values: [type] },
        { Name: 'availability-zone', Values: ['us-east-1a'] },
      ]),
    ).toEqual(ids(scope().instances.filter((i) => i.instanceType === type && i.availabilityZone === 'us-east-1a')));
    const two = scope().instances.slice(3, 5).map((i) => i.instanceId);
    expect(await instanceIds([{ Name: 'instance-id', Values: two }])).toEqual([...two].sort());
  });

  it('tag:KEY, tag-key and wildcards', async () => {
    expect(await instanceIds([{ Name: 'tag:env', Values: ['prod'] }])).toEqual(
      ids(scope().instances.filter((i) => i.tags.some((t) => t.key === 'env' && t.value === 'prod'))),
    );
    expect(await instanceIds([{ Name: 'tag:Name', Values: ['web-*'] }])).toEqual(
      ids(scope().instances.filter((i) => i.tags.some((t) => t.key === 'Name' && t.value.startsWith('web-')))),
    );
    expect(await instanceIds([{ Name: 'tag-key', Values: ['cost-center'] }])).toEqual(
      ids(scope().instances.filter((i) => i.tags.some((t) => t.key === 'cost-center'))),
    );
    const unnamed = scope().instances.filter((i) => !i.tags.some((t) => t.key === 'Name'));
    expect((await instanceIds([{ Name: 'tag-key', Values: ['Name'] }])).length).toBe(scope().instances.length - unnamed.length);
  });

  it('vpc-id and subnet-id (terminated instances have neither)', async () => {
    const vpc = scope().vpcs.find((v) => !v.isDefault) ?? scope().vpcs[0]!;
    const inVpc = scope().networkInterfaces.filter((n) => n.vpcId === vpc.vpcId && n.attachment?.deviceIndex === 0).map((n) => n.attachment!.instanceId);
    expect(await instanceIds([{ Name: 'vpc-id', Values: [vpc.vpcId] }])).toEqual([...inVpc].sort());
    const subnet = scope().subnets.find((s) => s.vpcId === vpc.vpcId)!;
    const inSubnet = scope().networkInterfaces.filter((n) => n.subnetId === subnet.subnetId && n.attachment?.deviceIndex === 0).map((n) => n.attachment!.instanceId);
    expect(await instanceIds([{ Name: 'subnet-id', Values: [subnet.subnetId] }])).toEqual([...inSubnet].sort());
  });

  it('combines InstanceId.N with filters: ids that do not match the filters are simply absent', async () => {
    const running = scope().instances.find((i) => i.state === 'running')!;
    const stopped = scope().instances.find((i) => i.state === 'stopped')!;
    expect(await instanceIds([{ Name: 'instance-state-name', Values: ['running'] }], [running.instanceId, stopped.instanceId])).toEqual([
      running.instanceId,
    ]);
  });

  it('refuses an unknown filter name', async () => {
    const e = await rejectionOf(h.ec2().send(new DescribeInstancesCommand({ Filters: [{ Name: 'colour', Values: ['red'] }] })));
    expect(e.name).toBe('InvalidParameterValue');
    expect(e.message).toContain("'colour'");
  });
});

describe('filters of the other families', () => {
  it('volumes: attachment.instance-id, status, volume-type, availability-zone, volume-id', async () => {
    const instance = scope().instances.find((i) => i.state === 'running')!;
    const byInstance = await h.ec2().send(new DescribeVolumesCommand({ Filters: [{ Name: 'attachment.instance-id', Values: [instance.instanceId] }] }));
    expect(byInstance.Volumes!.map((v) => v.VolumeId).sort()).toEqual(
      scope().volumes.filter((v) => v.attachments.some((a) => a.instanceId === instance.instanceId)).map((v) => v.volumeId).sort(),
    );
    const available = await h.ec2().send(new DescribeVolumesCommand({ Filters: [{ Name: 'status', Values: ['available'] }] }));
    expect(available.Volumes!.length).toBe(scope().volumes.filter((v) => v.state === 'available').length);
    const st1InA = await h.ec2().send(
      new DescribeVolumesCommand({
        Filters: [
          { Name: 'volume-type', Values: ['gp3', 'gp2'] },
          { Name: 'availability-zone', Values: ['us-east-1a'] },
        ],
      }),
    );
    expect(st1InA.Volumes!.length).toBe(
      scope().volumes.filter((v) => (v.volumeType === 'gp3' || v.volumeType === 'gp2') && v.availabilityZone === 'us-east-1a').length,
    );
    const one = scope().volumes[2]!.volumeId;
    expect((await h.ec2().send(new DescribeVolumesCommand({ Filters: [{ Name: 'volume-id', Values: [one] }] }))).Volumes!.map((v) => v.VolumeId)).toEqual([one]);
  });

  it('snapshots: volume-id and status', async () => {
    const snap = scope().snapshots[0]!;
    const byVolume = await h.ec2().send(new DescribeSnapshotsCommand({ OwnerIds: ['self'], Filters: [{ Name: 'volume-id', Values: [snap.volumeId] }] }));
    expect(byVolume.Snapshots!.map((s) => s.SnapshotId).sort()).toEqual(
      scope().snapshots.filter((s) => s.volumeId === snap.volumeId).map((s) => s.snapshotId).sort(),
    );
    const pending = await h.ec2().send(new DescribeSnapshotsCommand({ OwnerIds: ['self'], Filters: [{ Name: 'status', Values: ['pending', 'error'] }] }));
    expect(pending.Snapshots!.length).toBe(scope().snapshots.filter((s) => s.state !== 'completed').length);
  });

  it('security groups: group-id, vpc-id, rule filters', async () => {
    const vpc = scope().vpcs[0]!;
    const inVpc = await h.ec2().send(new DescribeSecurityGroupsCommand({ Filters: [{ Name: 'vpc-id', Values: [vpc.vpcId] }] }));
    expect(inVpc.SecurityGroups!.length).toBe(scope().securityGroups.filter((g) => g.vpcId === vpc.vpcId).length);
    const g = scope().securityGroups[1]!;
    const byId = await h.ec2().send(new DescribeSecurityGroupsCommand({ Filters: [{ Name: 'group-id', Values: [g.groupId] }] }));
    expect(byId.SecurityGroups!.map((x) => x.GroupId)).toEqual([g.groupId]);
    const ssh = await h.ec2().send(new DescribeSecurityGroupsCommand({ Filters: [{ Name: 'ip-permission.from-port', Values: ['22'] }] }));
    expect(ssh.SecurityGroups!.length).toBe(scope().securityGroups.filter((x) => x.ipPermissions.some((p) => p.fromPort === 22)).length);
    const byName = await h.ec2().send(new DescribeSecurityGroupsCommand({ GroupNames: ['default'] }));
    expect(byName.SecurityGroups!.map((x) => x.VpcId)).toEqual([scope().vpcs.find((v) => v.isDefault)!.vpcId]);
  });

  it('network interfaces: attachment.instance-id, network-interface-id, vpc-id', async () => {
    const withTwo = scope().instances.find((i) => scope().networkInterfaces.filter((n) => n.attachment?.instanceId === i.instanceId).length === 2);
    const instance = withTwo ?? scope().instances.find((i) => i.state === 'running')!;
    const byInstance = await h.ec2().send(
      new DescribeNetworkInterfacesCommand({ Filters: [{ Name: 'attachment.instance-id', Values: [instance.instanceId] }] }),
    );
    expect(byInstance.NetworkInterfaces!.map((n) => n.NetworkInterfaceId).sort()).toEqual(
      scope().networkInterfaces.filter((n) => n.attachment?.instanceId === instance.instanceId).map((n) => n.networkInterfaceId).sort(),
    );
    const eni = scope().networkInterfaces[0]!;
    const byId = await h.ec2().send(new DescribeNetworkInterfacesCommand({ Filters: [{ Name: 'network-interface-id', Values: [eni.networkInterfaceId] }] }));
    expect(byId.NetworkInterfaces!.map((n) => n.NetworkInterfaceId)).toEqual([eni.networkInterfaceId]);
    const byVpc = await h.ec2().send(new DescribeNetworkInterfacesCommand({ Filters: [{ Name: 'vpc-id', Values: [eni.vpcId] }] }));
    expect(byVpc.NetworkInterfaces!.length).toBe(scope().networkInterfaces.filter((n) => n.vpcId === eni.vpcId).length);
  });

  it('subnets by vpc-id and addresses by instance-id', async () => {
    const vpc = scope().vpcs[scope().vpcs.length - 1]!;
    const subnets = await h.ec2().send(new DescribeSubnetsCommand({ Filters: [{ Name: 'vpc-id', Values: [vpc.vpcId] }] }));
    expect(subnets.Subnets!.length).toBe(scope().subnets.filter((s) => s.vpcId === vpc.vpcId).length);
    const address = scope().addresses.find((a) => a.instanceId)!;
    const byInstance = await h.ec2().send(new DescribeAddressesCommand({ Filters: [{ Name: 'instance-id', Values: [address.instanceId!] }] }));
    const ofInstance = scope().addresses.filter((a) => a.instanceId === address.instanceId);
    expect(byInstance.Addresses!.map((a) => a.AllocationId).sort()).toEqual(ofInstance.map((a) => a.allocationId).sort());
  });
});

describe('the filter value limit', () => {
  it('refuses more than 200 filter values in one call, all filters together, as EC2 does', async () => {
    const ids200 = Array.from({ length: 199 }, (_, i) => `i-0${i.toString(16).padStart(16, '0')}`);
    expect(await instanceIds([{ Name: 'instance-id', Values: ids200 }, { Name: 'instance-state-name', Values: ['running'] }])).toEqual([]);
    const error = await rejectionOf(
      instanceIds([{ Name: 'instance-id', Values: ids200 }, { Name: 'instance-state-name', Values: ['running', 'stopped'] }]),
    );
    expect(error.name).toBe('FilterLimitExceeded');
    expect(error.$metadata.httpStatusCode).toBe(400);
  });
});
