// VPCs → Network, cloud firewalls → SecurityGroup, reserved IPs → PublicIp. DigitalOcean VPCs
// have one IP range and no subnets; a firewall belongs to no region (named under "global") and
// allows only (every rule ALLOW); rules name addresses, droplets, tags and load balancers — the
// addresses are the rule's sources, the rest is said in its description.
import { dateOrNull, extrasOf, resourceBase } from '../common.js';
import { globalId } from '../ids.js';
import type { Network, PublicIp, SecurityGroup, SecurityRule } from '../types.js';
import { GLOBAL, ownerIn } from './droplets.js';
import { tagsOf } from './tags.js';
import type { DoFirewall, DoFirewallRule, DoFirewallTargets, DoReservedIp, DoVpc } from './wire.js';

export function mapVpc(team: string, vpc: DoVpc): Network {
  return {
    ...resourceBase(ownerIn(team, vpc.region ?? 'unknown'), 'network', vpc.id, vpc.name, []),
    extras: extrasOf({ urn: vpc.urn, description: vpc.description, createdAt: vpc.created_at }),
    cidrBlocks: vpc.ip_range ? [vpc.ip_range] : [],
    isDefault: vpc.default === true,
    providerState: '',
  };
}

export function mapFirewall(team: string, firewall: DoFirewall): SecurityGroup {
  return {
    ...resourceBase(ownerIn(team, GLOBAL), 'securityGroup', firewall.id, firewall.name, tagsOf(firewall.tags)),
    extras: extrasOf({ status: firewall.status, createdAt: dateOrNull(firewall.created_at)?.toISOString() }),
    networkId: null,
    description: null,
    rules: [
      ...(firewall.inbound_rules ?? []).map((r) => ruleOf('INGRESS', r, r.sources)),
      ...(firewall.outbound_rules ?? []).map((r) => ruleOf('EGRESS', r, r.destinations)),
    ],
  };
}

export function mapReservedIp(team: string, ip: DoReservedIp): PublicIp {
  const owner = ownerIn(team, ip.region?.slug ?? 'unknown');
  return {
    ...resourceBase(owner, 'publicIp', ip.ip, null, []),
    extras: extrasOf({ locked: ip.locked, projectId: ip.project_id }),
    address: ip.ip,
    vmId: ip.droplet ? globalId(owner, 'vm', String(ip.droplet.id)) : null,
    networkInterfaceId: null,
    allocation: 'reserved',
  };
}

function ruleOf(direction: SecurityRule['direction'], rule: DoFirewallRule, targets: DoFirewallTargets | undefined): SecurityRule {
  const [fromPort, toPort] = portsOf(rule);
  return {
    direction,
    protocol: rule.protocol,
    fromPort,
    toPort,
    icmpType: null,
    icmpCode: null,
    sources: targets?.addresses ?? [],
    action: 'ALLOW',
    priority: null,
    description: otherTargets(targets),
  };
}

/** "22" → 22–22, "8000-9000" → 8000–9000, "all" or "0" → every port; ICMP has none. */
function portsOf(rule: DoFirewallRule): [number | null, number | null] {
  if (rule.protocol === 'icmp' || rule.ports === undefined) return [null, null];
  if (rule.ports === 'all' || rule.ports === '0') return [0, 65535];
  const [from, to] = rule.ports.split('-').map(Number);
  if (from === undefined || !Number.isInteger(from)) return [null, null];
  return [from, to !== undefined && Number.isInteger(to) ? to : from];
}

/** The rule's targets that are not addresses (droplets, tags, load balancers, clusters), in words; null when none. */
function otherTargets(targets: DoFirewallTargets | undefined): string | null {
  const parts = [
    ['droplets', targets?.droplet_ids?.map(String)],
    ['tags', targets?.tags],
    ['load balancers', targets?.load_balancer_uids],
    ['Kubernetes clusters', targets?.kubernetes_ids],
  ] as const;
  const said = parts.filter(([, values]) => values && values.length > 0).map(([name, values]) => `${name}: ${values!.join(', ')}`);
  return said.length > 0 ? said.join('; ') : null;
}
