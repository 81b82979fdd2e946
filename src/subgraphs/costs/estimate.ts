// Estimates: the catalog price × the hours a resource accrued in a window. FleetGraph knows a
// VM's state now and its launch time, not its whole history, so a VM running now is counted as
// running since it launched (or the window began) and a VM not running now as not running in
// the window; the method says so. A volume accrues while it exists: since its creation.
import { Decimal } from 'decimal.js';
import { HOURS_PER_MONTH } from '../../providers/pricing.js';
import type { Converter } from './currency.js';
import { money, times, type MoneyValue } from './money.js';
import type { InstanceOfferValue, StorageOfferValue } from './quotes.js';

const HOUR_MS = 3_600_000;

export interface EstimateValue {
  unitPrice: MoneyValue;
  sku: string;
  hours: string;
  method: string;
}

export interface Window {
  from: Date;
  to: Date;
}

/** Hours of [since, now) inside the window; 0 when they do not meet. */
export function hoursInside(window: Window, since: Date | null, now: Date): Decimal {
  const start = Math.max(window.from.getTime(), since?.getTime() ?? window.from.getTime());
  const end = Math.min(window.to.getTime(), now.getTime());
  return new Decimal(Math.max(0, end - start)).dividedBy(HOUR_MS);
}

export function vmEstimate(
  offer: InstanceOfferValue,
  running: boolean,
  launchedAt: Date | null,
  window: Window,
  now: Date,
): { amount: MoneyValue; estimate: EstimateValue } {
  const hours = running ? hoursInside(window, launchedAt, now) : new Decimal(0);
  const since = launchedAt ? `its launch at ${launchedAt.toISOString()}` : 'the start of the window (launch time unknown)';
  const method = running
    ? `Running now: counted as running from ${since} or the window's start, whichever is later, until the window's end or now.`
    : 'Not running now: counted as not running in the window (FleetGraph has no state history for it).';
  return { amount: times(offer.hourly, hours), estimate: { unitPrice: offer.hourly, sku: offer.sku, hours: hours.toFixed(), method } };
}

export function volumeEstimate(
  offer: StorageOfferValue,
  sizeGiB: number,
  createdAt: Date | null,
  window: Window,
  now: Date,
): { amount: MoneyValue; estimate: EstimateValue } {
  const hours = hoursInside(window, createdAt, now);
  const perMonth = offer.unit === 'GIB_MONTH' ? times(offer.monthly, sizeGiB) : offer.monthly;
  const since = createdAt ? `its creation at ${createdAt.toISOString()}` : 'the start of the window (creation time unknown)';
  return {
    amount: times(perMonth, hours.dividedBy(HOURS_PER_MONTH)),
    estimate: {
      unitPrice: offer.monthly,
      sku: offer.sku,
      hours: hours.toFixed(),
      method: `Existing since ${since}: the monthly price${offer.unit === 'GIB_MONTH' ? ` × ${sizeGiB} GiB` : ''} spread over ${HOURS_PER_MONTH} hours, × the hours in the window.`,
    },
  };
}

export function zero(currency: string, convert: Converter): MoneyValue {
  return convert(money(0, currency));
}
