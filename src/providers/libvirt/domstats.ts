// `virsh domstats --raw` for every domain of a host at once: one block per domain,
//   Domain: 'web-1'
//     state.state=1
//     cpu.time=486629513000
//     balloon.current=2097152
//     block.0.rd.bytes=…   net.0.rx.bytes=…
// read into each domain's fields. Which fields there are depends on the hypervisor and the
// domain (a shut-off domain has only its state; libvirt's test driver gives only the state).

export interface DomainStats {
  name: string;
  fields: Map<string, string>;
}

export function parseDomstats(output: string): DomainStats[] {
  const domains: DomainStats[] = [];
  let current: DomainStats | null = null;
  for (const line of output.split('\n')) {
    const header = /^Domain: '(.*)'\s*$/.exec(line);
    if (header) {
      current = { name: header[1]!, fields: new Map() };
      domains.push(current);
      continue;
    }
    const field = /^\s+([^=\s]+)=(.*)$/.exec(line);
    if (field && current) current.fields.set(field[1]!, field[2]!);
  }
  return domains;
}

/** A numeric field, or null when absent or not a number. */
export function numberField(stats: DomainStats, key: string): number | null {
  const raw = stats.fields.get(key);
  if (raw === undefined || raw.trim() === '') return null;
  const value = Number(raw);
  return Number.isFinite(value) ? value : null;
}

/** The sum of `<prefix>.<i>.<suffix>` over `<prefix>.count` entries (every disk's, every NIC's), null when none reports it. */
export function summedField(stats: DomainStats, prefix: 'block' | 'net', suffix: string): number | null {
  const count = numberField(stats, `${prefix}.count`) ?? 0;
  let sum: number | null = null;
  for (let i = 0; i < count; i++) {
    const value = numberField(stats, `${prefix}.${i}.${suffix}`);
    if (value !== null) sum = (sum ?? 0) + value;
  }
  return sum;
}
