// The DigitalOcean emulator's bill on the wire: the invoice list with the current month's preview,
// an invoice's items (paged), the balance, the daily billing insights, and the arithmetic DigitalOcean bills by — hourly up to
// the monthly price, whole cents, the invoice the sum of its items, the preview up to today.
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { HOURS_BILLED_PER_MONTH, startDigitalOceanEmulator } from '../../../emulators/digitalocean/index.js';
import { createFleet } from '../../../emulators/fleet.js';
import { startedForFile } from '../../support/harness.js';

// Mid-month, mid-day: the preview covers December 1–4, the last invoice is November's.
const NOW = new Date('2026-12-05T17:31:00Z');
const fleet = createFleet({ seed: 42, vmsPerScope: 4, clock: () => NOW });
const emulator = startedForFile(() => startDigitalOceanEmulator({ fleet }));
const team = () => fleet.digitalocean.teams[0]!;
const get = async (path: string, token = team().token) => {
  const response = await fetch(new URL(path, emulator().url), { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, body: await response.json() };
};

type Invoice = { invoice_uuid: string; invoice_id: string; amount: string; invoice_period: string; updated_at?: string };
type Item = { product: string; resource_id?: string; resource_uuid?: string; amount: string; duration: string; start_time: string; end_time: string };

async function itemsOf(uuid: string): Promise<Item[]> {
  const items: Item[] = [];
  let next: string | undefined = `/v2/customers/my/invoices/${uuid}?per_page=7`;
  while (next) {
    const page = await get(next);
    expect(page.status).toBe(200);
    items.push(...page.body.invoice_items);
    next = page.body.links.pages?.next;
  }
  return items;
}

describe('the DigitalOcean emulator bill', () => {
  it('lists closed months newest first, each with its number, and the preview of the month so far', async () => {
    const { status, body } = await get('/v2/customers/my/invoices?per_page=200');
    expect(status).toBe(200);
    const invoices = body.invoices as Invoice[];
    expect(invoices[0]!.invoice_period).toBe('2026-11');
    expect(invoices.map((i) => i.invoice_period)).toEqual([...invoices.map((i) => i.invoice_period)].sort().reverse());
    expect(invoices.every((i) => /^\d{4}-\d{2}$/.test(i.invoice_period) && /^\d+\.\d{2}$/.test(i.amount) && i.updated_at === undefined)).toBe(true);
    expect(body.invoice_preview).toMatchObject({ invoice_period: '2026-12', updated_at: '2026-12-05T00:00:00Z' });
    expect(body.meta.total).toBe(invoices.length);
    // The same team's bill is the same however often it is asked; another team's is its own.
    expect((await get('/v2/customers/my/invoices?per_page=200')).body).toEqual(body);
    const other = await get('/v2/customers/my/invoices?per_page=200', fleet.digitalocean.teams[1]!.token);
    expect(other.body.invoice_preview.invoice_uuid).not.toBe(body.invoice_preview.invoice_uuid);
  });

  it("an invoice is the sum of its items in whole cents; a droplet billed the whole month costs its size's monthly price", async () => {
    const { body } = await get('/v2/customers/my/invoices?per_page=200');
    const november = (body.invoices as Invoice[]).find((i) => i.invoice_period === '2026-11')!;
    const items = await itemsOf(november.invoice_uuid);
    expect(items.reduce((sum, i) => sum.plus(i.amount), new Decimal(0)).toFixed(2)).toBe(november.amount);
    expect(new Set(items.map((i) => i.product))).toEqual(new Set(['Droplets', 'Volumes', 'Snapshots']));
    const droplets = fleet.digitalocean.droplets(team().uuid);
    for (const item of items.filter((i) => i.product === 'Droplets')) {
      const droplet = droplets.find((d) => String(d.id) === item.resource_id)!;
      expect(['new', 'archive']).not.toContain(droplet.status);
      // Every generated droplet predates November: 720 hours billed, capped at the monthly price.
      expect(item).toMatchObject({ duration: '720', start_time: '2026-11-01T00:00:00Z', end_time: '2026-12-01T00:00:00Z', amount: new Decimal(droplet.size.price_monthly).toFixed(2) });
      expect(720).toBeGreaterThan(HOURS_BILLED_PER_MONTH);
    }
    expect(items.filter((i) => i.product === 'Volumes').every((i) => i.resource_uuid && !i.resource_id)).toBe(true);
  });

  it("the preview bills the month up to today at the hourly price (under the cap), and the balance reports it", async () => {
    const { body } = await get('/v2/customers/my/invoices?per_page=200');
    const preview = body.invoice_preview as Invoice;
    const items = await itemsOf(preview.invoice_uuid);
    const droplet = fleet.digitalocean.droplets(team().uuid).find((d) => d.status === 'active')!;
    const item = items.find((i) => i.resource_id === String(droplet.id))!;
    expect(item).toMatchObject({ duration: '96', end_time: '2026-12-05T00:00:00Z', amount: new Decimal(droplet.size.price_hourly).times(96).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2) });
    expect(items.reduce((sum, i) => sum.plus(i.amount), new Decimal(0)).toFixed(2)).toBe(preview.amount);
    const balance = await get('/v2/customers/my/balance');
    expect(balance.body).toEqual({ month_to_date_balance: preview.amount, account_balance: '0.00', month_to_date_usage: preview.amount, generated_at: preview.updated_at });
  });

  it("gives each item's cost per completed day in the insights, in whole cents, paged, for the token's own team only", async () => {
    const path = (urn: string, start: string, end: string, query = '') => `/v2/billing/${urn}/insights/${start}/${end}${query}`;
    const urn = `do:team:${team().uuid}`;
    const { status, body } = await get(path(urn, '2026-12-01', '2026-12-31', '?per_page=200'));
    expect(status).toBe(200);
    // Today (the 5th) is not completed: the 1st to the 4th.
    expect([...new Set(body.data_points.map((p: { start_date: string }) => p.start_date))].sort()).toEqual(['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04']);
    const droplet = fleet.digitalocean.droplets(team().uuid).find((d) => d.status === 'active')!;
    const point = body.data_points.find((p: { description: string; start_date: string }) => p.start_date === '2026-12-02' && p.description.startsWith(`${droplet.name} `));
    expect(point).toEqual({ usage_team_urn: urn, start_date: '2026-12-02', total_amount: new Decimal(droplet.size.price_hourly).times(24).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2), region: droplet.region.slug, sku: `1-DO-DROP-${droplet.size_slug.toUpperCase()}`, description: `${droplet.name} (${droplet.size_slug})`, group_description: '' });
    expect(body).toMatchObject({ total_items: body.data_points.length, total_pages: 1, current_page: 1 });
    const second = await get(path(urn, '2026-12-01', '2026-12-31', '?per_page=10&page=2'));
    expect(second.body).toMatchObject({ data_points: body.data_points.slice(10, 20), total_pages: Math.ceil(body.data_points.length / 10), current_page: 2 });
    expect((await get(path(urn, '2026-11-01', '2026-12-02'))).status).toBe(400);
    expect((await get(path(`do:team:${fleet.digitalocean.teams[1]!.uuid}`, '2026-12-01', '2026-12-02'))).body).toMatchObject({ id: 'forbidden' });
  });

  it('answers an unknown invoice 404 and an unknown token 401, in DigitalOcean shapes, and logs each call', async () => {
    emulator().requests.reset();
    expect(await get('/v2/customers/my/invoices/00000000-0000-4000-8000-000000000000')).toMatchObject({ status: 404, body: { id: 'not_found' } });
    expect(await get('/v2/customers/my/balance', 'dop_v1_nope')).toMatchObject({ status: 401, body: { id: 'Unauthorized' } });
    expect(emulator().requests.count({ service: 'billing', action: 'invoices.get' })).toBe(1);
    expect(emulator().requests.count({ service: 'billing', action: 'balance.get' })).toBe(1);
  });
});
