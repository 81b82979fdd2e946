// The DigitalOcean billing adapter against the emulator, on a fixed clock: invoices and items
// read page after page, the preview for the current month, SERVICE rows from the items, the
// forecast's run rate (the balance's; the preview's items for some services; the last invoice's
// in a month's first hour), and windows the invoices cannot answer refused before any call.
import { Decimal } from 'decimal.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { startDigitalOceanEmulator } from '../../../emulators/digitalocean/index.js';
import { createFleet } from '../../../emulators/fleet.js';
import type { SpendQuery } from '../../../src/providers/billing.js';
import { createDigitalOceanBilling } from '../../../src/providers/digitalocean/billing.js';
import { ProviderError } from '../../../src/providers/errors.js';
import { startedForFile } from '../../support/harness.js';
import { configFor, wireInsights } from './support.js';

let now = new Date('2026-12-05T17:31:00Z');
const fleet = createFleet({ seed: 42, vmsPerScope: 4, clock: () => now });
const emulator = startedForFile(() => startDigitalOceanEmulator({ fleet }));
const team = () => fleet.digitalocean.teams[0]!;
const billing = () => createDigitalOceanBilling(configFor(fleet, emulator().url), { clock: () => now });
const count = (action: string) => emulator().requests.count({ action, account: team().uuid });
const wire = async <T>(path: string): Promise<T> => (await (await fetch(new URL(path, emulator().url), { headers: { authorization: `Bearer ${team().token}` } })).json()) as T;
const month = (iso: string) => new Date(`${iso}T00:00:00Z`);
const query = (overrides: Partial<SpendQuery> = {}): SpendQuery => ({
  from: month('2026-10-01'),
  to: month('2026-12-06'),
  granularity: 'MONTHLY',
  groupBy: [],
  costType: 'ACTUAL',
  filter: { accounts: [team().uuid] },
  ...overrides,
});

type Invoice = { invoice_uuid: string; amount: string; invoice_period: string };
type Item = { product: string; amount: string };

beforeEach(() => {
  now = new Date('2026-12-05T17:31:00Z');
  emulator().requests.reset();
  emulator().faults.clear();
  emulator().setMaxPageSize(null);
});

describe('DigitalOcean billing', () => {
  it('reads the invoice list page after page; closed months are final, the current one is the preview', async () => {
    const { invoices, invoice_preview: preview } = await wire<{ invoices: Invoice[]; invoice_preview: Invoice }>('/v2/customers/my/invoices?per_page=200');
    emulator().requests.reset();
    emulator().setMaxPageSize(2);
    const rows = await billing().spend(query());
    expect(count('invoices.list')).toBe(Math.ceil(invoices.length / 2));
    const amountOf = (period: string) => new Decimal(invoices.find((i) => i.invoice_period === period)!.amount).toFixed();
    expect(rows).toEqual([
      { periodStart: month('2026-10-01'), periodEnd: month('2026-11-01'), groups: [], amount: { amount: amountOf('2026-10'), currency: 'USD' }, estimated: false },
      { periodStart: month('2026-11-01'), periodEnd: month('2026-12-01'), groups: [], amount: { amount: amountOf('2026-11'), currency: 'USD' }, estimated: false },
      { periodStart: month('2026-12-01'), periodEnd: month('2026-12-06'), groups: [], amount: { amount: new Decimal(preview.amount).toFixed(), currency: 'USD' }, estimated: true },
    ]);
  });

  it("sums a month's items per product, every page of them, for the services asked", async () => {
    const { invoices } = await wire<{ invoices: Invoice[] }>('/v2/customers/my/invoices?per_page=200');
    const november = invoices.find((i) => i.invoice_period === '2026-11')!;
    const items = (await wire<{ invoice_items: Item[] }>(`/v2/customers/my/invoices/${november.invoice_uuid}?per_page=200`)).invoice_items;
    emulator().requests.reset();
    emulator().setMaxPageSize(5);
    const rows = await billing().spend(query({ from: month('2026-11-01'), to: month('2026-12-01'), groupBy: [{ dimension: 'ACCOUNT' }, { dimension: 'SERVICE' }], filter: { accounts: [team().uuid], services: ['Droplets', 'Snapshots'] } }));
    expect(count('invoices.get')).toBe(Math.ceil(items.length / 5));
    const sum = (product: string) => items.filter((i) => i.product === product).reduce((s, i) => s.plus(i.amount), new Decimal(0)).toFixed();
    expect(rows.map((r) => [r.groups, r.amount.amount])).toEqual([
      [[team().uuid, 'Droplets'], sum('Droplets')],
      [[team().uuid, 'Snapshots'], sum('Snapshots')],
    ]);
  });

  it("forecasts the balance's run rate over the window, or the preview items' for some services", async () => {
    const balance = await wire<{ month_to_date_usage: string; generated_at: string }>('/v2/customers/my/balance');
    expect(balance.generated_at).toBe('2026-12-05T00:00:00Z');
    const window = { from: month('2026-12-05'), to: month('2027-01-01'), costType: 'ACTUAL' as const };
    const forecast = await billing().forecast({ ...window, filter: { accounts: [team().uuid] } });
    // Four days billed so far, 27 to go.
    expect(forecast).toEqual({ total: { amount: new Decimal(balance.month_to_date_usage).dividedBy(96).times(27 * 24).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(), currency: 'USD' }, lower: null, upper: null });
    const { invoice_preview: preview } = await wire<{ invoice_preview: Invoice }>('/v2/customers/my/invoices?per_page=200');
    const volumes = (await wire<{ invoice_items: Item[] }>(`/v2/customers/my/invoices/${preview.invoice_uuid}?per_page=200`)).invoice_items.filter((i) => i.product === 'Volumes');
    const some = await billing().forecast({ ...window, filter: { accounts: [team().uuid], services: ['Volumes'] } });
    expect(some.total.amount).toBe(volumes.reduce((s, i) => s.plus(i.amount), new Decimal(0)).dividedBy(96).times(27 * 24).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed());
  });

  it("in a month's first hour, before anything is billed, forecasts at the last invoice's run rate", async () => {
    now = new Date('2026-12-01T00:20:00Z');
    const { invoices } = await wire<{ invoices: Invoice[] }>('/v2/customers/my/invoices?per_page=200');
    const november = invoices.find((i) => i.invoice_period === '2026-11')!;
    const forecast = await billing().forecast({ from: month('2026-12-01'), to: month('2027-01-01'), costType: 'ACTUAL', filter: { accounts: [team().uuid] } });
    // November's 720 hours, carried over December's 744.
    expect(forecast.total.amount).toBe(new Decimal(november.amount).dividedBy(720).times(744).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed());
  });

  it('answers DAILY from the insights, 31 days a request, every page, per region and team, estimated', async () => {
    const from = month('2026-10-25');
    const to = month('2026-12-06');
    const wirePoints = async (start: string, end: string) => (await wireInsights(emulator().url, team().token, team().uuid, start, end)).points;
    const points = [...(await wirePoints('2026-10-25', '2026-11-24')), ...(await wirePoints('2026-11-25', '2026-12-05'))];
    emulator().requests.reset();
    emulator().setMaxPageSize(50);
    const rows = await billing().spend(query({ from, to, granularity: 'DAILY', groupBy: [{ dimension: 'REGION' }, { dimension: 'ACCOUNT' }], filter: { accounts: [team().uuid], regions: ['NYC3', 'ams3'] } }));
    const calls = count('insights.list');
    const pagesOf = async (start: string, end: string) => (await wireInsights(emulator().url, team().token, team().uuid, start, end, 50)).pages;
    // Two requests (31 days, then 11), each read page after page.
    expect(calls).toBe((await pagesOf('2026-10-25', '2026-11-24')) + (await pagesOf('2026-11-25', '2026-12-05')));
    expect(calls).toBeGreaterThan(2);
    const expected = new Map<string, Decimal>();
    for (const p of points.filter((p) => p.region === 'nyc3' || p.region === 'ams3')) expected.set(`${p.start_date} ${p.region}`, (expected.get(`${p.start_date} ${p.region}`) ?? new Decimal(0)).plus(p.total_amount));
    expect(new Map(rows.map((r) => [`${r.periodStart.toISOString().slice(0, 10)} ${r.groups[0]}`, new Decimal(r.amount.amount)]))).toEqual(expected);
    expect(rows.every((r) => r.estimated && r.groups[1] === team().uuid && r.periodEnd.getTime() - r.periodStart.getTime() === 86_400_000)).toBe(true);
    // 42 days asked, the last one (today) not completed: 41 days of points.
    expect(new Set(rows.map((r) => r.periodStart.getTime())).size).toBe(41);
  });

  it('refuses what the bill cannot answer — by source — and windows that split an invoice, before any call', async () => {
    const refused = [
      query({ granularity: 'DAILY', groupBy: [{ dimension: 'SERVICE' }] }),
      query({ granularity: 'DAILY', filter: { accounts: [team().uuid], services: ['Droplets'] } }),
      query({ groupBy: [{ dimension: 'REGION' }] }),
      query({ groupBy: [{ dimension: 'TAG', tagKey: 'env' }] }),
      query({ filter: { accounts: [team().uuid], regions: ['nyc3'] } }),
      query({ from: month('2026-10-15') }),
      query({ to: month('2026-11-20') }),
      query({ to: month('2026-12-03') }),
    ];
    for (const asked of refused) {
      const error = await billing().spend(asked).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ProviderError);
      expect(error).toMatchObject({ category: 'INVALID_INPUT', scope: { provider: 'digitalocean', account: team().uuid } });
    }
    expect(emulator().requests.count()).toBe(0);
  });
});
