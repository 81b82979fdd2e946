// Virtual networks (subnets inside), network security groups, public IP addresses and network
// interfaces → Network, Subnet, SecurityGroup, PublicIp, NetworkInterface. Pure.
import type {
  NetworkInterface as ArmNetworkInterface,
  NetworkSecurityGroup,
  PublicIPAddress,
  SecurityRule as ArmSecurityRule,
  Subnet as ArmSubnet,
  VirtualNetwork,
} from '@azure/arm-network';
import { extrasOf, unique } from '../common.js';
import type { Network, NetworkInterface, PublicIp, SecurityGroup, SecurityRule, Subnet } from '../types.js';
import { armRef, canonicalArmId, parentArmId } from './arm-ids.js';
import { baseOf, resourceGroupOf } from './common.js';

/** Azure reserves five addresses of every subnet (network, gateway, two DNS, broadcast). */
const RESERVED_PER_SUBNET = 5;

const cidrSize = (cidr: string): number => 2 ** (32 - Number(cidr.split('/')[1]));

export function mapVirtualNetwork(subscriptionId: string, vnet: VirtualNetwork): Network {
  return {
    ...baseOf(subscriptionId, 'network', vnet),
    extras: extrasOf({
      resourceGroup: resourceGroupOf(vnet.id),
      resourceGuid: vnet.resourceGuid,
      dnsServers: vnet.dhcpOptions?.dnsServers?.join(','),
      enableDdosProtection: vnet.enableDdosProtection,
      subnets: vnet.subnets?.length,
      peerings: vnet.virtualNetworkPeerings?.length,
    }),
    cidrBlocks: unique(vnet.addressSpace?.addressPrefixes ?? []),
    // Azure has no default network.
    isDefault: false,
    providerState: vnet.provisioningState ?? '',
  };
}

/** Subnets come inside their VNet's listing; they have the VNet's location and no tags. */
export function mapSubnet(subscriptionId: string, vnet: VirtualNetwork, subnet: ArmSubnet): Subnet {
  const location = vnet.location?.toLowerCase() ?? '';
  const cidrBlock = subnet.addressPrefix ?? subnet.addressPrefixes?.[0] ?? '';
  const used = subnet.ipConfigurations?.length ?? 0;
  return {
    ...baseOf(subscriptionId, 'subnet', { id: subnet.id, name: subnet.name }, location),
    extras: extrasOf({
      resourceGroup: resourceGroupOf(subnet.id),
      networkSecurityGroupId: subnet.networkSecurityGroup?.id,
      routeTableId: subnet.routeTable?.id,
      natGatewayId: subnet.natGateway?.id,
      addressPrefixes: subnet.addressPrefixes?.join(','),
      serviceEndpoints: subnet.serviceEndpoints?.map((e) => e.service).join(','),
      delegations: subnet.delegations?.map((d) => d.serviceName).join(','),
      privateEndpointNetworkPolicies: subnet.privateEndpointNetworkPolicies,
      defaultOutboundAccess: subnet.defaultOutboundAccess,
    }),
    zone: null,
    networkId: armRef(subscriptionId, location, 'network', vnet.id)!,
    cidrBlock,
    availableIpCount: /^\d+\.\d+\.\d+\.\d+\/\d+$/.test(cidrBlock) ? Math.max(0, cidrSize(cidrBlock) - RESERVED_PER_SUBNET - used) : null,
    providerState: subnet.provisioningState ?? '',
  };
}

export function mapNetworkSecurityGroup(subscriptionId: string, nsg: NetworkSecurityGroup): SecurityGroup {
  const rules = [...(nsg.securityRules ?? []), ...(nsg.defaultSecurityRules ?? [])]
    .flatMap((r) => rulesOf(r))
    .sort((a, b) => (a.direction === b.direction ? (a.priority ?? 0) - (b.priority ?? 0) : a.direction === 'INGRESS' ? -1 : 1));
  return {
    ...baseOf(subscriptionId, 'securityGroup', nsg),
    extras: extrasOf({
      resourceGroup: resourceGroupOf(nsg.id),
      resourceGuid: nsg.resourceGuid,
      provisioningState: nsg.provisioningState,
      subnetIds: nsg.subnets?.map((s) => canonicalArmId(s.id ?? '')).join(','),
      networkInterfaceIds: nsg.networkInterfaces?.map((n) => canonicalArmId(n.id ?? '')).join(','),
    }),
    // An NSG is not part of a VNet: it is associated with subnets and NICs (see extras).
    networkId: null,
    description: null,
    rules,
  };
}

const PROTOCOLS: Readonly<Record<string, string>> = { '*': 'all', tcp: 'tcp', udp: 'udp', icmp: 'icmp', esp: 'esp', ah: 'ah' };

/**
 * One model rule per destination port range of an NSG rule (`9100`, `9200-9299`, `*`). The peers
 * are the sources of an inbound rule and the destinations of an outbound one: address prefixes
 * as given — `*` (any address) as 0.0.0.0/0 and ::/0, service tags (`Internet`, `VirtualNetwork`,
 * `AzureLoadBalancer`) verbatim — and application security groups by their ARM id (no model kind).
 * The rule's name, its description, and the far side of the rule when it is narrower than `*`,
 * make up the description.
 */
export function rulesOf(rule: ArmSecurityRule): SecurityRule[] {
  const inbound = rule.direction?.toLowerCase() === 'inbound';
  const prefixes = (single: string | undefined, many: string[] | undefined) => [...(single ? [single] : []), ...(many ?? [])];
  const sources = prefixes(rule.sourceAddressPrefix, rule.sourceAddressPrefixes);
  const destinations = prefixes(rule.destinationAddressPrefix, rule.destinationAddressPrefixes);
  const sourceAsgs = (rule.sourceApplicationSecurityGroups ?? []).flatMap((g) => (g.id ? [canonicalArmId(g.id)] : []));
  const destinationAsgs = (rule.destinationApplicationSecurityGroups ?? []).flatMap((g) => (g.id ? [canonicalArmId(g.id)] : []));
  const peers = inbound ? [...sources, ...sourceAsgs] : [...destinations, ...destinationAsgs];
  const farSide = inbound ? [...destinations, ...destinationAsgs] : [...sources, ...sourceAsgs];
  const narrowed = farSide.filter((p) => p !== '*');
  const description =
    [rule.name, rule.description].filter((t): t is string => !!t).join(': ') +
    (narrowed.length > 0 ? ` (${inbound ? 'to' : 'from'} ${narrowed.join(', ')})` : '');
  const protocol = PROTOCOLS[(rule.protocol ?? '*').toLowerCase()] ?? (rule.protocol ?? 'all').toLowerCase();
  const ranges = prefixes(rule.destinationPortRange, rule.destinationPortRanges);
  return (ranges.length > 0 ? ranges : ['*']).map((range) => {
    const [from, to] = portsOf(range);
    return {
      direction: inbound ? 'INGRESS' : 'EGRESS',
      protocol,
      fromPort: from,
      toPort: to,
      // NSG rules name no ICMP type or code: an ICMP rule allows every type.
      icmpType: null,
      icmpCode: null,
      sources: unique(peers.flatMap((p) => (p === '*' ? ['0.0.0.0/0', '::/0'] : [p]))),
      action: rule.access?.toLowerCase() === 'deny' ? 'DENY' : 'ALLOW',
      priority: rule.priority ?? null,
      description: description || null,
    };
  });
}

function portsOf(range: string): [number | null, number | null] {
  if (range === '*') return [null, null];
  const [from, to] = range.split('-').map((p) => Number(p.trim()));
  if (from === undefined || !Number.isInteger(from)) return [null, null];
  return [from, to !== undefined && Number.isInteger(to) ? to : from];
}

/** `…/networkInterfaces/nic/ipConfigurations/ipconfig1` → the NIC's id; other owners (load balancers…) → null. */
function nicOfIpConfiguration(id: string | undefined): string | null {
  if (!id || !/\/providers\/Microsoft\.Network\/networkInterfaces\/[^/]+\/ipConfigurations\/[^/]+$/i.test(id)) return null;
  return parentArmId(id);
}

export function mapPublicIpAddress(subscriptionId: string, pip: PublicIPAddress): PublicIp {
  const location = pip.location?.toLowerCase() ?? '';
  const configuration = pip.ipConfiguration?.id;
  return {
    ...baseOf(subscriptionId, 'publicIp', pip),
    extras: extrasOf({
      resourceGroup: resourceGroupOf(pip.id),
      sku: pip.sku?.name,
      skuTier: pip.sku?.tier,
      version: pip.publicIPAddressVersion,
      fqdn: pip.dnsSettings?.fqdn,
      ipConfigurationId: configuration ? canonicalArmId(configuration) : undefined,
      idleTimeoutInMinutes: pip.idleTimeoutInMinutes,
      provisioningState: pip.provisioningState,
      zones: pip.zones?.join(','),
    }),
    address: pip.ipAddress ?? '',
    // The address names the NIC IP configuration holding it; which VM that NIC belongs to is on the NIC.
    vmId: null,
    networkInterfaceId: armRef(subscriptionId, location, 'networkInterface', nicOfIpConfiguration(configuration)),
    allocation: pip.publicIPAllocationMethod ? pip.publicIPAllocationMethod.toLowerCase() : null,
  };
}

export function mapNetworkInterface(subscriptionId: string, nic: ArmNetworkInterface): NetworkInterface {
  const location = nic.location?.toLowerCase() ?? '';
  const configs = nic.ipConfigurations ?? [];
  const primary = configs.find((c) => c.primary) ?? configs[0];
  const subnetId = primary?.subnet?.id;
  const ipv6 = (c: (typeof configs)[number]) => c.privateIPAddressVersion?.toLowerCase() === 'ipv6';
  const addressesOf = (wanted: typeof configs) => unique(wanted.flatMap((c) => (c.privateIPAddress ? [c.privateIPAddress] : [])));
  return {
    ...baseOf(subscriptionId, 'networkInterface', nic),
    extras: extrasOf({
      resourceGroup: resourceGroupOf(nic.id),
      primary: nic.primary,
      nicType: nic.nicType,
      enableAcceleratedNetworking: nic.enableAcceleratedNetworking,
      enableIPForwarding: nic.enableIPForwarding,
      publicIpAddressIds: configs.flatMap((c) => (c.publicIPAddress?.id ? [canonicalArmId(c.publicIPAddress.id)] : [])).join(','),
      applicationSecurityGroupIds: unique(configs.flatMap((c) => (c.applicationSecurityGroups ?? []).flatMap((g) => (g.id ? [canonicalArmId(g.id)] : [])))).join(','),
      internalDomainNameSuffix: nic.dnsSettings?.internalDomainNameSuffix,
      macAddressRaw: nic.macAddress,
      // The model's NIC has IPv4 addresses only; a dual-stack NIC's IPv6 ones are kept here.
      ipv6Addresses: addressesOf(configs.filter(ipv6)).join(','),
    }),
    zone: null,
    vmId: armRef(subscriptionId, location, 'vm', nic.virtualMachine?.id),
    subnetId: armRef(subscriptionId, location, 'subnet', subnetId),
    networkId: subnetId ? armRef(subscriptionId, location, 'network', parentArmId(subnetId)) : null,
    // Primary configuration first.
    privateIps: addressesOf([...configs.filter((c) => c === primary), ...configs.filter((c) => c !== primary && !ipv6(c))]),
    // The NIC names its public IP resources (extras), not their addresses.
    publicIp: null,
    // ARM writes MACs as 00-0D-3A-…; the model uses the colon form.
    macAddress: nic.macAddress ? nic.macAddress.replaceAll('-', ':').toLowerCase() : null,
    securityGroupIds: nic.networkSecurityGroup?.id ? [armRef(subscriptionId, location, 'securityGroup', nic.networkSecurityGroup.id)!] : [],
    providerState: nic.provisioningState ?? '',
  };
}

