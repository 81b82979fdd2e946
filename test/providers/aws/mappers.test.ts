import { describe, expect, it } from 'vitest';
import { instancesOf, mapInstance } from '../../../src/providers/aws/compute.js';
import { mapAddress, mapNetworkInterface, mapSecurityGroup, mapSubnet, mapVpc, ruleOf } from '../../../src/providers/aws/network.js';
import { mapSnapshot, mapVolume, percentOf } from '../../../src/providers/aws/storage.js';
import { globalId, parseGlobalId } from '../../../src/providers/ids.js';
import type { Scope } from '../../../src/providers/types.js';

const scope: Scope = { provider: 'aws', account: '111111111111', region: 'eu-west-1' };
const gid = (kind: Parameters<typeof globalId>[1], id: string) => globalId(scope, kind, id);

describe('mapInstance', () => {
  const instance = {
    InstanceId: 'i-0abc',
    InstanceType: 't3.micro' as const,
    State: { Code: 16, Name: 'running' as const },
    Placement: { AvailabilityZone: 'eu-west-1b' },
    LaunchTime: new Date('2025-01-02T03:04:05Z'),
    ImageId: 'ami-1',
    PlatformDetails: 'Linux/UNIX',
    PrivateIpAddress: '10.0.1.5',
    PublicIpAddress: '3.3.3.3',
    VpcId: 'vpc-1',
    SubnetId: 'subnet-1',
    Architecture: 'arm64' as const,
    InstanceLifecycle: 'spot' as const,
    EbsOptimized: true,
    Hypervisor: 'xen' as const,
    StateReason: { Code: 'x', Message: 'Client.UserInitiatedShutdown' },
    BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { VolumeId: 'vol-1' } }, { DeviceName: '/dev/sdb', Ebs: { VolumeId: 'vol-2' } }],
    SecurityGroups: [{ GroupId: 'sg-1', GroupName: 'web' }],
    NetworkInterfaces: [{ NetworkInterfaceId: 'eni-1' }],
    Tags: [
      { Key: 'Name', Value: 'web-1' },
      { Key: 'env', Value: 'prod' },
    ],
  };

  it('normalises every field and turns every reference into a global id', () => {
    const vm = mapInstance(scope, instance, { vcpus: 2, memoryMiB: 1024 });
    expect(vm).toMatchObject({
      id: gid('vm', 'i-0abc'),
      nativeId: 'i-0abc',
      provider: 'aws',
      account: '111111111111',
      region: 'eu-west-1',
      name: 'web-1',
      tags: [
        { key: 'Name', value: 'web-1' },
        { key: 'env', value: 'prod' },
      ],
      zone: 'eu-west-1b',
      state: 'RUNNING',
      providerState: 'running',
      instanceType: 't3.micro',
      vcpus: 2,
      memoryMiB: 1024,
      launchedAt: new Date('2025-01-02T03:04:05Z'),
      imageId: 'ami-1',
      platform: 'linux',
      privateIp: '10.0.1.5',
      publicIp: '3.3.3.3',
      networkId: gid('network', 'vpc-1'),
      subnetId: gid('subnet', 'subnet-1'),
      volumeIds: [gid('volume', 'vol-1'), gid('volume', 'vol-2')],
      securityGroupIds: [gid('securityGroup', 'sg-1')],
      networkInterfaceIds: [gid('networkInterface', 'eni-1')],
    });
    expect(vm.extras).toEqual(
      expect.arrayContaining([
        { key: 'architecture', value: 'arm64' },
        { key: 'lifecycle', value: 'spot' },
        { key: 'ebsOptimized', value: 'true' },
        { key: 'platformDetails', value: 'Linux/UNIX' },
        { key: 'hypervisor', value: 'xen' },
        { key: 'stateReason', value: 'Client.UserInitiatedShutdown' },
      ]),
    );
    expect(parseGlobalId(vm.volumeIds[0]!)).toMatchObject({ kind: 'volume', nativeId: 'vol-1' });
  });

  it('copes with a stopped/terminated instance that lacks most fields', () => {
    const vm = mapInstance(scope, { InstanceId: 'i-dead', State: { Code: 48, Name: 'terminated' } }, null);
    expect(vm).toMatchObject({
      name: null,
      tags: [],
      zone: null,
      state: 'TERMINATED',
      providerState: 'terminated',
      instanceType: null,
      vcpus: null,
      memoryMiB: null,
      launchedAt: null,
      platform: null,
      privateIp: null,
      publicIp: null,
      networkId: null,
      subnetId: null,
      volumeIds: [],
      securityGroupIds: [],
      networkInterfaceIds: [],
    });
    expect(vm.extras).toEqual([{ key: 'lifecycle', value: 'on-demand' }, { key: 'stateCode', value: '48' }]);
  });

  it('recognises Windows from the wire value', () => {
    expect(mapInstance(scope, { InstanceId: 'i-w', Platform: 'windows' as never }, null).platform).toBe('windows');
  });

  it('flattens reservations', () => {
    expect(
      instancesOf([{ Instances: [{ InstanceId: 'a' }, { InstanceId: 'b' }] }, { Instances: [{ InstanceId: 'c' }] }, {}]).map(
        (i) => i.InstanceId,
      ),
    ).toEqual(['a', 'b', 'c']);
  });
});

describe('storage mappers', () => {
  it('maps a volume with its attachments as global vm ids', () => {
    const v = mapVolume(scope, {
      VolumeId: 'vol-1',
      Size: 100,
      VolumeType: 'gp3',
      Iops: 3000,
      Throughput: 125,
      Encrypted: true,
      State: 'in-use',
      AvailabilityZone: 'eu-west-1a',
      CreateTime: new Date('2024-01-01T00:00:00Z'),
      SnapshotId: '',
      Attachments: [{ InstanceId: 'i-1', Device: '/dev/xvda', DeleteOnTermination: true, State: 'attached' }],
      Tags: [{ Key: 'Name', Value: 'root' }],
    });
    expect(v).toMatchObject({
      id: gid('volume', 'vol-1'),
      name: 'root',
      state: 'IN_USE',
      providerState: 'in-use',
      sizeGiB: 100,
      volumeType: 'gp3',
      iops: 3000,
      encrypted: true,
      zone: 'eu-west-1a',
      snapshotId: null,
      attachments: [{ vmId: gid('vm', 'i-1'), device: '/dev/xvda', deleteOnTermination: true }],
    });
    expect(v.extras).toContainEqual({ key: 'throughput', value: '125' });
    expect(mapVolume(scope, { VolumeId: 'vol-2', SnapshotId: 'snap-9' }).snapshotId).toBe(gid('snapshot', 'snap-9'));
  });

  it('maps every attachment status EC2 documents, keeping the raw value', () => {
    const statuses = ['attaching', 'attached', 'detaching', 'detached', 'busy', 'recovering'] as const;
    const v = mapVolume(scope, {
      VolumeId: 'vol-3',
      Attachments: [...statuses.map((State, i) => ({ InstanceId: `i-${i}`, Device: `/dev/sd${'fghijk'[i]}`, State: State as never })), { InstanceId: 'i-9' }],
    });
    expect(v.attachments.map((a) => [a.state, a.providerState])).toEqual([
      ['ATTACHING', 'attaching'],
      ['ATTACHED', 'attached'],
      ['DETACHING', 'detaching'],
      ['DETACHED', 'detached'],
      ['BUSY', 'busy'],
      ['UNKNOWN', 'recovering'],
      ['UNKNOWN', null],
    ]);
  });

  it('maps a snapshot', () => {
    const s = mapSnapshot(scope, {
      SnapshotId: 'snap-1',
      VolumeId: 'vol-1',
      VolumeSize: 8,
      State: 'pending',
      Progress: '42%',
      StartTime: new Date('2024-02-02T00:00:00Z'),
      Description: 'nightly',
      Encrypted: false,
    });
    expect(s).toMatchObject({
      id: gid('snapshot', 'snap-1'),
      volumeId: gid('volume', 'vol-1'),
      sizeGiB: 8,
      state: 'PENDING',
      providerState: 'pending',
      progressPercent: 42,
      description: 'nightly',
      name: null,
    });
    expect(percentOf(undefined)).toBeNull();
    expect(percentOf('100%')).toBe(100);
  });
});

describe('network mappers', () => {
  it('maps a VPC and a subnet', () => {
    const n = mapVpc(scope, {
      VpcId: 'vpc-1',
      CidrBlock: '10.0.0.0/16',
      CidrBlockAssociationSet: [
        { CidrBlock: '10.0.0.0/16', CidrBlockState: { State: 'associated' } },
        { CidrBlock: '10.1.0.0/16', CidrBlockState: { State: 'associated' } },
        { CidrBlock: '10.2.0.0/16', CidrBlockState: { State: 'disassociated' } },
      ],
      IsDefault: true,
      State: 'available',
    });
    expect(n).toMatchObject({ id: gid('network', 'vpc-1'), cidrBlocks: ['10.0.0.0/16', '10.1.0.0/16'], isDefault: true, providerState: 'available' });
    const s = mapSubnet(scope, {
      SubnetId: 'subnet-1',
      VpcId: 'vpc-1',
      CidrBlock: '10.0.1.0/24',
      AvailabilityZone: 'eu-west-1c',
      AvailableIpAddressCount: 250,
      State: 'available',
    });
    expect(s).toMatchObject({
      id: gid('subnet', 'subnet-1'),
      networkId: gid('network', 'vpc-1'),
      zone: 'eu-west-1c',
      cidrBlock: '10.0.1.0/24',
      availableIpCount: 250,
      providerState: 'available',
    });
  });

  it('maps security group rules: directions, "-1" → all, CIDRs and referenced groups as sources', () => {
    const g = mapSecurityGroup(scope, {
      GroupId: 'sg-1',
      GroupName: 'web',
      Description: 'web tier',
      VpcId: 'vpc-1',
      IpPermissions: [
        {
          IpProtocol: 'tcp',
          FromPort: 443,
          ToPort: 443,
          IpRanges: [{ CidrIp: '0.0.0.0/0', Description: 'https' }],
          Ipv6Ranges: [{ CidrIpv6: '::/0' }],
        },
        { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, UserIdGroupPairs: [{ GroupId: 'sg-2', UserId: '111111111111' }] },
      ],
      IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }],
    });
    expect(g).toMatchObject({ id: gid('securityGroup', 'sg-1'), name: 'web', networkId: gid('network', 'vpc-1'), description: 'web tier' });
    expect(g.rules).toEqual([
      {
        direction: 'INGRESS',
        protocol: 'tcp',
        fromPort: 443,
        toPort: 443,
        icmpType: null,
        icmpCode: null,
        sources: ['0.0.0.0/0', '::/0'],
        action: 'ALLOW',
        priority: null,
        description: 'https',
      },
      {
        direction: 'INGRESS',
        protocol: 'tcp',
        fromPort: 22,
        toPort: 22,
        icmpType: null,
        icmpCode: null,
        sources: [gid('securityGroup', 'sg-2')],
        action: 'ALLOW',
        priority: null,
        description: null,
      },
      {
        direction: 'EGRESS',
        protocol: 'all',
        fromPort: null,
        toPort: null,
        icmpType: null,
        icmpCode: null,
        sources: ['0.0.0.0/0'],
        action: 'ALLOW',
        priority: null,
        description: null,
      },
    ]);
  });

  it('maps ICMP and ICMPv6 rules (by name or number): FromPort is the type, ToPort the code, -1 every one', () => {
    const rule = (IpProtocol: string, FromPort: number, ToPort: number) =>
      ruleOf(scope, 'INGRESS', { IpProtocol, FromPort, ToPort, IpRanges: [{ CidrIp: '10.0.0.0/8' }] });
    const icmpOf = (r: ReturnType<typeof rule>) => [r.protocol, r.fromPort, r.toPort, r.icmpType, r.icmpCode];
    expect(icmpOf(rule('icmp', 8, -1))).toEqual(['icmp', null, null, 8, null]);
    expect(icmpOf(rule('1', 3, 4))).toEqual(['icmp', null, null, 3, 4]);
    expect(icmpOf(rule('icmp', -1, -1))).toEqual(['icmp', null, null, null, null]);
    expect(icmpOf(rule('icmpv6', 128, 0))).toEqual(['icmpv6', null, null, 128, 0]);
    expect(icmpOf(rule('58', -1, -1))).toEqual(['icmpv6', null, null, null, null]);
    // Ports stay ports for everything else; a protocol EC2 gives by number keeps its number.
    expect(icmpOf(rule('tcp', 8080, 8090))).toEqual(['tcp', 8080, 8090, null, null]);
    expect(icmpOf(rule('17', 53, 53))).toEqual(['udp', 53, 53, null, null]);
    expect(icmpOf(ruleOf(scope, 'INGRESS', { IpProtocol: '50' }))).toEqual(['50', null, null, null, null]);
    expect(icmpOf(ruleOf(scope, 'EGRESS', { IpProtocol: '-1', FromPort: -1, ToPort: -1 }))).toEqual(['all', null, null, null, null]);
  });

  it('maps an Elastic IP and an ENI (tags in TagSet)', () => {
    const ip = mapAddress(scope, { AllocationId: 'eipalloc-1', PublicIp: '3.3.3.3', InstanceId: 'i-1', NetworkInterfaceId: 'eni-1', Domain: 'vpc' });
    expect(ip).toMatchObject({
      id: gid('publicIp', 'eipalloc-1'),
      address: '3.3.3.3',
      vmId: gid('vm', 'i-1'),
      networkInterfaceId: gid('networkInterface', 'eni-1'),
    });
    const eni = mapNetworkInterface(scope, {
      NetworkInterfaceId: 'eni-1',
      AvailabilityZone: 'eu-west-1a',
      Attachment: { InstanceId: 'i-1', DeviceIndex: 0 },
      SubnetId: 'subnet-1',
      VpcId: 'vpc-1',
      PrivateIpAddress: '10.0.0.5',
      PrivateIpAddresses: [{ PrivateIpAddress: '10.0.0.5' }, { PrivateIpAddress: '10.0.0.6' }],
      Association: { PublicIp: '3.3.3.3' },
      MacAddress: '02:00:00:00:00:01',
      Groups: [{ GroupId: 'sg-1' }],
      Status: 'in-use',
      TagSet: [{ Key: 'Name', Value: 'primary' }],
    });
    expect(eni).toMatchObject({
      name: 'primary',
      vmId: gid('vm', 'i-1'),
      subnetId: gid('subnet', 'subnet-1'),
      networkId: gid('network', 'vpc-1'),
      privateIps: ['10.0.0.5', '10.0.0.6'],
      publicIp: '3.3.3.3',
      macAddress: '02:00:00:00:00:01',
      securityGroupIds: [gid('securityGroup', 'sg-1')],
      providerState: 'in-use',
    });
  });
});
