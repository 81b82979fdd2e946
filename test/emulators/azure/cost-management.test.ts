// The Cost Management emulator on the wire: query and forecast answers equal the fleet's ledger
// (computed here from the same billable items), columns by name, paging by nextLink, its limits
// and its own error answers, throttling with Cost Management's retry-after headers.
import { Decimal } from 'decimal.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { costLines, type BillableItem } from '../../../emulators/kit/billing.js';
import { parseJsonKeepingNumbers } from '../../../src/providers/azure/json-decimals.js';
import { DAY, NOW, SUB_A, SUB_B, TODAY, dateText, queryPath, rawRequest, startCostManagement, type CostManagementHarness } from './cost-management-harness.js';

interface Answer {
  id: string;
  type: string;
  properties: { nextLink: string | null; columns: { name: string; type: string }[]; rows: string[][] };
}

let h: CostManagementHarness;
const tokenA = () => h.fleet.azure.token(SUB_A);

beforeAll(async () => {
  h = await startCostManagement();
});
afterAll(async () => {
  await h?.close();
});
beforeEach(() => {
  h.requests.reset();
  h.faults.clear();
  h.settings.maxRowsPerPage = 1000;
  h.settings.noContentWhenEmpty = false;
});

function body(from: number, to: number, dataset: object, extra: object = {}) {
  return {
    type: 'ActualCost',
    timeframe: 'Custom',
    timePeriod: { from: `${dateText(from)}T00:00:00Z`, to: `${dateText(to - DAY)}T23:59:59Z` },
    dataset: { aggregation: { totalCost: { name: 'Cost', function: 'Sum' } }, ...dataset },
    ...extra,
  };
}

async function ask(definition: unknown, path = queryPath(SUB_A)): Promise<Answer> {
  const reply = await rawRequest(h, path, { token: tokenA(), body: definition });
  expect(reply.status, reply.body).toBe(200);
  return parseJsonKeepingNumbers(reply.body) as Answer;
}

/** Every row of every page, following nextLink with the same body. */
async function askAll(definition: unknown, path = queryPath(SUB_A)): Promise<{ columns: Answer['properties']['columns']; rows: string[][]; pages: number }> {
  let answer = await ask(definition, path);
  const rows = [...answer.properties.rows];
  let pages = 1;
  while (answer.properties.nextLink) {
    answer = await ask(definition, answer.properties.nextLink);
    rows.push(...answer.properties.rows);
    pages += 1;
  }
  return { columns: answer.properties.columns, rows, pages };
}

const itemsOf = (subscriptionId: string): BillableItem[] => h.items().filter((i) => i.account === subscriptionId);

/** The ledger's sums by key, each rounded as the bill rounds a row. */
function ledger(items: BillableItem[], from: number, to: number, keyOf: (item: BillableItem, day: Date) => string): Map<string, string> {
  const sums = new Map<string, Decimal>();
  for (const line of costLines(items, new Date(from), new Date(to), NOW)) {
    const key = keyOf(line.item, line.day);
    sums.set(key, (sums.get(key) ?? new Decimal(0)).plus(line.amount));
  }
  return new Map([...sums].map(([k, v]) => [k, v.toDecimalPlaces(10).toFixed()]));
}

const usageDate = (d: Date) => d.toISOString().slice(0, 10).replace(/-/g, '');

describe('Cost Management query', () => {
  it('answers per day and resource exactly what the ledger says, columns named and typed', async () => {
    const from = TODAY - 3 * DAY;
    const answer = await ask(body(from, TODAY + DAY, { granularity: 'Daily', grouping: [{ type: 'Dimension', name: 'ResourceId' }] }));
    expect(answer.type).toBe('Microsoft.CostManagement/query');
    expect(answer.id).toMatch(new RegExp(`^/subscriptions/${SUB_A}/providers/Microsoft.CostManagement/query/`));
    const { columns, rows } = answer.properties;
    expect(columns).toEqual([
      { name: 'Cost', type: 'Number' },
      { name: 'UsageDate', type: 'Number' },
      { name: 'ResourceId', type: 'String' },
      { name: 'Currency', type: 'String' },
    ]);
    const expected = ledger(itemsOf(SUB_A), from, TODAY + DAY, (item, day) => `${usageDate(day)}|${item.resourceId}`);
    const got = new Map(rows.map((r) => [`${r[1]}|${r[2]}`, r[0]!]));
    expect(got).toEqual(expected);
    expect(rows.every((r) => r[3] === 'USD' && r[2] === r[2]!.toLowerCase())).toBe(true);
    // Nothing accrues after the fleet's now.
    expect(rows.some((r) => r[1] === usageDate(new Date(TODAY)))).toBe(true);
    expect(h.requests.entries()).toEqual([{ service: 'costmanagement', action: 'costManagement.query', account: SUB_A, region: null, status: 200 }]);
  });

  it('answers by month (BillingMonth) and in total (no date column), names and enums in any case', async () => {
    const from = Date.UTC(2026, 0, 10);
    const monthly = await ask(body(from, TODAY, { Granularity: 'monthly' }));
    expect(monthly.properties.columns.map((c) => c.name)).toEqual(['Cost', 'BillingMonth', 'Currency']);
    const expected = ledger(itemsOf(SUB_A), from, TODAY, (_, day) => `${day.toISOString().slice(0, 7)}-01T00:00:00`);
    expect(new Map(monthly.properties.rows.map((r) => [r[1], r[0]]))).toEqual(expected);

    const total = await ask({ TYPE: 'amortizedcost', TimeFrame: 'Custom', TimePeriod: body(from, TODAY, {}).timePeriod, DataSet: { Aggregation: { t: { Name: 'PreTaxCost', Function: 'SUM' } } } });
    expect(total.properties.columns.map((c) => c.name)).toEqual(['PreTaxCost', 'Currency']);
    expect(total.properties.rows).toEqual([[ledger(itemsOf(SUB_A), from, TODAY, () => 'all').get('all'), 'USD']]);
  });

  it('groups by service, billing region and tag (TagKey/TagValue, "" when untagged)', async () => {
    const from = TODAY - 5 * DAY;
    const answer = await ask(body(from, TODAY, { grouping: [{ type: 'Dimension', name: 'ServiceName' }, { type: 'TagKey', name: 'env' }] }));
    const { columns, rows } = answer.properties;
    expect(columns.map((c) => c.name)).toEqual(['Cost', 'ServiceName', 'TagKey', 'TagValue', 'Currency']);
    const expected = ledger(itemsOf(SUB_A), from, TODAY, (item) => `${item.service}|${item.tags.env ?? ''}`);
    expect(new Map(rows.map((r) => [`${r[1]}|${r[3]}`, r[0]]))).toEqual(expected);
    expect(new Set(rows.map((r) => r[1]))).toEqual(new Set(['Virtual Machines', 'Storage']));
    expect(rows.filter((r) => r[3] === '').every((r) => r[2] === '')).toBe(true);

    const regions = await ask(body(from, TODAY, { grouping: [{ type: 'Dimension', name: 'ResourceLocation' }] }));
    expect(new Set(regions.properties.rows.map((r) => r[1]))).toEqual(new Set(['EU West', 'US East']));
  });

  it('filters by dimensions and tags with and/or', async () => {
    const from = TODAY - 5 * DAY;
    const filter = {
      and: [
        { dimensions: { name: 'ResourceLocation', operator: 'In', values: ['eu west'] } },
        { or: [{ tags: { name: 'env', operator: 'In', values: ['prod'] } }, { dimensions: { name: 'ServiceName', operator: 'In', values: ['Storage'] } }] },
      ],
    };
    const answer = await ask(body(from, TODAY, { filter }));
    const kept = itemsOf(SUB_A).filter((i) => i.region === 'westeurope' && (i.tags.env === 'prod' || i.service === 'Storage'));
    expect(kept.length).toBeGreaterThan(0);
    expect(answer.properties.rows).toEqual([[ledger(kept, from, TODAY, () => 'all').get('all'), 'USD']]);
  });

  it('pages by nextLink (the same body POSTed again), each page one request; a skiptoken is tied to its definition', async () => {
    const definition = body(TODAY - 4 * DAY, TODAY, { granularity: 'Daily', grouping: [{ type: 'Dimension', name: 'ResourceId' }] });
    const whole = await askAll(definition);
    h.settings.maxRowsPerPage = 7;
    h.requests.reset();
    const paged = await askAll(definition);
    expect(paged.rows).toEqual(whole.rows);
    expect(paged.pages).toBe(Math.ceil(whole.rows.length / 7));
    expect(h.requests.count({ action: 'costManagement.query' })).toBe(paged.pages);

    const first = await ask(definition);
    const other = await rawRequest(h, first.properties.nextLink!, { token: tokenA(), body: body(TODAY - 3 * DAY, TODAY, {}) });
    expect(other.status).toBe(400);
    expect(JSON.parse(other.body).error.code).toBe('BadRequest');
  });

  it('answers no rows when nothing matches, or 204 when set to', async () => {
    const definition = body(TODAY - 2 * DAY, TODAY, { filter: { dimensions: { name: 'ServiceName', operator: 'In', values: ['Cosmos DB'] } } });
    expect((await ask(definition)).properties.rows).toEqual([]);
    h.settings.noContentWhenEmpty = true;
    const reply = await rawRequest(h, queryPath(SUB_A), { token: tokenA(), body: definition });
    expect(reply.status).toBe(204);
    expect(reply.body).toBe('');
  });

  it('refuses definitions it cannot run with 400 BadRequest in ARM shape', async () => {
    const cases: [unknown, RegExp][] = [
      [{ type: 'ActualCost', timeframe: 'Custom' }, /dataset is required/],
      [body(TODAY - 32 * DAY, TODAY, { granularity: 'Daily' }), /31 days/],
      [body(TODAY - 400 * DAY, TODAY, { granularity: 'Monthly' }), /1 year/],
      [body(TODAY - DAY, TODAY, { grouping: [{ type: 'Dimension', name: 'Colour' }] }), /dimension 'Colour'/],
      [body(TODAY - DAY, TODAY, { grouping: [{ type: 'TagKey', name: 'a' }, { type: 'TagKey', name: 'b' }] }), /TagKey/],
      [body(TODAY - DAY, TODAY, { grouping: [1, 2, 3].map(() => ({ type: 'Dimension', name: 'ResourceId' })) }), /cannot exceed 2/],
      [body(TODAY - DAY, TODAY, { filter: { tags: { name: 'env', operator: 'In', values: [] } } }), /at least one value/],
      [body(TODAY - DAY, TODAY, { filter: { and: [{ tags: { name: 'env', operator: 'In', values: ['x'] } }] } }), /at least two/],
      [{ ...body(TODAY - DAY, TODAY, {}), timePeriod: { from: 'yesterday', to: 'today' } }, /ISO 8601/],
      ['{not json', /not valid JSON/],
    ];
    for (const [definition, message] of cases) {
      const reply = await rawRequest(h, queryPath(SUB_A), { token: tokenA(), body: definition });
      expect(reply.status, JSON.stringify(definition)).toBe(400);
      const { error } = JSON.parse(reply.body);
      expect(error.code).toBe('BadRequest');
      expect(error.message).toMatch(message);
    }
  });

  it('authorises like ARM: no token 401, another subscription 403, unknown subscription 404', async () => {
    const definition = body(TODAY - DAY, TODAY, {});
    expect((await rawRequest(h, queryPath(SUB_A), { body: definition })).status).toBe(401);
    const other = await rawRequest(h, queryPath(SUB_B), { token: tokenA(), body: definition });
    expect(other.status).toBe(403);
    expect(JSON.parse(other.body).error.message).toContain('Microsoft.CostManagement/query/action');
    const unknown = '99999999-9999-4999-8999-999999999999';
    expect((await rawRequest(h, queryPath(unknown), { token: tokenA(), body: definition })).status).toBe(404);
    expect((await rawRequest(h, queryPath(SUB_A), { method: 'GET', token: tokenA() })).status).toBe(405);
  });

  it('throttles with 429 and only Cost Management retry-after headers', async () => {
    h.faults.add({ kind: 'throttle', service: 'costmanagement', retryAfterSeconds: 7, times: 1 });
    const reply = await rawRequest(h, queryPath(SUB_A), { token: tokenA(), body: body(TODAY - DAY, TODAY, {}) });
    expect(reply.status).toBe(429);
    expect(JSON.parse(reply.body).error.code).toBe('429');
    expect(reply.headers['retry-after']).toBeUndefined();
    for (const bucket of ['qpu', 'entity', 'tenant', 'clienttype']) expect(reply.headers[`x-ms-ratelimit-microsoft.costmanagement-${bucket}-retry-after`]).toBe('7');
    expect(h.requests.entries()[0]).toMatchObject({ action: 'costManagement.query', status: 429 });
  });

  it('forbids with 403 AuthorizationFailed naming the query action, as a role without it', async () => {
    h.faults.add({ kind: 'forbidden', service: 'costmanagement', times: 1 });
    const reply = await rawRequest(h, queryPath(SUB_A), { token: tokenA(), body: body(TODAY - DAY, TODAY, {}) });
    expect(reply.status).toBe(403);
    const { error } = JSON.parse(reply.body) as { error: { code: string; message: string } };
    expect(error.code).toBe('AuthorizationFailed');
    expect(error.message).toMatch(/^The client '([0-9a-f-]{36})' with object id '\1' does not have authorization to perform action 'Microsoft\.CostManagement\/query\/action' over scope '\/subscriptions\//);
    expect(h.requests.entries()[0]).toMatchObject({ action: 'costManagement.query', account: SUB_A, status: 403 });
  });
});

describe('Cost Management forecast', () => {
  const runRate = (items: BillableItem[]) =>
    items.filter((i) => i.accrues.at(-1)?.to === null).reduce((sum, i) => sum.plus(i.hourly), new Decimal(0));

  it('carries what accrues now over each day from today, as Forecast rows', async () => {
    const to = TODAY + 5 * DAY;
    const answer = await ask(body(TODAY, to, { granularity: 'Daily' }), queryPath(SUB_A, 'forecast'));
    expect(answer.type).toBe('Microsoft.CostManagement/forecast');
    const { columns, rows } = answer.properties;
    expect(columns.map((c) => c.name)).toEqual(['Cost', 'UsageDate', 'CostStatus', 'Currency']);
    const perDay = runRate(itemsOf(SUB_A)).times(24).toDecimalPlaces(10).toFixed();
    expect(rows).toEqual([0, 1, 2, 3, 4].map((n) => [perDay, usageDate(new Date(TODAY + n * DAY)), 'Forecast', 'USD']));
    expect(h.requests.entries()).toEqual([{ service: 'costmanagement', action: 'costManagement.forecast', account: SUB_A, region: null, status: 200 }]);
  });

  it('adds Actual rows before today only when asked, filters like query, and refuses grouping', async () => {
    const from = TODAY - 2 * DAY;
    const filter = { dimensions: { name: 'ServiceName', operator: 'In', values: ['Storage'] } };
    const without = await ask(body(from, TODAY + DAY, { filter }), queryPath(SUB_A, 'forecast'));
    expect(without.properties.rows.map((r) => r[2])).toEqual(['Forecast']);
    const storage = itemsOf(SUB_A).filter((i) => i.service === 'Storage');
    expect(without.properties.rows[0]![0]).toBe(runRate(storage).times(24).toDecimalPlaces(10).toFixed());

    const withActual = await ask(body(from, TODAY + DAY, { filter }, { includeActualCost: true }), queryPath(SUB_A, 'forecast'));
    const actual = ledger(storage, from, TODAY, (_, day) => usageDate(day));
    expect(withActual.properties.rows.filter((r) => r[2] === 'Actual').map((r) => [r[1], r[0]])).toEqual([...actual]);

    const grouped = await rawRequest(h, queryPath(SUB_A, 'forecast'), { token: tokenA(), body: body(TODAY, TODAY + DAY, { grouping: [{ type: 'Dimension', name: 'ServiceName' }] }) });
    expect(grouped.status).toBe(400);
  });
});
