// Every EC2 resource family, deserialised by the real SDK client, against the fleet's own data.
import {
  DescribeAddressesCommand,
  DescribeInstanceTypesCommand,
  DescribeInstancesCommand,
  DescribeNetworkInterfacesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSnapshotsCommand,
  DescribeSubnetsCommand,
  DescribeVolumesCommand,
  DescribeVpcsCommand,
} from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_A, useHarness } from './helpers.js';

const h = useHarness();
const scope = () => h.fleet.aws.scope(ACCOUNT_A, 'us-east-1')!;

describe('EC2 Describe* through the real SDK', () => {
  it('DescribeInstances: reservations, state, placement, network, disks, tags', async () => {
    const out = await h.ec2().send(new DescribeInstancesCommand({}));
    expect(out.$metadata.requestId).toBeTruthy();
    const instances = out.Reservations!.flatMap((r) => r.Instances!);
    expect(instances).toHaveLength(60);
    expect(out.NextToken).toBeUndefined();
    for (const r of out.Reservations!) {
      expect(r.ReservationId).toMatch(/^r-0[0-9a-f]{16}$/);
      expect(r.OwnerId).toBe(ACCOUNT_A);
    }
    expect(out.Reservations!.some((r) => r.Instances!.length > 1)).toBe(true);

    const codes = { pending: 0, running: 16, 'shutting-down': 32, terminated: 48, stopping: 64, stopped: 80 } as const;
    for (const i of instances) {
      const native = scope().instances.find((x) => x.instanceId === i.InstanceId)!;
      expect(i.State).toEqual({ Code: codes[native.state], Name: native.state });
      expect(i.InstanceType).toBe(native.instanceType);
      expect(i.LaunchTime).toEqual(native.launchTime);
      expect(i.Placement?.AvailabilityZone).toBe(native.availabilityZone);
      expect(i.ImageId).toBe(native.imageId);
      expect(i.PlatformDetails).toBe(native.platformDetails);
      expect(i.Tags).toEqual(native.tags.map((t) => ({ Key: t.key, Value: t.value })));
      expect(i.StateTransitionReason).toBe(native.stateTransitionReason);
      if (native.state === 'terminated') {
        expect(i.NetworkInterfaces).toEqual([]);
        expect(i.BlockDeviceMappings).toEqual([]);
        expect(i.VpcId).toBeUndefined();
        expect(i.StateReason?.Code).toBe('Client.UserInitiatedShutdown');
        continue;
      }
      const enis = scope().networkInterfaces.filter((n) => n.attachment?.instanceId === i.InstanceId);
      expect(i.NetworkInterfaces!.map((n) => n.NetworkInterfaceId).sort()).toEqual(enis.map((n) => n.networkInterfaceId).sort());
      const primary = enis.find((n) => n.attachment!.deviceIndex === 0)!;
      expect(i.VpcId).toBe(primary.vpcId);
      expect(i.SubnetId).toBe(primary.subnetId);
      expect(i.PrivateIpAddress).toBe(primary.privateIpAddress);
      expect(i.PublicIpAddress).toBe(primary.association?.publicIp);
      expect(i.SecurityGroups!.map((g) => g.GroupId)).toEqual(primary.groups.map((g) => g.groupId));
      const disks = scope().volumes.filter((v) => v.attachments.some((a) => a.instanceId === i.InstanceId));
      expect(i.BlockDeviceMappings!.map((b) => b.Ebs!.VolumeId).sort()).toEqual(disks.map((v) => v.volumeId).sort());
      const root = i.BlockDeviceMappings!.find((b) => b.DeviceName === i.RootDeviceName)!;
      expect(root.Ebs).toMatchObject({ Status: 'attached', DeleteOnTermination: true });
      expect(root.Ebs!.AttachTime).toBeInstanceOf(Date);
    }
    const running = instances.find((i) => i.State!.Name === 'running' && i.PublicIpAddress)!;
    expect(running.PublicDnsName).toMatch(/^ec2-\d+-\d+-\d+-\d+\.compute-1\.amazonaws\.com$/);
    expect(running.PrivateDnsName).toMatch(/^ip-\d+-\d+-\d+-\d+\.ec2\.internal$/);
  });

  it('DescribeInstanceTypes: real vCPU and memory figures', async () => {
    const out = await h.ec2().send(new DescribeInstanceTypesCommand({ InstanceTypes: ['t3.micro', 'm5.xlarge', 'r6g.large'] }));
    const byName = new Map(out.InstanceTypes!.map((t) => [t.InstanceType, t]));
    expect(byName.get('t3.micro')).toMatchObject({ VCpuInfo: { DefaultVCpus: 2 }, MemoryInfo: { SizeInMiB: 1024 }, BurstablePerformanceSupported: true });
    expect(byName.get('m5.xlarge')).toMatchObject({ VCpuInfo: { DefaultVCpus: 4 }, MemoryInfo: { SizeInMiB: 16384 } });
    expect(byName.get('r6g.large')).toMatchObject({
      VCpuInfo: { DefaultVCpus: 2 },
      MemoryInfo: { SizeInMiB: 16384 },
      ProcessorInfo: { SupportedArchitectures: ['arm64'] },
    });
    const all = await h.ec2().send(new DescribeInstanceTypesCommand({}));
    expect(all.InstanceTypes!.length).toBe(h.fleet.aws.instanceTypes.length);
  });

  it('DescribeVolumes: size, type, iops, encryption, attachments', async () => {
    const out = await h.ec2().send(new DescribeVolumesCommand({}));
    expect(out.Volumes).toHaveLength(scope().volumes.length);
    for (const v of out.Volumes!) {
      const native = scope().volumes.find((x) => x.volumeId === v.VolumeId)!;
      expect(v).toMatchObject({ Size: native.size, VolumeType: native.volumeType, State: native.state, Encrypted: native.encrypted });
      expect(v.Iops).toBe(native.iops ?? undefined);
      expect(v.CreateTime).toEqual(native.createTime);
      expect(v.Attachments).toEqual(
        native.attachments.map((a) => ({
          VolumeId: native.volumeId,
          InstanceId: a.instanceId,
          Device: a.device,
          State: a.state,
          AttachTime: a.attachTime,
          DeleteOnTermination: a.deleteOnTermination,
        })),
      );
    }
    expect(out.Volumes!.some((v) => v.Attachments!.length === 0 && v.State === 'available')).toBe(true);
  });

  it('DescribeSnapshots (OwnerIds=self): state, progress, volume', async () => {
    const out = await h.ec2().send(new DescribeSnapshotsCommand({ OwnerIds: ['self'] }));
    expect(out.Snapshots).toHaveLength(scope().snapshots.length);
    for (const s of out.Snapshots!) {
      const native = scope().snapshots.find((x) => x.snapshotId === s.SnapshotId)!;
      expect(s).toMatchObject({ VolumeId: native.volumeId, State: native.state, Progress: native.progress, OwnerId: ACCOUNT_A, VolumeSize: native.volumeSize });
      expect(s.StartTime).toEqual(native.startTime);
    }
    const amazon = await h.ec2().send(new DescribeSnapshotsCommand({ OwnerIds: ['amazon'] }));
    expect(amazon.Snapshots).toEqual([]);
  });

  it('DescribeVpcs and DescribeSubnets', async () => {
    const vpcs = (await h.ec2().send(new DescribeVpcsCommand({}))).Vpcs!;
    expect(vpcs.map((v) => v.VpcId).sort()).toEqual(scope().vpcs.map((v) => v.vpcId).sort());
    const def = vpcs.find((v) => v.IsDefault)!;
    expect(def).toMatchObject({ CidrBlock: '172.31.0.0/16', State: 'available' });
    expect(def.CidrBlockAssociationSet![0]).toMatchObject({ CidrBlock: '172.31.0.0/16', CidrBlockState: { State: 'associated' } });

    const subnets = (await h.ec2().send(new DescribeSubnetsCommand({}))).Subnets!;
    expect(subnets).toHaveLength(scope().subnets.length);
    for (const s of subnets) {
      expect(s.VpcId && vpcs.some((v) => v.VpcId === s.VpcId)).toBe(true);
      expect(s.AvailabilityZone).toMatch(/^us-east-1[abc]$/);
      expect(s.AvailableIpAddressCount).toBeGreaterThan(0);
      expect(s.SubnetArn).toBe(`arn:aws:ec2:us-east-1:${ACCOUNT_A}:subnet/${s.SubnetId}`);
    }
  });

  it('DescribeSecurityGroups: ingress, egress, group references', async () => {
    const groups = (await h.ec2().send(new DescribeSecurityGroupsCommand({}))).SecurityGroups!;
    expect(groups).toHaveLength(scope().securityGroups.length);
    const def = groups.find((g) => g.GroupName === 'default')!;
    expect(def.IpPermissions![0]).toMatchObject({ IpProtocol: '-1', UserIdGroupPairs: [{ GroupId: def.GroupId, UserId: ACCOUNT_A }] });
    for (const g of groups) {
      expect(g.IpPermissionsEgress).toContainEqual(expect.objectContaining({ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }));
    }
    const web = groups.find((g) => g.GroupName === 'web')!;
    expect(web.IpPermissions).toContainEqual(
      expect.objectContaining({ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '0.0.0.0/0' }], Ipv6Ranges: [{ CidrIpv6: '::/0' }] }),
    );
    const app = groups.find((g) => g.GroupName === 'app')!;
    expect(app.IpPermissions).toContainEqual(
      expect.objectContaining({ FromPort: 8080, UserIdGroupPairs: [expect.objectContaining({ GroupId: web.GroupId })] }),
    );
  });

  it('DescribeNetworkInterfaces: attachment, association, groups', async () => {
    const enis = (await h.ec2().send(new DescribeNetworkInterfacesCommand({}))).NetworkInterfaces!;
    expect(enis).toHaveLength(scope().networkInterfaces.length);
    const attached = enis.find((n) => n.Attachment && n.Association)!;
    expect(attached.Attachment).toMatchObject({ Status: 'attached', DeviceIndex: 0, InstanceOwnerId: ACCOUNT_A });
    expect(attached.Attachment!.InstanceId).toMatch(/^i-/);
    expect(attached.MacAddress).toMatch(/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/);
    expect(attached.PrivateIpAddresses![0]).toMatchObject({ Primary: true, PrivateIpAddress: attached.PrivateIpAddress });
    expect(enis.some((n) => n.Status === 'available' && !n.Attachment)).toBe(true);
  });

  it('DescribeAddresses: associated and unassociated Elastic IPs', async () => {
    const addresses = (await h.ec2().send(new DescribeAddressesCommand({}))).Addresses!;
    expect(addresses).toHaveLength(scope().addresses.length);
    const associated = addresses.filter((a) => a.AssociationId);
    expect(associated.length).toBeGreaterThan(0);
    for (const a of associated) {
      expect(a).toMatchObject({ Domain: 'vpc', NetworkInterfaceOwnerId: ACCOUNT_A });
      expect(a.InstanceId).toMatch(/^i-/);
    }
    expect(addresses.filter((a) => !a.AssociationId && !a.InstanceId).length).toBeGreaterThanOrEqual(2);
  });
});
