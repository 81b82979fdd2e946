// Per-series alignment: each source series becomes one point per alignment period, summarised
// by the aligner, over the windows the series was active in. Aligned windows end at
// interval.endTime and step back by the alignment period; points come newest first, as Cloud
// Monitoring returns them.
import type { MetricSample } from '../../kit/metrics.js';
import { overlaps } from '../../kit/activity.js';
import type { GcpFleet, GcpMetricDefinition, GcpMetricKind, GcpMonitoredSeries, GcpValueType } from '../fleet/index.js';
import { googleErrors } from '../errors.js';
import type { Aligner, OutSeries, Point } from './series.js';

/** The interval and the period a series is aligned over; times in epoch milliseconds, the period in seconds. */
export interface Alignment {
  aligner: Aligner;
  start: number;
  end: number;
  period: number;
}

/** Refuses an aligner the metric's kind does not allow. */
export function checkAligner(aligner: Aligner, definition: GcpMetricDefinition): void {
  const kind = definition.metricKind;
  const ok =
    aligner === 'ALIGN_NONE' ||
    aligner === 'ALIGN_MIN' ||
    aligner === 'ALIGN_MAX' ||
    aligner === 'ALIGN_MEAN' ||
    aligner === 'ALIGN_COUNT' ||
    aligner === 'ALIGN_SUM'
      ? kind !== 'CUMULATIVE' || aligner === 'ALIGN_NONE'
      : kind === 'DELTA' || kind === 'CUMULATIVE';
  if (!ok) {
    throw googleErrors.invalidArgument(
      `The aligner ${aligner} cannot be applied to metrics with kind ${kind} and value type ${definition.valueType}.`,
    );
  }
}

/** One source series aligned to the period (or raw one-minute points for ALIGN_NONE); no window starts at or after `now`. */
export function align(fleet: GcpFleet, source: GcpMonitoredSeries, { aligner, start, end, period }: Alignment, now: number): OutSeries {
  const d = source.definition;
  const periodMs = period * 1000;
  const points: Point[] = [];
  // Raw points sit on the minute marks; aligned windows end at endTime. An instant query
  // (startTime = endTime) covers the one window that ends then.
  const last = aligner === 'ALIGN_NONE' ? Math.floor(end / periodMs) * periodMs : end;
  const first = start === end ? last - periodMs : start;
  for (let windowEnd = last; windowEnd > first; windowEnd -= periodMs) {
    const windowStart = windowEnd - periodMs;
    if (windowStart >= now) continue;
    if (!source.activity.some((a) => overlaps(a, windowStart, windowEnd))) continue;
    const sample = fleet.windowSample(source, windowStart / 1000, period);
    points.push({ start: windowStart, end: windowEnd, value: pick(sample, aligner, period, d) });
  }
  const { metricKind, valueType } = alignedKind(aligner, d);
  return { metric: source.metric, resource: source.resource, metricKind, valueType, unit: d.unit, points };
}

/** The statistic of a window's sample each summarising aligner reports. */
const ALIGNED_STATISTIC = {
  ALIGN_MEAN: 'average',
  ALIGN_MIN: 'minimum',
  ALIGN_MAX: 'maximum',
  ALIGN_COUNT: 'sampleCount',
  ALIGN_SUM: 'sum',
  ALIGN_DELTA: 'sum',
} as const satisfies Record<Exclude<Aligner, 'ALIGN_NONE' | 'ALIGN_RATE'>, keyof MetricSample>;

function pick(sample: MetricSample, aligner: Aligner, period: number, d: GcpMetricDefinition): number {
  if (aligner === 'ALIGN_NONE') return d.metricKind === 'DELTA' ? sample.sum : sample.average;
  if (aligner === 'ALIGN_RATE') return sample.sum / period;
  return sample[ALIGNED_STATISTIC[aligner]];
}

function alignedKind(aligner: Aligner, d: GcpMetricDefinition): { metricKind: GcpMetricKind; valueType: GcpValueType } {
  switch (aligner) {
    case 'ALIGN_NONE':
    case 'ALIGN_MIN':
    case 'ALIGN_MAX':
    case 'ALIGN_SUM':
      return { metricKind: d.metricKind, valueType: d.valueType };
    case 'ALIGN_DELTA':
      return { metricKind: 'DELTA', valueType: d.valueType };
    case 'ALIGN_MEAN':
      return { metricKind: d.metricKind, valueType: 'DOUBLE' };
    case 'ALIGN_RATE':
      return { metricKind: 'GAUGE', valueType: 'DOUBLE' };
    case 'ALIGN_COUNT':
      return { metricKind: 'GAUGE', valueType: 'INT64' };
  }
}
