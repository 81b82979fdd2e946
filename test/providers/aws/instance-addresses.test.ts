// Every address and group of an instance, over all its network interfaces, from DescribeInstances'
// own shape (the SDK's Instance).
import type { Instance } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { instanceAddresses } from '../../../src/providers/aws/instance-addresses.js';

/** Two interfaces, listed secondary first (EC2 does not promise an order): secondary addresses, Elastic IPs, IPv6. */
const instance: Instance = {
  InstanceId: 'i-1',
  PrivateIpAddress: '10.0.0.10',
  PublicIpAddress: '3.3.3.3',
  SecurityGroups: [{ GroupId: 'sg-web', GroupName: 'web' }],
  NetworkInterfaces: [
    {
      NetworkInterfaceId: 'eni-mgmt',
      Attachment: { DeviceIndex: 1, NetworkCardIndex: 0 },
      PrivateIpAddress: '10.0.1.20',
      Groups: [{ GroupId: 'sg-default' }, { GroupId: 'sg-web' }],
      PrivateIpAddresses: [
        { PrivateIpAddress: '10.0.1.20', Primary: true },
        { PrivateIpAddress: '10.0.1.21', Primary: false, Association: { PublicIp: '5.5.5.5', IpOwnerId: '111111111111' } },
      ],
      Ipv6Addresses: [{ Ipv6Address: '2600:1f18:4a3:6901:1:2:3:4', IsPrimaryIpv6: false }],
    },
    {
      NetworkInterfaceId: 'eni-primary',
      Attachment: { DeviceIndex: 0, NetworkCardIndex: 0 },
      PrivateIpAddress: '10.0.0.10',
      Association: { PublicIp: '3.3.3.3', IpOwnerId: 'amazon' },
      Groups: [{ GroupId: 'sg-web' }],
      PrivateIpAddresses: [
        { PrivateIpAddress: '10.0.0.10', Primary: true, Association: { PublicIp: '3.3.3.3', IpOwnerId: 'amazon' } },
        { PrivateIpAddress: '10.0.0.11', Primary: false, Association: { PublicIp: '4.4.4.4', IpOwnerId: '111111111111' } },
        { PrivateIpAddress: '10.0.0.12', Primary: false },
      ],
      Ipv6Addresses: [{ Ipv6Address: '2600:1f18:4a3:6900:a:b:c:d', IsPrimaryIpv6: false }],
    },
  ],
};

describe('instanceAddresses', () => {
  it('lists every private address: each interface primary first (by device), then the secondary ones', () => {
    expect(instanceAddresses(instance).privateIps).toEqual(['10.0.0.10', '10.0.1.20', '10.0.0.11', '10.0.0.12', '10.0.1.21']);
  });

  it('lists the public IP of every address that has one: the primary interface’s, then Elastic IPs on secondary addresses', () => {
    expect(instanceAddresses(instance).publicIps).toEqual(['3.3.3.3', '4.4.4.4', '5.5.5.5']);
  });

  it('lists every IPv6 address of every interface', () => {
    expect(instanceAddresses(instance).ipv6Addresses).toEqual(['2600:1f18:4a3:6900:a:b:c:d', '2600:1f18:4a3:6901:1:2:3:4']);
  });

  it('takes the union of the instance’s groups and every interface’s', () => {
    expect(instanceAddresses(instance).securityGroupIds).toEqual(['sg-web', 'sg-default']);
  });

  it('falls back on the top-level fields when the interface sets are absent or unflagged', () => {
    expect(instanceAddresses({ PrivateIpAddress: '10.0.0.5', PublicIpAddress: '1.2.3.4', Ipv6Address: '2a05:d018::1' })).toEqual({
      privateIps: ['10.0.0.5'],
      publicIps: ['1.2.3.4'],
      ipv6Addresses: ['2a05:d018::1'],
      securityGroupIds: [],
    });
    const unflagged = instanceAddresses({
      NetworkInterfaces: [{ PrivateIpAddress: '10.0.0.7', PrivateIpAddresses: [{ PrivateIpAddress: '10.0.0.8' }, { PrivateIpAddress: '10.0.0.7' }] }],
    });
    expect(unflagged.privateIps).toEqual(['10.0.0.7', '10.0.0.8']);
    expect(instanceAddresses({ InstanceId: 'i-dead' })).toEqual({ privateIps: [], publicIps: [], ipv6Addresses: [], securityGroupIds: [] });
  });
});
