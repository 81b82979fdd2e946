// CloudWatch series of the AWS fleet: which resource has which metric, and when it has points.
import { overlaps, type ActivityInterval } from '../../kit/activity.js';
import { sampleMetric, statisticOf } from '../../kit/metrics.js';
import { awsMetricDefinition } from './catalogue.js';
import type { AwsMetricQuery, AwsMetricSeries, AwsScopeData } from './types.js';

/**
 * The series for one query, or null when no such metric exists (unknown namespace/name,
 * dimensions that do not name exactly one resource of this account and region, memory of an
 * instance without the CloudWatch agent). Points are aligned to multiples of the period
 * (epoch-based), cover [start, end), exist only while the resource was running, and never lie
 * in the future.
 */
export function awsMetricSeries(
  seed: number,
  scope: AwsScopeData | undefined,
  query: AwsMetricQuery,
  now: Date,
): AwsMetricSeries | null {
  if (!scope) return null;
  const definition = awsMetricDefinition(query.namespace, query.metricName);
  if (!definition) return null;
  if (query.dimensions.length !== 1) return null;
  const dimension = query.dimensions[0]!;
  if (dimension.name !== definition.dimension) return null;

  const activity = activityOf(scope, definition.dimension, dimension.value, definition.namespace === 'CWAgent');
  if (!activity) return null;
  if (statisticOf({ average: 0, minimum: 0, maximum: 0, sum: 0, sampleCount: 1 }, query.stat) === undefined) return null;

  const period = query.period;
  const periodMs = period * 1000;
  const limit = Math.min(query.end.getTime(), (query.now ?? now).getTime());
  const first = Math.floor(query.start.getTime() / periodMs) * periodMs;
  const timestamps: Date[] = [];
  const values: number[] = [];
  for (let t = first; t < limit; t += periodMs) {
    if (!activity.some((a) => overlaps(a, t, t + periodMs))) continue;
    const sample = sampleMetric(seed, dimension.value, `${definition.namespace}/${definition.metricName}`, definition.shape, t / 1000, period);
    timestamps.push(new Date(t));
    values.push(statisticOf(sample, query.stat)!);
  }
  return { timestamps, values, unit: definition.unit };
}

/** When the resource produced data: an instance's runs; a volume's runs of the instances it is attached to. */
function activityOf(
  scope: AwsScopeData,
  dimension: 'InstanceId' | 'VolumeId',
  id: string,
  needsAgent: boolean,
): ActivityInterval[] | null {
  if (dimension === 'InstanceId') {
    const instance = scope.instances.find((i) => i.instanceId === id);
    if (!instance) return null;
    if (needsAgent && !instance.sim.cloudWatchAgent) return null;
    return instance.sim.activity;
  }
  const volume = scope.volumes.find((v) => v.volumeId === id);
  if (!volume) return null;
  return volume.attachments.flatMap((attachment) => {
    const instance = scope.instances.find((i) => i.instanceId === attachment.instanceId);
    if (!instance) return [];
    return instance.sim.activity.flatMap((a) => {
      const from = Math.max(a.from.getTime(), attachment.attachTime.getTime());
      const to = a.to ? a.to.getTime() : null;
      return to !== null && to <= from ? [] : [{ from: new Date(from), to: to === null ? null : new Date(to) }];
    });
  });
}
