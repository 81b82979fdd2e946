// Metrics for providers whose APIs give counters as they are now, with no history (libvirt's
// domstats, containerd's cgroup statistics): each read is kept as a sample per resource, in this
// process, and a series is what changed between consecutive samples. History therefore starts
// with the process; a resource keeps at most `max` samples, and one closer than `minSpacingS` to
// the previous is not kept. A counter that went back (the resource restarted) gives no point.
import { intoPeriods, type TimedValue } from './metric-points.js';
import { METRIC_UNITS, type MetricQuery, type MetricRequest, type MetricSeries } from './types.js';

export interface Sampled {
  /** Unix seconds */
  at: number;
}

/** How one model metric is read from two consecutive samples (or the later one alone). */
export interface CounterReading<S extends Sampled> {
  nativeName: string;
  /** Amounts add up when merged into a longer period; shares average. */
  adds: boolean;
  /** Whether the provider reported what this metric needs in `sample` (a series never reported is unavailable). */
  reported(sample: S): boolean;
  value(earlier: S, later: S): number | null;
}

/** The increase of a counter between two samples; none when either lacks it or it went back. */
export function counterDelta<S extends Sampled>(nativeName: string, pick: (sample: S) => number | null): CounterReading<S> {
  return {
    nativeName,
    adds: true,
    reported: (sample) => pick(sample) !== null,
    value(earlier, later) {
      const [a, b] = [pick(earlier), pick(later)];
      return a === null || b === null || b < a ? null : b - a;
    },
  };
}

export class CounterSamples<S extends Sampled> {
  private readonly byResource = new Map<string, S[]>();

  constructor(
    private readonly max = 240,
    private readonly minSpacingS = 10,
  ) {}

  record(key: string, sample: S): void {
    const samples = this.byResource.get(key) ?? [];
    if (samples.length > 0 && sample.at - samples[samples.length - 1]!.at < this.minSpacingS) return;
    samples.push(sample);
    if (samples.length > this.max) samples.splice(0, samples.length - this.max);
    this.byResource.set(key, samples);
  }

  of(key: string): readonly S[] {
    return this.byResource.get(key) ?? [];
  }
}

/** The series `query` asks for, from a resource's samples; `reading` undefined: not offered. */
export function counterSeries<S extends Sampled>(query: MetricQuery, samples: readonly S[], request: MetricRequest, reading: CounterReading<S> | undefined): MetricSeries {
  const base = { resourceId: query.resourceId, name: query.name, period: query.period };
  if (!reading || query.name === null) return { ...base, nativeName: query.nativeName ?? '', unit: query.name ? METRIC_UNITS[query.name] : '', points: [], available: false };
  const from = request.from.getTime() / 1000;
  const to = request.to.getTime() / 1000;
  const values: TimedValue[] = [];
  let step = Infinity;
  for (let i = 1; i < samples.length; i++) {
    const [a, b] = [samples[i - 1]!, samples[i]!];
    if (b.at < from || b.at > to) continue;
    const value = reading.value(a, b);
    if (value === null) continue;
    values.push({ time: b.at, value });
    step = Math.min(step, b.at - a.at);
  }
  const available = samples.some((sample) => reading.reported(sample));
  return { ...base, nativeName: reading.nativeName, unit: METRIC_UNITS[query.name], points: intoPeriods(values, step, query.period, reading.adds), available };
}
