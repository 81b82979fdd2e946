// The arguments of `costs`, checked before any billing call: a window the billing APIs can
// answer, groupings they can make, a filter naming configured providers.
import type { SpendDimension, SpendGranularity } from '../../providers/billing.js';
import type { ProviderName, TagFilter } from '../../providers/types.js';
import { badUserInput } from '../shared/errors.js';
import { addMonths, DAY_MS, startOfMonth } from '../../providers/calendar.js';

export type CostDimension = SpendDimension | 'PROVIDER';

export const MAX_DAILY_DAYS = 92;
/** Cost Explorer keeps 13 months (the current one and 12 before); the others at least as much. */
export const HISTORY_MONTHS = 13;
export const MAX_CLOUD_GROUPINGS = 2;

export interface CostGroupByArg {
  dimension: CostDimension;
  tagKey?: string | null;
}

export interface CostFilterArg {
  providers?: readonly ProviderName[] | null;
  accounts?: readonly string[] | null;
  regions?: readonly string[] | null;
  services?: readonly string[] | null;
  tags?: readonly { key: string; values?: readonly string[] | null }[] | null;
}

export interface CheckedGrouping {
  dimension: CostDimension;
  tagKey: string | null;
}

export function checkWindow(from: Date, to: Date, granularity: SpendGranularity, now: Date): void {
  if (from.getTime() >= to.getTime()) throw badUserInput('"from" must be before "to" ("to" is exclusive)', { argument: 'from' });
  const earliest = addMonths(startOfMonth(now), -(HISTORY_MONTHS - 1));
  if (from.getTime() < earliest.getTime()) {
    throw badUserInput(`"from" may be at most ${HISTORY_MONTHS} months back: ${earliest.toISOString().slice(0, 10)} or later`, { argument: 'from' });
  }
  const latest = addMonths(startOfMonth(now), 1);
  if (to.getTime() > latest.getTime()) {
    throw badUserInput(`"to" may be at most the end of the current month (${latest.toISOString().slice(0, 10)}); use forecast for what is ahead`, { argument: 'to' });
  }
  const days = (to.getTime() - from.getTime()) / DAY_MS;
  if (granularity === 'DAILY' && days > MAX_DAILY_DAYS) {
    throw badUserInput(`A DAILY window is at most ${MAX_DAILY_DAYS} days, got ${days}; use MONTHLY`, { argument: 'granularity' });
  }
}

export function checkGroupBy(groupBy: readonly CostGroupByArg[] | null | undefined): CheckedGrouping[] {
  const checked = (groupBy ?? []).map((g): CheckedGrouping => {
    const tagKey = g.tagKey ?? null;
    if (g.dimension === 'TAG' && (!tagKey || tagKey.length > 128)) throw badUserInput('Grouping by TAG needs a "tagKey" of 1 to 128 characters', { argument: 'groupBy' });
    if (g.dimension !== 'TAG' && tagKey !== null) throw badUserInput(`"tagKey" only goes with TAG, not ${g.dimension}`, { argument: 'groupBy' });
    return { dimension: g.dimension, tagKey };
  });
  const names = checked.map((g) => `${g.dimension}:${g.tagKey ?? ''}`);
  if (new Set(names).size !== names.length) throw badUserInput('"groupBy" names the same grouping twice', { argument: 'groupBy' });
  if (checked.filter((g) => g.dimension !== 'PROVIDER').length > MAX_CLOUD_GROUPINGS) {
    throw badUserInput(`At most ${MAX_CLOUD_GROUPINGS} groupings besides PROVIDER (the clouds group by at most two keys)`, { argument: 'groupBy' });
  }
  return checked;
}

export function checkTags(tags: CostFilterArg['tags']): TagFilter[] {
  return (tags ?? []).map((tag) => {
    if (!tag.key || tag.key.length > 128) throw badUserInput('A tag filter needs a "key" of 1 to 128 characters', { argument: 'filter.tags' });
    return { key: tag.key, values: [...(tag.values ?? [])] };
  });
}
