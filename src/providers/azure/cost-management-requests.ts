// The normalised spend model in Cost Management's terms: query and forecast bodies (one
// subscription each: the scope is the subscription), their filters, groupings, and the windows a
// long period is split into (Daily granularity covers at most 31 days per query, anything else
// at most a year). ACCOUNT is never sent as a grouping: every answer is one subscription's, so
// the adapter fills it in and both of the API's grouping slots stay free.
import type { CostType, SpendFilter, SpendGranularity, SpendGrouping } from '../billing.js';
import { ProviderError } from '../errors.js';
import type { Scope } from '../types.js';
import { resourceLocationsOf } from './billing-regions.js';

export const COST_MANAGEMENT_API_VERSION = '2025-03-01';
export const MAX_DAILY_DAYS = 31;
const DAY = 86_400_000;

const COST_TYPE: Record<CostType, string> = { ACTUAL: 'ActualCost', AMORTIZED: 'AmortizedCost' };
const DIMENSION: Record<'REGION' | 'SERVICE', string> = { REGION: 'ResourceLocation', SERVICE: 'ServiceName' };
/** The cost column asked for (and read back by this name, or PreTaxCost from older definitions). */
export const COST_COLUMN = 'Cost';

export type QueryFilter =
  | { and: QueryFilter[] }
  | { dimensions: { name: string; operator: 'In'; values: string[] } }
  | { tags: { name: string; operator: 'In'; values: string[] } };

export interface Window {
  from: Date;
  /** Exclusive (UTC midnight). */
  to: Date;
}

export function queryUrl(endpoint: string, subscriptionId: string, kind: 'query' | 'forecast'): string {
  return `${endpoint}/subscriptions/${subscriptionId}/providers/Microsoft.CostManagement/${kind}?api-version=${COST_MANAGEMENT_API_VERSION}`;
}

export interface QueryGrouping {
  type: 'Dimension' | 'TagKey';
  name: string;
}

export interface QueryShape {
  costType: CostType;
  window: Window;
  granularity: 'Daily' | 'Monthly' | 'None';
  grouping: QueryGrouping[];
  filter: QueryFilter | undefined;
}

export function queryBody(shape: QueryShape): string {
  const { grouping } = shape;
  return JSON.stringify({
    type: COST_TYPE[shape.costType],
    timeframe: 'Custom',
    timePeriod: timePeriodOf(shape.window),
    dataset: {
      granularity: shape.granularity,
      aggregation: { totalCost: { name: COST_COLUMN, function: 'Sum' } },
      ...(grouping.length > 0 ? { grouping } : {}),
      ...(shape.filter ? { filter: shape.filter } : {}),
    },
  });
}

export function forecastBody(costType: CostType, window: Window, filter: QueryFilter | undefined): string {
  return JSON.stringify({
    type: COST_TYPE[costType],
    timeframe: 'Custom',
    timePeriod: timePeriodOf(window),
    dataset: { granularity: 'Daily', aggregation: { totalCost: { name: COST_COLUMN, function: 'Sum' } }, ...(filter ? { filter } : {}) },
    includeActualCost: false,
    includeFreshPartialCost: false,
  });
}

export const SPEND_GRANULARITY: Record<SpendGranularity, 'Daily' | 'Monthly'> = { DAILY: 'Daily', MONTHLY: 'Monthly' };

/** The groupings to send for the model's (ACCOUNT is filled in by the adapter). */
export function groupingsOf(groupBy: readonly SpendGrouping[]): QueryGrouping[] {
  return groupBy.flatMap((grouping): QueryGrouping[] => {
    if (grouping.dimension === 'ACCOUNT') return [];
    if (grouping.dimension === 'TAG') return [{ type: 'TagKey', name: grouping.tagKey ?? '' }];
    return [{ type: 'Dimension', name: DIMENSION[grouping.dimension] }];
  });
}

/** The service counts whole days and `to` is inclusive: the window's last day, to its last second. */
function timePeriodOf(window: Window): { from: string; to: string } {
  const lastDay = new Date(window.to.getTime() - DAY).toISOString().slice(0, 10);
  return { from: `${window.from.toISOString().slice(0, 10)}T00:00:00Z`, to: `${lastDay}T23:59:59Z` };
}

/**
 * The filter as one expression (`and` needs two or more parts). A tag filter needs values: Cost
 * Management compares tags by value only, so "has the tag" cannot be asked.
 */
export function filterOf(filter: SpendFilter, scope: Scope, operation: string, extra: QueryFilter[] = []): QueryFilter | undefined {
  const parts: QueryFilter[] = [
    ...(filter.regions?.length ? [dimension('ResourceLocation', filter.regions.flatMap(resourceLocationsOf))] : []),
    ...(filter.services?.length ? [dimension('ServiceName', filter.services)] : []),
    ...(filter.tags ?? []).map((tag): QueryFilter => {
      if (tag.values.length === 0) {
        throw new ProviderError('INVALID_INPUT', scope, operation, null, `Azure Cost Management filters tags by value: give at least one value for tag "${tag.key}"`);
      }
      return { tags: { name: tag.key, operator: 'In', values: tag.values } };
    }),
    ...extra,
  ];
  if (parts.length === 0) return undefined;
  return parts.length === 1 ? parts[0] : { and: parts };
}

export function dimension(name: string, values: string[]): QueryFilter {
  return { dimensions: { name, operator: 'In', values } };
}

/** [from, to) in windows one query may cover: Daily ≤ 31 days; Monthly ≤ 12 months ending on month starts; None ≤ a year. */
export function windowsOf(window: Window, granularity: 'Daily' | 'Monthly' | 'None'): Window[] {
  const windows: Window[] = [];
  for (let from = window.from.getTime(); from < window.to.getTime(); ) {
    const end = Math.min(window.to.getTime(), limitOf(from, granularity));
    windows.push({ from: new Date(from), to: new Date(end) });
    from = end;
  }
  return windows;
}

function limitOf(from: number, granularity: 'Daily' | 'Monthly' | 'None'): number {
  if (granularity === 'Daily') return from + MAX_DAILY_DAYS * DAY;
  const d = new Date(from);
  // Monthly windows end on the 1st, so no month is split between two queries.
  return granularity === 'Monthly' ? Date.UTC(d.getUTCFullYear() + 1, d.getUTCMonth(), 1) : Date.UTC(d.getUTCFullYear() + 1, d.getUTCMonth(), d.getUTCDate());
}
