// The series a timeSeries.list answer is built from, before they are written in the wire shape.
import type { GcpMetricKind, GcpValueType } from '../fleet/index.js';

/** The per-series aligners the emulator answers. */
export const SUPPORTED_ALIGNERS = ['ALIGN_NONE', 'ALIGN_DELTA', 'ALIGN_RATE', 'ALIGN_MIN', 'ALIGN_MAX', 'ALIGN_MEAN', 'ALIGN_COUNT', 'ALIGN_SUM'] as const;
/** The cross-series reducers the emulator answers. */
export const SUPPORTED_REDUCERS = ['REDUCE_NONE', 'REDUCE_MEAN', 'REDUCE_MIN', 'REDUCE_MAX', 'REDUCE_SUM', 'REDUCE_COUNT'] as const;

export type Aligner = (typeof SUPPORTED_ALIGNERS)[number];
export type Reducer = (typeof SUPPORTED_REDUCERS)[number];

/** One point; times in epoch milliseconds. */
export interface Point {
  end: number;
  start: number;
  value: number;
}

export interface OutSeries {
  metric: { type: string; labels: Record<string, string> };
  resource: { type: string; labels: Record<string, string> };
  metricKind: GcpMetricKind;
  valueType: GcpValueType;
  unit: string;
  /** Newest first. */
  points: Point[];
}
