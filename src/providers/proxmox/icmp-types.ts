// ICMP type names as Proxmox VE's firewall takes them (iptables' and ip6tables' names), to the
// numbers the model carries. A name stands for a type ("echo-request" → 8) or a type and code
// ("port-unreachable" → 3/3); Proxmox also takes plain numbers, "8" or "3/4". IPv4 and IPv6
// number the same things differently (echo-request is 8 and 128).

export interface IcmpMatch {
  type: number | null;
  code: number | null;
}

const V4: Record<string, string> = {
  'echo-reply': '0',
  'destination-unreachable': '3',
  'network-unreachable': '3/0',
  'host-unreachable': '3/1',
  'protocol-unreachable': '3/2',
  'port-unreachable': '3/3',
  'fragmentation-needed': '3/4',
  'source-route-failed': '3/5',
  'network-unknown': '3/6',
  'host-unknown': '3/7',
  'network-prohibited': '3/9',
  'host-prohibited': '3/10',
  'TOS-network-unreachable': '3/11',
  'TOS-host-unreachable': '3/12',
  'communication-prohibited': '3/13',
  'host-precedence-violation': '3/14',
  'precedence-cutoff': '3/15',
  'source-quench': '4',
  redirect: '5',
  'network-redirect': '5/0',
  'host-redirect': '5/1',
  'TOS-network-redirect': '5/2',
  'TOS-host-redirect': '5/3',
  'echo-request': '8',
  'router-advertisement': '9',
  'router-solicitation': '10',
  'time-exceeded': '11',
  'ttl-zero-during-transit': '11/0',
  'ttl-zero-during-reassembly': '11/1',
  'parameter-problem': '12',
  'ip-header-bad': '12/0',
  'required-option-missing': '12/1',
  'timestamp-request': '13',
  'timestamp-reply': '14',
  'address-mask-request': '17',
  'address-mask-reply': '18',
};

const V6: Record<string, string> = {
  'destination-unreachable': '1',
  'no-route': '1/0',
  'communication-prohibited': '1/1',
  'beyond-scope': '1/2',
  'address-unreachable': '1/3',
  'port-unreachable': '1/4',
  'failed-policy': '1/5',
  'reject-route': '1/6',
  'packet-too-big': '2',
  'time-exceeded': '3',
  'ttl-zero-during-transit': '3/0',
  'ttl-zero-during-reassembly': '3/1',
  'parameter-problem': '4',
  'bad-header': '4/0',
  'unknown-header-type': '4/1',
  'unknown-option': '4/2',
  'echo-request': '128',
  'echo-reply': '129',
  'router-solicitation': '133',
  'router-advertisement': '134',
  'neighbour-solicitation': '135',
  'neighbor-solicitation': '135',
  'neighbour-advertisement': '136',
  'neighbor-advertisement': '136',
  redirect: '137',
};

const IPV6_PROTOCOLS = new Set(['icmpv6', 'ipv6-icmp', '58']);

/** An ICMP type (name or number, with its code) for a protocol; null when the name is not known. */
export function icmpMatchOf(protocol: string, typeName: string): IcmpMatch | null {
  if (typeName === 'any') return { type: null, code: null };
  const names = IPV6_PROTOCOLS.has(protocol.toLowerCase()) ? V6 : V4;
  const numeric = /^\d+(\/\d+)?$/.test(typeName) ? typeName : names[typeName];
  if (numeric === undefined) return null;
  const [type, code] = numeric.split('/').map(Number);
  return { type: type!, code: code ?? null };
}

export function isIcmp(protocol: string): boolean {
  return protocol.toLowerCase() === 'icmp' || protocol === '1' || IPV6_PROTOCOLS.has(protocol.toLowerCase());
}
