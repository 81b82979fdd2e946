// Model metrics → CloudWatch GetMetricData. Every query of a request for one scope goes into one
// GetMetricData call per 500 queries (the API's limit), each paged through NextToken — never one
// call per VM or per metric.
import { paginateGetMetricData, type MetricDataQuery, type MetricDataResult } from '@aws-sdk/client-cloudwatch';
import { chunk } from '../common.js';
import type { GlobalId } from '../ids.js';
import { MetricInputError, planInScope } from '../metric-plan.js';
import { METRIC_UNITS, type MetricName, type MetricQuery, type MetricRequest, type MetricSeries, type MetricUnit, type ResourceKind } from '../types.js';
import type { ScopeContext } from './context.js';

/** GetMetricData: at most 500 metric queries per call. */
export const QUERIES_PER_CALL = 500;

export interface CloudWatchMetric {
  namespace: string;
  metricName: string;
  stat: 'Average' | 'Sum';
  unit: MetricUnit | string;
}

const ec2 = (metricName: string, stat: 'Average' | 'Sum', name: MetricName): CloudWatchMetric => ({
  namespace: 'AWS/EC2',
  metricName,
  stat,
  unit: METRIC_UNITS[name],
});
const ebs = (metricName: string, name: MetricName): CloudWatchMetric => ({
  namespace: 'AWS/EBS',
  metricName,
  stat: 'Sum',
  unit: METRIC_UNITS[name],
});

export const VM_METRICS: Record<MetricName, CloudWatchMetric> = {
  CPU_UTILIZATION: ec2('CPUUtilization', 'Average', 'CPU_UTILIZATION'),
  NETWORK_IN_BYTES: ec2('NetworkIn', 'Sum', 'NETWORK_IN_BYTES'),
  NETWORK_OUT_BYTES: ec2('NetworkOut', 'Sum', 'NETWORK_OUT_BYTES'),
  DISK_READ_BYTES: ec2('DiskReadBytes', 'Sum', 'DISK_READ_BYTES'),
  DISK_WRITE_BYTES: ec2('DiskWriteBytes', 'Sum', 'DISK_WRITE_BYTES'),
  DISK_READ_OPS: ec2('DiskReadOps', 'Sum', 'DISK_READ_OPS'),
  DISK_WRITE_OPS: ec2('DiskWriteOps', 'Sum', 'DISK_WRITE_OPS'),
  // Only published when the CloudWatch agent runs on the instance.
  MEMORY_UTILIZATION: { namespace: 'CWAgent', metricName: 'mem_used_percent', stat: 'Average', unit: 'PERCENT' },
};

export const VOLUME_METRICS: Partial<Record<MetricName, CloudWatchMetric>> = {
  DISK_READ_BYTES: ebs('VolumeReadBytes', 'DISK_READ_BYTES'),
  DISK_WRITE_BYTES: ebs('VolumeWriteBytes', 'DISK_WRITE_BYTES'),
  DISK_READ_OPS: ebs('VolumeReadOps', 'DISK_READ_OPS'),
  DISK_WRITE_OPS: ebs('VolumeWriteOps', 'DISK_WRITE_OPS'),
};

interface Target {
  kind: ResourceKind;
  dimension: string;
  defaultNamespace: string;
  table: Partial<Record<MetricName, CloudWatchMetric>>;
}

const TARGETS: Partial<Record<ResourceKind, Target>> = {
  vm: { kind: 'vm', dimension: 'InstanceId', defaultNamespace: 'AWS/EC2', table: VM_METRICS },
  volume: { kind: 'volume', dimension: 'VolumeId', defaultNamespace: 'AWS/EBS', table: VOLUME_METRICS },
};

/** What one model query asks CloudWatch for; `metric` null when CloudWatch has no such series. */
export interface PlannedQuery {
  query: MetricQuery;
  nativeId: string;
  dimension: string | null;
  metric: CloudWatchMetric | null;
  nativeName: string;
}

/** Resolves a query against its resource kind; throws InvalidIdError / Error for bad input. */
export function planQuery(query: MetricQuery, kind: ResourceKind, nativeId: string): PlannedQuery {
  const target = TARGETS[kind];
  if (query.name) {
    const metric = target?.table[query.name] ?? null;
    return {
      query,
      nativeId,
      dimension: target?.dimension ?? null,
      metric,
      nativeName: metric ? `${metric.namespace}/${metric.metricName}` : query.name,
    };
  }
  if (!query.nativeName) throw new MetricInputError('a metric query needs a name or a nativeName');
  if (!target) return { query, nativeId, dimension: null, metric: null, nativeName: query.nativeName };
  const metric = nativeMetric(query.nativeName, target);
  return { query, nativeId, dimension: target.dimension, metric, nativeName: `${metric.namespace}/${metric.metricName}` };
}

/** "AWS/EC2/CPUUtilization", "CWAgent/mem_used_percent" or a bare name in the kind's own namespace. */
export function nativeMetric(nativeName: string, target: Target): CloudWatchMetric {
  const slash = nativeName.lastIndexOf('/');
  const namespace = slash > 0 ? nativeName.slice(0, slash) : target.defaultNamespace;
  const metricName = slash > 0 ? nativeName.slice(slash + 1) : nativeName;
  if (!metricName) throw new MetricInputError(`"${nativeName}" names no metric`);
  const known = Object.values(target.table).find((m) => m.namespace === namespace && m.metricName === metricName);
  return known ?? { namespace, metricName, stat: 'Average', unit: 'None' };
}

export async function getMetrics(ctx: ScopeContext, request: MetricRequest): Promise<MetricSeries[]> {
  const planned = request.queries.map((query) => plan(ctx, query));
  const asked = planned.flatMap((p, index) => (p.metric && p.dimension ? [{ p, id: `m${index}` }] : []));
  const results = new Map<string, { timestamps: Date[]; values: number[] }>();
  await Promise.all(
    chunk(asked, QUERIES_PER_CALL).map((part) =>
      ctx.call('GetMetricData', async () => {
        const MetricDataQueries: MetricDataQuery[] = part.map(({ p, id }) => ({
          Id: id,
          ReturnData: true,
          MetricStat: {
            Metric: {
              Namespace: p.metric!.namespace,
              MetricName: p.metric!.metricName,
              Dimensions: [{ Name: p.dimension!, Value: p.nativeId }],
            },
            Period: p.query.period,
            Stat: p.metric!.stat,
          },
        }));
        const pages = paginateGetMetricData(
          { client: ctx.clients.cloudwatch },
          { MetricDataQueries, StartTime: request.from, EndTime: request.to, ScanBy: 'TimestampAscending' },
        );
        for await (const page of pages) for (const result of page.MetricDataResults ?? []) collect(results, result);
      }),
    ),
  );
  return planned.map((p, index) => seriesOf(p, results.get(`m${index}`)));
}

function plan(ctx: ScopeContext, query: MetricQuery): PlannedQuery {
  const { scope } = ctx;
  const inScope = {
    holds: (id: GlobalId) => id.provider === 'aws' && id.account === scope.account && id.region === scope.region,
    describe: 'this account and region',
  };
  return planInScope(scope, 'GetMetricData', query, inScope, (id) => planQuery(query, id.kind, id.nativeId));
}

function collect(into: Map<string, { timestamps: Date[]; values: number[] }>, result: MetricDataResult): void {
  if (!result.Id) return;
  let entry = into.get(result.Id);
  if (!entry) {
    entry = { timestamps: [], values: [] };
    into.set(result.Id, entry);
  }
  entry.timestamps.push(...(result.Timestamps ?? []));
  entry.values.push(...(result.Values ?? []));
}

function seriesOf(p: PlannedQuery, data: { timestamps: Date[]; values: number[] } | undefined): MetricSeries {
  const points = (data?.timestamps ?? [])
    .map((timestamp, i) => ({ timestamp, value: data!.values[i] }))
    .filter((pt): pt is { timestamp: Date; value: number } => pt.value !== undefined && Number.isFinite(pt.value))
    .sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime());
  const unit = p.query.name ? METRIC_UNITS[p.query.name] : (p.metric?.unit ?? 'None');
  // AWS/* metrics exist for every resource of their kind (an empty series is just a quiet period);
  // agent and custom metrics exist only where something publishes them.
  const published = p.metric !== null && (p.metric.namespace.startsWith('AWS/') || points.length > 0);
  return {
    resourceId: p.query.resourceId,
    name: p.query.name,
    nativeName: p.nativeName,
    unit,
    period: p.query.period,
    points,
    available: published,
  };
}
