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

/** One model rule per EC2 permission: its CIDRs (IPv4 and IPv6), referenced groups and prefix lists are the sources. */
export function ruleOf(scope: Scope, direction: RuleDirection, permission: IpPermission): SecurityRule {
  const protocol = permission.IpProtocol === '-1' || permission.IpProtocol === undefined ? 'all' : permission.IpProtocol;
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
  const allPorts = protocol === 'all';
  return {
    direction,
    protocol,
    fromPort: allPorts ? null : (permission.FromPort ?? null),
    toPort: allPorts ? null : (permission.ToPort ?? null),
    icmpType: null,
    icmpCode: null,
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
