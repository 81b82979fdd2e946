// DigitalOcean spend through the gateway, from each team's invoices on the emulator: monthly rows
// equal the invoices (the current month is the preview, not final), DAILY rows the billing
// insights, exact call counts (one invoice list per team, one call per invoice only when services
// are asked, one insights request per team and 31 days, none within the TTL), the
// month-end forecast at the balance's run rate, each team's balance, and what the bill cannot answer
// (a service per day, a region per month, tags, a window that splits a month, a token without billing:read) as an error naming
// DigitalOcean beside the other clouds' spend.
import { Decimal } from 'decimal.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFleet } from '../../../emulators/fleet.js';
import type { RunningApp } from '../../../src/app.js';
import { spendKey } from '../../../src/cache/keys.js';
import { BalancesDocument, CostsDocument, CostsWithForecastDocument } from '../../generated/operations.js';
import { mintApiKey } from '../../../src/gateway/auth/api-keys.js';
import { gatewayUrl, startTestApp } from '../../support/app.js';
import { execute } from '../../support/graphql.js';
import { wireInsights } from '../../providers/digitalocean/support.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const text = (d: Date) => d.toISOString().slice(0, 10);
const monthStart = (d: Date, plus = 0) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + plus, 1));

type Invoice = { invoice_uuid: string; amount: string; invoice_period: string; updated_at?: string };
type Item = { product: string; amount: string };

describe('DigitalOcean spend (invoices)', () => {
  let app: RunningApp;
  const now = new Date();
  const today = new Date(Math.floor(now.getTime() / DAY) * DAY);
  const from = monthStart(now, -2);
  const to = monthStart(now, 1);
  const emulator = () => app.sandbox!.digitalocean!;
  const teams = () => app.sandbox!.fleet.digitalocean.teams;
  const count = (action: string, account?: string) => emulator().requests.count({ service: 'billing', action, ...(account ? { account } : {}) });
  const wire = async <T>(token: string, path: string): Promise<T> => (await (await fetch(new URL(path, emulator().url), { headers: { authorization: `Bearer ${token}` } })).json()) as T;
  const bill = (token: string) => wire<{ invoices: Invoice[]; invoice_preview: Invoice }>(token, '/v2/customers/my/invoices?per_page=200');
  const items = async (token: string, uuid: string) => (await wire<{ invoice_items: Item[] }>(token, `/v2/customers/my/invoices/${uuid}?per_page=200`)).invoice_items;

  beforeAll(async () => {
    app = await startTestApp({ clouds: ['aws', 'digitalocean'], vmsPerScope: 4 });
  });
  afterAll(async () => {
    await app?.stop();
  });
  beforeEach(() => {
    emulator().faults.clear();
    emulator().requests.reset();
  });

  it('answers each team per month as its invoices say, the current month estimated, with one invoice list per team and none asked again', async () => {
    const variables = { from: text(from), to: text(to), groupBy: [{ dimension: 'ACCOUNT' as const }], filter: { providers: ['DIGITALOCEAN' as const] } };
    const result = await execute(gatewayUrl(app), CostsDocument, variables);
    expect(result.errors).toBeUndefined();
    // The gateway's calls, before the test reads the same bill on the wire.
    for (const team of teams()) expect(count('invoices.list', team.uuid)).toBe(1);
    expect(count('invoices.get') + count('balance.get')).toBe(0);
    const rows = result.data!.costs.rows;
    for (const team of teams()) {
      const { invoices, invoice_preview: preview } = await bill(team.token);
      const expected = [...invoices.filter((i) => i.invoice_period >= text(from).slice(0, 7)).reverse(), preview].map((i) => ({
        periodStart: `${i.invoice_period}-01`,
        amount: new Decimal(i.amount).toFixed(),
        estimated: i === preview,
      }));
      const mine = rows.filter((r) => r.keys[0]!.value === team.uuid);
      expect(mine.map((r) => ({ periodStart: r.periodStart, amount: r.amount.amount, estimated: r.estimated }))).toEqual(expected);
      expect(mine.every((r) => r.provider === 'DIGITALOCEAN' && r.amount.currency === 'USD')).toBe(true);
    }
    // Two closed months and the current one, per team.
    expect(rows).toHaveLength(teams().length * 3);
    emulator().requests.reset();
    await execute(gatewayUrl(app), CostsDocument, variables);
    expect(emulator().requests.count({ service: 'billing' })).toBe(0);
  });

  it("groups by SERVICE from the invoices' items, one call per invoice, filtered to the services asked for", async () => {
    const variables = { from: text(monthStart(now, -1)), to: text(to), groupBy: [{ dimension: 'SERVICE' as const }], filter: { providers: ['DIGITALOCEAN' as const], services: ['Droplets', 'Volumes'] } };
    const result = await execute(gatewayUrl(app), CostsDocument, variables);
    expect(result.errors).toBeUndefined();
    for (const team of teams()) expect({ list: count('invoices.list', team.uuid), invoices: count('invoices.get', team.uuid) }).toEqual({ list: 1, invoices: 2 });
    const groups = result.data!.costs.groups;
    const expected = new Map<string, Decimal>();
    for (const team of teams()) {
      const { invoices, invoice_preview: preview } = await bill(team.token);
      const asked = [invoices.find((i) => i.invoice_period === text(monthStart(now, -1)).slice(0, 7))!, preview];
      for (const invoice of asked) {
        for (const item of await items(team.token, invoice.invoice_uuid)) {
          if (item.product === 'Droplets' || item.product === 'Volumes') expected.set(item.product, (expected.get(item.product) ?? new Decimal(0)).plus(item.amount));
        }
      }
    }
    expect(Object.fromEntries(groups.map((g) => [g.keys[0]!.value, g.amount.amount]))).toEqual(Object.fromEntries([...expected].map(([k, v]) => [k, v.toFixed()])));
  });

  it('answers DAILY per region from the billing insights, one request per team for a week (pages of 200), every row estimated', async () => {
    const weekAgo = new Date(today.getTime() - 7 * DAY);
    const result = await execute(gatewayUrl(app), CostsDocument, { from: text(weekAgo), to: text(today), granularity: 'DAILY', groupBy: [{ dimension: 'REGION' as const }], filter: { providers: ['DIGITALOCEAN' as const] } });
    expect(result.errors).toBeUndefined();
    const calls = teams().map((team) => count('insights.list', team.uuid));
    const expected = new Map<string, Decimal>();
    for (const [index, team] of teams().entries()) {
      const { points, pages } = await wireInsights(emulator().url, team.token, team.uuid, text(weekAgo), text(new Date(today.getTime() - DAY)));
      // One request for the week, read in pages of 200.
      expect(calls[index]).toBe(pages);
      for (const p of points) expected.set(`${p.start_date} ${p.region}`, (expected.get(`${p.start_date} ${p.region}`) ?? new Decimal(0)).plus(p.total_amount));
    }
    const rows = result.data!.costs.rows;
    expect(rows.every((r) => r.estimated && r.provider === 'DIGITALOCEAN')).toBe(true);
    expect(new Set(rows.map((r) => r.periodStart))).toHaveLength(7);
    const got = new Map<string, Decimal>();
    for (const r of rows) got.set(`${r.periodStart} ${r.keys[0]!.value}`, (got.get(`${r.periodStart} ${r.keys[0]!.value}`) ?? new Decimal(0)).plus(r.amount.amount));
    expect(got).toEqual(expected);
  });

  it("forecasts the month's end: the preview so far plus the balance's hourly run rate over the rest of the month", async () => {
    const result = await execute(gatewayUrl(app), CostsWithForecastDocument, { from: text(monthStart(now)), to: text(to), filter: { providers: ['DIGITALOCEAN' as const] } });
    expect(result.errors).toBeUndefined();
    for (const team of teams()) expect(count('balance.get', team.uuid)).toBe(1);
    const forecast = result.data!.costs.forecast!;
    let soFar = new Decimal(0);
    let rest = new Decimal(0);
    for (const team of teams()) {
      const balance = await wire<{ month_to_date_usage: string; generated_at: string }>(team.token, '/v2/customers/my/balance');
      const elapsed = (new Date(balance.generated_at).getTime() - monthStart(now).getTime()) / HOUR;
      if (today > monthStart(now)) soFar = soFar.plus(balance.month_to_date_usage);
      if (elapsed >= 1) rest = rest.plus(new Decimal(balance.month_to_date_usage).dividedBy(elapsed).times((to.getTime() - today.getTime()) / HOUR).toDecimalPlaces(2, Decimal.ROUND_HALF_UP));
    }
    const [digitalocean] = forecast.byProvider;
    expect(digitalocean).toMatchObject({ provider: 'DIGITALOCEAN', monthToDate: { amount: soFar.toFixed(), currency: 'USD' }, remainingLower: null, remainingUpper: null });
    if (today.getTime() - monthStart(now).getTime() >= HOUR) expect(digitalocean!.remaining.amount).toBe(rest.toFixed());
    expect(digitalocean!.monthEnd.amount).toBe(new Decimal(digitalocean!.monthToDate.amount).plus(digitalocean!.remaining.amount).toFixed());
  });

  it("lists each team's balance as DigitalOcean reports it, one call per team, none asked again; AWS reports none", async () => {
    const result = await execute(gatewayUrl(app), BalancesDocument, {});
    expect(result.errors).toBeUndefined();
    for (const team of teams()) expect(count('balance.get', team.uuid)).toBe(1);
    const expected = [];
    for (const team of [...teams()].sort((a, b) => a.uuid.localeCompare(b.uuid))) {
      const wired = await wire<{ month_to_date_balance: string; account_balance: string; month_to_date_usage: string; generated_at: string }>(team.token, '/v2/customers/my/balance');
      const usd = (amount: string) => ({ amount, currency: 'USD' });
      expect(Number(wired.month_to_date_usage)).toBeGreaterThanOrEqual(0);
      expected.push({
        provider: 'DIGITALOCEAN',
        account: team.uuid,
        accountBalance: usd(wired.account_balance),
        monthToDateUsage: usd(wired.month_to_date_usage),
        monthToDateBalance: usd(wired.month_to_date_balance),
        generatedAt: new Date(wired.generated_at).toISOString(),
      });
    }
    expect(result.data!.balances).toEqual(expected);
    emulator().requests.reset();
    const one = await execute(gatewayUrl(app), BalancesDocument, { filter: { accounts: [teams()[1]!.uuid.toUpperCase()] } });
    expect(one.data!.balances.map((b) => b.account)).toEqual([teams()[1]!.uuid]);
    expect(emulator().requests.count({ service: 'billing' })).toBe(0);
  });

  it("a team whose balance cannot be read is left out with an error naming it, beside the other team's", async () => {
    const [broken, fine] = teams();
    // The test above left the broken team's balance in the spend cache: drop it, so it is asked again.
    await app.services.cache.delete([spendKey('balance', 'digitalocean', { account: broken!.uuid })]);
    emulator().faults.add({ action: 'balance.get', account: broken!.uuid, kind: 'unavailable' });
    const result = await execute(gatewayUrl(app), BalancesDocument, { filter: { providers: ['DIGITALOCEAN' as const] }, currency: 'USD' });
    expect(result.data!.balances.map((b) => b.account)).toEqual([fine!.uuid]);
    expect(result.errors?.map((e) => e.extensions)).toEqual([expect.objectContaining({ code: 'PROVIDER_UNAVAILABLE', provider: 'digitalocean', account: broken!.uuid, operation: 'balance.get' })]);
  });

  it('refuses what invoices cannot answer before any call, naming DigitalOcean, and still answers AWS', async () => {
    const asks = [
      { granularity: 'DAILY' as const, groupBy: [{ dimension: 'SERVICE' as const }], from: text(new Date(today.getTime() - 3 * DAY)), to: text(today), says: 'ACCOUNT or REGION' },
      { groupBy: [{ dimension: 'REGION' as const }], from: text(from), to: text(to), says: 'REGION' },
      { from: text(new Date(from.getTime() + 2 * DAY)), to: text(to), says: '1st of a month' },
      { filter: { tags: [{ key: 'env' }] }, from: text(from), to: text(to), says: 'tags' },
    ];
    for (const { says, ...variables } of asks) {
      const result = await execute(gatewayUrl(app), CostsDocument, variables);
      const error = result.errors?.find((e) => e.extensions?.provider === 'digitalocean');
      expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(error?.message).toContain(says);
      expect(result.data!.costs.rows.some((r) => r.provider === 'AWS')).toBe(true);
      expect(result.data!.costs.rows.some((r) => r.provider === 'DIGITALOCEAN')).toBe(false);
    }
    expect(count('invoices.list')).toBe(0);
  });

  it("a token without billing:read fails that team's spend as PROVIDER_AUTH_FAILED; the other team's rows come back", async () => {
    const [denied, allowed] = teams();
    emulator().faults.add({ service: 'billing', account: denied!.uuid, kind: 'forbidden' });
    // A window of its own: the spend cache holds no answer for it.
    const result = await execute(gatewayUrl(app), CostsDocument, { from: text(monthStart(now, -1)), to: text(to), groupBy: [{ dimension: 'ACCOUNT' as const }], filter: { providers: ['DIGITALOCEAN' as const] } });
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'PROVIDER_AUTH_FAILED', provider: 'digitalocean', account: denied!.uuid, operation: 'invoices.list' });
    expect(new Set(result.data!.costs.rows.map((r) => r.keys[0]!.value))).toEqual(new Set([allowed!.uuid]));
  });
});

describe('DigitalOcean balances under grants', () => {
  let app: RunningApp;
  const teamKey = mintApiKey('one-team');
  const regionKey = mintApiKey('one-region');
  const as = (key: { key: string }) => ({ authorization: `Bearer ${key.key}` });

  beforeAll(async () => {
    // The sandbox's fleet is seeded (42): its teams are known before it starts.
    const probe = createFleet({ seed: 42, vmsPerScope: 1 });
    app = await startTestApp({
      clouds: ['digitalocean'],
      vmsPerScope: 1,
      auth: {
        mode: 'required',
        apiKeys: [
          { id: 'one-team', sha256: teamKey.sha256, role: 'viewer', scopes: { accounts: [probe.digitalocean.teams[0]!.uuid] } },
          { id: 'one-region', sha256: regionKey.sha256, role: 'viewer', scopes: { regions: ['nyc3'] } },
        ],
      },
    });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it("shows a caller its granted teams' balances only, and none to a caller granted only some regions of them", async () => {
    const [granted] = app.sandbox!.fleet.digitalocean.teams;
    const mine = await execute(gatewayUrl(app), BalancesDocument, {}, as(teamKey));
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.balances.map((b) => b.account)).toEqual([granted!.uuid]);
    const regional = await execute(gatewayUrl(app), BalancesDocument, {}, as(regionKey));
    expect(regional).toEqual({ data: { balances: [] } });
    expect(app.sandbox!.digitalocean!.requests.count({ action: 'balance.get' })).toBe(1);
  });
});
