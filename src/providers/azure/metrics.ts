// Model metrics → Azure Monitor metrics:getBatch (MetricsClient.queryResources). A call takes one
// resource type (the metric namespace), one time grain, one window, at most 50 resource ids — of
// one subscription and one region — and at most 20 metric names; so queries are grouped by
// resource type, location and period, and each group costs ⌈ids/50⌉ × ⌈names/20⌉ calls. Never a
// call per VM or per metric.
import type { MetricsQueryResult } from '@azure/monitor-query-metrics';
import { chunk } from '../common.js';
import { ProviderError } from '../errors.js';
import type { GlobalId } from '../ids.js';
import { MetricInputError, planInScope } from '../metric-plan.js';
import { METRIC_UNITS, type MetricName, type MetricQuery, type MetricRequest, type MetricSeries, type MetricUnit, type ResourceKind } from '../types.js';
import { canonicalArmId } from './arm-ids.js';
import type { SubscriptionContext } from './context.js';

export const RESOURCE_IDS_PER_CALL = 50;
export const METRIC_NAMES_PER_CALL = 20;
export const METRICS_OPERATION = 'metrics.getBatch';

export type AzureAggregation = 'average' | 'total' | 'minimum' | 'maximum' | 'count';

export interface AzureMetric {
  /** The metric's name in the REST API. */
  name: string;
  aggregation: AzureAggregation;
  unit: MetricUnit | string;
  /** From Azure's value to the model's; identity when absent. */
  convert?: (value: number, periodSeconds: number) => number;
}

/**
 * Azure documents disk IOPS and disk throughput as rates (CountPerSecond, BytesPerSecond, average
 * per interval); the model wants amounts per period. Rate × seconds of the period is that amount
 * (Azure's average rate over the interval covers the whole interval).
 */
const perPeriod = (value: number, periodSeconds: number) => value * periodSeconds;

const vmMetric = (name: string, aggregation: AzureAggregation, model: MetricName, convert?: AzureMetric['convert']): AzureMetric => ({
  name,
  aggregation,
  unit: METRIC_UNITS[model],
  ...(convert ? { convert } : {}),
});

/** Platform metrics of Microsoft.Compute/virtualMachines (host metrics: no agent needed). */
export const VM_METRICS: Record<MetricName, AzureMetric> = {
  CPU_UTILIZATION: vmMetric('Percentage CPU', 'average', 'CPU_UTILIZATION'),
  NETWORK_IN_BYTES: vmMetric('Network In Total', 'total', 'NETWORK_IN_BYTES'),
  NETWORK_OUT_BYTES: vmMetric('Network Out Total', 'total', 'NETWORK_OUT_BYTES'),
  DISK_READ_BYTES: vmMetric('Disk Read Bytes', 'total', 'DISK_READ_BYTES'),
  DISK_WRITE_BYTES: vmMetric('Disk Write Bytes', 'total', 'DISK_WRITE_BYTES'),
  DISK_READ_OPS: vmMetric('Disk Read Operations/Sec', 'average', 'DISK_READ_OPS', perPeriod),
  DISK_WRITE_OPS: vmMetric('Disk Write Operations/Sec', 'average', 'DISK_WRITE_OPS', perPeriod),
  // Azure reports what is free; the model wants what is used.
  MEMORY_UTILIZATION: vmMetric('Available Memory Percentage', 'average', 'MEMORY_UTILIZATION', (available) => 100 - available),
};

/** Platform metrics of Microsoft.Compute/disks (managed disks). */
export const DISK_METRICS: Partial<Record<MetricName, AzureMetric>> = {
  DISK_READ_BYTES: vmMetric('Composite Disk Read Bytes/sec', 'average', 'DISK_READ_BYTES', perPeriod),
  DISK_WRITE_BYTES: vmMetric('Composite Disk Write Bytes/sec', 'average', 'DISK_WRITE_BYTES', perPeriod),
  DISK_READ_OPS: vmMetric('Composite Disk Read Operations/sec', 'average', 'DISK_READ_OPS', perPeriod),
  DISK_WRITE_OPS: vmMetric('Composite Disk Write Operations/sec', 'average', 'DISK_WRITE_OPS', perPeriod),
};

interface Target {
  resourceType: string;
  table: Partial<Record<MetricName, AzureMetric>>;
}

const TARGETS: Partial<Record<ResourceKind, Target>> = {
  vm: { resourceType: 'Microsoft.Compute/virtualMachines', table: VM_METRICS },
  volume: { resourceType: 'Microsoft.Compute/disks', table: DISK_METRICS },
};

/** Azure Monitor's time grains. */
export const TIME_GRAINS: ReadonlyMap<number, string> = new Map([
  [60, 'PT1M'],
  [300, 'PT5M'],
  [900, 'PT15M'],
  [1800, 'PT30M'],
  [3600, 'PT1H'],
  [21_600, 'PT6H'],
  [43_200, 'PT12H'],
  [86_400, 'P1D'],
]);

const AZURE_UNITS: Readonly<Record<string, MetricUnit>> = { Percent: 'PERCENT', Bytes: 'BYTES', Count: 'COUNT' };

/** What one model query asks Azure Monitor for; `metric` null when Azure has no such series. */
export interface PlannedQuery {
  query: MetricQuery;
  armId: string;
  location: string;
  resourceType: string | null;
  metric: AzureMetric | null;
  /** A native name: the series is Azure's own, with the unit Azure answers. */
  unitFromAnswer: boolean;
  /** Whether the tables know the metric (a native name may be anything). */
  known: boolean;
}

/** Resolves a query against its resource kind (no I/O). */
export function planQuery(query: MetricQuery, kind: ResourceKind, armId: string, location: string): PlannedQuery {
  if (!TIME_GRAINS.has(query.period)) {
    throw new MetricInputError(`period ${query.period}s is not an Azure Monitor time grain (${[...TIME_GRAINS.keys()].join(', ')} seconds)`);
  }
  const target = TARGETS[kind];
  const base = { query, armId, location, resourceType: target?.resourceType ?? null };
  if (query.name) {
    const metric = target?.table[query.name] ?? null;
    return { ...base, metric, unitFromAnswer: false, known: metric !== null };
  }
  if (!query.nativeName) throw new MetricInputError('a metric query needs a name or a nativeName');
  if (!target) return { ...base, metric: null, unitFromAnswer: true, known: false };
  // A native name is taken as Azure spells it and answered in Azure's own unit: one the tables
  // know keeps its aggregation but not the model's conversion; others are averaged.
  const known = Object.values(target.table).find((m) => m.name.toLowerCase() === query.nativeName!.toLowerCase());
  return known
    ? { ...base, metric: { name: known.name, aggregation: known.aggregation, unit: 'Unspecified' }, unitFromAnswer: true, known: true }
    : { ...base, metric: { name: query.nativeName, aggregation: 'average', unit: 'Unspecified' }, unitFromAnswer: true, known: false };
}

interface Answer {
  unit: string;
  points: { timestamp: Date; values: Partial<Record<AzureAggregation, number>> }[];
}

export async function getMetrics(ctx: SubscriptionContext, request: MetricRequest): Promise<MetricSeries[]> {
  const planned = request.queries.map((query) => plan(ctx, query));
  const groups = new Map<string, { resourceType: string; location: string; period: number; items: PlannedQuery[] }>();
  for (const p of planned) {
    if (!p.metric || !p.resourceType) continue;
    const key = `${p.resourceType}|${p.location}|${p.query.period}`;
    const group = groups.get(key) ?? { resourceType: p.resourceType, location: p.location, period: p.query.period, items: [] };
    group.items.push(p);
    groups.set(key, group);
  }
  const answers = new Map<string, Answer>();
  const calls = [...groups.values()].flatMap((group) => {
    const ids = [...new Set(group.items.map((p) => p.armId))];
    const known = new Map<string, AzureMetric>();
    const unknown = new Map<string, AzureMetric>();
    for (const p of group.items) (p.known ? known : unknown).set(p.metric!.name.toLowerCase(), p.metric!);
    // Azure refuses a whole call over one metric name it does not know: names outside the tables
    // go alone, so a mistyped native name costs its own series, not everyone's.
    const nameSets = [...chunk([...known.values()], METRIC_NAMES_PER_CALL).map((m) => ({ metrics: m, tolerant: false })), ...[...unknown.values()].map((m) => ({ metrics: [m], tolerant: true }))];
    return chunk(ids, RESOURCE_IDS_PER_CALL).flatMap((idPart) => nameSets.map((set) => ({ group, ids: idPart, ...set })));
  });
  await Promise.all(
    calls.map(({ group, ids, metrics, tolerant }) =>
      ctx
        .call(METRICS_OPERATION, async () => {
          const client = ctx.pool.metrics(ctx.subscriptionId, group.location);
          const aggregation = [...new Set(metrics.map((m) => m.aggregation))].join(',');
          const results = await client.queryResources(
            ids,
            metrics.map((m) => m.name),
            group.resourceType,
            { startTime: request.from, endTime: request.to, interval: TIME_GRAINS.get(group.period)!, aggregation },
          );
          for (const result of results) collect(answers, result, group.period);
        })
        .catch((error: unknown) => {
          if (tolerant && error instanceof ProviderError && error.category === 'REJECTED') {
            ctx.log.info({ scope: ctx.scope, metric: metrics[0]!.name, resourceType: group.resourceType }, 'Azure Monitor does not know this metric; answered as unavailable');
            return;
          }
          throw error;
        }),
    ),
  );
  return planned.map((p) => seriesOf(p, p.metric ? answers.get(answerKey(p.armId, p.metric.name, p.query.period)) : undefined));
}

function plan(ctx: SubscriptionContext, query: MetricQuery): PlannedQuery {
  const inScope = {
    holds: (id: GlobalId) => id.provider === 'azure' && id.account.toLowerCase() === ctx.subscriptionId,
    describe: `subscription ${ctx.subscriptionId}`,
  };
  return planInScope(ctx.scope, METRICS_OPERATION, query, inScope, (id) => planQuery(query, id.kind, canonicalArmId(id.nativeId), id.region.toLowerCase()));
}

const answerKey = (armId: string, metric: string, period: number) => `${canonicalArmId(armId)}|${metric.toLowerCase()}|${period}`;

/** The metric's REST name: the end of its id (`…/providers/Microsoft.Insights/metrics/Percentage CPU`), which localisation leaves alone. */
function metricNameOf(metric: MetricsQueryResult['metrics'][number]): string {
  const marker = '/providers/microsoft.insights/metrics/';
  const at = metric.id?.toLowerCase().lastIndexOf(marker) ?? -1;
  return at >= 0 ? metric.id.slice(at + marker.length) : metric.name;
}

function collect(into: Map<string, Answer>, result: MetricsQueryResult, period: number): void {
  if (!result.resourceId) return;
  for (const metric of result.metrics ?? []) {
    const points = (metric.timeseries ?? []).flatMap((series) =>
      (series.data ?? []).map((d) => ({
        timestamp: d.timeStamp,
        values: {
          ...(d.average !== undefined ? { average: d.average } : {}),
          ...(d.total !== undefined ? { total: d.total } : {}),
          ...(d.minimum !== undefined ? { minimum: d.minimum } : {}),
          ...(d.maximum !== undefined ? { maximum: d.maximum } : {}),
          ...(d.count !== undefined ? { count: d.count } : {}),
        },
      })),
    );
    into.set(answerKey(result.resourceId, metricNameOf(metric), period), { unit: metric.unit, points });
  }
}

function seriesOf(p: PlannedQuery, answer: Answer | undefined): MetricSeries {
  const metric = p.metric;
  const points = (answer?.points ?? [])
    .flatMap((pt) => {
      const value = metric ? pt.values[metric.aggregation] : undefined;
      if (value === undefined || !Number.isFinite(value)) return [];
      return [{ timestamp: pt.timestamp, value: metric!.convert ? metric!.convert(value, p.query.period) : value }];
    })
    .sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime());
  const unit = p.query.name
    ? METRIC_UNITS[p.query.name]
    : p.unitFromAnswer
      ? (AZURE_UNITS[answer?.unit ?? ''] ?? answer?.unit ?? 'Unspecified')
      : (metric?.unit ?? 'Unspecified');
  return {
    resourceId: p.query.resourceId,
    name: p.query.name,
    nativeName: metric?.name ?? p.query.nativeName ?? p.query.name ?? '',
    unit,
    period: p.query.period,
    points,
    // Platform metrics exist for every VM and disk (an empty series is a quiet or stopped period);
    // a native name the tables do not know exists only if Azure answered it.
    available: metric !== null && (p.known || answer !== undefined),
  };
}
