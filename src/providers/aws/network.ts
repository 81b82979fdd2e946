// VPCs, subnets, security groups, Elastic IPs and ENIs → the network model. Pure.
import type {
  Address,
  IpPermission,
  NetworkInterface as Ec2NetworkInterface,
  SecurityGroup as Ec2SecurityGroup,
  Subnet as Ec2Subnet,
  Vpc,
} from '@aws-sdk/client-ec2';
import { extrasOf, unique } from '../common.js';
import { globalId } from '../ids.js';
import type {
  Network,
  NetworkInterface,
  PublicIp,
  RuleDirection,
  Scope,
  SecurityGroup,
  SecurityRule,
  Subnet,
} from '../types.js';
import { baseOf } from './tags.js';

export function mapVpc(scope: Scope, vpc: Vpc): Network {
  const associated = (vpc.CidrBlockAssociationSet ?? [])
    .filter((a) => a.CidrBlockState?.State === undefined || a.CidrBlockState.State === 'associated')
    .flatMap((a) => (a.CidrBlock ? [a.CidrBlock] : []));
  const ipv6 = (vpc.Ipv6CidrBlockAssociationSet ?? [])
    .filter((a) => a.Ipv6CidrBlockState?.State === undefined || a.Ipv6CidrBlockState.State === 'associated')
    .flatMap((a) => (a.Ipv6CidrBlock ? [a.Ipv6CidrBlock] : []));
  return {
    ...baseOf(scope, 'network', vpc.VpcId ?? '', vpc.Tags),
    extras: extrasOf({ instanceTenancy: vpc.InstanceTenancy, dhcpOptionsId: vpc.DhcpOptionsId, ownerId: vpc.OwnerId }),
    cidrBlocks: unique([...(vpc.CidrBlock ? [vpc.CidrBlock] : []), ...associated, ...ipv6]),
    isDefault: vpc.IsDefault ?? false,
    providerState: vpc.State ?? '',
  };
}

export function mapSubnet(scope: Scope, subnet: Ec2Subnet): Subnet {
  return {
    ...baseOf(scope, 'subnet', subnet.SubnetId ?? '', subnet.Tags),
    extras: extrasOf({
      availabilityZoneId: subnet.AvailabilityZoneId,
      defaultForAz: subnet.DefaultForAz,
      mapPublicIpOnLaunch: subnet.MapPublicIpOnLaunch,
      ipv6CidrBlock: subnet.Ipv6CidrBlockAssociationSet?.[0]?.Ipv6CidrBlock,
      ownerId: subnet.OwnerId,
    }),
    zone: subnet.AvailabilityZone ?? null,
    networkId: globalId(scope, 'network', subnet.VpcId ?? ''),
    cidrBlock: subnet.CidrBlock ?? '',
    availableIpCount: subnet.AvailableIpAddressCount ?? null,
    providerState: subnet.State ?? '',
  };
}

export function mapSecurityGroup(scope: Scope, group: Ec2SecurityGroup): SecurityGroup {
  const b = baseOf(scope, 'securityGroup', group.GroupId ?? '', group.Tags);
  return {
    ...b,
    // A security group always has a name of its own; the Name tag wins when present.
    name: b.name ?? group.GroupName ?? null,
    extras: extrasOf({ groupName: group.GroupName, ownerId: group.OwnerId, arn: group.SecurityGroupArn }),
    networkId: group.VpcId ? globalId(scope, 'network', group.VpcId) : null,
    description: group.Description ? group.Description : null,
    rules: [
      ...(group.IpPermissions ?? []).map((p) => ruleOf(scope, 'INGRESS', p)),
      ...(group.IpPermissionsEgress ?? []).map((p) => ruleOf(scope, 'EGRESS', p)),
    ],
  };
}

/** EC2 names tcp, udp, icmp and icmpv6 or gives their numbers; -1 is every protocol. */
const PROTOCOL_NAMES: Readonly<Record<string, string>> = { '-1': 'all', '6': 'tcp', '17': 'udp', '1': 'icmp', '58': 'icmpv6' };

/** A port, ICMP type or ICMP code: EC2's -1 means every one, which the model says with null. */
function specificOrNull(value: number | undefined): number | null {
  return value === undefined || value === -1 ? null : value;
}

/**
 * Where a permission's FromPort/ToPort go: ports for tcp and udp (other protocols with ports too),
 * nothing for a rule on every protocol, and for ICMP/ICMPv6 the ICMP type and code they hold.
 */
function portsOf(protocol: string, permission: IpPermission): Pick<SecurityRule, 'fromPort' | 'toPort' | 'icmpType' | 'icmpCode'> {
  if (protocol === 'icmp' || protocol === 'icmpv6') {
    return { fromPort: null, toPort: null, icmpType: specificOrNull(permission.FromPort), icmpCode: specificOrNull(permission.ToPort) };
  }
  if (protocol === 'all') return { fromPort: null, toPort: null, icmpType: null, icmpCode: null };
  return { fromPort: permission.FromPort ?? null, toPort: permission.ToPort ?? null, icmpType: null, icmpCode: null };
}

/** One model rule per EC2 permission: its CIDRs (IPv4 and IPv6), referenced groups and prefix lists are the sources. */
export function ruleOf(scope: Scope, direction: RuleDirection, permission: IpPermission): SecurityRule {
  const raw = permission.IpProtocol ?? '-1';
  const protocol = PROTOCOL_NAMES[raw.toLowerCase()] ?? raw.toLowerCase();
  const sources = [
    ...(permission.IpRanges ?? []).flatMap((r) => (r.CidrIp ? [r.CidrIp] : [])),
    ...(permission.Ipv6Ranges ?? []).flatMap((r) => (r.CidrIpv6 ? [r.CidrIpv6] : [])),
    ...(permission.UserIdGroupPairs ?? []).flatMap((pair) =>
      pair.GroupId
        ? [globalId({ ...scope, account: pair.UserId ?? scope.account }, 'securityGroup', pair.GroupId)]
        : [],
    ),
    // Managed prefix lists have no model kind; their id (pl-…) is kept as is.
    ...(permission.PrefixListIds ?? []).flatMap((p) => (p.PrefixListId ? [p.PrefixListId] : [])),
  ];
  const descriptions = [
    ...(permission.IpRanges ?? []),
    ...(permission.Ipv6Ranges ?? []),
    ...(permission.UserIdGroupPairs ?? []),
    ...(permission.PrefixListIds ?? []),
  ].flatMap((r) => (r.Description ? [r.Description] : []));
  return {
    direction,
    protocol,
    ...portsOf(protocol, permission),
    sources: unique(sources),
    action: 'ALLOW',
    priority: null,
    description: descriptions.length > 0 ? unique(descriptions).join('; ') : null,
  };
}

export function mapAddress(scope: Scope, address: Address): PublicIp {
  // Elastic IPs in a VPC are identified by their allocation id; only EC2-Classic ones lack it.
  const nativeId = address.AllocationId ?? address.PublicIp ?? '';
  return {
    ...baseOf(scope, 'publicIp', nativeId, address.Tags),
    extras: extrasOf({
      domain: address.Domain,
      associationId: address.AssociationId,
      privateIpAddress: address.PrivateIpAddress,
      publicIpv4Pool: address.PublicIpv4Pool,
      networkBorderGroup: address.NetworkBorderGroup,
      carrierIp: address.CarrierIp,
      customerOwnedIp: address.CustomerOwnedIp,
    }),
    address: address.PublicIp ?? '',
    vmId: address.InstanceId ? globalId(scope, 'vm', address.InstanceId) : null,
    networkInterfaceId: address.NetworkInterfaceId ? globalId(scope, 'networkInterface', address.NetworkInterfaceId) : null,
    // An Elastic IP is a static allocation by definition.
    allocation: 'static',
  };
}

export function mapNetworkInterface(scope: Scope, eni: Ec2NetworkInterface): NetworkInterface {
  const privateIps = unique([
    ...(eni.PrivateIpAddress ? [eni.PrivateIpAddress] : []),
    ...(eni.PrivateIpAddresses ?? []).flatMap((p) => (p.PrivateIpAddress ? [p.PrivateIpAddress] : [])),
  ]);
  return {
    // ENIs carry their tags in TagSet, not Tags.
    ...baseOf(scope, 'networkInterface', eni.NetworkInterfaceId ?? '', eni.TagSet),
    extras: extrasOf({
      interfaceType: eni.InterfaceType,
      description: eni.Description,
      requesterManaged: eni.RequesterManaged,
      sourceDestCheck: eni.SourceDestCheck,
      deviceIndex: eni.Attachment?.DeviceIndex,
      attachmentStatus: eni.Attachment?.Status,
      privateDnsName: eni.PrivateDnsName,
      ownerId: eni.OwnerId,
    }),
    zone: eni.AvailabilityZone ?? null,
    vmId: eni.Attachment?.InstanceId ? globalId(scope, 'vm', eni.Attachment.InstanceId) : null,
    subnetId: eni.SubnetId ? globalId(scope, 'subnet', eni.SubnetId) : null,
    networkId: eni.VpcId ? globalId(scope, 'network', eni.VpcId) : null,
    privateIps,
    publicIp: eni.Association?.PublicIp ?? null,
    macAddress: eni.MacAddress ?? null,
    securityGroupIds: unique(
      (eni.Groups ?? []).flatMap((g) => (g.GroupId ? [globalId(scope, 'securityGroup', g.GroupId)] : [])),
    ),
    providerState: eni.Status ?? '',
  };
}
