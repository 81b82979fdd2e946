// The BigQuery emulator over the billing export, driven by the real @google-cloud/bigquery client
// (and raw requests for exact wire shapes): the queries FleetGraph sends answer what the fleet's
// ledger says, pages follow pageToken, and everything else gets BigQuery's own errors.
import { BigQuery } from '@google-cloud/bigquery';
import { Decimal } from 'decimal.js';
import { OAuth2Client } from 'google-auth-library';
import { afterEach, describe, expect, it } from 'vitest';
import { COMPUTE_ENGINE_SERVICE } from '../../../emulators/gcp/bigquery/billable.js';
import { DEFAULT_MAX_ROWS_PER_PAGE } from '../../../emulators/gcp/bigquery/handler.js';
import { exportTableOf, forecastQuery, resourceSpendQuery, spendQuery } from '../../../src/providers/gcp/billing-export-queries.js';
import type { SpendQuery } from '../../../src/providers/billing.js';
import { rejectionOf, startedForFile } from '../../support/harness.js';
import { DETAILED_TABLE, DEV, NOW, PROD, STANDARD_TABLE, TODAY, dateText, days, ledgerBy, startBigQueryHarness } from './bigquery-harness.js';

const harness = startedForFile(startBigQueryHarness);
const scope = { provider: 'gcp' as const, account: PROD, region: '' };

afterEach(() => {
  const h = harness();
  h.faults.clear();
  h.requests.reset();
  h.settings.maxRowsPerPage = DEFAULT_MAX_ROWS_PER_PAGE;
});

function client(project = PROD): BigQuery {
  const auth = new OAuth2Client();
  auth.setCredentials({ access_token: harness().fleet.gcp.accessToken(project) });
  return new BigQuery({ projectId: project, apiEndpoint: harness().url, authClient: auth, retryOptions: { autoRetry: false } });
}

const week: Pick<SpendQuery, 'from' | 'to'> = { from: new Date(TODAY.getTime() - days(7)), to: new Date(TODAY.getTime() + days(1)) };
const spend = (groupBy: SpendQuery['groupBy'], extra: Partial<SpendQuery> = {}, table = DETAILED_TABLE) =>
  spendQuery(exportTableOf(table), { ...week, granularity: 'DAILY', groupBy, costType: 'ACTUAL', filter: {}, ...extra }, [PROD, DEV], scope);

async function raw(method: string, path: string, body?: unknown, project: string | null = PROD) {
  const response = await fetch(`${harness().url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(project ? { authorization: `Bearer ${harness().fleet.gcp.accessToken(project)}` } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

interface ApiError {
  code: number;
  message: string;
  errors: { reason: string }[];
}

describe('billing export queries', () => {
  it('sums spend per day and project as the ledger does (six-decimal rows, NUMERIC sums), today included', async () => {
    const h = harness();
    const q = spend([{ dimension: 'ACCOUNT' }]);
    const [rows] = await client().query({ query: q.query, params: q.params, types: q.types as never });
    const expected = ledgerBy(h.items(), week.from, week.to, (l) => `${dateText(l.day)}|${l.item.account}`);
    expect(rows.map((r) => `${r.period_start}|${r.group_1}`)).toEqual([...expected.keys()].sort());
    for (const row of rows) {
      expect(row.amount).toBe(expected.get(`${row.period_start}|${row.group_1}`)!.toFixed());
      expect(row).toMatchObject({ group_2: '', currency: 'USD' });
    }
    expect(rows.some((r) => r.period_start === dateText(TODAY))).toBe(true);
    expect(h.count('jobs.query')).toBe(1);
    expect(h.count()).toBe(1);
  });

  it('groups by month, region and label, with "" for resources without the label, and filters by region, service and label', async () => {
    const h = harness();
    const from = new Date(Date.UTC(2026, 0, 20));
    const q = spend([{ dimension: 'REGION' }, { dimension: 'TAG', tagKey: 'env' }], {
      from,
      to: TODAY,
      granularity: 'MONTHLY',
      filter: { regions: ['us-central1'], services: [COMPUTE_ENGINE_SERVICE], tags: [{ key: 'team', values: [] }] },
    });
    const [rows] = await client().query({ query: q.query, params: q.params, types: q.types as never });
    const expected = ledgerBy(h.items(), from, TODAY, (l) =>
      l.item.region === 'us-central1' && 'team' in l.item.tags ? `${dateText(l.day).slice(0, 8)}01|${l.item.region}|${l.item.tags.env ?? ''}` : null,
    );
    expect(expected.size).toBeGreaterThan(2);
    expect(new Map(rows.map((r) => [`${r.period_start}|${r.group_1}|${r.group_2}`, r.amount]))).toEqual(new Map([...expected].map(([k, v]) => [k, v.toFixed()])));
  });

  it('sums per resource by resource.name and global_name in the detailed export', async () => {
    const h = harness();
    const q = resourceSpendQuery(exportTableOf(DETAILED_TABLE), { ...week, costType: 'ACTUAL', account: DEV });
    const [rows] = await client().query({ query: q.query, params: q.params, types: q.types as never });
    const expected = ledgerBy(h.items(), week.from, week.to, (l) => (l.item.account === DEV ? `${l.item.resourceId}|${l.item.globalName}` : null));
    expect(new Map(rows.map((r) => [`${r.resource_name}|${r.resource_global_name}`, r.amount]))).toEqual(new Map([...expected].map(([k, v]) => [k, v.toFixed()])));
    const vmRow = rows.find((r) => r.resource_global_name.includes('/instances/'))!;
    const instance = h.fleet.gcp.project(DEV)!.regions.flatMap((r) => r.instances).find((i) => vmRow.resource_global_name.endsWith(`/instances/${i.id}`))!;
    expect(vmRow.resource_global_name).toBe(`//compute.googleapis.com/projects/${DEV}/${instance.zone.slice(instance.zone.indexOf('zones/'))}/instances/${instance.id}`);
    expect(vmRow.resource_name).toBe(instance.name);
  });

  it('answers the run-rate base: last 7 days × forecast hours / basis hours, NUMERIC-rounded', async () => {
    const h = harness();
    const q = forecastQuery(exportTableOf(STANDARD_TABLE), { from: TODAY, to: new Date(Date.UTC(2026, 3, 1)), costType: 'ACTUAL', filter: {} }, [PROD], NOW);
    const [rows] = await client().query({ query: q.query, params: q.params, types: q.types as never });
    const basis = ledgerBy(h.items(), new Date(TODAY.getTime() - days(7)), TODAY, (l) => (l.item.account === PROD ? 'all' : null)).get('all')!;
    const hours = (Date.UTC(2026, 3, 1) - TODAY.getTime()) / 3_600_000;
    expect(rows).toEqual([{ currency: 'USD', amount: basis.times(hours).dividedBy(168).toDecimalPlaces(9, Decimal.ROUND_HALF_UP).toFixed() }]);
  });
});

describe('paging', () => {
  it('answers the first page from jobs.query and the rest from getQueryResults, one page a request', async () => {
    const h = harness();
    const q = spend([{ dimension: 'ACCOUNT' }, { dimension: 'REGION' }]);
    const [all] = await client().query({ query: q.query, params: q.params, types: q.types as never });
    h.requests.reset();
    h.settings.maxRowsPerPage = 5;
    const [paged] = await client().query({ query: q.query, params: q.params, types: q.types as never });
    expect(paged).toEqual(all);
    expect(all.length).toBeGreaterThan(10);
    expect(h.count('jobs.query')).toBe(1);
    expect(h.count('jobs.getQueryResults')).toBe(Math.ceil(all.length / 5) - 1);
  });

  it('speaks the wire shapes: queryResponse, getQueryResultsResponse, f/v rows, totalRows, pageToken, no rows key when empty', async () => {
    const h = harness();
    h.settings.maxRowsPerPage = 3;
    const q = spend([{ dimension: 'ACCOUNT' }]);
    const { queryParameters, parameterMode } = await parametersOf(q);
    const first = await raw('POST', `/bigquery/v2/projects/${PROD}/queries`, { query: q.query, useLegacySql: false, parameterMode, queryParameters, maxResults: 2 });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      kind: 'bigquery#queryResponse',
      schema: { fields: [{ name: 'period_start', type: 'STRING' }, { name: 'group_1' }, { name: 'group_2' }, { name: 'currency' }, { name: 'amount' }] },
      jobReference: { projectId: PROD, jobId: expect.stringMatching(/^job_/), location: 'US' },
      totalRows: '16',
      jobComplete: true,
      pageToken: expect.any(String),
    });
    expect((first.body.rows as unknown[]).length).toBe(2);
    expect((first.body.rows as { f: { v: string }[] }[])[0]!.f[0]!.v).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const { jobId } = first.body.jobReference as { jobId: string };
    const next = await raw('GET', `/bigquery/v2/projects/${PROD}/queries/${jobId}?location=US&pageToken=${first.body.pageToken as string}`);
    expect(next.body).toMatchObject({ kind: 'bigquery#getQueryResultsResponse', totalRows: '16', jobComplete: true });
    expect((next.body.rows as unknown[]).length).toBe(3);
    const empty = await raw('POST', `/bigquery/v2/projects/${PROD}/queries`, {
      query: q.query,
      parameterMode,
      queryParameters: queryParameters.map((p) => (p.name === 'projects' ? { ...p, parameterValue: { arrayValues: [] } } : p)),
    });
    expect(empty.body).toMatchObject({ totalRows: '0', jobComplete: true });
    expect(empty.body).not.toHaveProperty('rows');
    expect(empty.body).not.toHaveProperty('pageToken');
  });

  it('runs a repeated requestId once, refuses foreign page tokens and unknown jobs', async () => {
    const q = spend([]);
    const { queryParameters, parameterMode } = await parametersOf(q);
    const body = { query: q.query, parameterMode, queryParameters, requestId: 'same-request', maxResults: 1 };
    const a = await raw('POST', `/bigquery/v2/projects/${PROD}/queries`, body);
    const b = await raw('POST', `/bigquery/v2/projects/${PROD}/queries`, body);
    expect(b.body.jobReference).toEqual(a.body.jobReference);
    const other = await raw('POST', `/bigquery/v2/projects/${PROD}/queries`, { ...body, requestId: 'another' });
    const { jobId } = other.body.jobReference as { jobId: string };
    const foreign = await raw('GET', `/bigquery/v2/projects/${PROD}/queries/${jobId}?pageToken=${a.body.pageToken as string}`);
    expect(foreign).toMatchObject({ status: 400, body: { error: { errors: [{ reason: 'invalid' }] } } });
    const unknown = await raw('GET', `/bigquery/v2/projects/${PROD}/queries/job_nope?location=US`);
    expect(unknown).toMatchObject({ status: 404, body: { error: { message: `Not found: Job ${PROD}:US.job_nope`, errors: [{ reason: 'notFound' }] } } });
  });
});

describe("BigQuery's errors", () => {
  it('answers 404 notFound for a table or dataset it does not hold', async () => {
    const missing = `${PROD}.billing_export.gcp_billing_export_v1_000000_000000_000000`;
    const q = spendQuery(exportTableOf(missing), { ...week, granularity: 'DAILY', groupBy: [], costType: 'ACTUAL', filter: {} }, [PROD], scope);
    const error = await rejectionOf<ApiError>(client().query({ query: q.query, params: q.params, types: q.types as never }));
    expect(error.code).toBe(404);
    expect(error.message).toBe(`Not found: Table ${PROD}:billing_export.gcp_billing_export_v1_000000_000000_000000 was not found in location US`);
    expect(error.errors[0]!.reason).toBe('notFound');
    const noDataset = spendQuery(exportTableOf(`${DEV}.nothing.gcp_billing_export_v1_x`), { ...week, granularity: 'DAILY', groupBy: [], costType: 'ACTUAL', filter: {} }, [PROD], scope);
    const datasetError = await rejectionOf<ApiError>(client().query({ query: noDataset.query, params: noDataset.params, types: noDataset.types as never }));
    expect(datasetError.message).toBe(`Not found: Dataset ${DEV}:nothing was not found in location US`);
    const elsewhere = await rejectionOf<ApiError>(client().query({ query: spend([]).query, params: spend([]).params, types: spend([]).types as never, location: 'EU' }));
    expect(elsewhere.message).toContain('was not found in location EU');
  });

  it('answers 400 invalidQuery for any other SQL, wrong parameter types, legacy SQL and resources of the standard export', async () => {
    const other = await rejectionOf<ApiError>(client().query(`SELECT SUM(cost) FROM \`${DETAILED_TABLE}\``));
    expect(other.code).toBe(400);
    expect(other.errors[0]!.reason).toBe('invalidQuery');
    const q = spend([]);
    const wrongType = await rejectionOf<ApiError>(client().query({ query: q.query, params: { ...q.params, projects: PROD }, types: { ...q.types, projects: 'STRING' } as never }));
    expect(wrongType.message).toBe("Query parameter 'projects' has type STRING; this query needs ARRAY<STRING>");
    const { regions: _omitted, ...withoutRegions } = q.params;
    const missing = await rejectionOf<ApiError>(client().query({ query: q.query, params: withoutRegions, types: q.types as never }));
    expect(missing.message).toBe("Query parameter 'regions' not found");
    const resources = resourceSpendQuery(exportTableOf(STANDARD_TABLE), { ...week, costType: 'ACTUAL', account: PROD });
    const standard = await rejectionOf<ApiError>(client().query({ query: resources.query, params: resources.params, types: resources.types as never }));
    expect(standard).toMatchObject({ code: 400, message: expect.stringContaining('Unrecognized name: resource') });
    const { queryParameters, parameterMode } = await parametersOf(q);
    const legacy = await raw('POST', `/bigquery/v2/projects/${PROD}/queries`, { query: q.query, useLegacySql: true, parameterMode, queryParameters });
    expect(legacy).toMatchObject({ status: 400, body: { error: { errors: [{ reason: 'invalidQuery' }] } } });
  });

  it('throttles with 403 rateLimitExceeded and fails with 503 backendError, and logs each request', async () => {
    const h = harness();
    h.faults.add({ kind: 'throttle', times: 1 });
    h.faults.add({ kind: 'unavailable', action: 'jobs.query', times: 1 });
    const throttled = await raw('POST', `/bigquery/v2/projects/${PROD}/queries`, {});
    expect(throttled).toMatchObject({ status: 403, body: { error: { code: 403, errors: [{ reason: 'rateLimitExceeded' }] } } });
    const unavailable = await raw('POST', `/bigquery/v2/projects/${PROD}/queries`, {});
    expect(unavailable).toMatchObject({ status: 503, body: { error: { code: 503, status: 'UNAVAILABLE', errors: [{ reason: 'backendError' }] } } });
    expect(h.requests.entries().map((e) => [e.service, e.action, e.account, e.status])).toEqual([
      ['bigquery', 'jobs.query', PROD, 403],
      ['bigquery', 'jobs.query', PROD, 503],
    ]);
  });

  it('wants a known token, and runs and reads jobs only in the caller’s own project', async () => {
    const q = spend([]);
    const { queryParameters, parameterMode } = await parametersOf(q);
    expect((await raw('POST', `/bigquery/v2/projects/${PROD}/queries`, { query: q.query }, null)).status).toBe(401);
    const foreign = await raw('POST', `/bigquery/v2/projects/${DEV}/queries`, { query: q.query, parameterMode, queryParameters });
    expect(foreign).toMatchObject({ status: 403, body: { error: { errors: [{ reason: 'accessDenied' }], message: expect.stringContaining('bigquery.jobs.create') } } });
    const mine = await raw('POST', `/bigquery/v2/projects/${PROD}/queries`, { query: q.query, parameterMode, queryParameters }, PROD);
    const { jobId } = mine.body.jobReference as { jobId: string };
    expect((await raw('GET', `/bigquery/v2/projects/${PROD}/queries/${jobId}`, undefined, DEV)).status).toBe(403);
    expect((await raw('GET', `/bigquery/v2/projects/${PROD}/datasets`)).status).toBe(404);
  });
});

/** The queryParameters the real client would send for `q` (read off its own encoder). */
async function parametersOf(q: ReturnType<typeof spend>) {
  const request = (client() as unknown as { buildQueryRequest_(query: object, options: object): { queryParameters: { name: string }[]; parameterMode: string } }).buildQueryRequest_(
    { query: q.query, params: q.params, types: q.types },
    {},
  );
  return { queryParameters: request.queryParameters, parameterMode: request.parameterMode };
}
