// The Azure billing adapter against the Cost Management emulator: its own REST pipeline over
// real HTTPS (the emulator's certificate trusted through config), one query per subscription
// and window, pages by nextLink, throttling retried as Cost Management's headers say, and
// amounts equal to the fleet's ledger computed here from the same billable items.
import { Decimal } from 'decimal.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AZURE_SUBSCRIPTIONS } from '../../../emulators/fleet.js';
import { costLines, type BillableItem } from '../../../emulators/kit/billing.js';
import { azureProviderSchema, costsSchema } from '../../../src/config/schema.js';
import type { BillingAdapter, SpendQuery, SpendRow } from '../../../src/providers/billing.js';
import { createAzureBillingAdapter } from '../../../src/providers/azure/cost-management.js';
import { canonicalArmId } from '../../../src/providers/azure/arm-ids.js';
import { ProviderError } from '../../../src/providers/errors.js';
import { upstreamRequests } from '../../../src/telemetry/metrics.js';
import { DAY, NOW, SUB_A, SUB_B, TODAY, startCostManagement, type CostManagementHarness } from '../../emulators/azure/cost-management-harness.js';

let h: CostManagementHarness;
let adapter: BillingAdapter;

function configFor(harness: CostManagementHarness, overrides: { maxRetries?: number; token?: string } = {}) {
  return azureProviderSchema.parse({
    maxRetries: overrides.maxRetries ?? 3,
    subscriptions: AZURE_SUBSCRIPTIONS.map((s) => ({
      id: s.subscriptionId,
      credentials: { type: 'accessToken', token: overrides.token ?? s.token },
      endpoint: harness.url,
      caCertificate: harness.caCertificate,
    })),
  });
}

const adapterFor = (overrides: { maxRetries?: number; token?: string } = {}) =>
  createAzureBillingAdapter(configFor(h, overrides), costsSchema.parse({}), { now: () => NOW, retryDelayInMs: 5, maxRetryDelayInMs: 20 });

beforeAll(async () => {
  h = await startCostManagement();
  adapter = adapterFor();
});
afterAll(async () => {
  await adapter?.close();
  await h?.close();
});
beforeEach(() => {
  h.requests.reset();
  h.faults.clear();
  h.settings.maxRowsPerPage = 1000;
  h.settings.noContentWhenEmpty = false;
});

const query = (overrides: Partial<SpendQuery>): SpendQuery => ({
  from: new Date(TODAY - 10 * DAY),
  to: new Date(TODAY),
  granularity: 'DAILY',
  groupBy: [],
  costType: 'ACTUAL',
  filter: {},
  ...overrides,
});

/** The ledger's sums over [from, to) by key, for the items kept. */
function ledger(from: number, to: number, keyOf: (item: BillableItem, day: Date) => string, keep: (item: BillableItem) => boolean = () => true): Map<string, Decimal> {
  const sums = new Map<string, Decimal>();
  for (const line of costLines(h.items().filter(keep), new Date(from), new Date(to), NOW)) {
    const key = keyOf(line.item, line.day);
    sums.set(key, (sums.get(key) ?? new Decimal(0)).plus(line.amount));
  }
  return sums;
}

/** Rows by key; the bill rounds each row to 10 places, so sums agree to well under a millionth. */
function expectSums(rows: SpendRow[], keyOf: (row: SpendRow) => string, expected: Map<string, Decimal>): void {
  const got = new Map<string, Decimal>();
  for (const row of rows) got.set(keyOf(row), (got.get(keyOf(row)) ?? new Decimal(0)).plus(row.amount.amount));
  expect([...got.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [key, amount] of expected) expect(got.get(key)!.minus(amount).abs().lessThan('0.000001'), `${key}: ${got.get(key)} vs ${amount}`).toBe(true);
}

const day = (d: Date) => d.toISOString().slice(0, 10);
const queries = (account?: string) => h.requests.count({ action: 'costManagement.query', ...(account ? { account } : {}) });

async function counted(operation: string, outcome: 'ok' | 'error'): Promise<number> {
  const { values } = await upstreamRequests.get();
  return values
    .filter((v) => v.labels.provider === 'azure' && v.labels.service === 'costmanagement' && v.labels.operation === operation && v.labels.outcome === outcome)
    .reduce((n, v) => n + v.value, 0);
}

describe('Azure spend (Cost Management)', () => {
  it('answers per day what the ledger says over every subscription, one query each, exact decimal strings', async () => {
    const q = query({ from: new Date(TODAY - 20 * DAY) });
    const rows = await adapter.spend(q);
    expectSums(rows, (r) => day(r.periodStart), ledger(q.from.getTime(), TODAY, (_, d) => day(d)));
    expect(rows).toHaveLength(20);
    expect(rows.every((r) => r.periodEnd.getTime() - r.periodStart.getTime() === DAY && r.groups.length === 0 && r.amount.currency === 'USD')).toBe(true);
    expect(rows.every((r) => /^\d+(\.\d+)?$/.test(r.amount.amount))).toBe(true);
    // The open month (March, by the clock) is an estimate; February is closed.
    expect(rows.filter((r) => r.estimated).map((r) => day(r.periodStart))).toEqual(rows.map((r) => day(r.periodStart)).filter((d) => d >= '2026-03-01'));
    expect(queries(SUB_A)).toBe(1);
    expect(queries(SUB_B)).toBe(1);
  });

  it('splits Daily windows longer than 31 days: one query per window and subscription', async () => {
    const q = query({ from: new Date(TODAY - 40 * DAY) });
    const rows = await adapter.spend(q);
    expect(rows).toHaveLength(40);
    expectSums(rows, (r) => day(r.periodStart), ledger(q.from.getTime(), TODAY, (_, d) => day(d)));
    expect(queries()).toBe(2 * 2);
  });

  it('groups by account (the subscription, filled in) and region (the ARM location, not "EU West")', async () => {
    const q = query({ groupBy: [{ dimension: 'ACCOUNT' }, { dimension: 'REGION' }] });
    const rows = await adapter.spend(q);
    expectSums(rows, (r) => r.groups.join('|'), ledger(q.from.getTime(), TODAY, (i) => `${i.account}|${i.region}`));
    expect(new Set(rows.map((r) => r.groups[1]))).toEqual(new Set(['westeurope', 'eastus']));
  });

  it('groups by month, service and tag value ("" when untagged), months from the 1st and clipped to the end', async () => {
    const from = Date.UTC(2026, 0, 10);
    const q = query({ from: new Date(from), granularity: 'MONTHLY', groupBy: [{ dimension: 'SERVICE' }, { dimension: 'TAG', tagKey: 'env' }] });
    const rows = await adapter.spend(q);
    const month = (d: Date) => d.toISOString().slice(0, 7);
    expectSums(rows, (r) => `${month(r.periodStart)}|${r.groups.join('|')}`, ledger(from, TODAY, (i, d) => `${month(d)}|${i.service}|${i.tags.env ?? ''}`));
    expect(new Set(rows.map((r) => day(r.periodStart)))).toEqual(new Set(['2026-01-01', '2026-02-01', '2026-03-01']));
    expect(rows.filter((r) => day(r.periodStart) === '2026-03-01').every((r) => r.periodEnd.getTime() === TODAY)).toBe(true);
    expect(rows.some((r) => r.groups[1] === '')).toBe(true);
    expect(queries()).toBe(2);
  });

  it('asks only the subscriptions the filter names, filtering regions, services and tags at the API', async () => {
    const q = query({ filter: { accounts: [SUB_B.toUpperCase()], regions: ['eastus'], services: ['Virtual Machines'], tags: [{ key: 'env', values: ['prod', 'dev'] }] } });
    const rows = await adapter.spend(q);
    const keep = (i: BillableItem) => i.account === SUB_B && i.region === 'eastus' && i.service === 'Virtual Machines' && ['prod', 'dev'].includes(i.tags.env ?? '');
    expectSums(rows, (r) => day(r.periodStart), ledger(q.from.getTime(), TODAY, (_, d) => day(d), keep));
    expect(queries(SUB_A)).toBe(0);
    expect(queries(SUB_B)).toBe(1);
    expect(await adapter.spend(query({ filter: { accounts: ['00000000-0000-4000-8000-000000000000'] } }))).toEqual([]);
    expect(queries()).toBe(1);
  });

  it('follows nextLink: each page one request', async () => {
    h.settings.maxRowsPerPage = 5;
    const q = query({ from: new Date(TODAY - 3 * DAY), groupBy: [{ dimension: 'REGION' }] });
    const rows = await adapter.spend(q);
    // 3 days × 2 regions = 6 rows per subscription: 2 pages each.
    expect(rows).toHaveLength(6);
    expectSums(rows, (r) => `${day(r.periodStart)}|${r.groups[0]}`, ledger(q.from.getTime(), TODAY, (i, d) => `${day(d)}|${i.region}`));
    expect(queries(SUB_A)).toBe(2);
    expect(queries(SUB_B)).toBe(2);
  });

  it('takes no rows (200 or 204) as no spend', async () => {
    h.settings.noContentWhenEmpty = true;
    expect(await adapter.spend(query({ filter: { services: ['Cosmos DB'] } }))).toEqual([]);
    expect(queries()).toBe(2);
  });
});

describe('Azure per-resource spend and forecast', () => {
  it('names every VM and disk by its native id (the lower-case ARM id), summed over the window, in one query', async () => {
    const from = TODAY - 20 * DAY;
    const spend = await adapter.resourceSpend({ from: new Date(from), to: new Date(TODAY), costType: 'AMORTIZED', account: SUB_A.toUpperCase() });
    const expected = ledger(from, TODAY, (i) => i.resourceId, (i) => i.account === SUB_A);
    expect(new Map(spend.map((s) => [s.resourceId, new Decimal(s.amount.amount)]))).toEqual(
      new Map([...expected].map(([id, amount]) => [id, amount.toDecimalPlaces(10)])),
    );
    const vm = h.fleet.azure.resources(SUB_A, 'virtualMachines').find((v) => v.sim.activity.length > 0)!;
    const disk = h.fleet.azure.resources(SUB_A, 'disks')[0]!;
    const ids = new Set(spend.map((s) => s.resourceId));
    expect(ids.has(canonicalArmId(vm.id)) && ids.has(canonicalArmId(disk.id))).toBe(true);
    expect(adapter.resourceKinds).toEqual(['vm', 'volume']);
    expect(adapter.resourceWindowDays).toBeNull();
    expect(queries(SUB_A)).toBe(1);
    await expect(adapter.resourceSpend({ from: new Date(from), to: new Date(TODAY), costType: 'ACTUAL', account: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({
      category: 'NOT_CONFIGURED',
    });
  });

  it('forecasts the run rate of what accrues now over the window, one forecast per subscription, without an interval', async () => {
    const days = 10;
    const forecast = await adapter.forecast({ from: new Date(TODAY), to: new Date(TODAY + days * DAY), costType: 'ACTUAL', filter: { services: ['Storage'] } });
    const hourly = h
      .items()
      .filter((i) => i.service === 'Storage' && i.accrues.at(-1)?.to === null)
      .reduce((sum, i) => sum.plus(i.hourly), new Decimal(0));
    expect(new Decimal(forecast.total.amount).minus(hourly.times(24 * days)).abs().lessThan('0.000001')).toBe(true);
    expect(forecast).toMatchObject({ lower: null, upper: null, total: { currency: 'USD' } });
    expect(h.requests.count({ action: 'costManagement.forecast' })).toBe(2);
  });
});

describe('Azure Cost Management failures', () => {
  it('waits as the QPU retry-after header says and retries a throttled query, each attempt counted', async () => {
    const [okBefore, errorBefore] = [await counted('costManagement.query', 'ok'), await counted('costManagement.query', 'error')];
    h.faults.add({ kind: 'throttle', service: 'costmanagement', account: SUB_A, retryAfterSeconds: 1, times: 2 });
    const started = Date.now();
    const rows = await adapter.spend(query({ filter: { accounts: [SUB_A] } }));
    expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
    expect(rows.length).toBeGreaterThan(0);
    expect(queries(SUB_A)).toBe(3);
    expect(await counted('costManagement.query', 'error')).toBe(errorBefore + 2);
    expect(await counted('costManagement.query', 'ok')).toBe(okBefore + 1);
  });

  it('a query throttled past its retries is THROTTLED, naming the subscription and operation, never the token', async () => {
    h.faults.add({ kind: 'throttle', service: 'costmanagement', account: SUB_B, retryAfterSeconds: 0 });
    const error = await adapter.spend(query({})).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ category: 'THROTTLED', scope: { provider: 'azure', account: SUB_B, region: '' }, operation: 'costManagement.query', providerCode: '429' });
    expect(queries(SUB_B)).toBe(4);
    expect(String((error as Error).message)).not.toContain(AZURE_SUBSCRIPTIONS[1]!.token);

    h.faults.clear();
    h.faults.add({ kind: 'throttle', service: 'costmanagement', retryAfterSeconds: 0 });
    const forecastError = await adapter.forecast({ from: new Date(TODAY), to: new Date(TODAY + DAY), costType: 'ACTUAL', filter: {} }).catch((e: unknown) => e);
    expect(forecastError).toMatchObject({ category: 'THROTTLED', operation: 'costManagement.forecast' });
  });

  it('a definition the API refuses is REJECTED with its own code, asked once', async () => {
    const error = await adapter.spend(query({ groupBy: [{ dimension: 'TAG', tagKey: 'env' }, { dimension: 'TAG', tagKey: 'team' }], filter: { accounts: [SUB_A] } })).catch((e: unknown) => e);
    expect(error).toMatchObject({ category: 'REJECTED', providerCode: 'BadRequest', operation: 'costManagement.query' });
    expect((error as Error).message).toMatch(/TagKey/);
    expect(queries()).toBe(1);
  });

  it('a tag filter without values is INVALID_INPUT before any call: Cost Management filters tags by value', async () => {
    await expect(adapter.spend(query({ filter: { tags: [{ key: 'env', values: [] }] } }))).rejects.toMatchObject({ category: 'INVALID_INPUT' });
    expect(queries()).toBe(0);
  });

  it('a token the service does not accept is AUTH, with the token scrubbed', async () => {
    const token = 'notTheRightToken.ButLongEnoughToScrub';
    const wrong = adapterFor({ token, maxRetries: 0 });
    const error = await wrong.spend(query({ filter: { accounts: [SUB_A] } })).catch((e: unknown) => e);
    expect(error).toMatchObject({ category: 'AUTH', providerCode: 'InvalidAuthenticationToken' });
    expect(String((error as Error).message)).not.toContain(token);
    await wrong.close();
  });
});
