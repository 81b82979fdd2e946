// What each recognised query means, run over the export table's rows: the same filters, groups,
// sums and arithmetic the SQL text says, with SQL's NULL semantics where a parameter is NULL.
// Every result column is a STRING (the queries CAST their NUMERIC sums AS STRING).
import { Decimal } from 'decimal.js';
import { bigQueryErrors } from './errors.js';
import { exportRows, netCost, type ExportRow } from './export-rows.js';
import type { Decoded } from './params.js';
import type { GcpBillableItem } from './billable.js';
import { isDetailed, type BillingExportTable } from './tables.js';
import { RESOURCE_GLOBAL_NAME, SHAPE_COLUMNS, type QueryShape } from './templates.js';

/** NUMERIC: 38 digits of precision, 9 after the point; division rounds half away from zero. */
const Numeric = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
const NUMERIC_SCALE = 9;

const FILTER_TYPES = {
  projects: 'ARRAY<STRING>',
  start_time: 'TIMESTAMP',
  end_time: 'TIMESTAMP',
  regions: 'ARRAY<STRING>',
  services: 'ARRAY<STRING>',
  label_filters: 'ARRAY<STRUCT<key STRING, accepted ARRAY<STRING>>>',
};

/** The parameters (and their types) each shape's text uses. */
export const SHAPE_PARAMETERS: Record<QueryShape, Readonly<Record<string, string>>> = {
  spend: { ...FILTER_TYPES, granularity: 'STRING', group_1: 'STRING', group_1_label: 'STRING', group_2: 'STRING', group_2_label: 'STRING' },
  resources: { project: 'STRING', start_time: 'TIMESTAMP', end_time: 'TIMESTAMP' },
  forecast: { ...FILTER_TYPES, forecast_hours: 'INT64', basis_hours: 'INT64' },
};

export interface ResultSet {
  fields: readonly string[];
  rows: (string | null)[][];
}

export interface EvaluationContext {
  table: BillingExportTable;
  items: readonly GcpBillableItem[];
  now: Date;
}

export function evaluate(shape: QueryShape, params: Record<string, Decoded>, context: EvaluationContext): ResultSet {
  const fields = SHAPE_COLUMNS[shape];
  if (shape === 'resources' && !isDetailed(context.table)) throw bigQueryErrors.invalidQuery('Unrecognized name: resource at [3:3]');
  const rows = windowRows(params, context);
  if (shape === 'resources') return { fields, rows: sums(rows.filter((r) => isComputeResource(r, params)), resourceKey) };
  const kept = rows.filter((r) => matchesFilters(r, params));
  if (shape === 'spend') return { fields, rows: sums(kept, (r) => spendKey(r, params)) };
  return { fields, rows: forecastRows(kept, params) };
}

function windowRows(params: Record<string, Decoded>, context: EvaluationContext): ExportRow[] {
  const start = params.start_time;
  const end = params.end_time;
  if (typeof start !== 'number' || typeof end !== 'number') return [];
  return exportRows(context.items, start, end, context.now);
}

/** Rows summed by key (the GROUP BY), ordered by key (the ORDER BY); the last column the sum. */
function sums(rows: readonly ExportRow[], keyOf: (row: ExportRow) => string[]): string[][] {
  const totals = new Map<string, { key: string[]; amount: Decimal }>();
  for (const row of rows) {
    const key = keyOf(row);
    const text = key.join('\u0000');
    const total = totals.get(text);
    if (total) total.amount = total.amount.plus(netCost(row));
    else totals.set(text, { key, amount: netCost(row) });
  }
  return [...totals.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, t]) => [...t.key, new Numeric(t.amount).toFixed()]);
}

function matchesFilters(row: ExportRow, params: Record<string, Decoded>): boolean {
  const item = row.item;
  const within = (list: Decoded, value: string) => Array.isArray(list) && list.includes(value);
  const anyOrWithin = (list: Decoded, value: string) => Array.isArray(list) && (list.length === 0 || list.includes(value));
  return (
    within(params.projects ?? null, item.account) &&
    anyOrWithin(params.regions ?? null, item.region) &&
    anyOrWithin(params.services ?? null, item.service) &&
    (params.label_filters as Decoded[]).every((f) => labelMatches(item, f as Record<string, Decoded>))
  );
}

function labelMatches(item: GcpBillableItem, filter: Record<string, Decoded>): boolean {
  const key = filter.key;
  const accepted = (filter.accepted ?? []) as Decoded[];
  if (typeof key !== 'string' || !Object.hasOwn(item.tags, key)) return false;
  return accepted.length === 0 || accepted.includes(item.tags[key]!);
}

function spendKey(row: ExportRow, params: Record<string, Decoded>): string[] {
  const day = new Date(row.usageStart).toISOString().slice(0, 10);
  const period = params.granularity === 'MONTHLY' ? `${day.slice(0, 8)}01` : day;
  return [period, groupValue(row, params.group_1 ?? null, params.group_1_label ?? null), groupValue(row, params.group_2 ?? null, params.group_2_label ?? null), row.item.currency];
}

function groupValue(row: ExportRow, dimension: Decoded, label: Decoded): string {
  const item = row.item;
  switch (dimension) {
    case 'ACCOUNT':
      return item.account;
    case 'REGION':
      return item.region;
    case 'SERVICE':
      return item.service;
    case 'TAG':
      return typeof label === 'string' && Object.hasOwn(item.tags, label) ? item.tags[label]! : '';
    default:
      return '';
  }
}

function isComputeResource(row: ExportRow, params: Record<string, Decoded>): boolean {
  return row.item.account === params.project && row.item.service === 'Compute Engine' && RESOURCE_GLOBAL_NAME.test(row.item.globalName);
}

function resourceKey(row: ExportRow): string[] {
  return [row.item.resourceId, row.item.globalName, row.item.currency];
}

/** SUM × @forecast_hours / @basis_hours per currency, NUMERIC-rounded; NULL when an operand is. */
function forecastRows(rows: readonly ExportRow[], params: Record<string, Decoded>): (string | null)[][] {
  const hours = params.forecast_hours;
  const basis = params.basis_hours;
  if (basis === 0) throw bigQueryErrors.invalidQuery('division by zero: 0 / 0');
  return sums(rows, (r) => [r.item.currency]).map(([currency, sum]) => {
    if (typeof hours !== 'number' || typeof basis !== 'number') return [currency!, null];
    return [currency!, new Numeric(sum!).times(hours).dividedBy(basis).toDecimalPlaces(NUMERIC_SCALE).toFixed()];
  });
}
