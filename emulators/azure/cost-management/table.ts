// What query and forecast answer: a table of named, typed columns and rows of cells, costs summed
// from the fleet's ledger (emulators/kit/billing.ts). Query rows are one per period (UsageDate
// 20260131 for Daily, BillingMonth "2026-01-01T00:00:00" for Monthly, none for None) × grouping
// values × currency; a TagKey grouping adds the TagKey and TagValue columns ("" for untagged).
import { Decimal } from 'decimal.js';
import { costLines, startOfDay, startOfMonth, sumLines, type BillableItem, type CostLine } from '../../kit/billing.js';
import { DAY, HOUR } from '../../kit/time.js';
import type { ForecastDefinition, Grouping, QueryDefinition } from './definition.js';
import { dimensionOf, tagOf } from './dimensions.js';
import { matches, type QueryFilter } from './filter.js';

export type Cell = string | number | Decimal;

export interface Column {
  name: string;
  type: 'Number' | 'String' | 'Datetime';
}

export interface Table {
  columns: Column[];
  rows: Cell[][];
}

/** Amounts carry this many decimal places (the service answers doubles; the sandbox keeps exact decimals). */
const DECIMAL_PLACES = 10;

export function queryTable(definition: QueryDefinition, items: readonly BillableItem[], now: Date): Table {
  const lines = linesOf(items, definition.filter, definition.window.from, definition.window.to, now);
  const sums = sumLines(lines, (line) => keyOf(line, definition), keyText).sort((a, b) => compare(keyText(a.key), keyText(b.key)));
  return {
    columns: [
      ...definition.costColumns.map((name): Column => ({ name, type: 'Number' })),
      ...periodColumns(definition),
      ...definition.grouping.flatMap(groupingColumns),
      { name: 'Currency', type: 'String' },
    ],
    rows: sums.map(({ key, amount }) => [...definition.costColumns.map(() => rounded(amount)), ...key]),
  };
}

/** Forecast: what accrues per hour now, carried over each day from today; with includeActualCost, the ledger's days before it. */
export function forecastTable(definition: ForecastDefinition, items: readonly BillableItem[], now: Date): Table {
  const today = startOfDay(now.getTime());
  const { from, to } = definition.window;
  const actual = definition.includeActualCost && from < today ? linesOf(items, definition.filter, from, Math.min(to, today), now) : [];
  const rows: Cell[][] = sumLines(actual, (line) => [usageDate(line.day.getTime()), line.item.currency], keyText).map(({ key, amount }) => [
    amount,
    key[0]!,
    'Actual',
    key[1]!,
  ]);
  const perDay = runRate(items, definition.filter).map(({ currency, hourly }) => ({ currency, amount: hourly.times(DAY / HOUR) }));
  for (let day = Math.max(from, today); day < to; day += DAY) {
    for (const { currency, amount } of perDay) rows.push([amount, usageDate(day), 'Forecast', currency]);
  }
  return {
    columns: [
      ...definition.costColumns.map((name): Column => ({ name, type: 'Number' })),
      { name: 'UsageDate', type: 'Number' },
      { name: 'CostStatus', type: 'String' },
      { name: 'Currency', type: 'String' },
    ],
    rows: rows.map(([amount, ...rest]) => [...definition.costColumns.map(() => rounded(amount as Decimal)), ...rest]),
  };
}

function linesOf(items: readonly BillableItem[], filter: QueryFilter | undefined, from: number, to: number, now: Date): CostLine[] {
  return costLines(
    items.filter((item) => matches(item, filter)),
    new Date(from),
    new Date(to),
    now,
  );
}

/** Per currency, the hourly price of every item accruing right now. */
function runRate(items: readonly BillableItem[], filter: QueryFilter | undefined): { currency: string; hourly: Decimal }[] {
  const rates = new Map<string, Decimal>();
  for (const item of items) {
    const last = item.accrues[item.accrues.length - 1];
    if (!last || last.to !== null || !matches(item, filter)) continue;
    rates.set(item.currency, (rates.get(item.currency) ?? new Decimal(0)).plus(item.hourly));
  }
  return [...rates].filter(([, hourly]) => !hourly.isZero()).map(([currency, hourly]) => ({ currency, hourly }));
}

function keyOf(line: CostLine, definition: QueryDefinition): (string | number)[] {
  const day = line.day.getTime();
  const period = definition.granularity === 'Daily' ? [usageDate(day)] : definition.granularity === 'Monthly' ? [billingMonth(day)] : [];
  return [...period, ...definition.grouping.flatMap((g) => groupingCells(line.item, g)), line.item.currency];
}

function groupingCells(item: BillableItem, grouping: Grouping): string[] {
  if (grouping.type === 'Dimension') return [dimensionOf(item, grouping.name)];
  const value = tagOf(item, grouping.name);
  return value === undefined ? ['', ''] : [grouping.name, value];
}

function periodColumns(definition: QueryDefinition): Column[] {
  if (definition.granularity === 'Daily') return [{ name: 'UsageDate', type: 'Number' }];
  if (definition.granularity === 'Monthly') return [{ name: 'BillingMonth', type: 'Datetime' }];
  return [];
}

function groupingColumns(grouping: Grouping): Column[] {
  return grouping.type === 'Dimension'
    ? [{ name: grouping.name, type: 'String' }]
    : [
        { name: 'TagKey', type: 'String' },
        { name: 'TagValue', type: 'String' },
      ];
}

/** 20260131 for the UTC day `ms` falls in. */
export function usageDate(ms: number): number {
  return Number(new Date(ms).toISOString().slice(0, 10).replace(/-/g, ''));
}

function billingMonth(ms: number): string {
  return new Date(startOfMonth(ms)).toISOString().slice(0, 19);
}

function rounded(amount: Decimal): Decimal {
  return amount.toDecimalPlaces(DECIMAL_PLACES);
}

function keyText(key: readonly (string | number)[]): string {
  return key.join('\u0000');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
