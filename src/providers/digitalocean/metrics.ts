// Model metrics → DigitalOcean Monitoring (`/v2/monitoring/metrics/droplet/<metric>`), a
// Prometheus range query per droplet and metric: the API takes one `host_id` per request, so the
// floor is one call per droplet and metric (two for memory: total and available). Answered:
//   CPU_UTILIZATION    `cpu`: cumulative CPU seconds per mode; the busy share of each interval, %;
//   NETWORK_IN/OUT     `bandwidth` (public interface, inbound/outbound): Mbps → bytes per interval;
//   MEMORY_UTILIZATION `memory_total` and `memory_available`: the share in use, % (needs the agent);
// and any native metric by its own name (`load_1`, `filesystem_free`, …), as the API gives it.
// Disk throughput and operations the API does not offer: those series are unavailable, uncalled.
// A call that fails (a 429 once the per-minute budget is spent) fails only the series it feeds.
import { ProviderError } from '../errors.js';
import { planInScope, seriesOrFailure } from '../metric-plan.js';
import { METRIC_UNITS, type MetricName, type MetricPoint, type MetricQuery, type MetricRequest, type MetricSeries, type Scope } from '../types.js';
import type { DoClient } from './client.js';
import type { DoMetricsAnswer } from './wire.js';

export const METRICS_OPERATION = 'monitoring.metrics';

type Series = { metric: Record<string, string>; values: [number, number][] };
type Fetch = (metric: string, extra?: Record<string, string>) => Promise<Series[]>;

const ANSWERED: Partial<Record<MetricName, { nativeName: string; read(fetch: Fetch): Promise<MetricPoint[]> }>> = {
  CPU_UTILIZATION: { nativeName: 'cpu', read: async (fetch) => cpuBusyPercent(await fetch('cpu')) },
  NETWORK_IN_BYTES: { nativeName: 'bandwidth', read: async (fetch) => mbpsToBytes(await fetch('bandwidth', { interface: 'public', direction: 'inbound' })) },
  NETWORK_OUT_BYTES: { nativeName: 'bandwidth', read: async (fetch) => mbpsToBytes(await fetch('bandwidth', { interface: 'public', direction: 'outbound' })) },
  MEMORY_UTILIZATION: {
    nativeName: 'memory_available',
    read: async (fetch) => memoryUsedPercent(...(await Promise.all([fetch('memory_total'), fetch('memory_available')]))),
  },
};

export async function getMetrics(scope: Scope, client: Pick<DoClient, 'get'>, request: MetricRequest): Promise<MetricSeries[]> {
  const check = { holds: (id: { provider: string; account: string }) => id.provider === 'digitalocean' && id.account === scope.account, describe: `team ${scope.account}` };
  const planned = request.queries.map((query) => planInScope(scope, METRICS_OPERATION, query, check, (id) => ({ query, dropletId: id.nativeId })));
  return Promise.all(
    planned.map(({ query, dropletId }) =>
      seriesOrFailure(query, query.nativeName ?? ANSWERED[query.name!]?.nativeName ?? '', query.name ? METRIC_UNITS[query.name] : '', () => seriesOf(scope, client, request, query, dropletId)),
    ),
  );
}

async function seriesOf(scope: Scope, client: Pick<DoClient, 'get'>, request: MetricRequest, query: MetricQuery, dropletId: string): Promise<MetricSeries> {
  const fetch: Fetch = async (metric, extra = {}) => {
    const answer = await client.get<DoMetricsAnswer>(`monitoring.droplet.${metric}`, `monitoring/metrics/droplet/${metric}`, {
      host_id: dropletId,
      start: String(Math.floor(request.from.getTime() / 1000)),
      end: String(Math.floor(request.to.getTime() / 1000)),
      ...extra,
    });
    return (answer.data?.result ?? []).map((r) => ({ metric: r.metric ?? {}, values: (r.values ?? []).map(([t, v]) => [t, Number(v)] as [number, number]) }));
  };
  const base = { resourceId: query.resourceId, name: query.name, period: query.period };
  if (query.name === null) {
    const nativeName = query.nativeName ?? '';
    if (!/^[a-z0-9_]+$/.test(nativeName)) throw new ProviderError('INVALID_INPUT', scope, METRICS_OPERATION, null, `"${nativeName}" is not a DigitalOcean droplet metric name`);
    const points = sumByTime(await fetch(nativeName));
    return { ...base, nativeName, unit: '', points, available: points.length > 0 };
  }
  const answered = ANSWERED[query.name];
  if (!answered) return { ...base, nativeName: '', unit: METRIC_UNITS[query.name], points: [], available: false };
  const points = await answered.read(fetch);
  return { ...base, nativeName: answered.nativeName, unit: METRIC_UNITS[query.name], points, available: points.length > 0 || query.name !== 'MEMORY_UTILIZATION' };
}

/** Per interval between two samples: 100 × (1 − idle seconds / all seconds), over every CPU and mode. */
function cpuBusyPercent(series: Series[]): MetricPoint[] {
  const idle = sumByTime(series.filter((s) => s.metric.mode === 'idle'));
  const all = sumByTime(series);
  const idleAt = new Map(idle.map((p) => [p.timestamp.getTime(), p.value]));
  const points: MetricPoint[] = [];
  for (let i = 1; i < all.length; i++) {
    const spent = all[i]!.value - all[i - 1]!.value;
    const idled = (idleAt.get(all[i]!.timestamp.getTime()) ?? 0) - (idleAt.get(all[i - 1]!.timestamp.getTime()) ?? 0);
    // A counter reset (the droplet rebooted) shows as a negative interval: no point for it.
    if (spent > 0 && idled >= 0) points.push({ timestamp: all[i]!.timestamp, value: round(100 * (1 - idled / spent)) });
  }
  return points;
}

/** Mbps samples → bytes moved in each interval up to the sample (the first sample has none before it). */
function mbpsToBytes(series: Series[]): MetricPoint[] {
  const rates = sumByTime(series);
  return rates.slice(1).map((point, i) => ({
    timestamp: point.timestamp,
    value: Math.round((point.value * 1_000_000) / 8 * ((point.timestamp.getTime() - rates[i]!.timestamp.getTime()) / 1000)),
  }));
}

function memoryUsedPercent(total: Series[], available: Series[]): MetricPoint[] {
  const availableAt = new Map(sumByTime(available).map((p) => [p.timestamp.getTime(), p.value]));
  return sumByTime(total).flatMap((point) => {
    const free = availableAt.get(point.timestamp.getTime());
    return free === undefined || point.value <= 0 ? [] : [{ timestamp: point.timestamp, value: round(100 * (1 - free / point.value)) }];
  });
}

/** The series added up per timestamp (one droplet's CPUs, modes or interfaces), in time order. */
function sumByTime(series: Series[]): MetricPoint[] {
  const sums = new Map<number, number>();
  for (const s of series) for (const [t, v] of s.values) if (Number.isFinite(v)) sums.set(t, (sums.get(t) ?? 0) + v);
  return [...sums.entries()].sort(([a], [b]) => a - b).map(([t, value]) => ({ timestamp: new Date(t * 1000), value }));
}

const round = (value: number) => Math.round(value * 1000) / 1000;
