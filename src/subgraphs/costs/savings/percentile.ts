// Nearest-rank percentiles of metric points: the value below which `p` percent of the points lie.
import type { MetricSeries } from '../../../providers/types.js';

export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

/** The series' 95th percentile, or null when the cloud has no such series or no points in the window. */
export function p95(series: MetricSeries | Error | null | undefined): number | null {
  if (!series || series instanceof Error || !series.available) return null;
  const value = percentile(series.points.map((point) => point.value), 95);
  return value === null ? null : Math.round(value * 100) / 100;
}
