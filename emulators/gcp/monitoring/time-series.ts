// projects.timeSeries.list over REST: a filter naming one metric type, an interval, an optional
// aggregation (alignment period ≥ 60 s, a per-series aligner, a cross-series reducer with
// group-by fields), view FULL or HEADERS, and paging by points (FULL) or series (HEADERS) with
// pageSize ≤ 100,000 and pageToken. Enums arrive as numbers when the client asks for
// `$alt=json;enum-encoding=int` (the Node client always does) and are answered the same way.
// Aligned windows end at interval.endTime and step back by the alignment period; points come
// newest first, as Cloud Monitoring returns them.
import type { GcpFleet, GcpMetricDefinition, GcpMetricKind, GcpMonitoredSeries, GcpValueType } from '../fleet/index.js';
import type { MetricSample } from '../../kit/metrics.js';
import { overlaps } from '../../kit/activity.js';
import { hashString } from '../../kit/prng.js';
import { googleErrors } from '../errors.js';
import { parseMonitoringFilter } from './filter.js';

/** The largest page: points with view FULL, series with view HEADERS. */
export const MAX_PAGE_SIZE = 100_000;
/**
 * Filters longer than this are refused. Cloud Monitoring documents 2,048 Unicode characters for
 * the filters of alerting conditions; the same bound is applied to listing, conservatively.
 */
export const MAX_FILTER_LENGTH = 2048;
/** Raw Compute Engine series are sampled once a minute. */
const RAW_SAMPLE_SECONDS = 60;

const ALIGNER_NUMBERS: Record<string, number> = { ALIGN_NONE: 0, ALIGN_DELTA: 1, ALIGN_RATE: 2, ALIGN_INTERPOLATE: 3, ALIGN_NEXT_OLDER: 4, ALIGN_MIN: 10, ALIGN_MAX: 11, ALIGN_MEAN: 12, ALIGN_COUNT: 13, ALIGN_SUM: 14, ALIGN_STDDEV: 15, ALIGN_COUNT_TRUE: 16, ALIGN_COUNT_FALSE: 24, ALIGN_FRACTION_TRUE: 17, ALIGN_PERCENTILE_99: 18, ALIGN_PERCENTILE_95: 19, ALIGN_PERCENTILE_50: 20, ALIGN_PERCENTILE_05: 21, ALIGN_PERCENT_CHANGE: 23 };
const REDUCER_NUMBERS: Record<string, number> = { REDUCE_NONE: 0, REDUCE_MEAN: 1, REDUCE_MIN: 2, REDUCE_MAX: 3, REDUCE_SUM: 4, REDUCE_STDDEV: 5, REDUCE_COUNT: 6, REDUCE_COUNT_TRUE: 7, REDUCE_COUNT_FALSE: 15, REDUCE_FRACTION_TRUE: 8, REDUCE_PERCENTILE_99: 9, REDUCE_PERCENTILE_95: 10, REDUCE_PERCENTILE_50: 11, REDUCE_PERCENTILE_05: 12 };
const METRIC_KIND_NUMBERS: Record<GcpMetricKind, number> = { GAUGE: 1, DELTA: 2, CUMULATIVE: 3 };
const VALUE_TYPE_NUMBERS: Record<GcpValueType, number> = { BOOL: 1, INT64: 2, DOUBLE: 3, STRING: 4, DISTRIBUTION: 5, MONEY: 6 };

type Aligner = 'ALIGN_NONE' | 'ALIGN_DELTA' | 'ALIGN_RATE' | 'ALIGN_MIN' | 'ALIGN_MAX' | 'ALIGN_MEAN' | 'ALIGN_COUNT' | 'ALIGN_SUM';
type Reducer = 'REDUCE_NONE' | 'REDUCE_MEAN' | 'REDUCE_MIN' | 'REDUCE_MAX' | 'REDUCE_SUM' | 'REDUCE_COUNT';
const SUPPORTED_ALIGNERS: readonly string[] = ['ALIGN_NONE', 'ALIGN_DELTA', 'ALIGN_RATE', 'ALIGN_MIN', 'ALIGN_MAX', 'ALIGN_MEAN', 'ALIGN_COUNT', 'ALIGN_SUM'];
const SUPPORTED_REDUCERS: readonly string[] = ['REDUCE_NONE', 'REDUCE_MEAN', 'REDUCE_MIN', 'REDUCE_MAX', 'REDUCE_SUM', 'REDUCE_COUNT'];

export interface TimeSeriesContext {
  fleet: GcpFleet;
  /** The project named in the path. */
  project: string;
  params: URLSearchParams;
  now: Date;
  /** Caps the points (FULL) or series (HEADERS) of every page below pageSize; null = no cap. */
  maxPointsPerPage: number | null;
}

interface Point {
  end: number;
  start: number;
  value: number;
}

interface OutSeries {
  metric: { type: string; labels: Record<string, string> };
  resource: { type: string; labels: Record<string, string> };
  metricKind: GcpMetricKind;
  valueType: GcpValueType;
  unit: string;
  /** Newest first. */
  points: Point[];
}

interface Token {
  s: number;
  p: number;
  f: number;
  n: number;
}

export function listTimeSeries(ctx: TimeSeriesContext): Record<string, unknown> {
  const { params } = ctx;
  const numericEnums = (params.get('$alt') ?? '').includes('enum-encoding=int');
  const filterText = params.get('filter');
  if (!filterText) throw googleErrors.invalidArgument('Field filter had an invalid value of "": a filter must be specified.');
  if ([...filterText].length > MAX_FILTER_LENGTH) {
    throw googleErrors.invalidArgument(`Field filter had an invalid value: it must not be longer than ${MAX_FILTER_LENGTH} characters.`);
  }
  const filter = parseMonitoringFilter(filterText);
  const end = time(params.get('interval.endTime'), 'interval.endTime');
  if (end === null) throw googleErrors.invalidArgument('Field interval.endTime had an invalid value of "": an end time must be specified.');
  const start = time(params.get('interval.startTime'), 'interval.startTime') ?? end;
  if (start > end) throw googleErrors.invalidArgument('Field interval.startTime had an invalid value: the start time must not be after the end time.');

  const aligner = enumParam(params.get('aggregation.perSeriesAligner'), ALIGNER_NUMBERS, 'aggregation.perSeriesAligner', 'ALIGN_NONE');
  const reducer = enumParam(params.get('aggregation.crossSeriesReducer'), REDUCER_NUMBERS, 'aggregation.crossSeriesReducer', 'REDUCE_NONE');
  if (!SUPPORTED_ALIGNERS.includes(aligner)) throw googleErrors.invalidArgument(`The aligner ${aligner} is not supported by this emulator.`);
  if (!SUPPORTED_REDUCERS.includes(reducer)) throw googleErrors.invalidArgument(`The reducer ${reducer} is not supported by this emulator.`);
  const groupBy = params.getAll('aggregation.groupByFields');
  let period = RAW_SAMPLE_SECONDS;
  if (aligner !== 'ALIGN_NONE') {
    const raw = params.get('aggregation.alignmentPeriod');
    const m = raw ? /^(\d+)(?:\.0+)?s$/.exec(raw) : null;
    if (!m) throw googleErrors.invalidArgument('Field aggregation.alignmentPeriod had an invalid value: an alignment period must be specified with a per-series aligner.');
    period = Number(m[1]);
    if (period < 60) throw googleErrors.invalidArgument('Field aggregation.alignmentPeriod had an invalid value: the alignment period must be at least 60 seconds.');
    if (period > 104 * 7 * 86_400) throw googleErrors.invalidArgument('Field aggregation.alignmentPeriod had an invalid value: the alignment period must be at most 104 weeks.');
  } else if (reducer !== 'REDUCE_NONE') {
    throw googleErrors.invalidArgument('A cross-series reducer requires a per-series aligner other than ALIGN_NONE and an alignment period.');
  }
  const view = enumParam(params.get('view'), { FULL: 0, HEADERS: 1 }, 'view', 'FULL');
  let pageSize = MAX_PAGE_SIZE;
  const rawPageSize = params.get('pageSize');
  if (rawPageSize) {
    const n = Number(rawPageSize);
    if (!Number.isInteger(n) || n < 0) throw googleErrors.invalidArgument('Field pageSize had an invalid value: it must be a non-negative integer.');
    if (n > 0) pageSize = Math.min(n, MAX_PAGE_SIZE);
  }
  if (ctx.maxPointsPerPage !== null) pageSize = Math.min(pageSize, ctx.maxPointsPerPage);

  // The first page fixes "now", so later pages page through the same answer.
  const fingerprint = hashString([ctx.project, filterText, start, end, aligner, reducer, groupBy.join(','), period, view].join('\u001f'));
  const token = decodeToken(params.get('pageToken'), fingerprint);
  const now = token ? token.n : ctx.now.getTime();

  const all = ctx.fleet.monitoredSeries(ctx.project, filter.metricType);
  if (all === null) throw googleErrors.metricNotFound(filter.metricType);
  const projectNames = [ctx.project, ctx.fleet.project(ctx.project)?.project.projectNumber ?? ''];
  const matching = all.filter((s) => filter.matches({ project: projectNames, metric: s.metric, resource: s.resource }));
  const definition = matching[0]?.definition;
  if (definition) checkAligner(aligner as Aligner, definition);

  let series = matching.map((s) => align(ctx.fleet, s, aligner as Aligner, start, end, period, now)).filter((s) => s.points.length > 0);
  if (reducer !== 'REDUCE_NONE') series = reduce(series, reducer as Reducer, groupBy);

  // Paging: by points (FULL) or by series (HEADERS); a series may continue on the next page.
  const headersOnly = view === 'HEADERS';
  const out: OutSeries[] = [];
  let s = token?.s ?? 0;
  let p = token?.p ?? 0;
  let budget = pageSize;
  while (s < series.length && budget > 0) {
    const current = series[s]!;
    if (headersOnly) {
      out.push({ ...current, points: [] });
      budget--;
      s++;
      continue;
    }
    const take = current.points.slice(p, p + budget);
    out.push({ ...current, points: take });
    budget -= take.length;
    p += take.length;
    if (p >= current.points.length) {
      s++;
      p = 0;
    }
  }
  const next = s < series.length ? encodeToken({ s, p, f: fingerprint, n: now }) : undefined;
  return {
    ...(out.length > 0 ? { timeSeries: out.map((x) => wireSeries(x, numericEnums)) } : {}),
    ...(next ? { nextPageToken: next } : {}),
    ...(definition ? { unit: definition.unit } : {}),
  };
}

function checkAligner(aligner: Aligner, definition: GcpMetricDefinition): void {
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

/** One source series aligned to the period (or raw one-minute points for ALIGN_NONE). */
function align(fleet: GcpFleet, source: GcpMonitoredSeries, aligner: Aligner, start: number, end: number, period: number, now: number): OutSeries {
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

function pick(sample: MetricSample, aligner: Aligner, period: number, d: GcpMetricDefinition): number {
  switch (aligner) {
    case 'ALIGN_NONE':
      return d.metricKind === 'DELTA' ? sample.sum : sample.average;
    case 'ALIGN_MEAN':
      return sample.average;
    case 'ALIGN_MIN':
      return sample.minimum;
    case 'ALIGN_MAX':
      return sample.maximum;
    case 'ALIGN_COUNT':
      return sample.sampleCount;
    case 'ALIGN_SUM':
    case 'ALIGN_DELTA':
      return sample.sum;
    case 'ALIGN_RATE':
      return sample.sum / period;
  }
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

/** Cross-series reduction: one series per group, keeping only the grouped labels (and the project). */
function reduce(series: OutSeries[], reducer: Reducer, groupBy: readonly string[]): OutSeries[] {
  const groups = new Map<string, OutSeries[]>();
  const keyOf = (s: OutSeries) => groupBy.map((field) => fieldValue(s, field) ?? '').join('\u001f');
  for (const s of series) {
    const key = keyOf(s);
    const group = groups.get(key) ?? [];
    group.push(s);
    groups.set(key, group);
  }
  const out: OutSeries[] = [];
  for (const group of groups.values()) {
    const first = group[0]!;
    const metricLabels: Record<string, string> = {};
    const resourceLabels: Record<string, string> = { project_id: first.resource.labels['project_id'] ?? '' };
    for (const field of groupBy) {
      const m = /^(metric|resource)\.labels?\.(.+)$/.exec(field);
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
    out.push({
      metric: { type: first.metric.type, labels: metricLabels },
      resource: { type: first.resource.type, labels: resourceLabels },
      metricKind: reducer === 'REDUCE_COUNT' ? 'GAUGE' : first.metricKind,
      valueType,
      unit: first.unit,
      points,
    });
  }
  return out;
}

function fieldValue(s: OutSeries, field: string): string | undefined {
  if (field === 'metric.type') return s.metric.type;
  if (field === 'resource.type') return s.resource.type;
  const m = /^(metric|resource)\.labels?\.(.+)$/.exec(field);
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

function wireSeries(s: OutSeries, numericEnums: boolean): Record<string, unknown> {
  const int = s.valueType === 'INT64';
  return {
    metric: { labels: s.metric.labels, type: s.metric.type },
    resource: { type: s.resource.type, labels: s.resource.labels },
    metricKind: numericEnums ? METRIC_KIND_NUMBERS[s.metricKind] : s.metricKind,
    valueType: numericEnums ? VALUE_TYPE_NUMBERS[s.valueType] : s.valueType,
    points: s.points.map((p) => ({
      interval: {
        // A gauge point is a moment; a delta point covers its window.
        startTime: new Date(s.metricKind === 'GAUGE' ? p.end : p.start).toISOString(),
        endTime: new Date(p.end).toISOString(),
      },
      value: int ? { int64Value: String(Math.round(p.value)) } : { doubleValue: p.value },
    })),
    unit: s.unit,
  };
}

function time(raw: string | null, field: string): number | null {
  if (raw === null || raw === '') return null;
  const t = Date.parse(raw);
  if (!Number.isFinite(t)) throw googleErrors.invalidArgument(`Field ${field} had an invalid value of "${raw}": not an RFC 3339 timestamp.`);
  return t;
}

function enumParam(raw: string | null, numbers: Record<string, number>, field: string, fallback: string): string {
  if (raw === null || raw === '') return fallback;
  if (/^\d+$/.test(raw)) {
    const name = Object.entries(numbers).find(([, n]) => n === Number(raw))?.[0];
    if (name) return name;
  } else if (raw in numbers) {
    return raw;
  }
  throw googleErrors.invalidArgument(`Invalid value at '${field}', "${raw}"`);
}

function encodeToken(token: Token): string {
  return Buffer.from(JSON.stringify(token)).toString('base64url');
}

function decodeToken(raw: string | null, fingerprint: number): Token | null {
  if (!raw) return null;
  let body: Partial<Token> | null = null;
  try {
    body = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Partial<Token>;
  } catch {
    body = null;
  }
  if (!body || body.f !== fingerprint || typeof body.s !== 'number' || typeof body.p !== 'number' || typeof body.n !== 'number') {
    throw googleErrors.invalidArgument('Field pageToken had an invalid value: the page token does not belong to this query.');
  }
  return body as Token;
}
