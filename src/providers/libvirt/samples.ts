// A domain's counters as one domstats read gives them: a metrics sample (../counter-samples.ts).
// Every listing and every metrics request samples the whole host in its one domstats run.
import { numberField, summedField, type DomainStats } from './domstats.js';

export interface DomainSample {
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

export function sampleOf(stats: DomainStats, at: number): DomainSample {
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
