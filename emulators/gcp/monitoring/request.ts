// Reading and validating a timeSeries.list request: the filter, the interval, the aggregation,
// the view and the page size, refused with Cloud Monitoring's own messages. Enums are accepted
// by name or by number.
import { googleErrors } from '../errors.js';
import { parseMonitoringFilter, type ParsedFilter } from './filter.js';
import { SUPPORTED_ALIGNERS, SUPPORTED_REDUCERS, type Aligner, type Reducer } from './series.js';

/** The largest page: points with view FULL, series with view HEADERS. */
export const MAX_PAGE_SIZE = 100_000;
/**
 * Filters longer than this are refused. Cloud Monitoring documents 2,048 Unicode characters for
 * the filters of alerting conditions; the same bound is applied to listing, conservatively.
 */
export const MAX_FILTER_LENGTH = 2048;
/** Raw Compute Engine series are sampled once a minute. */
const RAW_SAMPLE_SECONDS = 60;
const MAX_ALIGNMENT_PERIOD_SECONDS = 104 * 7 * 86_400;

const ALIGNER_NUMBERS: Record<string, number> = { ALIGN_NONE: 0, ALIGN_DELTA: 1, ALIGN_RATE: 2, ALIGN_INTERPOLATE: 3, ALIGN_NEXT_OLDER: 4, ALIGN_MIN: 10, ALIGN_MAX: 11, ALIGN_MEAN: 12, ALIGN_COUNT: 13, ALIGN_SUM: 14, ALIGN_STDDEV: 15, ALIGN_COUNT_TRUE: 16, ALIGN_COUNT_FALSE: 24, ALIGN_FRACTION_TRUE: 17, ALIGN_PERCENTILE_99: 18, ALIGN_PERCENTILE_95: 19, ALIGN_PERCENTILE_50: 20, ALIGN_PERCENTILE_05: 21, ALIGN_PERCENT_CHANGE: 23 };
const REDUCER_NUMBERS: Record<string, number> = { REDUCE_NONE: 0, REDUCE_MEAN: 1, REDUCE_MIN: 2, REDUCE_MAX: 3, REDUCE_SUM: 4, REDUCE_STDDEV: 5, REDUCE_COUNT: 6, REDUCE_COUNT_TRUE: 7, REDUCE_COUNT_FALSE: 15, REDUCE_FRACTION_TRUE: 8, REDUCE_PERCENTILE_99: 9, REDUCE_PERCENTILE_95: 10, REDUCE_PERCENTILE_50: 11, REDUCE_PERCENTILE_05: 12 };
const VIEW_NUMBERS: Record<string, number> = { FULL: 0, HEADERS: 1 };

export interface TimeSeriesRequest {
  filterText: string;
  filter: ParsedFilter;
  /** Answer enums as numbers (`$alt=json;enum-encoding=int`). */
  numericEnums: boolean;
  /** The interval, in epoch milliseconds; start equals end for an instant query. */
  start: number;
  end: number;
  aligner: Aligner;
  reducer: Reducer;
  groupBy: string[];
  /** The alignment period in seconds; the raw sampling period for ALIGN_NONE. */
  period: number;
  view: string;
  /** Points (FULL) or series (HEADERS) per page. */
  pageSize: number;
}

/** `maxPointsPerPage` caps the page size below what the request asks; null = no cap. */
export function parseTimeSeriesRequest(params: URLSearchParams, maxPointsPerPage: number | null): TimeSeriesRequest {
  const numericEnums = (params.get('$alt') ?? '').includes('enum-encoding=int');
  const filterText = params.get('filter');
  if (!filterText) throw googleErrors.invalidArgument('Field filter had an invalid value of "": a filter must be specified.');
  if ([...filterText].length > MAX_FILTER_LENGTH) {
    throw googleErrors.invalidArgument(`Field filter had an invalid value: it must not be longer than ${MAX_FILTER_LENGTH} characters.`);
  }
  const filter = parseMonitoringFilter(filterText);
  const { start, end } = parseInterval(params);
  const { aligner, reducer, groupBy, period } = parseAggregation(params);
  const view = enumParam(params.get('view'), VIEW_NUMBERS, 'view', 'FULL');
  const pageSize = parsePageSize(params.get('pageSize'), maxPointsPerPage);
  return { filterText, filter, numericEnums, start, end, aligner, reducer, groupBy, period, view, pageSize };
}

function parseInterval(params: URLSearchParams): { start: number; end: number } {
  const end = time(params.get('interval.endTime'), 'interval.endTime');
  if (end === null) throw googleErrors.invalidArgument('Field interval.endTime had an invalid value of "": an end time must be specified.');
  const start = time(params.get('interval.startTime'), 'interval.startTime') ?? end;
  if (start > end) throw googleErrors.invalidArgument('Field interval.startTime had an invalid value: the start time must not be after the end time.');
  return { start, end };
}

function parseAggregation(params: URLSearchParams): Pick<TimeSeriesRequest, 'aligner' | 'reducer' | 'groupBy' | 'period'> {
  const aligner = enumParam(params.get('aggregation.perSeriesAligner'), ALIGNER_NUMBERS, 'aggregation.perSeriesAligner', 'ALIGN_NONE');
  const reducer = enumParam(params.get('aggregation.crossSeriesReducer'), REDUCER_NUMBERS, 'aggregation.crossSeriesReducer', 'REDUCE_NONE');
  if (!isOneOf(SUPPORTED_ALIGNERS, aligner)) throw googleErrors.invalidArgument(`The aligner ${aligner} is not supported by this emulator.`);
  if (!isOneOf(SUPPORTED_REDUCERS, reducer)) throw googleErrors.invalidArgument(`The reducer ${reducer} is not supported by this emulator.`);
  const groupBy = params.getAll('aggregation.groupByFields');
  let period = RAW_SAMPLE_SECONDS;
  if (aligner !== 'ALIGN_NONE') {
    period = parseAlignmentPeriod(params.get('aggregation.alignmentPeriod'));
  } else if (reducer !== 'REDUCE_NONE') {
    throw googleErrors.invalidArgument('A cross-series reducer requires a per-series aligner other than ALIGN_NONE and an alignment period.');
  }
  return { aligner, reducer, groupBy, period };
}

function parseAlignmentPeriod(raw: string | null): number {
  const m = raw ? /^(\d+)(?:\.0+)?s$/.exec(raw) : null;
  if (!m) throw googleErrors.invalidArgument('Field aggregation.alignmentPeriod had an invalid value: an alignment period must be specified with a per-series aligner.');
  const period = Number(m[1]);
  if (period < 60) throw googleErrors.invalidArgument('Field aggregation.alignmentPeriod had an invalid value: the alignment period must be at least 60 seconds.');
  if (period > MAX_ALIGNMENT_PERIOD_SECONDS) throw googleErrors.invalidArgument('Field aggregation.alignmentPeriod had an invalid value: the alignment period must be at most 104 weeks.');
  return period;
}

/** 0 or absent asks for the largest page. */
function parsePageSize(raw: string | null, maxPointsPerPage: number | null): number {
  let pageSize = MAX_PAGE_SIZE;
  if (raw) {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0) throw googleErrors.invalidArgument('Field pageSize had an invalid value: it must be a non-negative integer.');
    if (n > 0) pageSize = Math.min(n, MAX_PAGE_SIZE);
  }
  return maxPointsPerPage === null ? pageSize : Math.min(pageSize, maxPointsPerPage);
}

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

function time(raw: string | null, field: string): number | null {
  if (raw === null || raw === '') return null;
  const t = Date.parse(raw);
  if (!Number.isFinite(t)) throw googleErrors.invalidArgument(`Field ${field} had an invalid value of "${raw}": not an RFC 3339 timestamp.`);
  return t;
}

/** An enum given by name or by number, as its name. */
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
