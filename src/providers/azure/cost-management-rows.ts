// Reading Cost Management answers: columns by name (never by position; the service orders them
// as it likes), costs as exact decimals, UsageDate (20260131) or BillingMonth
// ("2026-01-01T00:00:00") as the period, ResourceLocation mapped back to the ARM location.
import { Decimal } from 'decimal.js';
import type { SpendGranularity, SpendGrouping, SpendRow } from '../billing.js';
import type { Money } from '../pricing.js';
import { locationOfResourceLocation } from './billing-regions.js';
import type { CostManagementPage } from './cost-management-client.js';

const DAY = 86_400_000;
const COST_COLUMNS = ['cost', 'pretaxcost', 'costusd', 'pretaxcostusd'];

/** Reads cells of one page by column name (case-insensitively). */
export class PageReader {
  private readonly index = new Map<string, number>();

  constructor(readonly page: CostManagementPage) {
    page.columns.forEach((column, i) => this.index.set(column.name.toLowerCase(), i));
  }

  has(name: string): boolean {
    return this.index.has(name.toLowerCase());
  }

  text(row: unknown[], name: string): string {
    const i = this.index.get(name.toLowerCase());
    const cell = i === undefined ? undefined : row[i];
    return cell === undefined || cell === null ? '' : String(cell);
  }

  /** The row's cost: the first cost column the answer has. */
  amount(row: unknown[]): Decimal {
    const name = COST_COLUMNS.find((c) => this.index.has(c));
    if (!name) throw new Error(`Cost Management answered no cost column (columns: ${this.page.columns.map((c) => c.name).join(', ')})`);
    return new Decimal(this.text(row, name) || '0');
  }

  currency(row: unknown[], fallback: string): string {
    return this.text(row, 'Currency') || fallback;
  }
}

export interface SpendContext {
  grouping: readonly SpendGrouping[];
  granularity: SpendGranularity;
  /** Lower-case: the ACCOUNT of every row. */
  subscriptionId: string;
  /** The query's end (exclusive): periods are clipped to it. */
  to: Date;
  now: Date;
  currency: string;
}

export function spendRowsOf(page: CostManagementPage, context: SpendContext): SpendRow[] {
  const reader = new PageReader(page);
  return page.rows.map((row) => {
    const periodStart = periodStartOf(reader, row, context.granularity);
    const next = context.granularity === 'DAILY' ? periodStart.getTime() + DAY : nextMonth(periodStart.getTime());
    const periodEnd = new Date(Math.min(next, context.to.getTime()));
    return {
      periodStart,
      periodEnd,
      groups: context.grouping.map((g) => groupValue(reader, row, g, context.subscriptionId)),
      amount: { amount: reader.amount(row).toFixed(), currency: reader.currency(row, context.currency) },
      // Azure's bill for the open month is an estimate until the month is closed.
      estimated: periodEnd.getTime() > monthStart(context.now.getTime()),
    };
  });
}

function groupValue(reader: PageReader, row: unknown[], grouping: SpendGrouping, subscriptionId: string): string {
  switch (grouping.dimension) {
    case 'ACCOUNT':
      return subscriptionId;
    case 'REGION':
      return locationOfResourceLocation(reader.text(row, 'ResourceLocation'));
    case 'SERVICE':
      return reader.text(row, 'ServiceName');
    case 'TAG':
      return reader.text(row, 'TagValue');
  }
}

function periodStartOf(reader: PageReader, row: unknown[], granularity: SpendGranularity): Date {
  if (reader.has('BillingMonth')) {
    const text = reader.text(row, 'BillingMonth');
    return new Date(monthStart(Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(text) ? text : `${text}Z`)));
  }
  const day = usageDateOf(reader.text(row, 'UsageDate'));
  return new Date(granularity === 'MONTHLY' ? monthStart(day) : day);
}

/** 20260131 → UTC midnight of that day. */
export function usageDateOf(text: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(text.trim());
  if (!m) throw new Error(`Cost Management answered an unreadable UsageDate "${text}"`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/** Rows of several answers that fall on the same period, groups and currency, summed. */
export function mergeRows(rows: readonly SpendRow[]): SpendRow[] {
  const merged = new Map<string, SpendRow & { sum: Decimal }>();
  for (const row of rows) {
    const key = [row.periodStart.getTime(), row.amount.currency, ...row.groups].join('\u0000');
    const seen = merged.get(key);
    if (seen) seen.sum = seen.sum.plus(row.amount.amount);
    else merged.set(key, { ...row, sum: new Decimal(row.amount.amount) });
  }
  return [...merged.values()]
    .map(({ sum, ...row }) => ({ ...row, amount: { amount: sum.toFixed(), currency: row.amount.currency } }))
    .sort((a, b) => a.periodStart.getTime() - b.periodStart.getTime());
}

/** Per key and currency, the sum of `amount`. */
export class Totals {
  private readonly sums = new Map<string, { key: string; currency: string; amount: Decimal }>();

  add(key: string, currency: string, amount: Decimal): void {
    const id = `${key}\u0000${currency}`;
    const sum = this.sums.get(id);
    if (sum) sum.amount = sum.amount.plus(amount);
    else this.sums.set(id, { key, currency, amount });
  }

  entries(): { key: string; money: Money }[] {
    return [...this.sums.values()].map(({ key, currency, amount }) => ({ key, money: { amount: amount.toFixed(), currency } }));
  }
}

function monthStart(ms: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

function nextMonth(ms: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}
