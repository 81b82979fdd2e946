// The normalised spend model in Cost Explorer's terms and back: dimensions, metrics, filter
// expressions (always narrowed to the configured accounts: a payer's bill covers linked accounts
// FleetGraph was not asked about), and the rows of an answer.
import type { Expression, GetCostAndUsageCommandOutput, GroupDefinition } from '@aws-sdk/client-cost-explorer';
import type { CostType, SpendDimension, SpendFilter, SpendGrouping, SpendRow } from '../billing.js';

const DIMENSION: Record<Exclude<SpendDimension, 'TAG'>, string> = { ACCOUNT: 'LINKED_ACCOUNT', REGION: 'REGION', SERVICE: 'SERVICE' };
export const USAGE_METRIC: Record<CostType, string> = { ACTUAL: 'UnblendedCost', AMORTIZED: 'AmortizedCost' };
export const FORECAST_METRIC: Record<CostType, 'UNBLENDED_COST' | 'AMORTIZED_COST'> = { ACTUAL: 'UNBLENDED_COST', AMORTIZED: 'AMORTIZED_COST' };
export const COMPUTE_SERVICE = 'Amazon Elastic Compute Cloud - Compute';

export function groupDefinition(grouping: SpendGrouping): GroupDefinition {
  if (grouping.dimension === 'TAG') return { Type: 'TAG', Key: grouping.tagKey };
  return { Type: 'DIMENSION', Key: DIMENSION[grouping.dimension] };
}

/** Cost Explorer's date: YYYY-MM-DD of a UTC instant. */
export function ceDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The filter as one expression (And needs two or more parts); `accounts` are the configured ones it may cover. */
export function filterExpression(filter: SpendFilter, accounts: readonly string[], extra: Expression[] = []): Expression | undefined {
  const parts: Expression[] = [
    { Dimensions: { Key: 'LINKED_ACCOUNT', Values: [...accounts] } },
    ...(filter.regions?.length ? [{ Dimensions: { Key: 'REGION' as const, Values: filter.regions } }] : []),
    ...(filter.services?.length ? [{ Dimensions: { Key: 'SERVICE' as const, Values: filter.services } }] : []),
    ...(filter.tags ?? []).map((tag): Expression => ({ Tags: { Key: tag.key, ...(tag.values.length ? { Values: tag.values } : {}) } })),
    ...extra,
  ];
  return parts.length === 1 ? parts[0] : { And: parts };
}

/** The accounts a query may cover: the configured ones, narrowed by the filter's. */
export function coveredAccounts(configured: readonly string[], filter: SpendFilter): string[] {
  return filter.accounts?.length ? configured.filter((a) => filter.accounts!.includes(a)) : [...configured];
}

/** One page's rows: a row per group per period, or the period's total when nothing is grouped. */
export function rowsOf(page: GetCostAndUsageCommandOutput, groupBy: readonly SpendGrouping[], costType: CostType): SpendRow[] {
  const metric = USAGE_METRIC[costType];
  return (page.ResultsByTime ?? []).flatMap((result) => {
    const periodStart = new Date(`${result.TimePeriod?.Start}T00:00:00Z`);
    const periodEnd = new Date(`${result.TimePeriod?.End}T00:00:00Z`);
    const estimated = result.Estimated === true;
    if (groupBy.length === 0) {
      const total = result.Total?.[metric];
      return total?.Amount ? [{ periodStart, periodEnd, groups: [], amount: { amount: total.Amount, currency: total.Unit ?? 'USD' }, estimated }] : [];
    }
    return (result.Groups ?? []).flatMap((group) => {
      const value = group.Metrics?.[metric];
      if (!value?.Amount) return [];
      const groups = groupBy.map((grouping, i) => groupValue(group.Keys?.[i] ?? '', grouping));
      return [{ periodStart, periodEnd, groups, amount: { amount: value.Amount, currency: value.Unit ?? 'USD' }, estimated }];
    });
  });
}

/** Tag groups come back as "key$value" ("key$" when untagged). */
function groupValue(key: string, grouping: SpendGrouping): string {
  if (grouping.dimension !== 'TAG') return key;
  const dollar = key.indexOf('$');
  return dollar === -1 ? key : key.slice(dollar + 1);
}
