// Model metrics from a domain's domstats samples (samples.ts, ../counter-samples.ts): each point is
// what changed between two consecutive samples, at the later one.
//   CPU_UTILIZATION    Δ cpu.time ÷ (Δt × vCPUs), %;
//   NETWORK_IN/OUT     Δ of every NIC's rx.bytes / tx.bytes;
//   DISK_READ/WRITE_BYTES, DISK_READ/WRITE_OPS  Δ of every disk's rd/wr bytes and requests;
//   MEMORY_UTILIZATION 100 × (1 − unused ÷ available), as the guest's balloon driver reports it.
// A series whose field the host never reported is unavailable (memory without the balloon driver;
// libvirt's test driver reports no counters). Native names are not offered.
import { counterDelta, counterSeries, type CounterReading } from '../counter-samples.js';
import { planInScope } from '../metric-plan.js';
import { roundMetric } from '../metric-points.js';
import type { MetricName, MetricRequest, MetricSeries, Scope } from '../types.js';
import type { DomainSample } from './samples.js';

export const METRICS_OPERATION = 'domstats';

const READINGS: Record<MetricName, CounterReading<DomainSample>> = {
  CPU_UTILIZATION: {
    nativeName: 'cpu.time',
    adds: false,
    reported: (s) => s.cpuTime !== null,
    value: (a, b) => (a.cpuTime === null || b.cpuTime === null || !b.vcpus || b.cpuTime < a.cpuTime ? null : roundMetric((100 * (b.cpuTime - a.cpuTime)) / ((b.at - a.at) * 1e9 * b.vcpus))),
  },
  NETWORK_IN_BYTES: counterDelta('net.*.rx.bytes', (s) => s.netRx),
  NETWORK_OUT_BYTES: counterDelta('net.*.tx.bytes', (s) => s.netTx),
  DISK_READ_BYTES: counterDelta('block.*.rd.bytes', (s) => s.blockRead),
  DISK_WRITE_BYTES: counterDelta('block.*.wr.bytes', (s) => s.blockWritten),
  DISK_READ_OPS: counterDelta('block.*.rd.reqs', (s) => s.blockReads),
  DISK_WRITE_OPS: counterDelta('block.*.wr.reqs', (s) => s.blockWrites),
  MEMORY_UTILIZATION: {
    nativeName: 'balloon.unused',
    adds: false,
    reported: (s) => s.memoryAvailable !== null,
    value: (_a, b) => (b.memoryAvailable && b.memoryUnused !== null ? roundMetric(100 * (1 - b.memoryUnused / b.memoryAvailable)) : null),
  },
};

export function seriesFor(owner: Scope, request: MetricRequest, samplesOf: (uuid: string) => readonly DomainSample[]): MetricSeries[] {
  const check = { holds: (id: { provider: string; account: string }) => id.provider === 'libvirt' && id.account === owner.account, describe: `host ${owner.account}` };
  return request.queries.map((query) => {
    const { uuid } = planInScope(owner, METRICS_OPERATION, query, check, (id) => ({ uuid: id.nativeId }));
    return counterSeries(query, samplesOf(uuid), request, query.name ? READINGS[query.name] : undefined);
  });
}
