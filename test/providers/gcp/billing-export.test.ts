// The GCP billing adapter against the BigQuery emulator: the real @google-cloud/bigquery client,
// exact request counts (jobs.query, then one getQueryResults per further page), amounts equal to
// the ledger computed here, grouping, per-resource spend, the run-rate forecast, retries of
// throttled and unavailable requests (counted per attempt) and ProviderErrors that say what failed.
import { Decimal } from 'decimal.js';
import { afterEach, describe, expect, it } from 'vitest';
import { COMPUTE_ENGINE_SERVICE } from '../../../emulators/gcp/bigquery/billable.js';
import { DEFAULT_MAX_ROWS_PER_PAGE } from '../../../emulators/gcp/bigquery/handler.js';
import { costsSchema } from '../../../src/config/costs-schema.js';
import { gcpProviderSchema } from '../../../src/config/schema.js';
import type { BillingAdapter, SpendQuery } from '../../../src/providers/billing.js';
import { ProviderError } from '../../../src/providers/errors.js';
import { createGcpBillingAdapter } from '../../../src/providers/gcp/billing-export.js';
import type { GcpResourceSpend } from '../../../src/providers/gcp/billing-export-rows.js';
import { rejectionOf, startedForFile } from '../../support/harness.js';
import { DETAILED_TABLE, DEV, NOW, PROD, STANDARD_TABLE, TODAY, dateText, days, ledgerBy, startBigQueryHarness, type LedgerLine } from '../../emulators/gcp/bigquery-harness.js';
import { FAST_RETRY, counted, silent } from './support.js';

const harness = startedForFile(startBigQueryHarness);

afterEach(() => {
  const h = harness();
  h.faults.clear();
  h.requests.reset();
  h.settings.maxRowsPerPage = DEFAULT_MAX_ROWS_PER_PAGE;
});

function adapter(table: string | null = DETAILED_TABLE, maxAttempts = 3, options: { endpoint?: string; credentials?: object } = {}): BillingAdapter {
  const h = harness();
  const gcp = gcpProviderSchema.parse({
    maxAttempts,
    projects: h.fleet.gcp.projects.map((p) => ({
      id: p.projectId,
      endpoint: options.endpoint ?? h.url,
      credentials: options.credentials ?? { type: 'accessToken', token: p.accessToken },
    })),
  });
  const costs = costsSchema.parse({ gcp: table ? { billingExportTable: table } : {} });
  return createGcpBillingAdapter(gcp, costs, { logger: silent, retry: FAST_RETRY, clock: () => NOW })!;
}

const from = new Date(TODAY.getTime() - days(6));
const to = new Date(TODAY.getTime() + days(1));
const query = (extra: Partial<SpendQuery> = {}): SpendQuery => ({ from, to, granularity: 'DAILY', groupBy: [], costType: 'ACTUAL', filter: {}, ...extra });
const total = (amounts: Iterable<Decimal>) => [...amounts].reduce((a, b) => a.plus(b), new Decimal(0));

describe('spend', () => {
  it('answers per day and project what the ledger says, in one jobs.query', async () => {
    const h = harness();
    const rows = await adapter().spend(query({ groupBy: [{ dimension: 'ACCOUNT' }] }));
    const expected = ledgerBy(h.items(), from, to, (l) => `${dateText(l.day)}|${l.item.account}`);
    expect(new Map(rows.map((r) => [`${dateText(r.periodStart)}|${r.groups[0]}`, r.amount.amount]))).toEqual(new Map([...expected].map(([k, v]) => [k, v.toFixed()])));
    expect(rows.every((r) => r.amount.currency === 'USD' && r.periodEnd.getTime() - r.periodStart.getTime() === days(1))).toBe(true);
    // Only today's period is still accruing.
    expect(rows.filter((r) => r.estimated).map((r) => dateText(r.periodStart))).toEqual([dateText(TODAY), dateText(TODAY)]);
    expect(h.count('jobs.query')).toBe(1);
    expect(h.count()).toBe(1);
  });

  it('groups monthly by region and label ("" where unlabelled), periods clipped to the window, AMORTIZED as ACTUAL', async () => {
    const h = harness();
    const window = { from: new Date(Date.UTC(2026, 0, 20)), to: new Date(Date.UTC(2026, 2, 10)) };
    const grouped = query({ ...window, granularity: 'MONTHLY', groupBy: [{ dimension: 'REGION' }, { dimension: 'TAG', tagKey: 'cost-center' }] });
    const rows = await adapter().spend(grouped);
    const expected = ledgerBy(h.items(), window.from, window.to, (l) => `${dateText(l.day).slice(0, 7)}|${l.item.region}|${l.item.tags['cost-center'] ?? ''}`);
    expect(new Map(rows.map((r) => [`${dateText(r.periodStart).slice(0, 7)}|${r.groups.join('|')}`, r.amount.amount]))).toEqual(
      new Map([...expected].map(([k, v]) => [k, v.toFixed()])),
    );
    expect(rows.some((r) => r.groups[1] === '')).toBe(true);
    const periods = [...new Set(rows.map((r) => `${dateText(r.periodStart)}..${dateText(r.periodEnd)}`))];
    expect(periods).toEqual(['2026-01-20..2026-02-01', '2026-02-01..2026-03-01', '2026-03-01..2026-03-10']);
    expect(rows.every((r) => !r.estimated)).toBe(true);
    expect(await adapter().spend({ ...grouped, costType: 'AMORTIZED' })).toEqual(rows);
  });

  it('filters by account, region, service and label at the source', async () => {
    const h = harness();
    const filter = { accounts: [DEV], regions: ['europe-west1'], services: [COMPUTE_ENGINE_SERVICE], tags: [{ key: 'env', values: ['prod', 'staging'] }] };
    const rows = await adapter().spend(query({ filter }));
    const keep = (l: LedgerLine) =>
      l.item.account === DEV && l.item.region === 'europe-west1' && ['prod', 'staging'].includes(l.item.tags.env ?? '');
    const expected = ledgerBy(h.items(), from, to, (l) => (keep(l) ? dateText(l.day) : null));
    expect(expected.size).toBeGreaterThan(0);
    expect(new Map(rows.map((r) => [dateText(r.periodStart), r.amount.amount]))).toEqual(new Map([...expected].map(([k, v]) => [k, v.toFixed()])));
    h.requests.reset();
    expect(await adapter().spend(query({ filter: { accounts: ['not-configured-1'] } }))).toEqual([]);
    expect(h.count()).toBe(0);
  });

  it('reads every page: one jobs.query, then one getQueryResults per further page', async () => {
    const h = harness();
    const grouped = query({ groupBy: [{ dimension: 'ACCOUNT' }, { dimension: 'REGION' }] });
    const whole = await adapter().spend(grouped);
    h.requests.reset();
    h.settings.maxRowsPerPage = 7;
    const before = await counted({ service: 'bigquery', operation: 'bigquery.getQueryResults', outcome: 'ok' });
    expect(await adapter().spend(grouped)).toEqual(whole);
    // 7 days × 2 projects × 2 regions.
    expect(whole).toHaveLength(28);
    expect(h.count('jobs.query')).toBe(1);
    expect(h.count('jobs.getQueryResults')).toBe(3);
    expect((await counted({ service: 'bigquery', operation: 'bigquery.getQueryResults', outcome: 'ok' })) - before).toBe(3);
  });
});

describe('per-resource spend', () => {
  it('names instances and disks as the model does, telling a VM from its boot disk, in one query', async () => {
    const h = harness();
    const billing = adapter();
    expect(billing.resourceKinds).toEqual(['vm', 'volume']);
    expect(billing.resourceWindowDays).toBeNull();
    const spent = (await billing.resourceSpend({ from, to, costType: 'ACTUAL', account: PROD })) as GcpResourceSpend[];
    const expected = ledgerBy(h.items(), from, to, (l) => (l.item.account === PROD ? `${l.item.resourceId}|${l.item.globalName}` : null));
    expect(new Map(spent.map((s) => [`${s.resourceId}|${s.globalName}`, s.amount.amount]))).toEqual(new Map([...expected].map(([k, v]) => [k, v.toFixed()])));
    const instance = h.fleet.gcp.project(PROD)!.regions.flatMap((r) => r.instances).find((i) => i.sim.activity.some((a) => a.to === null))!;
    const zone = instance.zone.slice(instance.zone.lastIndexOf('/') + 1);
    const named = spent.filter((s) => s.resourceId === instance.name && s.location === zone);
    expect(named.map((s) => s.kind).sort()).toEqual(['vm', 'volume']);
    expect(named.find((s) => s.kind === 'vm')!.globalName).toBe(`//compute.googleapis.com/projects/${PROD}/zones/${zone}/instances/${instance.id}`);
    expect(h.count()).toBe(1);
  });

  it('is not configured on the standard export, without a call', async () => {
    const h = harness();
    const billing = adapter(STANDARD_TABLE);
    expect(billing.resourceKinds).toEqual([]);
    const error = await rejectionOf<ProviderError>(billing.resourceSpend({ from, to, costType: 'ACTUAL', account: PROD }));
    expect(error).toBeInstanceOf(ProviderError);
    expect(error.category).toBe('NOT_CONFIGURED');
    expect(error.message).toContain(STANDARD_TABLE);
    expect(h.count()).toBe(0);
  });
});

describe('forecast', () => {
  it('carries the last 7 complete days forward over the window, with no interval', async () => {
    const h = harness();
    const window = { from: TODAY, to: new Date(Date.UTC(2026, 3, 1)) };
    const forecast = await adapter().forecast({ ...window, costType: 'ACTUAL', filter: { accounts: [PROD] } });
    const basis = total(ledgerBy(h.items(), new Date(TODAY.getTime() - days(7)), TODAY, (l) => (l.item.account === PROD ? 'x' : null)).values());
    const hours = (window.to.getTime() - window.from.getTime()) / 3_600_000;
    expect(forecast).toEqual({ total: { amount: basis.times(hours).dividedBy(7 * 24).toDecimalPlaces(9, Decimal.ROUND_HALF_UP).toFixed(), currency: 'USD' }, lower: null, upper: null });
    expect(h.count('jobs.query')).toBe(1);
  });
});

describe('failures', () => {
  it('is undefined without an export table', () => {
    expect(adapter(null)).toBeUndefined();
  });

  it('names a missing table and bigquery.query in a NOT_FOUND error, without retrying', async () => {
    const h = harness();
    const missing = `${PROD}.billing_export.gcp_billing_export_v1_000000_000000_000000`;
    const error = await rejectionOf<ProviderError>(adapter(missing).spend(query()));
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ category: 'NOT_FOUND', operation: 'bigquery.query', scope: { provider: 'gcp', account: PROD, region: '' } });
    expect(error.message).toContain(`Not found: Table ${PROD}:billing_export.gcp_billing_export_v1_000000_000000_000000 was not found in location US`);
    expect(error.message).toContain(`costs.gcp.billingExportTable is ${missing}`);
    expect(h.count()).toBe(1);
  });

  it('retries a throttled (403 rateLimitExceeded) request, counting each attempt', async () => {
    const h = harness();
    h.faults.add({ kind: 'throttle', action: 'jobs.query', times: 1 });
    const errorsBefore = await counted({ service: 'bigquery', operation: 'bigquery.query', outcome: 'error' });
    const okBefore = await counted({ service: 'bigquery', operation: 'bigquery.query', outcome: 'ok' });
    const rows = await adapter().spend(query());
    expect(rows.length).toBe(7);
    expect(h.requests.entries().map((e) => [e.action, e.status])).toEqual([
      ['jobs.query', 403],
      ['jobs.query', 200],
    ]);
    expect((await counted({ service: 'bigquery', operation: 'bigquery.query', outcome: 'error' })) - errorsBefore).toBe(1);
    expect((await counted({ service: 'bigquery', operation: 'bigquery.query', outcome: 'ok' })) - okBefore).toBe(1);
  });

  it('retries a throttled page alone, then gives up THROTTLED naming getQueryResults', async () => {
    const h = harness();
    h.settings.maxRowsPerPage = 3;
    h.faults.add({ kind: 'throttle', action: 'jobs.getQueryResults', times: 1 });
    expect(await adapter().spend(query())).toHaveLength(7);
    expect(h.requests.entries().map((e) => [e.action, e.status])).toEqual([
      ['jobs.query', 200],
      ['jobs.getQueryResults', 403],
      ['jobs.getQueryResults', 200],
      ['jobs.getQueryResults', 200],
    ]);
    h.requests.reset();
    h.faults.add({ kind: 'throttle', action: 'jobs.getQueryResults' });
    const error = await rejectionOf<ProviderError>(adapter().spend(query()));
    expect(error).toMatchObject({ category: 'THROTTLED', operation: 'bigquery.getQueryResults', providerCode: 'rateLimitExceeded' });
    expect(error.message).toContain('after 3 attempts');
    expect(h.count('jobs.query')).toBe(1);
    expect(h.count('jobs.getQueryResults')).toBe(3);
  });

  it('gives up UNAVAILABLE after maxAttempts of 503 backendError', async () => {
    const h = harness();
    h.faults.add({ kind: 'unavailable' });
    const error = await rejectionOf<ProviderError>(adapter(DETAILED_TABLE, 2).forecast({ from: TODAY, to: new Date(TODAY.getTime() + days(3)), costType: 'ACTUAL', filter: {} }));
    expect(error).toMatchObject({ category: 'UNAVAILABLE', operation: 'bigquery.query', providerCode: 'backendError' });
    expect(h.count('jobs.query')).toBe(2);
  });

  it('fails AUTH on a refused token (one request) and on unloadable credentials (none)', async () => {
    const h = harness();
    const refused = await rejectionOf<ProviderError>(adapter(DETAILED_TABLE, 3, { credentials: { type: 'accessToken', token: 'ya29.not-a-sandbox-token' } }).spend(query()));
    expect(refused).toMatchObject({ category: 'AUTH', operation: 'bigquery.query' });
    expect(refused.message).not.toContain('ya29.not-a-sandbox-token');
    expect(h.count()).toBe(1);
    const unreadable = await rejectionOf<ProviderError>(adapter(DETAILED_TABLE, 3, { credentials: { type: 'serviceAccountKey', keyFile: '/nonexistent/key.json' } }).spend(query()));
    expect(unreadable).toMatchObject({ category: 'AUTH', operation: 'bigquery.query' });
    expect(h.count()).toBe(1);
  });

  it('fails UNAVAILABLE when nothing listens, after retrying', async () => {
    const error = await rejectionOf<ProviderError>(adapter(DETAILED_TABLE, 2, { endpoint: 'http://127.0.0.1:9' }).spend(query()));
    expect(error).toMatchObject({ category: 'UNAVAILABLE', operation: 'bigquery.query' });
    expect(error.message).toContain('after 2 attempts');
  });

  it('refuses more than two groups and a TAG group without a key before any call, and scrubs the token from messages', async () => {
    const h = harness();
    const tooMany = await rejectionOf<ProviderError>(adapter().spend(query({ groupBy: [{ dimension: 'ACCOUNT' }, { dimension: 'REGION' }, { dimension: 'SERVICE' }] })));
    expect(tooMany).toMatchObject({ category: 'INVALID_INPUT' });
    const noKey = await rejectionOf<ProviderError>(adapter().spend(query({ groupBy: [{ dimension: 'TAG' }] })));
    expect(noKey).toMatchObject({ category: 'INVALID_INPUT' });
    expect(h.count()).toBe(0);
    h.faults.add({ kind: 'throttle' });
    const throttled = await rejectionOf<ProviderError>(adapter(DETAILED_TABLE, 1).spend(query()));
    expect(throttled.category).toBe('THROTTLED');
    expect(JSON.stringify({ message: throttled.message, cause: String(throttled.cause) })).not.toContain(h.fleet.gcp.accessToken(PROD));
  });
});
