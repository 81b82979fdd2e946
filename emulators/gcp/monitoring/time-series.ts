// projects.timeSeries.list over REST: a filter naming one metric type, an interval, an optional
// aggregation (alignment period ≥ 60 s, a per-series aligner, a cross-series reducer with
// group-by fields), view FULL or HEADERS, and paging by points (FULL) or series (HEADERS) with
// pageSize ≤ 100,000 and pageToken. Enums arrive as numbers when the client asks for
// `$alt=json;enum-encoding=int` (the Node client always does) and are answered the same way.
import type { GcpFleet, GcpMonitoredSeries } from '../fleet/index.js';
import { hashString } from '../../kit/prng.js';
import { googleErrors } from '../errors.js';
import { align, checkAligner } from './align.js';
import { reduce } from './reduce.js';
import { parseTimeSeriesRequest, type TimeSeriesRequest } from './request.js';
import { decodeToken, encodeToken, takePage, wireSeries } from './response.js';

export { MAX_FILTER_LENGTH, MAX_PAGE_SIZE } from './request.js';

export interface TimeSeriesContext {
  fleet: GcpFleet;
  /** The project named in the path. */
  project: string;
  params: URLSearchParams;
  now: Date;
  /** Caps the points (FULL) or series (HEADERS) of every page below pageSize; null = no cap. */
  maxPointsPerPage: number | null;
}

export function listTimeSeries(ctx: TimeSeriesContext): Record<string, unknown> {
  const request = parseTimeSeriesRequest(ctx.params, ctx.maxPointsPerPage);
  // The first page fixes "now", so later pages page through the same answer.
  const fingerprint = queryFingerprint(ctx.project, request);
  const token = decodeToken(ctx.params.get('pageToken'), fingerprint);
  const now = token ? token.n : ctx.now.getTime();

  const matching = matchingSeries(ctx, request);
  const definition = matching[0]?.definition;
  if (definition) checkAligner(request.aligner, definition);
  let series = matching.map((s) => align(ctx.fleet, s, request, now)).filter((s) => s.points.length > 0);
  if (request.reducer !== 'REDUCE_NONE') series = reduce(series, request.reducer, request.groupBy);

  const { page, next } = takePage(series, token, request.pageSize, request.view === 'HEADERS');
  const nextPageToken = next ? encodeToken({ ...next, f: fingerprint, n: now }) : undefined;
  return {
    ...(page.length > 0 ? { timeSeries: page.map((x) => wireSeries(x, request.numericEnums)) } : {}),
    ...(nextPageToken ? { nextPageToken } : {}),
    ...(definition ? { unit: definition.unit } : {}),
  };
}

/** Ties page tokens to the query they came from. */
function queryFingerprint(project: string, r: TimeSeriesRequest): number {
  return hashString([project, r.filterText, r.start, r.end, r.aligner, r.reducer, r.groupBy.join(','), r.period, r.view].join('\u001f'));
}

/** The project's series of the filter's metric type that the filter matches; the project is matched by id or number. */
function matchingSeries(ctx: TimeSeriesContext, { filter }: TimeSeriesRequest): GcpMonitoredSeries[] {
  const all = ctx.fleet.monitoredSeries(ctx.project, filter.metricType);
  if (all === null) throw googleErrors.metricNotFound(filter.metricType);
  const projectNames = [ctx.project, ctx.fleet.project(ctx.project)?.project.projectNumber ?? ''];
  return all.filter((s) => filter.matches({ project: projectNames, metric: s.metric, resource: s.resource }));
}
