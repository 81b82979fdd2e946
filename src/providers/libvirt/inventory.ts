// A host's domains: one `domstats --raw` (every domain's state and counters at once), then one run
// of `dumpxml` for all of them (their size, disks and NICs) — two virsh runs per host whatever
// the number of domains. A domain gone between the two reads is left out; one that appeared in
// between waits for the next listing. Each domstats read is also a metrics sample (samples.ts).
import { parseDomainXmls, type DomainSpec } from './domain-xml.js';
import { parseDomstats, type DomainStats } from './domstats.js';
import { quoted, type Virsh } from './virsh.js';

export const DOMSTATS_OPERATION = 'domstats';
export const DUMPXML_OPERATION = 'dumpxml';

export interface HostDomain {
  spec: DomainSpec;
  stats: DomainStats;
}

export async function readDomstats(virsh: Virsh): Promise<DomainStats[]> {
  return parseDomstats((await virsh.run(DOMSTATS_OPERATION, ['domstats --raw'])).stdout);
}

export async function readDomains(virsh: Virsh, stats: DomainStats[]): Promise<HostDomain[]> {
  if (stats.length === 0) return [];
  const output = await virsh.run(DUMPXML_OPERATION, stats.map((s) => `dumpxml --domain ${quoted(s.name)}`));
  const specs = new Map(parseDomainXmls(output.stdout).map((spec) => [spec.name, spec]));
  return stats.flatMap((s) => {
    const spec = specs.get(s.name);
    return spec ? [{ spec, stats: s }] : [];
  });
}
