// What the simulated fleet costs, the way a cloud's bill adds it up: every billable item (a VM
// while it runs, a disk while it exists) accrues its catalog price per hour, day by day (UTC).
// Each cloud's billing emulator lists its items and aggregates these lines into its own API's
// answer, so every cloud's billed cost is exactly its price catalog × the hours the fleet kept
// the item running: the sandbox's numbers agree with each other to the last digit.
import { Decimal } from 'decimal.js';
import { overlaps, type ActivityInterval } from './activity.js';
import { DAY, HOUR } from './time.js';

/** Hours in the month a per-month price is spread over (as the clouds bill storage). */
export const BILLING_HOURS_PER_MONTH = 730;

export interface BillableItem {
  /** The id the cloud's bill names the resource by (instance id, ARM id, instance/disk name). */
  resourceId: string;
  account: string;
  region: string;
  /** The bill's service name ("Amazon Elastic Compute Cloud - Compute", "Virtual Machines", "Compute Engine"). */
  service: string;
  /** The bill's finer line ("BoxUsage:m5.xlarge", a meter, a SKU description). */
  usageType: string;
  tags: Readonly<Record<string, string>>;
  currency: string;
  /** Decimal string: what one hour of the item costs while it accrues. */
  hourly: string;
  /** When the item accrues (a VM: while running; a disk: while it exists). */
  accrues: readonly ActivityInterval[];
}

export interface CostLine {
  item: BillableItem;
  /** UTC midnight of the day the cost accrued. */
  day: Date;
  amount: Decimal;
}

/** Decimal string of a per-month price spread per hour (storage). */
export function hourlyOfMonthly(monthly: Decimal.Value): string {
  return new Decimal(monthly).dividedBy(BILLING_HOURS_PER_MONTH).toFixed();
}

/** Exact hours the intervals overlap [from, to), up to `now` for an interval still open. */
export function hoursWithin(intervals: readonly ActivityInterval[], from: number, to: number, now: number): Decimal {
  let ms = 0;
  for (const interval of intervals) {
    if (!overlaps(interval, from, to)) continue;
    const end = Math.min(to, interval.to ? interval.to.getTime() : now);
    ms += Math.max(0, end - Math.max(from, interval.from.getTime()));
  }
  return new Decimal(ms).dividedBy(HOUR);
}

/** One line per item and UTC day in [from, to) on which it accrued anything; nothing after `now`. */
export function costLines(items: readonly BillableItem[], from: Date, to: Date, now: Date): CostLine[] {
  const lines: CostLine[] = [];
  const end = Math.min(to.getTime(), now.getTime());
  for (const item of items) {
    for (let day = startOfDay(from.getTime()); day < end; day += DAY) {
      const hours = hoursWithin(item.accrues, Math.max(day, from.getTime()), Math.min(day + DAY, end), now.getTime());
      if (hours.isZero()) continue;
      lines.push({ item, day: new Date(day), amount: hours.times(item.hourly) });
    }
  }
  return lines;
}

/** Sums of lines by a key (a period, a group), in the order keys first appear. */
export function sumLines<K>(lines: readonly CostLine[], keyOf: (line: CostLine) => K, keyText: (key: K) => string): { key: K; amount: Decimal }[] {
  const sums = new Map<string, { key: K; amount: Decimal }>();
  for (const line of lines) {
    const key = keyOf(line);
    const text = keyText(key);
    const sum = sums.get(text);
    if (sum) sum.amount = sum.amount.plus(line.amount);
    else sums.set(text, { key, amount: line.amount });
  }
  return [...sums.values()];
}

export function startOfDay(ms: number): number {
  return Math.floor(ms / DAY) * DAY;
}

/** UTC midnight of the first day of the month `ms` falls in. */
export function startOfMonth(ms: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}
