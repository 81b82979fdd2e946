// What a DigitalOcean team is billed, the way its invoices say it. Droplets (not `new` or
// archived ones: nothing is reserved for them) accrue their size's hourly price from creation,
// powered off or not (DigitalOcean keeps their resources reserved); volumes 0.10 USD and
// snapshots 0.06 USD per GiB-month, by the hour at 1/672 of the monthly price. No item costs more
// than its monthly price in a month (DigitalOcean's cap: 672 hours, 28 days). One invoice per
// closed month, each item in whole cents and the invoice the sum of its items; the current month
// is the invoice preview, generated daily: the month up to the start of today (UTC). Billing
// insights give each item's cost per completed day (nightly estimates: no monthly cap, whole cents).
import { Decimal } from 'decimal.js';
import { hoursWithin, startOfDay, startOfMonth, type BillableItem } from '../kit/billing.js';
import { DAY as DAY_MS } from '../kit/time.js';
import { Random } from '../kit/prng.js';
import type { DigitalOceanFleet } from './fleet/fleet.js';
import type { DoTeam, DoTeamResources } from './fleet/types.js';

/** DigitalOcean bills at most this many hours of an item a month (its monthly price). */
export const HOURS_BILLED_PER_MONTH = 672;
const VOLUME_USD_PER_GIB_MONTH = '0.10';
const SNAPSHOT_USD_PER_GIB_MONTH = '0.06';
const PROJECT = 'Default';

export interface DoBillableItem extends BillableItem {
  /** The invoice's product ("Droplets", "Volumes", "Snapshots"). */
  product: string;
  description: string;
  /** Numeric ids (droplets, droplet snapshots) go in `resource_id`, UUIDs in `resource_uuid`. */
  numericId: boolean;
  /** Decimal string: the most the item costs in a month. */
  monthly: string;
  sku: string;
}

/** A billing insights data point, in the API's shape. */
export interface DoBillingDataPoint {
  usage_team_urn: string;
  start_date: string;
  total_amount: string;
  region: string;
  sku: string;
  description: string;
  group_description: string;
}

/** An invoice item, in the API's shape. */
export interface DoInvoiceItem {
  product: string;
  resource_id?: string;
  resource_uuid?: string;
  group_description: string;
  description: string;
  amount: string;
  duration: string;
  duration_unit: 'Hours';
  start_time: string;
  end_time: string;
  project_name: string;
}

/** An invoice (or the preview) with its items. */
export interface DoInvoice {
  invoice_uuid: string;
  invoice_id: string;
  amount: string;
  /** YYYY-MM */
  invoice_period: string;
  /** Only the preview has one. */
  updated_at?: string;
  items: DoInvoiceItem[];
}

export interface DoTeamBill {
  /** Closed months, newest first (as the API lists them). */
  invoices: DoInvoice[];
  preview: DoInvoice;
}

export function doBillableItems(team: string, resources: DoTeamResources): DoBillableItem[] {
  const since = (createdAt: string) => [{ from: new Date(createdAt), to: null }];
  const droplets = resources.droplets
    .filter((d) => d.status !== 'new' && d.status !== 'archive')
    .map((d) => item(team, d.region.slug, 'Droplets', `1-DO-DROP-${d.size_slug.toUpperCase()}`, String(d.id), true, `${d.name} (${d.size_slug})`, String(d.size.price_hourly), String(d.size.price_monthly), d.tags, since(d.created_at)));
  const volumes = resources.volumes.map((v) => {
    const monthly = new Decimal(v.size_gigabytes).times(VOLUME_USD_PER_GIB_MONTH);
    return item(team, v.region.slug, 'Volumes', '1-DO-VOL-GIB', v.id, false, `${v.name} (${v.size_gigabytes} GiB)`, monthly.dividedBy(HOURS_BILLED_PER_MONTH).toFixed(), monthly.toFixed(), v.tags, since(v.created_at));
  });
  const snapshots = resources.snapshots.map((s) => {
    const monthly = new Decimal(s.size_gigabytes).times(SNAPSHOT_USD_PER_GIB_MONTH);
    return item(team, s.regions[0] ?? '', 'Snapshots', '1-DO-SNAP-GIB', s.id, /^\d+$/.test(s.id), `${s.name} (${s.size_gigabytes} GiB)`, monthly.dividedBy(HOURS_BILLED_PER_MONTH).toFixed(), monthly.toFixed(), s.tags, since(s.created_at));
  });
  return [...droplets, ...volumes, ...snapshots];
}

function item(account: string, region: string, product: string, sku: string, resourceId: string, numericId: boolean, description: string, hourly: string, monthly: string, tags: readonly string[], accrues: DoBillableItem['accrues']): DoBillableItem {
  return { resourceId, account, region, service: product, usageType: description, tags: Object.fromEntries(tags.map((t) => [t, ''])), currency: 'USD', hourly, accrues, product, description, numericId, monthly, sku };
}

/** Every invoice of the team from its first billed month, and the preview of the current one. */
export function teamBill(fleet: DigitalOceanFleet, seed: number, team: DoTeam): DoTeamBill {
  const items = doBillableItems(team.uuid, fleet.of(team.uuid));
  const now = fleet.now();
  const current = startOfMonth(now.getTime());
  const first = Math.min(current, ...items.map((i) => startOfMonth(i.accrues[0]!.from.getTime())));
  const invoices: DoInvoice[] = [];
  for (let month = first; month < current; month = nextMonth(month)) {
    const invoice = invoiceOf(seed, team, items, month, nextMonth(month), now);
    if (invoice.items.length > 0) invoices.unshift(invoice);
  }
  const preview = { ...invoiceOf(seed, team, items, current, startOfDay(now.getTime()), now), updated_at: isoSeconds(startOfDay(now.getTime())) };
  return { invoices, preview };
}

function invoiceOf(seed: number, team: DoTeam, items: readonly DoBillableItem[], from: number, to: number, now: Date): DoInvoice {
  const period = new Date(from).toISOString().slice(0, 7);
  const random = Random.of(seed, 'digitalocean-invoice', team.uuid, period);
  const lines = items.flatMap((i) => invoiceItem(i, from, to, now));
  const amount = lines.reduce((sum, line) => sum.plus(line.amount), new Decimal(0));
  return { invoice_uuid: random.uuid(), invoice_id: String(random.int(100_000_000, 999_999_999)), amount: amount.toFixed(2), invoice_period: period, items: lines };
}

function invoiceItem(billable: DoBillableItem, from: number, to: number, now: Date): DoInvoiceItem[] {
  const hours = hoursWithin(billable.accrues, from, to, now.getTime());
  if (hours.isZero()) return [];
  const amount = Decimal.min(hours.times(billable.hourly), billable.monthly).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  const start = Math.max(from, billable.accrues[0]!.from.getTime());
  return [
    {
      product: billable.product,
      ...(billable.numericId ? { resource_id: billable.resourceId } : { resource_uuid: billable.resourceId }),
      group_description: '',
      description: billable.description,
      amount: amount.toFixed(2),
      duration: hours.ceil().toFixed(0),
      duration_unit: 'Hours',
      start_time: isoSeconds(start),
      end_time: isoSeconds(to),
      project_name: PROJECT,
    },
  ];
}

/** Each item's cost per day from `start` to `end` (UTC midnights, both inclusive), for days completed before `now`. */
export function dataPoints(fleet: DigitalOceanFleet, team: DoTeam, start: Date, end: Date): DoBillingDataPoint[] {
  const now = fleet.now();
  const last = Math.min(end.getTime(), startOfDay(now.getTime()) - DAY_MS);
  const items = doBillableItems(team.uuid, fleet.of(team.uuid));
  const points: DoBillingDataPoint[] = [];
  for (let day = start.getTime(); day <= last; day += DAY_MS) {
    for (const billable of items) {
      const amount = hoursWithin(billable.accrues, day, day + DAY_MS, now.getTime()).times(billable.hourly).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
      if (amount.isZero()) continue;
      const date = new Date(day).toISOString().slice(0, 10);
      points.push({ usage_team_urn: `do:team:${team.uuid}`, start_date: date, total_amount: amount.toFixed(2), region: billable.region, sku: billable.sku, description: billable.description, group_description: '' });
    }
  }
  return points;
}

/** The balance as the API reports it: the preview's usage, nothing owed from before (every invoice paid). */
export function balanceOf(bill: DoTeamBill): { month_to_date_balance: string; account_balance: string; month_to_date_usage: string; generated_at: string } {
  return { month_to_date_balance: bill.preview.amount, account_balance: '0.00', month_to_date_usage: bill.preview.amount, generated_at: bill.preview.updated_at! };
}

function nextMonth(ms: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

/** 2020-01-01T00:00:00Z: the API's times carry no milliseconds. */
function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
