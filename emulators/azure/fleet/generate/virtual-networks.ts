// The scope's virtual networks: a production (or staging) one with a subnet per tier, and
// usually a dev one with a single subnet every tier shares. The tiered one is dual-stack (an IPv6
// /48 beside its IPv4 space) and so is its web subnet, where internet-facing VMs may take IPv6.
import type { AzureApplicationSecurityGroup, AzureNetworkSecurityGroup, AzureSubnet, AzureTags, AzureVirtualNetwork } from '../types.js';
import type { ScopeBuilder } from './context.js';
import { addTierRules, newDevNsg, newTierNsgs, type PerTier } from './security-groups.js';

/** Where a VM of one tier goes: its subnet and, in tiered networks, its application security group. */
export interface Tier {
  subnet: AzureSubnet;
  asg: AzureApplicationSecurityGroup | null;
}

export interface VnetPlan extends PerTier<Tier> {
  vnet: AzureVirtualNetwork;
  env: 'prod' | 'staging' | 'dev';
}

/** The networks VMs are launched into: the tiered one first, then the dev one if there is one. */
export function planNetworks(b: ScopeBuilder, asgs: PerTier<AzureApplicationSecurityGroup>): VnetPlan[] {
  const plans = [tieredNetwork(b, asgs)];
  if (b.ctx.scopeIndex === 0 || b.rng.chance(0.75)) plans.push(devNetwork(b));
  b.scope.virtualNetworks.push(...plans.map((p) => p.vnet));
  return plans;
}

/** The second octet of a VNet's 10.x.0.0/16, apart from every other location's and subscription's. */
function secondOctet(b: ScopeBuilder, k: number): number {
  return b.location.vnetOctetBase + b.ctx.subscriptionIndex * 8 + k;
}

function tieredNetwork(b: ScopeBuilder, asgs: PerTier<AzureApplicationSecurityGroup>): VnetPlan {
  const env = b.rng.pick(['prod', 'staging'] as const);
  const second = secondOctet(b, 0);
  // A unique local /48 per VNet, its global id taken from the VNet's IPv4 second octet.
  const ipv6 = `fd00:db8:${second.toString(16)}`;
  const vnet = newVirtualNetwork(b, `vnet-${env}-${b.loc}`, [`10.${second}.0.0/16`, `${ipv6}::/48`], { env, 'managed-by': 'terraform' });
  const nsgs = newTierNsgs(b, env);
  // /19s: room for the largest sandbox fleet (5000 VMs per scope).
  const appPrefix = `10.${second}.32.0/19`;
  const web = newSubnet(b, vnet, 'snet-web', `10.${second}.0.0/19`, nsgs.web, `${ipv6}:1::/64`);
  const app = newSubnet(b, vnet, 'snet-app', appPrefix, nsgs.app);
  const data = newSubnet(b, vnet, 'snet-data', `10.${second}.64.0/19`, nsgs.data);
  if (b.rng.chance(0.5)) newSubnet(b, vnet, 'AzureBastionSubnet', `10.${second}.255.0/26`, null);
  addTierRules(b, nsgs, asgs, appPrefix);
  return { vnet, env, web: { subnet: web, asg: asgs.web }, app: { subnet: app, asg: asgs.app }, data: { subnet: data, asg: asgs.data } };
}

function devNetwork(b: ScopeBuilder): VnetPlan {
  const second = secondOctet(b, 1);
  const vnet = newVirtualNetwork(b, `vnet-dev-${b.loc}`, [`10.${second}.0.0/16`], { env: 'dev' });
  const nsg = newDevNsg(b);
  const subnet = newSubnet(b, vnet, 'snet-default', `10.${second}.0.0/18`, nsg);
  const tier = { subnet, asg: null };
  return { vnet, env: 'dev', web: tier, app: tier, data: tier };
}

function newVirtualNetwork(b: ScopeBuilder, name: string, space: string[], tags: AzureTags): AzureVirtualNetwork {
  return {
    ...b.networkResourceBase(b.networkRg, 'virtualNetworks', name, tags),
    properties: {
      provisioningState: 'Succeeded',
      resourceGuid: b.rng.uuid(),
      addressSpace: { addressPrefixes: space },
      dhcpOptions: { dnsServers: [] },
      subnets: [],
      virtualNetworkPeerings: [],
      enableDdosProtection: false,
      privateEndpointVNetPolicies: 'Disabled',
    },
  };
}

/** `ipv6Prefix`: the /64 of a dual-stack subnet, which ARM lists in `addressPrefixes` after the IPv4 prefix. */
function newSubnet(
  b: ScopeBuilder,
  vnet: AzureVirtualNetwork,
  name: string,
  prefix: string,
  nsg: AzureNetworkSecurityGroup | null,
  ipv6Prefix?: string,
): AzureSubnet {
  const subnet: AzureSubnet = {
    id: `${vnet.id}/subnets/${name}`,
    name,
    type: 'Microsoft.Network/virtualNetworks/subnets',
    etag: b.etag(),
    properties: {
      provisioningState: 'Succeeded',
      ...(ipv6Prefix ? { addressPrefixes: [prefix, ipv6Prefix] } : { addressPrefix: prefix }),
      ...(nsg ? { networkSecurityGroup: { id: nsg.id } } : {}),
      serviceEndpoints: name === 'snet-data' ? [{ service: 'Microsoft.Storage', locations: [b.loc], provisioningState: 'Succeeded' }] : [],
      delegations: [],
      privateEndpointNetworkPolicies: 'Disabled',
      privateLinkServiceNetworkPolicies: 'Enabled',
    },
  };
  vnet.properties.subnets.push(subnet);
  b.addSubnetPool(subnet.id, prefix);
  if (ipv6Prefix) b.addIpv6SubnetPool(subnet.id, ipv6Prefix);
  return subnet;
}
