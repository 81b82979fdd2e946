// The `costs` report: one billing query per provider (cached), rows labelled with their
// provider and keys, converted if asked, then totals per group and per currency. A provider
// whose billing fails, or has none configured, is left out with an error naming it.
import { Decimal } from 'decimal.js';
import type { CostType, SpendFilter, SpendGranularity, SpendGrouping, SpendQuery, SpendRow } from '../../providers/billing.js';
import { narrowToGrants, NOTHING_GRANTED } from '../../auth/grants.js';
import { ProviderError } from '../../providers/errors.js';
import type { ProviderName } from '../../providers/types.js';
import type { SubgraphContext } from '../shared/context.js';
import { badUserInput, recordFailures } from '../shared/errors.js';
import { converterTo, type Converter } from './currency.js';
import { sumByCurrency, type MoneyValue } from './money.js';
import { checkGroupBy, checkTags, checkWindow, type CheckedGrouping, type CostGroupByArg, type CostFilterArg } from './spend-args.js';

export interface CostsArgs {
  from: Date;
  to: Date;
  granularity?: SpendGranularity | null;
  groupBy?: readonly CostGroupByArg[] | null;
  filter?: CostFilterArg | null;
  costType?: CostType | null;
  currency?: string | null;
}

export interface CostKeyValue {
  dimension: CheckedGrouping['dimension'];
  tagKey: string | null;
  value: string;
}

export interface CostRowValue {
  periodStart: Date;
  periodEnd: Date;
  provider: ProviderName;
  keys: CostKeyValue[];
  amount: MoneyValue;
  estimated: boolean;
}

export interface CostGroupTotalValue {
  provider: ProviderName;
  keys: CostKeyValue[];
  amount: MoneyValue;
}

/** What the forecast field needs to ask the same question about the current month. */
export interface ReportQuestion {
  providers: ProviderName[];
  filter: SpendFilter;
  costType: CostType;
  convert: Converter;
}

export interface CostReportValue {
  from: Date;
  to: Date;
  granularity: SpendGranularity;
  costType: CostType;
  rows: CostRowValue[];
  groups: CostGroupTotalValue[];
  totals: MoneyValue[];
  question: ReportQuestion;
}

export async function costReport(args: CostsArgs, context: SubgraphContext): Promise<CostReportValue> {
  const granularity = args.granularity ?? 'MONTHLY';
  const costType = args.costType ?? 'ACTUAL';
  checkWindow(args.from, args.to, granularity, new Date());
  const groupBy = checkGroupBy(args.groupBy);
  const convert = converterTo(args.currency, context.services.costs);
  // A caller granted part of the fleet is billed for that part only: the grants narrow the query itself.
  const granted = narrowToGrants(args.filter, context.caller.grants);
  if (granted === NOTHING_GRANTED) return emptyReport(args, granularity, costType, convert);
  const askedProviders = args.filter?.providers;
  args = { ...args, filter: granted };
  const filter: SpendFilter = {
    ...(args.filter?.accounts ? { accounts: [...args.filter.accounts] } : {}),
    ...(args.filter?.regions ? { regions: [...args.filter.regions] } : {}),
    ...(args.filter?.services ? { services: [...args.filter.services] } : {}),
    ...(args.filter?.tags ? { tags: checkTags(args.filter.tags) } : {}),
  };
  const providers = billedProviders(askedProviders, context);
  const cloudGroupBy = groupBy.filter((g): g is CheckedGrouping & { dimension: SpendGrouping['dimension'] } => g.dimension !== 'PROVIDER');
  const query: SpendQuery = {
    from: args.from,
    to: args.to,
    granularity,
    costType,
    filter,
    groupBy: cloudGroupBy.map((g) => ({ dimension: g.dimension, ...(g.tagKey ? { tagKey: g.tagKey } : {}) })),
  };
  const perProvider = await Promise.all(providers.map((provider) => providerRows(provider, query, groupBy, convert, context)));
  const rows = perProvider.flat().sort(byPeriodThenKeys);
  flagUnknownTagKeys(rows, groupBy, context);
  return { from: args.from, to: args.to, granularity, costType, rows, groups: groupTotals(rows), totals: sumByCurrency(rows.map((r) => r.amount)), question: { providers, filter, costType, convert } };
}

function emptyReport(args: CostsArgs, granularity: CostReportValue['granularity'], costType: CostReportValue['costType'], convert: Converter): CostReportValue {
  return { from: args.from, to: args.to, granularity, costType, rows: [], groups: [], totals: [], question: { providers: [], filter: {}, costType, convert } };
}

/** The providers asked for, or every configured one; those without billing get a NOT_CONFIGURED error and no rows. */
function billedProviders(asked: readonly ProviderName[] | null | undefined, context: SubgraphContext): ProviderName[] {
  const { registry } = context.services;
  const configured = [...new Set(registry.accounts.map((a) => a.provider))];
  const unknown = (asked ?? []).filter((p) => !configured.includes(p));
  if (unknown.length > 0) throw badUserInput(`${unknown.join(', ')} is not configured`, { argument: 'filter.providers' });
  const granted = context.caller.grants.providers;
  const wanted = (asked ? [...new Set(asked)] : configured).filter((p) => !granted || granted.includes(p));
  for (const provider of wanted.filter((p) => !registry.billing(p))) {
    recordFailures(context, [new ProviderError('NOT_CONFIGURED', { provider, account: '', region: '' }, 'spend', null, `no billing source is configured for ${provider} (see README, "Costs")`)]);
  }
  return wanted.filter((p) => registry.billing(p));
}

async function providerRows(
  provider: ProviderName,
  query: SpendQuery,
  groupBy: readonly CheckedGrouping[],
  convert: Converter,
  context: SubgraphContext,
): Promise<CostRowValue[]> {
  const calls = billingFilters(provider, query.filter, context).map((filter) => ({ ...query, filter }));
  const rows = (await Promise.all(calls.map((q) => spendOrNothing(provider, q, context)))).flat();
  return rows.map((row) => ({
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    provider,
    keys: keysOf(provider, row.groups, groupBy),
    amount: convert(row.amount),
    estimated: row.estimated,
  }));
}

/**
 * The clouds answer a tag key nothing carries as one untagged group, not as an error; a grouping
 * whose every row is untagged is most likely a misspelt key (keys are case-sensitive), so say so
 * beside the data.
 */
function flagUnknownTagKeys(rows: readonly CostRowValue[], groupBy: readonly CheckedGrouping[], context: SubgraphContext): void {
  if (rows.length === 0) return;
  groupBy.forEach((grouping, index) => {
    if (grouping.dimension !== 'TAG' || rows.some((row) => row.keys[index]!.value !== '')) return;
    context.partialErrors.push(
      badUserInput(`No spend in the window carries the tag key ${JSON.stringify(grouping.tagKey)} (tag keys are case-sensitive); every row is untagged`, {
        argument: 'groupBy',
      }),
    );
  });
}

/** The filter as one billing call, or one per account where the provider's billing answers an account at a time. */
export function billingFilters(provider: ProviderName, filter: SpendFilter, context: SubgraphContext): SpendFilter[] {
  if (!context.loaders.spend.perAccount(provider)) return [filter];
  const configured = context.services.registry.accounts.filter((a) => a.provider === provider).map((a) => a.id);
  const wanted = filter.accounts ? configured.filter((a) => filter.accounts!.some((w) => w.toLowerCase() === a.toLowerCase())) : configured;
  return wanted.map((account) => ({ ...filter, accounts: [account] }));
}

/** A failing call leaves its rows out, with an error naming it. */
async function spendOrNothing(provider: ProviderName, query: SpendQuery, context: SubgraphContext): Promise<SpendRow[]> {
  try {
    return await context.loaders.spend.spend(provider, query);
  } catch (error) {
    if (!(error instanceof ProviderError)) throw error;
    recordFailures(context, [error]);
    return [];
  }
}

/** The row's keys in groupBy order: PROVIDER is FleetGraph's own, the rest come from the cloud in order. */
function keysOf(provider: ProviderName, cloudValues: readonly string[], groupBy: readonly CheckedGrouping[]): CostKeyValue[] {
  let next = 0;
  return groupBy.map((g) => ({
    dimension: g.dimension,
    tagKey: g.tagKey,
    value: g.dimension === 'PROVIDER' ? provider.toUpperCase() : (cloudValues[next++] ?? ''),
  }));
}

function groupTotals(rows: readonly CostRowValue[]): CostGroupTotalValue[] {
  const groups = new Map<string, { provider: ProviderName; keys: CostKeyValue[]; amounts: MoneyValue[] }>();
  for (const row of rows) {
    const id = `${row.provider}\u0000${row.keys.map((k) => k.value).join('\u0000')}\u0000${row.amount.currency}`;
    const group = groups.get(id) ?? { provider: row.provider, keys: row.keys, amounts: [] };
    group.amounts.push(row.amount);
    groups.set(id, group);
  }
  return [...groups.values()]
    .map((g) => ({ provider: g.provider, keys: g.keys, amount: sumByCurrency(g.amounts)[0]! }))
    .sort((a, b) => a.amount.currency.localeCompare(b.amount.currency) || new Decimal(b.amount.amount).comparedTo(a.amount.amount));
}

function byPeriodThenKeys(a: CostRowValue, b: CostRowValue): number {
  return (
    a.periodStart.getTime() - b.periodStart.getTime() ||
    a.provider.localeCompare(b.provider) ||
    a.keys.map((k) => k.value).join('\u0000').localeCompare(b.keys.map((k) => k.value).join('\u0000'))
  );
}
