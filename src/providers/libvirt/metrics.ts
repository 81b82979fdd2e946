// Model metrics from a domain's samples (samples.ts): each point is what changed between two
// consecutive samples, at the later one; a counter that went back (the domain restarted) gives
// no point for that interval.
//   CPU_UTILIZATION    Δ cpu.time ÷ (Δt × vCPUs), %;
//   NETWORK_IN/OUT     Δ of every NIC's rx.bytes / tx.bytes;
//   DISK_READ/WRITE_BYTES, DISK_READ/WRITE_OPS  Δ of every disk's rd/wr bytes and requests;
//   MEMORY_UTILIZATION 100 × (1 − unused ÷ available), as the guest's balloon driver reports it
//                      (unavailable without the driver).
// A series whose field the host never reported is unavailable.
// A request first samples the host (one domstats run), so the latest interval is in. Native
// names are not offered (libvirt's fields are counters, not series): those series are unavailable.
import { planInScope } from '../metric-plan.js';
import { intoPeriods, roundMetric, type TimedValue } from '../metric-points.js';
import { METRIC_UNITS, type MetricName, type MetricQuery, type MetricRequest, type MetricSeries, type Scope } from '../types.js';
import type { Sample } from './samples.js';

export const METRICS_OPERATION = 'domstats';

type Reading = { nativeName: string; adds: boolean; field: keyof Sample; value(a: Sample, b: Sample): number | null };

const delta = (field: keyof Sample, nativeName: string): Reading => ({
  nativeName,
  adds: true,
  field,
  value: (a, b) => (a[field] === null || b[field] === null || b[field]! < a[field]! ? null : b[field]! - a[field]!),
});

const READINGS: Record<MetricName, Reading> = {
  CPU_UTILIZATION: {
    nativeName: 'cpu.time',
    adds: false,
    field: 'cpuTime',
    value: (a, b) => (a.cpuTime === null || b.cpuTime === null || !b.vcpus || b.cpuTime < a.cpuTime ? null : roundMetric((100 * (b.cpuTime - a.cpuTime)) / ((b.at - a.at) * 1e9 * b.vcpus))),
  },
  NETWORK_IN_BYTES: delta('netRx', 'net.*.rx.bytes'),
  NETWORK_OUT_BYTES: delta('netTx', 'net.*.tx.bytes'),
  DISK_READ_BYTES: delta('blockRead', 'block.*.rd.bytes'),
  DISK_WRITE_BYTES: delta('blockWritten', 'block.*.wr.bytes'),
  DISK_READ_OPS: delta('blockReads', 'block.*.rd.reqs'),
  DISK_WRITE_OPS: delta('blockWrites', 'block.*.wr.reqs'),
  MEMORY_UTILIZATION: {
    nativeName: 'balloon.unused',
    adds: false,
    field: 'memoryAvailable',
    value: (_a, b) => (b.memoryAvailable && b.memoryUnused !== null ? roundMetric(100 * (1 - b.memoryUnused / b.memoryAvailable)) : null),
  },
};

export function seriesFor(owner: Scope, request: MetricRequest, samplesOf: (uuid: string) => readonly Sample[]): MetricSeries[] {
  const check = { holds: (id: { provider: string; account: string }) => id.provider === 'libvirt' && id.account === owner.account, describe: `host ${owner.account}` };
  return request.queries.map((query) => {
    const { uuid } = planInScope(owner, METRICS_OPERATION, query, check, (id) => ({ uuid: id.nativeId }));
    return seriesOf(query, samplesOf(uuid), request);
  });
}

function seriesOf(query: MetricQuery, samples: readonly Sample[], request: MetricRequest): MetricSeries {
  const base = { resourceId: query.resourceId, name: query.name, period: query.period };
  const reading = query.name === null ? null : READINGS[query.name];
  if (!reading || query.name === null) return { ...base, nativeName: query.nativeName ?? '', unit: query.name ? METRIC_UNITS[query.name] : '', points: [], available: false };
  const from = request.from.getTime() / 1000;
  const to = request.to.getTime() / 1000;
  const values: TimedValue[] = [];
  let step = Infinity;
  for (let i = 1; i < samples.length; i++) {
    const [a, b] = [samples[i - 1]!, samples[i]!];
    if (b.at < from || b.at > to) continue;
    const value = reading.value(a, b);
    if (value === null) continue;
    values.push({ time: b.at, value });
    step = Math.min(step, b.at - a.at);
  }
  // A field the hypervisor never reported (memory without the balloon driver; libvirt's test driver reports none).
  const reported = samples.some((sample) => sample[reading.field] !== null);
  return { ...base, nativeName: reading.nativeName, unit: METRIC_UNITS[query.name], points: intoPeriods(values, step, query.period, reading.adds), available: reported };
}
