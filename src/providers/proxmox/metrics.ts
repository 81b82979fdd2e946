// Model metrics → a guest's RRD data (`…/rrddata?timeframe=…&cf=AVERAGE`): one call per guest
// answers every metric asked of it (plus the one cluster/resources that says on which node and of
// which type each guest is). The timeframe is the shortest whose 70 points reach back to `from`
// (hour: 1-minute points, day: 30 minutes, week: 3 hours, month: 12 hours, year: a week; the step
// is read from the answer's own timestamps); a `period` longer than the step merges points
// (percentages averaged, bytes added up), a shorter one is answered at the step. A guest whose
// read fails fails only its own series.
//   CPU_UTILIZATION    `cpu` (a fraction of the guest's CPUs) × 100;
//   MEMORY_UTILIZATION `mem` / `maxmem` × 100;
//   NETWORK_IN/OUT     `netin` / `netout` (bytes per second) × the step: bytes per interval;
//   DISK_READ/WRITE_BYTES `diskread` / `diskwrite` likewise;
// and any native field by its own name (`mem`, `disk`, …), as the API gives it. Disk operations
// Proxmox does not record: those series are unavailable. A guest not listed, or on a node that
// does not answer, has no series (unavailable), for no call.
import { ProviderError } from '../errors.js';
import { planInScope, seriesOrFailure } from '../metric-plan.js';
import { intoPeriods, roundMetric } from '../metric-points.js';
import { METRIC_UNITS, type MetricName, type MetricQuery, type MetricRequest, type MetricSeries, type Scope } from '../types.js';
import { guestPath } from './inventory.js';
import type { ClusterReads } from './reads.js';
import type { PveResource, PveRrdPoint } from './wire.js';

export const METRICS_OPERATION = 'rrddata';

const TIMEFRAMES = [
  ['hour', 60],
  ['day', 1_800],
  ['week', 10_800],
  ['month', 43_200],
  ['year', 604_800],
] as const;
const POINTS = 70;

type Reading = { field: keyof PveRrdPoint; value(point: PveRrdPoint, step: number): number | undefined; adds: boolean };

const rate = (field: 'netin' | 'netout' | 'diskread' | 'diskwrite'): Reading => ({ field, value: (p, step) => (p[field] === undefined ? undefined : Math.round(p[field]! * step)), adds: true });

const ANSWERED: Partial<Record<MetricName, Reading>> = {
  CPU_UTILIZATION: { field: 'cpu', value: (p) => (p.cpu === undefined ? undefined : roundMetric(p.cpu * 100)), adds: false },
  MEMORY_UTILIZATION: { field: 'mem', value: (p) => (p.mem === undefined || !p.maxmem ? undefined : roundMetric((100 * p.mem) / p.maxmem)), adds: false },
  NETWORK_IN_BYTES: rate('netin'),
  NETWORK_OUT_BYTES: rate('netout'),
  DISK_READ_BYTES: rate('diskread'),
  DISK_WRITE_BYTES: rate('diskwrite'),
};

export async function getMetrics(reads: ClusterReads, request: MetricRequest): Promise<MetricSeries[]> {
  const { owner } = reads;
  const check = { holds: (id: { provider: string; account: string }) => id.provider === 'proxmox' && id.account === owner.account, describe: `cluster ${owner.account}` };
  const planned = request.queries.map((query) => planInScope(owner, METRICS_OPERATION, query, check, (id) => ({ query, vmid: Number(id.nativeId) })));
  const inventory = await reads.inventory(true);
  const online = new Set(inventory.onlineNodes);
  const guests = new Map(inventory.guests.filter((g) => online.has(g.node)).map((g) => [g.vmid, g]));
  const [timeframe, step] = timeframeFor(request.from, reads.now());
  const answers = new Map<number, Promise<PveRrdPoint[]>>();
  const pointsOf = (guest: PveResource) => {
    let pending = answers.get(guest.vmid);
    if (!pending) {
      pending = reads.get<PveRrdPoint[]>(`${guest.type}.rrddata`, `${guestPath(guest)}/rrddata`, { timeframe, cf: 'AVERAGE' });
      answers.set(guest.vmid, pending);
    }
    return pending;
  };
  return Promise.all(
    planned.map(({ query, vmid }) => {
      const guest = guests.get(vmid);
      const unit = query.name ? METRIC_UNITS[query.name] : '';
      return seriesOrFailure(query, query.nativeName ?? ANSWERED[query.name!]?.field ?? '', unit, async () => seriesOf(owner, query, guest ? await pointsOf(guest) : null, request, step));
    }),
  );
}

function seriesOf(owner: Scope, query: MetricQuery, rrd: PveRrdPoint[] | null, request: MetricRequest, nominalStep: number): MetricSeries {
  const step = stepOf(rrd ?? [], nominalStep);
  // Points come no closer than the RRD's step: a shorter period is answered at the step, and says so.
  const base = { resourceId: query.resourceId, name: query.name, period: Math.max(query.period, step) };
  const inRange = (rrd ?? []).filter((p) => p.time * 1000 >= request.from.getTime() && p.time * 1000 <= request.to.getTime());
  if (query.name === null) {
    const field = (query.nativeName ?? '') as keyof PveRrdPoint;
    if (!/^[a-z]+$/.test(field)) throw new ProviderError('INVALID_INPUT', owner, METRICS_OPERATION, null, `"${field}" is not a Proxmox RRD field`);
    const points = intoPeriods(inRange.flatMap((p) => (typeof p[field] === 'number' ? [{ time: p.time, value: p[field] as number }] : [])), step, query.period, false);
    return { ...base, nativeName: field, unit: '', points, available: points.length > 0 };
  }
  const reading = ANSWERED[query.name];
  if (!reading || rrd === null) return { ...base, nativeName: reading?.field ?? '', unit: METRIC_UNITS[query.name], points: [], available: false };
  const values = inRange.flatMap((p) => {
    const value = reading.value(p, step);
    return value === undefined ? [] : [{ time: p.time, value }];
  });
  return { ...base, nativeName: reading.field, unit: METRIC_UNITS[query.name], points: intoPeriods(values, step, query.period, reading.adds), available: true };
}

/** The RRD's step, from its own timestamps (RRD files created by other Proxmox versions may differ); else the timeframe's usual one. */
function stepOf(rrd: readonly PveRrdPoint[], nominal: number): number {
  for (let i = 1; i < rrd.length; i++) {
    const gap = rrd[i]!.time - rrd[i - 1]!.time;
    if (gap > 0) return gap;
  }
  return nominal;
}

/** The shortest timeframe whose points reach back to `from`. */
function timeframeFor(from: Date, now: Date): readonly [string, number] {
  const back = (now.getTime() - from.getTime()) / 1000;
  return TIMEFRAMES.find(([, step]) => step * POINTS >= back) ?? TIMEFRAMES[TIMEFRAMES.length - 1]!;
}

