// Networks: the auto-mode default network, with one subnetwork per region, and a custom-mode VPC
// for one env, with an app and a data subnetwork per region. The VPC is dual-stack: it has
// internal (ULA) IPv6, its app subnetworks external IPv6 and its data subnetworks internal IPv6
// (their interfaces may still be IPv4-only: each interface chooses).
import { cidrBase, intToIp } from '../../../kit/ipv4.js';
import { DAY } from '../../../kit/time.js';
import { TAG_VOCABULARY } from '../../../kit/vocabulary.js';
import { GCP_REGIONS, computeUrl } from '../catalogue.js';
import type { GceIpv6AccessType, GceNetwork, GceSubnetwork } from '../types.js';
import { Ipv6Pool, externalGroups, prefix64, ulaGroups } from './ipv6.js';
import { createdBefore, fingerprint, newSubnetPool, type NetworkPlan, type ProjectBuilder, type ProjectNetworks } from './context.js';

export function planNetworks(b: ProjectBuilder): ProjectNetworks {
  const defaultNetwork: NetworkPlan = { network: newNetwork(b, 'default', true, 'Default network for the project'), env: null, subnets: new Map() };
  // An auto-mode subnetwork is a /20; a region with more VMs than that fits has had it expanded (to a /18).
  for (const region of GCP_REGIONS) addSubnetwork(b, defaultNetwork, region.region, 'default', b.vmsPerRegion > 2000 ? region.autoSubnetRange.replace(/\/20$/, '/18') : region.autoSubnetRange);
  const vpc = planVpc(b);
  b.data.networks.push(defaultNetwork.network, vpc.network);
  return { defaultNetwork, vpc };
}

/**
 * Region r's app (tier 0) or data (tier 1) subnetwork: a /20 (4,096 addresses), or a /18 where a
 * region holds more VMs than /20s would fit (two regions' four /18s fill the /16).
 */
function subnetworkCidr(b: ProjectBuilder, second: number, r: number, tier: 0 | 1): string {
  return b.vmsPerRegion > 2000 ? `10.${second}.${r * 128 + tier * 64}.0/18` : `10.${second}.${r * 32 + tier * 16}.0/20`;
}

function planVpc(b: ProjectBuilder): NetworkPlan {
  const p = b.projectId;
  const env = p.endsWith('-prod') ? 'prod' : p.endsWith('-dev') ? 'dev' : b.rng.pick(TAG_VOCABULARY.env);
  const plan: NetworkPlan = { network: newNetwork(b, `${env}-vpc`, false, `${env} workloads`), env, subnets: new Map() };
  const ula = ulaGroups(b.laterRng, b.allocator);
  Object.assign(plan.network, { enableUlaInternalIpv6: true, internalIpv6Range: `${ula}::/48` });
  const second = b.rng.int(10, 200);
  GCP_REGIONS.forEach((region, r) => {
    addSubnetwork(b, plan, region.region, `${env}-${region.region}-app`, subnetworkCidr(b, second, r, 0), {
      secondaryIpRanges: [{ rangeName: 'pods', ipCidrRange: `10.${second + 40}.${r * 64}.0/18` }],
      ...dualStack('EXTERNAL', externalGroups(b.laterRng, b.allocator)),
    });
    addSubnetwork(b, plan, region.region, `${env}-${region.region}-data`, subnetworkCidr(b, second, r, 1), {
      description: 'databases and caches',
      ...dualStack('INTERNAL', `${ula}:${(r + 1).toString(16)}`),
    });
  });
  return plan;
}

/** A dual-stack subnetwork's fields, its /64 made of `groups` (four). */
function dualStack(accessType: GceIpv6AccessType, groups: string): Partial<GceSubnetwork> {
  const prefix = prefix64(groups);
  return {
    stackType: 'IPV4_IPV6',
    ipv6AccessType: accessType,
    ...(accessType === 'EXTERNAL' ? { externalIpv6Prefix: prefix } : { internalIpv6Prefix: prefix }),
  };
}

function newNetwork(b: ProjectBuilder, name: string, auto: boolean, description: string): GceNetwork {
  const id = b.allocator.id(b.rng);
  return {
    kind: 'compute#network',
    id,
    creationTimestamp: createdBefore(b.rng, 500 * DAY, 900 * DAY),
    name,
    description,
    autoCreateSubnetworks: auto,
    subnetworks: [],
    routingConfig: { routingMode: auto ? 'REGIONAL' : 'GLOBAL' },
    mtu: auto ? 1460 : 1500,
    networkFirewallPolicyEnforcementOrder: 'AFTER_CLASSIC_FIREWALL',
    selfLink: computeUrl.global(b.projectId, 'networks', name),
    selfLinkWithId: computeUrl.global(b.projectId, 'networks', id),
  };
}

function addSubnetwork(b: ProjectBuilder, plan: NetworkPlan, region: string, name: string, range: string, extra: Partial<GceSubnetwork> = {}): void {
  const subnet: GceSubnetwork = {
    kind: 'compute#subnetwork',
    id: b.allocator.id(b.rng),
    creationTimestamp: plan.network.creationTimestamp,
    name,
    network: plan.network.selfLink,
    ipCidrRange: range,
    gatewayAddress: intToIp(cidrBase(range) + 1),
    region: computeUrl.region(b.projectId, region),
    privateIpGoogleAccess: !plan.network.autoCreateSubnetworks,
    purpose: 'PRIVATE',
    stackType: 'IPV4_ONLY',
    fingerprint: fingerprint(b.rng),
    selfLink: computeUrl.regional(b.projectId, region, 'subnetworks', name),
    ...extra,
  };
  b.pools.set(subnet.selfLink, newSubnetPool(b.rng, range));
  const ipv6Prefix = subnet.externalIpv6Prefix ?? subnet.internalIpv6Prefix;
  if (ipv6Prefix) b.ipv6Pools.set(subnet.selfLink, new Ipv6Pool(ipv6Prefix.replace(/:0:0:0:0\/64$/, '')));
  plan.network.subnetworks.push(subnet.selfLink);
  const list = plan.subnets.get(region) ?? [];
  list.push(subnet);
  plan.subnets.set(region, list);
}
