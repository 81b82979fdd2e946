// Cluster firewall security groups → SecurityGroup. A rule is `in` or `out`, ACCEPT or DROP/REJECT
// (DENY for the model); disabled rules do not apply and are left out. A rule naming a macro
// (`SSH(ACCEPT)`: `macro: "SSH"`) becomes one model rule per protocol and port the macro stands
// for; ICMP rules carry their type (`icmp-type`, a name or number). A `group` rule includes another
// security group rather than matching traffic: it is no rule of its own, and the group's extras
// name what it includes (`includes`).
import { extrasOf, resourceBase } from '../common.js';
import type { Scope, SecurityGroup, SecurityRule } from '../types.js';
import { macroMatches, type MacroMatch } from './firewall-macros.js';
import { icmpMatchOf, isIcmp } from './icmp-types.js';
import type { PveFirewallGroup, PveFirewallRule } from './wire.js';

export function mapFirewallGroup(owner: Scope, group: PveFirewallGroup, rules: readonly PveFirewallRule[]): SecurityGroup {
  const enabled = rules.filter((r) => r.enable !== 0);
  const includes = enabled.filter((r) => r.type === 'group').map((r) => r.action);
  return {
    ...resourceBase(owner, 'securityGroup', group.group, group.group, []),
    extras: extrasOf({ digest: group.digest, includes: includes.join(',') }),
    networkId: null,
    description: group.comment?.trim() || null,
    rules: enabled.filter((r) => r.type === 'in' || r.type === 'out').flatMap(rulesOf),
  };
}

function rulesOf(rule: PveFirewallRule): SecurityRule[] {
  if (!rule.macro) return [ruleFor(rule, { protocol: rule.proto ?? 'all', port: rule.proto && isIcmp(rule.proto) ? rule['icmp-type'] : rule.dport }, [])];
  const matches = macroMatches(rule.macro);
  if (!matches) return [ruleFor(rule, { protocol: 'all' }, [`macro ${rule.macro}, unknown to FleetGraph: its protocols and ports are not shown`])];
  return matches.map((match) => ruleFor(rule, match, [`macro ${rule.macro}`]));
}

function ruleFor(rule: PveFirewallRule, match: MacroMatch, notes: string[]): SecurityRule {
  const address = rule.type === 'out' ? rule.dest : rule.source;
  const icmp = isIcmp(match.protocol) && match.port ? icmpMatchOf(match.protocol, match.port) : null;
  const [fromPort, toPort] = isIcmp(match.protocol) ? [null, null] : portsOf(match.port);
  return {
    direction: rule.type === 'out' ? 'EGRESS' : 'INGRESS',
    protocol: match.protocol,
    fromPort,
    toPort,
    icmpType: icmp?.type ?? null,
    icmpCode: icmp?.code ?? null,
    sources: address ? address.split(',').map((a) => a.trim()) : [],
    action: rule.action === 'ACCEPT' ? 'ALLOW' : 'DENY',
    priority: rule.pos,
    description: describe(notes, match, icmp === null && isIcmp(match.protocol) ? match.port : undefined, rule.comment),
  };
}

function describe(notes: string[], match: MacroMatch, unknownIcmpType: string | undefined, comment: string | undefined): string | null {
  const parts = [
    ...notes,
    !isIcmp(match.protocol) && match.port && !/^\d+(:\d+)?$/.test(match.port) ? `ports ${match.port}` : null,
    unknownIcmpType ? `ICMP type ${unknownIcmpType}` : null,
    comment?.trim() || null,
  ];
  return parts.filter(Boolean).join('; ') || null;
}

/**
 * "22" → 22–22, "6379:6380" → 6379–6380; a list ("80,443") spans its lowest to highest, and a
 * service name ("ssh") gives no numbers: the description keeps what was written. None: every port.
 */
function portsOf(dport: string | undefined): [number | null, number | null] {
  if (!dport) return [null, null];
  const numbers = dport.split(/[,:]/).map(Number).filter(Number.isInteger);
  if (numbers.length === 0) return [null, null];
  return [Math.min(...numbers), Math.max(...numbers)];
}
