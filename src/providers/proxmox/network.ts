// Node bridges → Network, cluster firewall security groups → SecurityGroup. Guests attach to a
// node's Linux or OVS bridge, so each bridge is a network, named `<node>/<iface>` (vmbr0 on two
// nodes are two bridges); its address, when it has one, is its range. Proxmox has no subnets,
// public IP or NIC resources. A security group's rules are ACCEPT, DROP or REJECT (DENY for the
// model), `in` or `out`; disabled rules do not apply and are left out; a rule that includes
// another group names it in its description.
import { networkCidr } from '../cidr.js';
import { extrasOf, resourceBase } from '../common.js';
import type { Network, Scope, SecurityGroup, SecurityRule } from '../types.js';
import type { PveFirewallGroup, PveFirewallRule, PveNetworkInterface } from './wire.js';

export const BRIDGE_TYPES = new Set(['bridge', 'OVSBridge']);

export function mapBridge(owner: Scope, node: string, bridge: PveNetworkInterface): Network {
  return {
    ...resourceBase(owner, 'network', `${node}/${bridge.iface}`, bridge.iface, []),
    extras: extrasOf({ node, type: bridge.type, ports: bridge.bridge_ports, vlanAware: bridge.bridge_vlan_aware === 1, gateway: bridge.gateway, comments: bridge.comments?.trim(), autostart: bridge.autostart === 1 }),
    cidrBlocks: [bridge.cidr, bridge.cidr6].filter((c): c is string => Boolean(c)).map((cidr) => (cidr.includes('/') ? networkCidr(cidr.split('/')[0]!, Number(cidr.split('/')[1])) : cidr)),
    isDefault: bridge.iface === 'vmbr0',
    providerState: bridge.active === 1 ? 'active' : 'inactive',
  };
}

export function mapFirewallGroup(owner: Scope, group: PveFirewallGroup, rules: readonly PveFirewallRule[]): SecurityGroup {
  return {
    ...resourceBase(owner, 'securityGroup', group.group, group.group, []),
    extras: extrasOf({ digest: group.digest }),
    networkId: null,
    description: group.comment?.trim() || null,
    rules: rules.filter((r) => r.enable !== 0 && (r.type === 'in' || r.type === 'out' || r.type === 'group')).map(ruleOf),
  };
}

function ruleOf(rule: PveFirewallRule): SecurityRule {
  const [fromPort, toPort] = portsOf(rule.dport);
  const address = rule.type === 'out' ? rule.dest : rule.source;
  return {
    direction: rule.type === 'out' ? 'EGRESS' : 'INGRESS',
    protocol: rule.proto ?? 'all',
    fromPort,
    toPort,
    icmpType: rule.icmp_type && /^\d+$/.test(rule.icmp_type) ? Number(rule.icmp_type) : null,
    icmpCode: null,
    sources: address ? address.split(',').map((a) => a.trim()) : [],
    action: rule.action === 'ACCEPT' ? 'ALLOW' : 'DENY',
    priority: rule.pos,
    description: [rule.type === 'group' ? `includes group ${rule.action}` : null, rule.dport?.includes(',') ? `ports ${rule.dport}` : null, rule.comment?.trim() || null].filter(Boolean).join('; ') || null,
  };
}

/** "22" → 22–22, "6379:6380" → 6379–6380; a list ("80,443") spans its lowest to highest (the description keeps the list); none: every port. */
function portsOf(dport: string | undefined): [number | null, number | null] {
  if (!dport) return [null, null];
  const numbers = dport.split(/[,:]/).map(Number).filter(Number.isInteger);
  if (numbers.length === 0) return [null, null];
  return [Math.min(...numbers), Math.max(...numbers)];
}
