// BigQuery v2 over REST, as @google-cloud/bigquery's query() speaks it, for the billing export:
//   POST /bigquery/v2/projects/{p}/queries            jobs.query: runs the query as a job of {p},
//        answers the first page (jobComplete: true) and a pageToken when more rows remain;
//   GET  /bigquery/v2/projects/{p}/queries/{jobId}    jobs.getQueryResults: the page a pageToken names.
// The server in front identifies the caller by its bearer token, applies injected faults
// (passed in as `fault`) and logs each request under service 'bigquery' and the action
// `bigQueryTarget` gives.
import type { FailureKind } from '../../kit/faults.js';
import type { EmulatorReply } from '../../kit/server.js';
import { GoogleApiError } from '../errors.js';
import type { GcpBillableItem } from './billable.js';
import { bigQueryErrors } from './errors.js';
import { evaluate, SHAPE_PARAMETERS } from './evaluate.js';
import { pageOf, type Page, type QueryJob, type QueryJobs } from './jobs.js';
import { namedParameters, type QueryParameter } from './params.js';
import { resolveTable, type BillingExportTable } from './tables.js';
import { recognise } from './templates.js';

export const BIGQUERY_SERVICE = 'bigquery';
export const BIGQUERY_ACTIONS = ['jobs.query', 'jobs.getQueryResults'] as const;
export type BigQueryAction = (typeof BIGQUERY_ACTIONS)[number];

/** Rows per page when neither the settings nor maxResults ask for fewer. */
export const DEFAULT_MAX_ROWS_PER_PAGE = 100_000;

export interface BigQuerySettings {
  /** The export tables the emulator holds. */
  tables: BillingExportTable[];
  /** Rows per page at most (BigQuery's 10 MB page limit, made countable); maxResults may ask for fewer. */
  maxRowsPerPage: number;
}

export interface BigQueryTarget {
  /** The method ('' when the path names none). */
  action: BigQueryAction | '';
  /** The project in the path; null when it names none. */
  project: string | null;
  jobId: string | null;
}

export interface BigQueryRequest {
  method: string;
  pathname: string;
  params: URLSearchParams;
  body: string;
  /** The project the bearer token belongs to (the server has already answered 401 without one). */
  caller: string;
  /** What the fault injector decided for this request. */
  fault: FailureKind | null;
}

export interface BigQueryContext {
  /** Every billable item of the fleet: one billing account pays for all projects. */
  items: readonly GcpBillableItem[];
  settings: BigQuerySettings;
  /** Kept across requests (results are paged from here). */
  jobs: QueryJobs;
  now: Date;
}

interface JobsQueryBody {
  query?: unknown;
  useLegacySql?: unknown;
  parameterMode?: string;
  queryParameters?: QueryParameter[];
  location?: string;
  maxResults?: unknown;
  requestId?: string;
}

const QUERIES_PATH = /^\/bigquery\/v2\/projects\/([^/]+)\/queries(?:\/([^/]+))?\/?$/;

/** Which method a request names, for the request log and fault matching. */
export function bigQueryTarget(method: string, pathname: string): BigQueryTarget {
  const m = QUERIES_PATH.exec(pathname);
  if (!m) return { action: '', project: /^\/bigquery\/v2\/projects\/([^/]+)/.exec(pathname)?.[1] ?? null, jobId: null };
  const project = decodeURIComponent(m[1]!);
  const jobId = m[2] === undefined ? null : decodeURIComponent(m[2]);
  if (method === 'POST' && jobId === null) return { action: 'jobs.query', project, jobId };
  if (method === 'GET' && jobId !== null) return { action: 'jobs.getQueryResults', project, jobId };
  return { action: '', project, jobId };
}

export function handleBigQuery(request: BigQueryRequest, context: BigQueryContext): EmulatorReply {
  try {
    if (request.fault === 'throttle') throw bigQueryErrors.rateLimited();
    if (request.fault === 'unavailable') throw bigQueryErrors.backendError();
    const target = bigQueryTarget(request.method, request.pathname);
    if (request.fault === 'forbidden') throw bigQueryErrors.accessDenied(target.project ?? '', 'bigquery.jobs.create');
    if (target.action === '' || target.project === null) throw bigQueryErrors.urlNotFound(request.pathname);
    const body = target.action === 'jobs.query' ? jobsQuery(target.project, request, context) : getQueryResults(target.project, target.jobId!, request, context);
    return { status: 200, body: JSON.stringify(body) };
  } catch (error) {
    const e = error instanceof GoogleApiError ? error : bigQueryErrors.internal(`Internal emulator error: ${error instanceof Error ? error.message : String(error)}`);
    return { status: e.httpStatus, body: e.body(), ...(e.extra.headers ? { headers: e.extra.headers } : {}) };
  }
}

function jobsQuery(project: string, request: BigQueryRequest, context: BigQueryContext): object {
  if (project !== request.caller) throw bigQueryErrors.accessDenied(project, 'bigquery.jobs.create');
  const body = parseBody(request.body);
  const pageSize = pageSizeOf(body.maxResults, context.settings);
  const repeated = context.jobs.forRequest(project, body.requestId);
  if (repeated) return answer('bigquery#queryResponse', repeated, pageOf(repeated, null, pageSize));
  if (typeof body.query !== 'string' || body.query.trim() === '') throw bigQueryErrors.invalid('Required parameter is missing: query');
  if (body.useLegacySql === true) throw bigQueryErrors.invalidQuery('This query is GoogleSQL: send it with useLegacySql false');
  const recognised = recognise(body.query);
  const table = resolveTable(recognised.table, context.settings.tables, body.location);
  const params = namedParameters(body.parameterMode, body.queryParameters, SHAPE_PARAMETERS[recognised.shape]);
  const result = evaluate(recognised.shape, params, { table, items: context.items, now: context.now });
  const job = context.jobs.add(project, table.location, result, body.requestId);
  return answer('bigquery#queryResponse', job, pageOf(job, null, pageSize));
}

function getQueryResults(project: string, jobId: string, request: BigQueryRequest, context: BigQueryContext): object {
  if (project !== request.caller) throw bigQueryErrors.accessDenied(project, 'bigquery.jobs.get');
  const job = context.jobs.get(project, jobId, request.params.get('location'));
  const page = pageOf(job, request.params.get('pageToken'), pageSizeOf(request.params.get('maxResults') ?? undefined, context.settings));
  return answer('bigquery#getQueryResultsResponse', job, page);
}

function answer(kind: string, job: QueryJob, page: Page): object {
  const { fields, rows } = job.result;
  return {
    kind,
    ...(kind === 'bigquery#getQueryResultsResponse' ? { etag: `"${job.jobId.slice(4, 16)}"` } : {}),
    schema: { fields: fields.map((name) => ({ name, type: 'STRING', mode: 'NULLABLE' })) },
    jobReference: { projectId: job.project, jobId: job.jobId, location: job.location },
    totalRows: String(rows.length),
    ...(page.pageToken ? { pageToken: page.pageToken } : {}),
    // BigQuery leaves `rows` out of a page that has none.
    ...(page.rows.length > 0 ? { rows: page.rows.map((row) => ({ f: row.map((v) => ({ v })) })) } : {}),
    totalBytesProcessed: String(rows.length * 256),
    jobComplete: true,
    cacheHit: false,
  };
}

function pageSizeOf(maxResults: unknown, settings: BigQuerySettings): number {
  if (maxResults === undefined || maxResults === null) return settings.maxRowsPerPage;
  const n = typeof maxResults === 'number' ? maxResults : /^\d+$/.test(String(maxResults)) ? Number(maxResults) : Number.NaN;
  if (!Number.isInteger(n) || n < 0) throw bigQueryErrors.invalid(`Invalid value for maxResults: ${String(maxResults)}`);
  return Math.min(n === 0 ? settings.maxRowsPerPage : n, settings.maxRowsPerPage);
}

function parseBody(raw: string): JobsQueryBody {
  try {
    const parsed: unknown = JSON.parse(raw || '{}');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as JobsQueryBody;
  } catch {
    // answered below
  }
  throw bigQueryErrors.invalid('Invalid JSON payload received: the body of jobs.query must be a QueryRequest object');
}
