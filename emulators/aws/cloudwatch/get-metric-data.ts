// GetMetricData over AWS JSON 1.0: up to 500 MetricStat queries per call, datapoints paged
// across queries by MaxDatapoints (≤ 100,800) and NextToken, timestamps as epoch seconds.
import { hashString, percentileOf, type AwsMetricDimension, type Fleet } from '../../fleet.js';
import { cloudWatchErrors } from './errors.js';

export const MAX_METRIC_DATA_QUERIES = 500;
export const MAX_DATAPOINTS_PER_CALL = 100_800;

const BASIC_STATS = new Set(['Average', 'Sum', 'Minimum', 'Maximum', 'SampleCount']);
const ID_PATTERN = /^[a-z][a-zA-Z0-9_]*$/;

export interface CloudWatchContext {
  fleet: Fleet;
  account: string;
  region: string;
  /** Caps datapoints per page below MaxDatapoints (paging tests); null = no cap. */
  maxDatapointsPerPage: number | null;
}

interface ParsedQuery {
  id: string;
  label: string;
  returnData: boolean;
  namespace: string;
  metricName: string;
  dimensions: AwsMetricDimension[];
  period: number;
  stat: string;
}

interface Token {
  q: number;
  p: number;
  f: number;
  /** The clock at the first page, so later pages see the same series. */
  n: number;
}

interface MetricDataResult {
  Id: string;
  Label: string;
  Timestamps: number[];
  Values: number[];
  StatusCode: 'Complete' | 'PartialData';
  Messages: never[];
}

export function getMetricData(body: unknown, ctx: CloudWatchContext, now: Date): Record<string, unknown> {
  const input = asObject(body, 'request');
  const rawQueries = input.MetricDataQueries;
  if (!Array.isArray(rawQueries) || rawQueries.length === 0) {
    throw cloudWatchErrors.validation(
      "1 validation error detected: Value null at 'metricDataQueries' failed to satisfy constraint: Member must not be null",
    );
  }
  if (rawQueries.length > MAX_METRIC_DATA_QUERIES) {
    throw cloudWatchErrors.validation(
      `The collection MetricDataQueries must not have a size greater than ${MAX_METRIC_DATA_QUERIES}.`,
    );
  }
  const start = timestamp(input.StartTime, 'StartTime');
  const end = timestamp(input.EndTime, 'EndTime');
  if (start.getTime() >= end.getTime()) {
    throw cloudWatchErrors.invalidParameterValue('The parameter StartTime must be less than the parameter EndTime.');
  }
  const scanBy = input.ScanBy ?? 'TimestampDescending';
  if (scanBy !== 'TimestampDescending' && scanBy !== 'TimestampAscending') {
    throw cloudWatchErrors.validation(
      `1 validation error detected: Value '${String(scanBy)}' at 'scanBy' failed to satisfy constraint: Member must satisfy enum value set: [TimestampDescending, TimestampAscending]`,
    );
  }
  let maxDatapoints = MAX_DATAPOINTS_PER_CALL;
  if (input.MaxDatapoints !== undefined) {
    if (typeof input.MaxDatapoints !== 'number' || !Number.isInteger(input.MaxDatapoints) || input.MaxDatapoints < 1) {
      throw cloudWatchErrors.validation('The parameter MaxDatapoints must be a positive integer.');
    }
    maxDatapoints = Math.min(input.MaxDatapoints, MAX_DATAPOINTS_PER_CALL);
  }
  if (ctx.maxDatapointsPerPage !== null) maxDatapoints = Math.min(maxDatapoints, ctx.maxDatapointsPerPage);

  const queries = rawQueries.map((q, i) => parseQuery(q, i + 1));
  const ids = new Set<string>();
  for (const q of queries) {
    if (ids.has(q.id)) throw cloudWatchErrors.validation('The values for parameter id in MetricDataQueries are not unique.');
    ids.add(q.id);
  }

  const { NextToken: _ignored, ...rest } = input;
  const fingerprint = hashString(JSON.stringify(rest));
  const token = input.NextToken === undefined || input.NextToken === null ? undefined : decodeToken(input.NextToken, fingerprint);
  const pinnedNow = token ? new Date(token.n) : now;

  const wanted = queries.filter((q) => q.returnData);
  const series = wanted.map((q) => {
    const found = ctx.fleet.aws.metricSeries({
      account: ctx.account,
      region: ctx.region,
      namespace: q.namespace,
      metricName: q.metricName,
      dimensions: q.dimensions,
      period: q.period,
      stat: q.stat,
      start,
      end,
      now: pinnedNow,
    });
    const timestamps = (found?.timestamps ?? []).map((t) => t.getTime() / 1000);
    const values = found?.values ?? [];
    if (scanBy === 'TimestampDescending') {
      timestamps.reverse();
      values.reverse();
    }
    return { timestamps, values };
  });

  // Fill the page in query order, resuming where the token says.
  let budget = maxDatapoints;
  let next: Token | undefined;
  const results: MetricDataResult[] = wanted.map((q, i) => {
    const s = series[i]!;
    const result: MetricDataResult = { Id: q.id, Label: q.label, Timestamps: [], Values: [], StatusCode: 'Complete', Messages: [] };
    const from = !token || i > token.q ? 0 : i === token.q ? token.p : s.timestamps.length;
    if (token && i < token.q) return result; // delivered on earlier pages
    if (next) {
      result.StatusCode = 'PartialData';
      return result;
    }
    const to = Math.min(s.timestamps.length, from + budget);
    result.Timestamps = s.timestamps.slice(from, to);
    result.Values = s.values.slice(from, to);
    budget -= to - from;
    if (to < s.timestamps.length) {
      result.StatusCode = 'PartialData';
      next = { q: i, p: to, f: fingerprint, n: pinnedNow.getTime() };
    }
    return result;
  });

  const output: Record<string, unknown> = { MetricDataResults: results, Messages: [] };
  if (next) output.NextToken = Buffer.from(JSON.stringify(next)).toString('base64url');
  return output;
}

function parseQuery(raw: unknown, index: number): ParsedQuery {
  const q = asObject(raw, `MetricDataQueries.member.${index}`);
  const id = q.Id;
  if (typeof id !== 'string' || !ID_PATTERN.test(id) || id.length > 255) {
    throw cloudWatchErrors.validation(
      `Invalid metric data query id: ${JSON.stringify(id)}. Ids must start with a lowercase letter and contain only letters, numbers and underscores.`,
    );
  }
  if (q.Expression !== undefined && q.MetricStat !== undefined) {
    throw cloudWatchErrors.validation(`The parameters MetricStat and Expression in MetricDataQueries.member.${index} are mutually exclusive.`);
  }
  if (q.Expression !== undefined) {
    throw cloudWatchErrors.invalidParameterValue(
      `MetricDataQueries.member.${index}: metric math expressions are not supported by this emulator; use MetricStat.`,
    );
  }
  const stat = asObject(q.MetricStat, `MetricDataQueries.member.${index}.MetricStat`);
  const metric = asObject(stat.Metric, `MetricDataQueries.member.${index}.MetricStat.Metric`);
  const period = stat.Period;
  if (typeof period !== 'number' || !Number.isInteger(period) || period < 1 || !(period % 60 === 0 || [1, 5, 10, 20, 30].includes(period))) {
    throw cloudWatchErrors.invalidParameterValue(
      `The parameter MetricDataQueries.member.${index}.MetricStat.Period must be 1, 5, 10, 20, 30 or a multiple of 60.`,
    );
  }
  const statistic = stat.Stat;
  if (typeof statistic !== 'string' || (!BASIC_STATS.has(statistic) && percentileOf(statistic) === undefined)) {
    throw cloudWatchErrors.invalidParameterValue(
      `The parameter MetricDataQueries.member.${index}.MetricStat.Stat must be Average, Sum, Minimum, Maximum, SampleCount or a percentile pNN.`,
    );
  }
  const dimensions = metric.Dimensions === undefined ? [] : metric.Dimensions;
  if (!Array.isArray(dimensions) || dimensions.length > 30) {
    throw cloudWatchErrors.validation(`MetricDataQueries.member.${index}.MetricStat.Metric.Dimensions must be a list of at most 30.`);
  }
  const metricName = typeof metric.MetricName === 'string' ? metric.MetricName : '';
  return {
    id,
    label: typeof q.Label === 'string' ? q.Label : metricName,
    returnData: q.ReturnData !== false,
    namespace: typeof metric.Namespace === 'string' ? metric.Namespace : '',
    metricName,
    dimensions: dimensions.map((d, k) => {
      const dim = asObject(d, `MetricDataQueries.member.${index}.MetricStat.Metric.Dimensions.member.${k + 1}`);
      return { name: String(dim.Name ?? ''), value: String(dim.Value ?? '') };
    }),
    period,
    stat: statistic,
  };
}

function asObject(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw cloudWatchErrors.validation(`1 validation error detected: Value at '${what}' failed to satisfy constraint: Member must not be null`);
  }
  return value as Record<string, unknown>;
}

/** JSON 1.0 timestamps are epoch seconds (possibly fractional); ISO strings are accepted too. */
function timestamp(value: unknown, name: string): Date {
  const date =
    typeof value === 'number' ? new Date(value * 1000) : typeof value === 'string' ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) {
    throw cloudWatchErrors.validation(
      `1 validation error detected: Value null at '${name.charAt(0).toLowerCase()}${name.slice(1)}' failed to satisfy constraint: Member must not be null`,
    );
  }
  return date;
}

function decodeToken(raw: unknown, fingerprint: number): Token {
  if (typeof raw !== 'string') throw cloudWatchErrors.invalidNextToken();
  try {
    const t = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Partial<Token>;
    if (
      t.f === fingerprint &&
      Number.isInteger(t.q) &&
      Number.isInteger(t.p) &&
      typeof t.n === 'number' &&
      (t.q as number) >= 0 &&
      (t.p as number) >= 0
    ) {
      return t as Token;
    }
  } catch {
    // fall through
  }
  throw cloudWatchErrors.invalidNextToken();
}
