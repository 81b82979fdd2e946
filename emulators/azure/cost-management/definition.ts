// The request body of query and forecast, read the way the service reads it: property names in
// any case, enum values in any case, the time period by whole UTC days (`to` inclusive), and the
// service's limits — Daily granularity over at most 31 days, anything else over at most a year,
// at most two groupings (one of them a tag key).
import { startOfDay, startOfMonth } from '../../kit/billing.js';
import { DAY } from '../../kit/time.js';
import { canonicalDimension } from './dimensions.js';
import { costManagementErrors } from './errors.js';
import { parseFilter, type QueryFilter } from './filter.js';

export type Granularity = 'Daily' | 'Monthly' | 'None';

/** UTC midnights; `to` exclusive (the day after the period's last day). */
export interface Window {
  from: number;
  to: number;
}

export interface Grouping {
  type: 'Dimension' | 'TagKey';
  /** The canonical dimension name, or the tag key as asked. */
  name: string;
}

interface Definition {
  type: string;
  window: Window;
  /** The aggregated columns, in the order asked (Cost, PreTaxCost …). */
  costColumns: string[];
  filter: QueryFilter | undefined;
}

export interface QueryDefinition extends Definition {
  granularity: Granularity;
  grouping: Grouping[];
}

export interface ForecastDefinition extends Definition {
  includeActualCost: boolean;
}

export const MAX_DAILY_DAYS = 31;
const COST_TYPES = ['ActualCost', 'AmortizedCost', 'Usage'];
const COST_COLUMNS = ['Cost', 'PreTaxCost', 'CostUSD', 'PreTaxCostUSD'];
const GRANULARITIES: readonly Granularity[] = ['Daily', 'Monthly', 'None'];

/** The JSON body with every property name lower-cased; a BadRequest when it is not a JSON object. */
export function readBody(text: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text || 'null');
  } catch {
    throw costManagementErrors.badRequest('The request body is not valid JSON.');
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw costManagementErrors.badRequest('The request body must be a query definition object.');
  return lowerKeys(parsed) as Record<string, unknown>;
}

export function queryDefinition(body: Record<string, unknown>, now: Date): QueryDefinition {
  const dataset = datasetOf(body);
  const granularity = dataset.granularity === undefined ? 'None' : oneOf(dataset.granularity, GRANULARITIES, 'dataset.granularity');
  const window = windowOf(body, now);
  checkLength(window, granularity);
  return { ...common(body, dataset, window), granularity, grouping: groupingOf(dataset.grouping) };
}

export function forecastDefinition(body: Record<string, unknown>, now: Date): ForecastDefinition {
  const dataset = datasetOf(body);
  if (dataset.granularity !== undefined) oneOf(dataset.granularity, ['Daily'], 'dataset.granularity');
  if (dataset.grouping !== undefined) throw costManagementErrors.invalidDefinition('grouping is not supported by forecast');
  if (String(body.timeframe ?? '').toLowerCase() !== 'custom') throw costManagementErrors.invalidDefinition("forecast needs timeframe 'Custom' and a timePeriod");
  const window = windowOf(body, now);
  checkLength(window, 'None');
  const include = body.includeactualcost;
  if (include !== undefined && typeof include !== 'boolean') throw costManagementErrors.invalidDefinition('includeActualCost must be a boolean');
  return { ...common(body, dataset, window), includeActualCost: include === true };
}

function common(body: Record<string, unknown>, dataset: Record<string, unknown>, window: Window): Definition {
  return { type: oneOf(body.type, COST_TYPES, 'type'), window, costColumns: aggregationOf(dataset.aggregation), filter: parseFilter(dataset.filter) };
}

function datasetOf(body: Record<string, unknown>): Record<string, unknown> {
  const dataset = body.dataset;
  if (!dataset || typeof dataset !== 'object' || Array.isArray(dataset)) throw costManagementErrors.invalidDefinition('dataset is required');
  return dataset as Record<string, unknown>;
}

function windowOf(body: Record<string, unknown>, now: Date): Window {
  const timeframe = String(body.timeframe ?? '').toLowerCase();
  const today = startOfDay(now.getTime());
  const month = startOfMonth(now.getTime());
  if (timeframe === 'monthtodate' || timeframe === 'billingmonthtodate') return { from: month, to: today + DAY };
  if (timeframe === 'thelastmonth' || timeframe === 'thelastbillingmonth') return { from: startOfMonth(month - DAY), to: month };
  if (timeframe !== 'custom') throw costManagementErrors.invalidDefinition(`timeframe '${String(body.timeframe)}' is not supported here; use Custom with a timePeriod`);
  const period = (body.timeperiod ?? {}) as { from?: unknown; to?: unknown };
  const from = typeof period.from === 'string' ? Date.parse(period.from) : NaN;
  const to = typeof period.to === 'string' ? Date.parse(period.to) : NaN;
  if (Number.isNaN(from) || Number.isNaN(to)) throw costManagementErrors.invalidDefinition('timePeriod needs from and to as ISO 8601 dates');
  if (to < from) throw costManagementErrors.invalidDefinition('timePeriod.to must not be before timePeriod.from');
  return { from: startOfDay(from), to: startOfDay(to) + DAY };
}

function checkLength(window: Window, granularity: Granularity): void {
  if (granularity === 'Daily' && window.to - window.from > MAX_DAILY_DAYS * DAY) {
    throw costManagementErrors.invalidDefinition(`the time period cannot exceed ${MAX_DAILY_DAYS} days for Daily granularity`);
  }
  const yearLater = new Date(window.from);
  yearLater.setUTCFullYear(yearLater.getUTCFullYear() + 1);
  if (window.to > yearLater.getTime()) throw costManagementErrors.invalidDefinition('the time period cannot exceed 1 year(s)');
}

function aggregationOf(raw: unknown): string[] {
  const entries = raw && typeof raw === 'object' && !Array.isArray(raw) ? Object.values(raw) : [];
  if (entries.length === 0) throw costManagementErrors.invalidDefinition('dataset.aggregation needs at least one column');
  return entries.map((entry) => {
    const { name, function: fn } = (entry ?? {}) as { name?: unknown; function?: unknown };
    if (String(fn).toLowerCase() !== 'sum') throw costManagementErrors.invalidDefinition(`aggregation function '${String(fn)}' is not supported; use Sum`);
    return oneOf(name, COST_COLUMNS, 'aggregation name');
  });
}

function groupingOf(raw: unknown): Grouping[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) throw costManagementErrors.invalidDefinition('dataset.grouping must be an array');
  if (raw.length > 2) throw costManagementErrors.invalidDefinition('the number of groupings cannot exceed 2');
  const grouping = raw.map((g: { type?: unknown; name?: unknown }): Grouping => {
    const type = oneOf(g?.type, ['Dimension', 'TagKey'] as const, 'grouping type');
    if (typeof g.name !== 'string' || g.name === '') throw costManagementErrors.invalidDefinition('each grouping needs a name');
    return { type, name: type === 'Dimension' ? canonicalDimension(g.name) : g.name };
  });
  if (grouping.filter((g) => g.type === 'TagKey').length > 1) throw costManagementErrors.invalidDefinition('at most one grouping may be of type TagKey');
  if (new Set(grouping.map((g) => `${g.type}/${g.name.toLowerCase()}`)).size < grouping.length) throw costManagementErrors.invalidDefinition('groupings must differ');
  return grouping;
}

/** `value` matched case-insensitively to one of `allowed`, in its canonical spelling. */
function oneOf<T extends string>(value: unknown, allowed: readonly T[], what: string): T {
  const found = allowed.find((a) => typeof value === 'string' && a.toLowerCase() === value.toLowerCase());
  if (!found) throw costManagementErrors.invalidDefinition(`${what} must be one of ${allowed.join(', ')}, got '${String(value)}'`);
  return found;
}

function lowerKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(lowerKeys);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.toLowerCase(), lowerKeys(v)]));
}
