// The rows of the billing export table over a window: one row per billable item and UTC day it
// accrued anything (the real export writes about one per SKU, resource and hour; sums agree).
// `cost` is a FLOAT64 column the export fills to six decimal places, so each row's cost is the
// ledger's amount rounded to six places; the sandbox grants no credits. Rows are the table's
// contents, independent of any query: they always cover whole days.
import { Decimal } from 'decimal.js';
import { costLines, startOfDay } from '../../kit/billing.js';
import { DAY } from '../../kit/time.js';
import type { GcpBillableItem } from './billable.js';

/** Decimal places of the export's `cost` column. */
export const EXPORT_COST_DECIMALS = 6;

export interface ExportCredit {
  name: string;
  type: string;
  amount: Decimal;
}

export interface ExportRow {
  item: GcpBillableItem;
  /** `usage_start_time` (UTC midnight of the row's day). */
  usageStart: number;
  cost: Decimal;
  credits: ExportCredit[];
}

/** The export's cost of one ledger line. */
export function exportCost(amount: Decimal.Value): Decimal {
  return new Decimal(amount).toDecimalPlaces(EXPORT_COST_DECIMALS, Decimal.ROUND_HALF_UP);
}

/** Rows whose usage_start_time lies in [from, to); none after `now`. */
export function exportRows(items: readonly GcpBillableItem[], from: number, to: number, now: Date): ExportRow[] {
  if (!(from < to)) return [];
  const firstDay = startOfDay(from);
  const lastDay = startOfDay(to - 1) + DAY;
  return costLines(items, new Date(firstDay), new Date(lastDay), now)
    .filter((line) => line.day.getTime() >= from && line.day.getTime() < to)
    .map((line) => ({ item: line.item as GcpBillableItem, usageStart: line.day.getTime(), cost: exportCost(line.amount), credits: [] }));
}

/** cost + the credits' amounts (credits are negative), as NUMERIC sums them. */
export function netCost(row: ExportRow): Decimal {
  return row.credits.reduce((sum, c) => sum.plus(c.amount), row.cost);
}
