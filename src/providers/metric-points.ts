// Points at a provider's own step as points of the period a query asks for, when that is longer:
// amounts (bytes, operations) add up, shares (percentages) average. Shared by the providers whose
// APIs answer at a fixed step (Proxmox RRD data, libvirt samples).
import type { MetricPoint } from './types.js';

export interface TimedValue {
  /** Unix seconds */
  time: number;
  value: number;
}

export function intoPeriods(values: readonly TimedValue[], step: number, period: number, adds: boolean): MetricPoint[] {
  if (period <= step) return values.map((v) => ({ timestamp: new Date(v.time * 1000), value: v.value }));
  const buckets = new Map<number, number[]>();
  for (const v of values) {
    const start = Math.floor(v.time / period) * period;
    buckets.set(start, [...(buckets.get(start) ?? []), v.value]);
  }
  return [...buckets.entries()]
    .sort(([a], [b]) => a - b)
    .map(([start, list]) => {
      const sum = list.reduce((a, b) => a + b, 0);
      return { timestamp: new Date(start * 1000), value: adds ? sum : roundMetric(sum / list.length) };
    });
}

export const roundMetric = (value: number): number => Math.round(value * 1000) / 1000;
