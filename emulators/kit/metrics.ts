// Deterministic metric values shared by every cloud's emulator. A value depends only on
// (seed, resource key, metric name, period, period start), so any time range asked twice, or two
// overlapping ranges, give the same numbers for the same points.
import { hashParts, mulberry32 } from './prng.js';

export type MetricKind = 'percent' | 'bytes' | 'count';

/** How a metric behaves: a per-resource level between `low` and `high` (per one-minute sample), a daily wave and noise. */
export interface MetricShape {
  kind: MetricKind;
  low: number;
  high: number;
  /** Amplitude of the daily wave, as a fraction of the level (0..1). */
  daily: number;
  /** Noise, as a fraction of the level (0..1). */
  noise: number;
}

/** One aggregated point over a period: the one-minute samples it stands for, summarised. */
export interface MetricSample {
  average: number;
  minimum: number;
  maximum: number;
  sum: number;
  sampleCount: number;
}

/** Seconds between the underlying raw samples (one per minute). */
export const SAMPLE_INTERVAL_SECONDS = 60;

const DAY = 86_400;

export function sampleMetric(
  seed: number,
  resourceKey: string,
  metric: string,
  shape: MetricShape,
  periodStartSeconds: number,
  periodSeconds: number,
): MetricSample {
  // Per resource and metric: where in [low, high] it sits and when in the day it peaks.
  const base = mulberry32(hashParts(seed, resourceKey, metric));
  const levelFraction = base() ** 2; // most resources are quiet, a few are busy
  const level = shape.low + levelFraction * (shape.high - shape.low);
  const phase = base() * 2 * Math.PI;

  // Per point.
  const point = mulberry32(hashParts(seed, resourceKey, metric, periodSeconds, periodStartSeconds));
  const mid = periodStartSeconds + periodSeconds / 2;
  const wave = 1 + shape.daily * Math.sin((2 * Math.PI * mid) / DAY + phase);
  const jitter = 1 + shape.noise * (point() * 2 - 1);
  let average = Math.max(0, level * wave * jitter);
  const spread = average * shape.noise * (0.5 + point());
  let minimum = Math.max(0, average - spread);
  let maximum = average + spread;
  if (shape.kind === 'percent') {
    average = Math.min(100, average);
    minimum = Math.min(average, minimum);
    maximum = Math.min(100, maximum);
  }
  const sampleCount = Math.max(1, Math.round(periodSeconds / SAMPLE_INTERVAL_SECONDS));
  const round = shape.kind === 'percent' ? roundTo4 : Math.round;
  average = round(average);
  minimum = round(Math.min(minimum, average));
  maximum = round(Math.max(maximum, average));
  return { average, minimum, maximum, sum: round(average * sampleCount), sampleCount };
}

/** Picks one statistic out of a sample; `pNN` percentiles interpolate between minimum and maximum. */
export function statisticOf(sample: MetricSample, stat: string): number | undefined {
  switch (stat) {
    case 'Average':
      return sample.average;
    case 'Minimum':
      return sample.minimum;
    case 'Maximum':
      return sample.maximum;
    case 'Sum':
      return sample.sum;
    case 'SampleCount':
      return sample.sampleCount;
  }
  const p = percentileOf(stat);
  if (p === undefined) return undefined;
  const value =
    p <= 50
      ? sample.minimum + (sample.average - sample.minimum) * (p / 50)
      : sample.average + (sample.maximum - sample.average) * ((p - 50) / 50);
  return roundTo4(value);
}

/** `p99` → 99, `p99.9` → 99.9; anything else → undefined. */
export function percentileOf(stat: string): number | undefined {
  const m = /^p(\d{1,2}(?:\.\d{1,2})?|100)$/.exec(stat);
  if (!m || m[1] === undefined) return undefined;
  return Number(m[1]);
}

function roundTo4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
