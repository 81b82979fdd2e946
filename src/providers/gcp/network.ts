// VPC networks, subnetworks, firewall rules and reserved external addresses → the network model.
// Pure. A GCP firewall is one rule (priority, direction, allow or deny, protocols and ports,
// sources or destinations, target tags): it becomes one SecurityGroup whose rules are its
// protocol/port entries.
import type { protos } from '@google-cloud/compute';
import { extrasOf, unique } from '../common.js';
import type { Network, PublicIp, RuleDirection, SecurityGroup, SecurityRule, Subnet } from '../types.js';
import { tagsOf } from './labels.js';
import { GLOBAL, baseOf, gcpId, lastSegment, parseResourceUrl, refId } from './urls.js';

export type GceNetwork = protos.google.cloud.compute.v1.INetwork;
export type GceSubnetwork = protos.google.cloud.compute.v1.ISubnetwork;
export type GceFirewall = protos.google.cloud.compute.v1.IFirewall;
export type GceAddress = protos.google.cloud.compute.v1.IAddress;

export function mapNetwork(project: string, network: GceNetwork): Network {
  const name = network.name ?? '';
  return {
    ...baseOf(project, GLOBAL, 'network', name, name, []),
    extras: extrasOf({
      networkId: network.id == null ? undefined : String(network.id),
      description: network.description,
      autoCreateSubnetworks: network.autoCreateSubnetworks,
      routingMode: network.routingConfig?.routingMode,
      mtu: network.mtu,
      subnetworkCount: network.subnetworks?.length,
      createdAt: network.creationTimestamp,
    }),
    // VPC networks have no range of their own (their subnetworks do); legacy networks have one.
    cidrBlocks: network.IPv4Range ? [network.IPv4Range] : [],
    // The network every project starts with is called "default".
    isDefault: name === 'default',
    // Networks have no status.
    providerState: '',
  };
}

export function mapSubnetwork(project: string, subnet: GceSubnetwork): Subnet {
  const name = subnet.name ?? '';
  const region = lastSegment(subnet.region);
  return {
    ...baseOf(project, region, 'subnet', name, name, []),
    extras: extrasOf({
      subnetworkId: subnet.id == null ? undefined : String(subnet.id),
      description: subnet.description,
      gatewayAddress: subnet.gatewayAddress,
      privateIpGoogleAccess: subnet.privateIpGoogleAccess,
      purpose: subnet.purpose,
      stackType: subnet.stackType,
      secondaryIpRanges: (subnet.secondaryIpRanges ?? []).map((r) => `${r.rangeName}=${r.ipCidrRange}`).join(','),
      createdAt: subnet.creationTimestamp,
    }),
    // Subnetworks are regional: they span every zone of their region.
    zone: null,
    networkId: refId(subnet.network, 'network') ?? gcpId(project, GLOBAL, 'network', lastSegment(subnet.network)),
    cidrBlock: subnet.ipCidrRange ?? '',
    // Compute Engine does not report free addresses.
    availableIpCount: null,
    providerState: subnet.state ?? '',
  };
}

export function mapFirewall(project: string, firewall: GceFirewall): SecurityGroup {
  const name = firewall.name ?? '';
  const direction: RuleDirection = firewall.direction === 'EGRESS' ? 'EGRESS' : 'INGRESS';
  const peers = peersOf(firewall, direction);
  const priority = firewall.priority ?? 1000;
  const description = firewall.description ? firewall.description : null;
  const rules: SecurityRule[] = [
    ...(firewall.allowed ?? []).flatMap((entry) => rulesOf(entry.IPProtocol, entry.ports, 'ALLOW', direction, peers, priority, description)),
    ...(firewall.denied ?? []).flatMap((entry) => rulesOf(entry.IPProtocol, entry.ports, 'DENY', direction, peers, priority, description)),
  ];
  return {
    ...baseOf(project, GLOBAL, 'securityGroup', name, name, []),
    extras: extrasOf({
      firewallId: firewall.id == null ? undefined : String(firewall.id),
      priority,
      direction,
      disabled: firewall.disabled ?? false,
      targetTags: (firewall.targetTags ?? []).join(','),
      targetServiceAccounts: (firewall.targetServiceAccounts ?? []).join(','),
      // No targets: the rule applies to every instance in the network.
      appliesTo: (firewall.targetTags?.length ?? 0) + (firewall.targetServiceAccounts?.length ?? 0) > 0 ? 'targets' : 'all instances',
      logging: firewall.logConfig?.enable,
      createdAt: firewall.creationTimestamp,
    }),
    networkId: refId(firewall.network, 'network'),
    description,
    rules,
  };
}

/** Sources (ingress) or destinations (egress); with none given, Compute Engine means 0.0.0.0/0. */
function peersOf(firewall: GceFirewall, direction: RuleDirection): string[] {
  if (direction === 'EGRESS') return firewall.destinationRanges?.length ? [...firewall.destinationRanges] : ['0.0.0.0/0'];
  const peers = [
    ...(firewall.sourceRanges ?? []),
    ...(firewall.sourceTags ?? []).map((t) => `tag:${t}`),
    ...(firewall.sourceServiceAccounts ?? []).map((s) => `serviceAccount:${s}`),
  ];
  return peers.length > 0 ? unique(peers) : ['0.0.0.0/0'];
}

function rulesOf(
  protocol: string | null | undefined,
  ports: readonly string[] | null | undefined,
  action: 'ALLOW' | 'DENY',
  direction: RuleDirection,
  sources: string[],
  priority: number,
  description: string | null,
): SecurityRule[] {
  const proto = !protocol || protocol === 'all' ? 'all' : protocol;
  const ranges = proto === 'all' || !ports || ports.length === 0 ? [null] : ports.map(portRange);
  return ranges.map((range) => ({
    direction,
    protocol: proto,
    fromPort: range?.[0] ?? null,
    toPort: range?.[1] ?? null,
    // Firewall rules name no ICMP type or code: an ICMP rule allows every type.
    icmpType: null,
    icmpCode: null,
    sources,
    action,
    priority,
    description,
  }));
}

/** "22" → [22, 22]; "8000-8089" → [8000, 8089]. */
export function portRange(spec: string): [number, number] | null {
  const m = /^(\d+)(?:-(\d+))?$/.exec(spec.trim());
  if (!m) return null;
  return [Number(m[1]), Number(m[2] ?? m[1])];
}

/** Reserved external addresses (regional or global). Internal ones are not public IPs and are left out by the caller. */
export function mapAddress(project: string, address: GceAddress): PublicIp {
  const name = address.name ?? '';
  const location = lastSegment(address.region) || GLOBAL;
  const instanceUsers = (address.users ?? []).filter((u) => parseResourceUrl(u)?.collection === 'instances');
  return {
    ...baseOf(project, location, 'publicIp', name, name, tagsOf(address.labels)),
    extras: extrasOf({
      addressId: address.id == null ? undefined : String(address.id),
      description: address.description,
      status: address.status,
      addressType: address.addressType,
      networkTier: address.networkTier,
      purpose: address.purpose,
      ipVersion: address.ipVersion,
      users: (address.users ?? []).filter((u) => !instanceUsers.includes(u)).map((u) => {
        const ref = parseResourceUrl(u);
        return ref ? `${ref.collection}/${ref.name}` : u;
      }).join(','),
      createdAt: address.creationTimestamp,
    }),
    address: address.address ?? '',
    vmId: instanceUsers.length > 0 ? refId(instanceUsers[0], 'vm') : null,
    // The address names its instance, not which of its interfaces holds it.
    networkInterfaceId: null,
    // A reserved address is static by definition (ephemeral ones are not address resources).
    allocation: 'static',
  };
}

/** What a firewall is matched against: one network interface of an instance. */
export interface FirewallTarget {
  network: string | null | undefined;
  /** The instance's network tags. */
  tags: readonly string[];
  /** The instance's service accounts. */
  serviceAccounts: readonly string[];
}

/**
 * The firewalls that apply to an interface, as Compute Engine decides: enabled, in the
 * interface's network, and targeting the instance — by one of its network tags, by its service
 * account, or (no targets) every instance in the network. Ingress and egress alike.
 */
export function firewallsFor(target: FirewallTarget, firewalls: readonly GceFirewall[]): GceFirewall[] {
  const network = parseResourceUrl(target.network);
  if (!network) return [];
  return firewalls.filter((f) => {
    if (f.disabled) return false;
    const own = parseResourceUrl(f.network);
    if (!own || own.project !== network.project || own.name !== network.name) return false;
    if (f.targetTags?.length) return f.targetTags.some((t) => target.tags.includes(t));
    if (f.targetServiceAccounts?.length) return f.targetServiceAccounts.some((s) => target.serviceAccounts.includes(s));
    return true;
  });
}

/** The global id of a firewall (its project is its network's). */
export function firewallId(project: string, firewall: GceFirewall): string {
  const ref = parseResourceUrl(firewall.selfLink);
  return gcpId(ref?.project ?? project, GLOBAL, 'securityGroup', firewall.name ?? '');
}

export function isExternal(address: GceAddress): boolean {
  return address.addressType === undefined || address.addressType === null || address.addressType === 'EXTERNAL';
}

