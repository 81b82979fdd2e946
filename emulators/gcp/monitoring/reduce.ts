// Cross-series reduction: the aligned series grouped by the group-by fields, each group combined
// into one series point by point (points with the same end time).
import type { GcpValueType } from '../fleet/index.js';
import type { OutSeries, Point, Reducer } from './series.js';

/** A label group-by field: `metric.label.KEY` or `resource.labels.KEY`. */
const LABEL_FIELD = /^(metric|resource)\.labels?\.(.+)$/;

/** One series per group, keeping only the grouped labels (and the project). */
export function reduce(series: OutSeries[], reducer: Reducer, groupBy: readonly string[]): OutSeries[] {
  const groups = new Map<string, OutSeries[]>();
  const keyOf = (s: OutSeries) => groupBy.map((field) => fieldValue(s, field) ?? '').join('\u001f');
  for (const s of series) {
    const key = keyOf(s);
    const group = groups.get(key) ?? [];
    group.push(s);
    groups.set(key, group);
  }
  return [...groups.values()].map((group) => reduceGroup(group, reducer, groupBy));
}

function reduceGroup(group: OutSeries[], reducer: Reducer, groupBy: readonly string[]): OutSeries {
  const first = group[0]!;
  const metricLabels: Record<string, string> = {};
  const resourceLabels: Record<string, string> = { project_id: first.resource.labels['project_id'] ?? '' };
  for (const field of groupBy) {
    const m = LABEL_FIELD.exec(field);
    const value = fieldValue(first, field);
    if (!m || value === undefined) continue;
    (m[1] === 'metric' ? metricLabels : resourceLabels)[m[2]!] = value;
  }
  const byEnd = new Map<number, Point[]>();
  for (const s of group) for (const point of s.points) byEnd.set(point.end, [...(byEnd.get(point.end) ?? []), point]);
  const points = [...byEnd.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([end, pts]) => ({ end, start: pts[0]!.start, value: combine(reducer, pts.map((x) => x.value)) }));
  const valueType: GcpValueType = reducer === 'REDUCE_MEAN' ? 'DOUBLE' : reducer === 'REDUCE_COUNT' ? 'INT64' : first.valueType;
  return {
    metric: { type: first.metric.type, labels: metricLabels },
    resource: { type: first.resource.type, labels: resourceLabels },
    metricKind: reducer === 'REDUCE_COUNT' ? 'GAUGE' : first.metricKind,
    valueType,
    unit: first.unit,
    points,
  };
}

function fieldValue(s: OutSeries, field: string): string | undefined {
  if (field === 'metric.type') return s.metric.type;
  if (field === 'resource.type') return s.resource.type;
  const m = LABEL_FIELD.exec(field);
  if (!m) return undefined;
  return (m[1] === 'metric' ? s.metric.labels : s.resource.labels)[m[2]!];
}

function combine(reducer: Reducer, values: number[]): number {
  switch (reducer) {
    case 'REDUCE_SUM':
      return values.reduce((a, b) => a + b, 0);
    case 'REDUCE_MEAN':
      return values.reduce((a, b) => a + b, 0) / values.length;
    case 'REDUCE_MIN':
      return Math.min(...values);
    case 'REDUCE_MAX':
      return Math.max(...values);
    case 'REDUCE_COUNT':
      return values.length;
    case 'REDUCE_NONE':
      return values[0]!;
  }
}
