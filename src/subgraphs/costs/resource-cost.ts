// The cost of one VM or volume over a window: ACTUAL from the cloud's per-resource billing data
// (one query per account and window, shared by every resource of the request), else an ESTIMATE
// from the price catalog, with a note saying why.
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../errors/codes.js';
import type { EventHistory } from '../../events/bus.js';
import type { CostType, ResourceSpend } from '../../providers/billing.js';
import { ProviderError } from '../../providers/errors.js';
import type { ProviderName } from '../../providers/types.js';
import type { SubgraphContext } from '../shared/context.js';
import { recordFailures } from '../shared/errors.js';
import { DAY_MS, startOfDay } from '../../providers/calendar.js';
import { converterTo, type Converter } from './currency.js';
import { vmEstimate, volumeEstimate, type EstimateValue, type Window } from './estimate.js';
import { runningHours } from './running-hours.js';
import type { MoneyValue } from './money.js';
import { vmPriceQuote, volumePriceQuote, type PricedVm, type PricedVolume } from './quotes.js';
import { checkWindow } from './spend-args.js';

export interface ResourceCostValue {
  from: Date;
  to: Date;
  amount: MoneyValue;
  basis: 'ACTUAL' | 'ESTIMATE';
  estimate: EstimateValue | null;
  note: string | null;
}

export interface CostArgs {
  from: Date;
  to: Date;
  costType?: CostType | null;
  currency?: string | null;
}

export interface CostedVm extends PricedVm {
  id: string;
  nativeId: string;
  account: string;
  state: string;
  launchedAt?: Date | string | null;
}

export interface CostedVolume extends PricedVolume {
  nativeId: string;
  account: string;
  createdAt?: Date | string | null;
}

export async function vmCost(vm: CostedVm, args: CostArgs, context: SubgraphContext): Promise<ResourceCostValue> {
  const { window, convert, costType } = checked(args, context);
  const actual = await actualCost('vm', vm, window, costType, convert, context);
  if (actual.amount) return { ...window, amount: actual.amount, basis: 'ACTUAL', estimate: null, note: null };
  const quote = await vmPriceQuote(vm, context.loaders.prices, convert, context.services.costs.rateCards);
  if (!quote.offer) throw cannotEstimate(quote.reason);
  const history = await historyFrom(context, window.from);
  const { amount, estimate } = vmEstimate(quote.offer, runningHours({ id: vm.id, state: vm.state, launchedAt: dateOf(vm.launchedAt) }, window, new Date(), history));
  return { ...window, amount, basis: 'ESTIMATE', estimate, note: actual.note };
}

export async function volumeCost(volume: CostedVolume, args: CostArgs, context: SubgraphContext): Promise<ResourceCostValue> {
  const { window, convert, costType } = checked(args, context);
  const actual = await actualCost('volume', volume, window, costType, convert, context);
  if (actual.amount) return { ...window, amount: actual.amount, basis: 'ACTUAL', estimate: null, note: null };
  const quote = await volumePriceQuote(volume, context.loaders.prices, convert, context.services.costs.rateCards);
  if (!quote.offer) throw cannotEstimate(quote.reason);
  const { amount, estimate } = volumeEstimate(quote.offer, volume.sizeGiB, dateOf(volume.createdAt), window, new Date());
  return { ...window, amount, basis: 'ESTIMATE', estimate, note: actual.note };
}

function checked(args: CostArgs, context: SubgraphContext) {
  checkWindow(args.from, args.to, 'MONTHLY', new Date());
  return { window: { from: args.from, to: args.to }, convert: converterTo(args.currency, context.services.costs), costType: args.costType ?? 'ACTUAL' };
}

/** The resource's billed amount, or why there is none (the caller then estimates). */
async function actualCost(
  kind: 'vm' | 'volume',
  resource: { provider: ProviderName; account: string; nativeId: string },
  window: Window,
  costType: CostType,
  convert: Converter,
  context: SubgraphContext,
): Promise<{ amount: MoneyValue | null; note: string | null }> {
  const { spend } = context.loaders;
  const coverage = spend.resourceCoverage(resource.provider);
  if (!coverage) return { amount: null, note: `No billing source is configured for ${resource.provider}.` };
  if (!coverage.kinds.includes(kind)) return { amount: null, note: `${resource.provider} billing data has no per-resource cost for ${kind === 'vm' ? 'VMs' : 'volumes'}.` };
  if (coverage.windowDays !== null && window.from.getTime() < startOfDay(new Date()).getTime() - coverage.windowDays * DAY_MS) {
    return { amount: null, note: `${resource.provider} keeps per-resource billing data for the last ${coverage.windowDays} days only; the window starts earlier.` };
  }
  let spent: ResourceSpend[];
  try {
    spent = await spend.resourceSpend(resource.provider, { from: window.from, to: window.to, costType, account: resource.account });
  } catch (error) {
    if (!(error instanceof ProviderError)) throw error;
    recordFailures(context, [error]);
    return { amount: null, note: `The per-resource billing data could not be read: ${error.message}` };
  }
  const wanted = resource.nativeId.toLowerCase();
  const found = spent.find((s) => s.resourceId.toLowerCase() === wanted && (s.kind === undefined || s.kind === kind));
  if (found) return { amount: convert(found.amount), note: null };
  return { amount: null, note: 'The bill names no cost for this resource in the window yet (bills lag by up to a day).' };
}

const histories = new WeakMap<SubgraphContext, Map<number, Promise<EventHistory | null>>>();

/** The event log from `from` on, read once per request and window; null where the process keeps none or it cannot be read. */
function historyFrom(context: SubgraphContext, from: Date): Promise<EventHistory | null> {
  const log = context.eventLog;
  if (!log) return Promise.resolve(null);
  const read = histories.get(context) ?? new Map<number, Promise<EventHistory | null>>();
  histories.set(context, read);
  let pending = read.get(from.getTime());
  if (!pending) {
    // An unreadable log (Redis away) only makes the estimate cruder: it falls back to the state now.
    pending = log.history(from.getTime()).catch(() => null);
    read.set(from.getTime(), pending);
  }
  return pending;
}

function dateOf(value: Date | string | null | undefined): Date | null {
  if (value === null || value === undefined) return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function cannotEstimate(reason: string | null): GraphQLError {
  return new GraphQLError(`Cannot estimate the cost: ${reason ?? 'no catalog price'}`, { extensions: { code: ErrorCode.PROVIDER_ERROR } });
}

