// Model metrics → Cloud Monitoring projects.timeSeries.list over REST. The queries of one request
// are grouped by metric type and period; each group is ONE call (plus its pages): with every VM of
// the group in one filter — `resource.labels.instance_id = one_of("…", "…")` — when that fits in
// MAX_FILTER_LENGTH (about 80 VMs), otherwise for the whole project, keeping only the VMs asked
// for (more data on the wire, but still one call: calls are what quota and cost count). The aggregation aligns each series to
// the requested period (ALIGN_MEAN for gauges, ALIGN_SUM for per-minute deltas) and sums or
// averages the series of one VM (its disks, load-balanced and direct traffic) with a cross-series
// reducer grouped by instance_id. Never one call per VM or per point.
import type { protos } from '@google-cloud/monitoring';
import { unique } from '../common.js';
import { ProviderError } from '../errors.js';
import type { GlobalId } from '../ids.js';
import { MetricInputError, planInScope } from '../metric-plan.js';
import { METRIC_UNITS, type MetricName, type MetricQuery, type MetricRequest, type MetricSeries, type MetricUnit } from '../types.js';
import type { ProjectContext } from './context.js';
import { MAX_FILTER_LENGTH, anyOf } from './filters.js';
import { listInstances } from './instance-kinds.js';
import { int64 } from './labels.js';
import { RESOURCE_NAME, isZone } from './urls.js';

type TimeSeries = protos.google.monitoring.v3.ITimeSeries;

export interface MonitoringMetric {
  type: string;
  /** Extra filter clauses (e.g. the memory `state`). */
  where?: string;
  aligner: 'ALIGN_MEAN' | 'ALIGN_SUM';
  reducer: 'REDUCE_MEAN' | 'REDUCE_SUM';
  /** Multiplies the wire value into the model's unit (CPU: a fraction → percent). */
  scale: number;
  /** Written by the Ops Agent only: no points means no such metric for the VM. */
  agent: boolean;
  unit: MetricUnit | string;
}

const delta = (type: string, name: MetricName): MonitoringMetric => ({
  type: `compute.googleapis.com/instance/${type}`,
  aligner: 'ALIGN_SUM',
  reducer: 'REDUCE_SUM',
  scale: 1,
  agent: false,
  unit: METRIC_UNITS[name],
});

export const VM_METRICS: Record<MetricName, MonitoringMetric> = {
  // A fraction 0–1 on the wire; the model's unit is percent.
  CPU_UTILIZATION: { type: 'compute.googleapis.com/instance/cpu/utilization', aligner: 'ALIGN_MEAN', reducer: 'REDUCE_MEAN', scale: 100, agent: false, unit: 'PERCENT' },
  NETWORK_IN_BYTES: delta('network/received_bytes_count', 'NETWORK_IN_BYTES'),
  NETWORK_OUT_BYTES: delta('network/sent_bytes_count', 'NETWORK_OUT_BYTES'),
  DISK_READ_BYTES: delta('disk/read_bytes_count', 'DISK_READ_BYTES'),
  DISK_WRITE_BYTES: delta('disk/write_bytes_count', 'DISK_WRITE_BYTES'),
  DISK_READ_OPS: delta('disk/read_ops_count', 'DISK_READ_OPS'),
  DISK_WRITE_OPS: delta('disk/write_ops_count', 'DISK_WRITE_OPS'),
  MEMORY_UTILIZATION: {
    type: 'agent.googleapis.com/memory/percent_used',
    where: 'metric.labels.state = "used"',
    aligner: 'ALIGN_MEAN',
    reducer: 'REDUCE_MEAN',
    scale: 1,
    agent: true,
    unit: 'PERCENT',
  },
};

const GROUP_BY = 'resource.labels.instance_id';

/** What one model query asks for; `metric` null when Cloud Monitoring has no such series for it. */
interface Planned {
  query: MetricQuery;
  zone: string;
  name: string;
  metric: MonitoringMetric | null;
  nativeName: string;
  /** Model metric (scaled, model unit) or native (raw values, the series' own unit). */
  native: boolean;
}

/** Resolves a model or native query against a VM; anything but a VM has no Compute Engine series here. */
export function planQuery(query: MetricQuery, kind: string, zone: string, name: string): Planned {
  if (!Number.isInteger(query.period) || query.period < 60) {
    throw new MetricInputError(`period ${query.period} s: Cloud Monitoring aligns to whole periods of at least 60 seconds`);
  }
  if (query.name) {
    const metric = kind === 'vm' ? VM_METRICS[query.name] : null;
    return { query, zone, name, metric, nativeName: metric?.type ?? query.name, native: false };
  }
  if (!query.nativeName) throw new MetricInputError('a metric query needs a name or a nativeName');
  if (kind !== 'vm') return { query, zone, name, metric: null, nativeName: query.nativeName, native: true };
  const known = Object.values(VM_METRICS).find((m) => m.type === query.nativeName);
  const metric: MonitoringMetric = known
    ? { ...known, scale: 1, unit: 'None' }
    : { type: query.nativeName, aligner: 'ALIGN_MEAN', reducer: 'REDUCE_MEAN', scale: 1, agent: !query.nativeName.startsWith('compute.googleapis.com/'), unit: 'None' };
  return { query, zone, name, metric, nativeName: query.nativeName, native: true };
}

interface Group {
  metric: MonitoringMetric;
  period: number;
  ids: string[];
}

interface Collected {
  points: Map<number, number>;
  unit: string | null;
}

export async function getMetrics(ctx: ProjectContext, request: MetricRequest): Promise<MetricSeries[]> {
  const planned = request.queries.map((query) => plan(ctx, query));
  const ids = await instanceIds(ctx, planned.filter((p) => p.metric !== null));

  // One group per (metric type and its aggregation, period).
  const groups = new Map<string, Group>();
  for (const p of planned) {
    const id = p.metric ? ids.get(`${p.zone}/${p.name}`) : undefined;
    if (!p.metric || !id) continue;
    const key = `${p.metric.type}|${p.metric.where ?? ''}|${p.metric.aligner}|${p.query.period}`;
    const group = groups.get(key) ?? { metric: p.metric, period: p.query.period, ids: [] };
    group.ids.push(id);
    groups.set(key, group);
  }
  const results = new Map<string, Collected>(); // `${groupKey}|${instanceId}` → points
  const missing = new Set<string>(); // groups whose metric the project does not have
  await Promise.all(
    [...groups.entries()].flatMap(([key, group]) =>
      [filterIds(group, unique(group.ids))].map(async (part) => {
        const found = await listGroup(ctx, group, part, request);
        if (found === null) missing.add(key);
        else for (const [id, collected] of found) results.set(`${key}|${id}`, mergeInto(results.get(`${key}|${id}`), collected));
      }),
    ),
  );

  return planned.map((p) => {
    const id = p.metric ? ids.get(`${p.zone}/${p.name}`) : undefined;
    const key = p.metric ? `${p.metric.type}|${p.metric.where ?? ''}|${p.metric.aligner}|${p.query.period}` : '';
    const data = id && !missing.has(key) ? results.get(`${key}|${id}`) : undefined;
    const scale = p.native ? 1 : (p.metric?.scale ?? 1);
    const points = [...(data?.points.entries() ?? [])]
      .sort((a, b) => a[0] - b[0])
      .map(([t, v]) => ({ timestamp: new Date(t), value: round(v * scale) }));
    const unit = p.query.name ? METRIC_UNITS[p.query.name] : (data?.unit ?? 'None');
    // Compute Engine's own metrics exist for every VM (an empty series is a quiet or stopped
    // period); agent metrics exist only where the agent writes them.
    const available = p.metric !== null && id !== undefined && !missing.has(key) && (!p.metric.agent || points.length > 0);
    return { resourceId: p.query.resourceId, name: p.query.name, nativeName: p.nativeName, unit, period: p.query.period, points, available };
  });
}

function plan(ctx: ProjectContext, query: MetricQuery): Planned {
  const inScope = { holds: (id: GlobalId) => id.provider === 'gcp' && id.account === ctx.project, describe: `project ${ctx.project}` };
  return planInScope(ctx.scope, 'timeSeries.list', query, inScope, (id) => {
    const zonal = id.kind === 'vm' && isZone(id.region) && RESOURCE_NAME.test(id.nativeId);
    return planQuery(query, zonal ? id.kind : 'other', id.region, id.nativeId);
  });
}

/**
 * Numeric ids of the VMs asked about: from the directory every listing fills, and for the rest one
 * filtered instances.aggregatedList (names pushed down; the whole project when they do not fit).
 * VMs that do not exist have no id, and their series are unavailable.
 */
async function instanceIds(ctx: ProjectContext, planned: Planned[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const unknown: Planned[] = [];
  for (const p of planned) {
    const id = ctx.instanceIds.lookup(ctx.project, p.zone, p.name);
    if (id) ids.set(`${p.zone}/${p.name}`, id);
    else unknown.push(p);
  }
  if (unknown.length > 0) {
    const names = unique(unknown.map((p) => p.name));
    const filter = anyOf('name', names);
    await listInstances(ctx, filter.length <= MAX_FILTER_LENGTH ? filter : undefined);
    for (const p of unknown) {
      const id = ctx.instanceIds.lookup(ctx.project, p.zone, p.name);
      if (id) ids.set(`${p.zone}/${p.name}`, id);
    }
  }
  return ids;
}

/** `ids` null: every instance of the project. */
function filterOf(group: Group, ids: readonly string[] | null): string {
  const clauses = [`metric.type = "${group.metric.type}"`, 'resource.type = "gce_instance"'];
  if (group.metric.where) clauses.push(group.metric.where);
  if (ids) clauses.push(`${GROUP_BY} = one_of(${ids.map((id) => `"${id}"`).join(',')})`);
  return clauses.join(' AND ');
}

/** The ids to name in the filter, or null (the whole project) when they would not fit in one. */
function filterIds(group: Group, ids: readonly string[]): string[] | null {
  return filterOf(group, ids).length <= MAX_FILTER_LENGTH ? [...ids] : null;
}

/** One timeSeries.list (every page); null when the project has no such metric (404 NOT_FOUND). */
async function listGroup(ctx: ProjectContext, group: Group, ids: string[] | null, request: MetricRequest): Promise<Map<string, Collected> | null> {
  const seconds = (d: Date) => ({ seconds: Math.floor(d.getTime() / 1000), nanos: (d.getTime() % 1000) * 1e6 });
  const periodMs = group.period * 1000;
  try {
    return await ctx.call('monitoring', 'timeSeries.list', async () => {
      const clients = await ctx.clients();
      const out = new Map<string, Collected>();
      const pages = clients.metrics.listTimeSeriesAsync(
        {
          name: `projects/${ctx.project}`,
          filter: filterOf(group, ids),
          interval: { startTime: seconds(request.from), endTime: seconds(request.to) },
          aggregation: {
            alignmentPeriod: { seconds: group.period },
            perSeriesAligner: group.metric.aligner,
            crossSeriesReducer: group.metric.reducer,
            groupByFields: [GROUP_BY],
          },
          view: 'FULL',
        },
        { autoPaginate: false },
      );
      for await (const series of pages) collect(out, series, periodMs);
      return out;
    });
  } catch (error) {
    if (error instanceof ProviderError && error.category === 'NOT_FOUND') return null;
    throw error;
  }
}

/** Points of one returned series, by the start of their window (end time − period). */
function collect(into: Map<string, Collected>, series: TimeSeries, periodMs: number): void {
  const id = series.resource?.labels?.['instance_id'];
  if (!id) return;
  const entry = into.get(id) ?? { points: new Map<number, number>(), unit: series.unit || null };
  for (const point of series.points ?? []) {
    const end = timestampMs(point.interval?.endTime);
    const value = point.value?.doubleValue ?? int64(point.value?.int64Value);
    if (end === null || value === null || value === undefined || !Number.isFinite(value)) continue;
    entry.points.set(end - periodMs, value);
  }
  into.set(id, entry);
}

function mergeInto(target: Collected | undefined, source: Collected): Collected {
  if (!target) return source;
  for (const [t, v] of source.points) target.points.set(t, v);
  return { points: target.points, unit: target.unit ?? source.unit };
}

function timestampMs(ts: { seconds?: unknown; nanos?: unknown } | null | undefined): number | null {
  const s = int64(ts?.seconds);
  if (s === null) return null;
  return s * 1000 + Math.floor((int64(ts?.nanos) ?? 0) / 1e6);
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
