// libvirt keeps no history: domstats gives counters as they are now (CPU time, bytes and requests
// per disk and NIC) and the guest's memory as last reported. So each host's reads are kept as
// samples, per domain, in this process — every listing and every metrics request samples the
// whole host in its one domstats run — and a series is what changed between consecutive samples.
// History therefore starts with the process; a domain keeps at most MAX_SAMPLES, and samples
// closer than MIN_SPACING_S to the previous one are not kept.
import { numberField, summedField, type DomainStats } from './domstats.js';

export const MAX_SAMPLES = 240;
const MIN_SPACING_S = 10;

export interface Sample {
  /** Unix seconds */
  at: number;
  /** ns of CPU time, all vCPUs */
  cpuTime: number | null;
  vcpus: number | null;
  netRx: number | null;
  netTx: number | null;
  blockRead: number | null;
  blockWritten: number | null;
  blockReads: number | null;
  blockWrites: number | null;
  /** KiB, as the guest's balloon driver reports them */
  memoryAvailable: number | null;
  memoryUnused: number | null;
}

export class SampleStore {
  private readonly byDomain = new Map<string, Sample[]>();

  /** Keeps one sample per domain whose UUID is known (`uuidOf` its name). */
  record(stats: readonly DomainStats[], at: number, uuidOf: (name: string) => string | undefined): void {
    for (const domain of stats) {
      const uuid = uuidOf(domain.name);
      if (!uuid) continue;
      const samples = this.byDomain.get(uuid) ?? [];
      if (samples.length > 0 && at - samples[samples.length - 1]!.at < MIN_SPACING_S) continue;
      samples.push(sampleOf(domain, at));
      if (samples.length > MAX_SAMPLES) samples.splice(0, samples.length - MAX_SAMPLES);
      this.byDomain.set(uuid, samples);
    }
  }

  of(uuid: string): readonly Sample[] {
    return this.byDomain.get(uuid) ?? [];
  }
}

function sampleOf(stats: DomainStats, at: number): Sample {
  return {
    at,
    cpuTime: numberField(stats, 'cpu.time'),
    vcpus: numberField(stats, 'vcpu.current'),
    netRx: summedField(stats, 'net', 'rx.bytes'),
    netTx: summedField(stats, 'net', 'tx.bytes'),
    blockRead: summedField(stats, 'block', 'rd.bytes'),
    blockWritten: summedField(stats, 'block', 'wr.bytes'),
    blockReads: summedField(stats, 'block', 'rd.reqs'),
    blockWrites: summedField(stats, 'block', 'wr.reqs'),
    memoryAvailable: numberField(stats, 'balloon.available'),
    memoryUnused: numberField(stats, 'balloon.unused'),
  };
}
