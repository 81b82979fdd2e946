// An instance's addresses and security groups over all its network interfaces. DescribeInstances
// gives the primary interface's primary addresses at the top level; the rest (other interfaces,
// secondary private addresses and the Elastic IPs associated with them, IPv6) is only in
// NetworkInterfaces. Pure.
import type { Instance, InstanceNetworkInterface, InstancePrivateIpAddress } from '@aws-sdk/client-ec2';
import { unique } from '../common.js';

export interface InstanceAddresses {
  /** Every private IPv4: each interface's primary address (the primary interface's first), then the secondary ones. */
  privateIps: string[];
  /** Every public IPv4 associated with any of those addresses, in the same order. */
  publicIps: string[];
  ipv6Addresses: string[];
  /** Native ids of the instance's groups and of every interface's groups. */
  securityGroupIds: string[];
}

export function instanceAddresses(instance: Instance): InstanceAddresses {
  const interfaces = inDeviceOrder(instance.NetworkInterfaces ?? []);
  const addresses = interfaces.map(privateAddressesOf);
  const primaries = addresses.flatMap((a) => a.primary);
  const secondaries = addresses.flatMap((a) => a.secondary);
  const ordered = [...primaries, ...secondaries];
  return {
    privateIps: unique(present(instance.PrivateIpAddress, ...ordered.map((a) => a.PrivateIpAddress))),
    publicIps: unique(
      present(instance.PublicIpAddress, ...interfaces.map((n) => n.Association?.PublicIp), ...ordered.map((a) => a.Association?.PublicIp)),
    ),
    ipv6Addresses: unique(present(instance.Ipv6Address, ...interfaces.flatMap((n) => (n.Ipv6Addresses ?? []).map((a) => a.Ipv6Address)))),
    securityGroupIds: unique(
      present(...(instance.SecurityGroups ?? []).map((g) => g.GroupId), ...interfaces.flatMap((n) => (n.Groups ?? []).map((g) => g.GroupId))),
    ),
  };
}

/** By network card, then device index: the primary interface (card 0, device 0) first. */
function inDeviceOrder(interfaces: readonly InstanceNetworkInterface[]): InstanceNetworkInterface[] {
  const position = (n: InstanceNetworkInterface) => [n.Attachment?.NetworkCardIndex ?? 0, n.Attachment?.DeviceIndex ?? 0] as const;
  return [...interfaces].sort((a, b) => {
    const [cardA, deviceA] = position(a);
    const [cardB, deviceB] = position(b);
    return cardA - cardB || deviceA - deviceB;
  });
}

/** An interface's primary private address (its top-level one when the set lacks the flag) and its secondary ones. */
function privateAddressesOf(eni: InstanceNetworkInterface): { primary: InstancePrivateIpAddress[]; secondary: InstancePrivateIpAddress[] } {
  const all = eni.PrivateIpAddresses ?? [];
  const isPrimary = (a: InstancePrivateIpAddress) => a.Primary === true || (a.Primary === undefined && a.PrivateIpAddress === eni.PrivateIpAddress);
  const primary = all.filter(isPrimary);
  return {
    primary: primary.length > 0 ? primary : eni.PrivateIpAddress ? [{ PrivateIpAddress: eni.PrivateIpAddress, Association: eni.Association }] : [],
    secondary: all.filter((a) => !isPrimary(a)),
  };
}

function present(...values: (string | undefined)[]): string[] {
  return values.filter((v): v is string => typeof v === 'string' && v.length > 0);
}
