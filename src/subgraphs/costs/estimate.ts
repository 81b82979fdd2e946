// Estimates: the catalog price × the hours a resource accrued in a window: a VM while it ran
// (running-hours.ts), a volume while it existed (since its creation).
import { Decimal } from 'decimal.js';
import { HOURS_PER_MONTH } from '../../providers/pricing.js';
import { times, type MoneyValue } from './money.js';
import type { InstanceOfferValue, StorageOfferValue } from './quotes.js';
import type { RunningHours } from './running-hours.js';

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

/** The VM's price × the hours it ran in the window (see running-hours.ts for how they are found). */
export function vmEstimate(offer: InstanceOfferValue, running: RunningHours): { amount: MoneyValue; estimate: EstimateValue } {
  return { amount: times(offer.hourly, running.hours), estimate: { unitPrice: offer.hourly, sku: offer.sku, hours: running.hours.toFixed(), method: running.method } };
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
