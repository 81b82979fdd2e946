// The answer: one page of the series, by points (FULL) or by series (HEADERS), a series possibly
// continuing on the next page; page tokens that carry where the next page starts; the wire shape.
import type { GcpMetricKind, GcpValueType } from '../fleet/index.js';
import { googleErrors } from '../errors.js';
import type { OutSeries } from './series.js';

const METRIC_KIND_NUMBERS: Record<GcpMetricKind, number> = { GAUGE: 1, DELTA: 2, CUMULATIVE: 3 };
const VALUE_TYPE_NUMBERS: Record<GcpValueType, number> = { BOOL: 1, INT64: 2, DOUBLE: 3, STRING: 4, DISTRIBUTION: 5, MONEY: 6 };

/** Where a page starts: the series, and the point within it. */
export interface PagePosition {
  s: number;
  p: number;
}

/** A page token: where the next page starts, the query's fingerprint and the "now" the first page fixed. */
export interface PageToken extends PagePosition {
  f: number;
  n: number;
}

/** The page that starts at `from`, and where the next one starts (null on the last page). */
export function takePage(series: OutSeries[], from: PagePosition | null, pageSize: number, headersOnly: boolean): { page: OutSeries[]; next: PagePosition | null } {
  const page: OutSeries[] = [];
  let s = from?.s ?? 0;
  let p = from?.p ?? 0;
  let budget = pageSize;
  while (s < series.length && budget > 0) {
    const current = series[s]!;
    if (headersOnly) {
      page.push({ ...current, points: [] });
      budget--;
      s++;
      continue;
    }
    const take = current.points.slice(p, p + budget);
    page.push({ ...current, points: take });
    budget -= take.length;
    p += take.length;
    if (p >= current.points.length) {
      s++;
      p = 0;
    }
  }
  return { page, next: s < series.length ? { s, p } : null };
}

export function encodeToken(token: PageToken): string {
  return Buffer.from(JSON.stringify(token)).toString('base64url');
}

/** The token's contents; refused unless it came from a query with this fingerprint. */
export function decodeToken(raw: string | null, fingerprint: number): PageToken | null {
  if (!raw) return null;
  let body: Partial<PageToken> | null = null;
  try {
    body = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Partial<PageToken>;
  } catch {
    body = null;
  }
  if (!body || body.f !== fingerprint || typeof body.s !== 'number' || typeof body.p !== 'number' || typeof body.n !== 'number') {
    throw googleErrors.invalidArgument('Field pageToken had an invalid value: the page token does not belong to this query.');
  }
  return body as PageToken;
}

export function wireSeries(s: OutSeries, numericEnums: boolean): Record<string, unknown> {
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
