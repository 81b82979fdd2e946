// What DigitalOcean's bill can answer, checked before any call. Two sources:
//   - MONTHLY: the invoices, one per closed month, plus the current month's preview (generated
//     daily, the month so far). An invoice names each item's product, not its region or tags: so
//     grouped and filtered by account and service, over whole months — except that the window may
//     end today or later in the current month, which the preview answers (month to date).
//   - DAILY: the billing insights, each item's cost per completed day with its region and SKU (not
//     its product): grouped and filtered by account and region, at most 31 days a request.
import { addMonths, DAY_MS, monthKey, startOfDay, startOfMonth } from '../calendar.js';
import { ProviderError } from '../errors.js';
import type { SpendFilter, SpendQuery } from '../billing.js';
import type { Scope } from '../types.js';
import { BALANCE_OPERATION, INSIGHTS_OPERATION, INVOICES_OPERATION } from './invoices.js';

export interface BilledMonth {
  /** YYYY-MM, the invoice's `invoice_period`. */
  period: string;
  start: Date;
  /** Exclusive: the next month's first day, or the window's end when it ends sooner. */
  end: Date;
  /** The current month: answered by the invoice preview (not final). */
  current: boolean;
}

/** One insights request: its first and last day, YYYY-MM-DD, both inclusive. */
export interface InsightsSpan {
  start: string;
  end: string;
}

const INSIGHTS_DAYS = 31;

export function checkSpendQuery(query: SpendQuery, scope: Scope): void {
  const daily = query.granularity === 'DAILY';
  const allowed = daily ? ['ACCOUNT', 'REGION'] : ['ACCOUNT', 'SERVICE'];
  const operation = daily ? INSIGHTS_OPERATION : INVOICES_OPERATION;
  const source = daily ? "DigitalOcean's daily billing data (insights) names no service or tags" : 'DigitalOcean invoices name no region or tags';
  const unsupported = query.groupBy.filter((g) => !allowed.includes(g.dimension));
  if (unsupported.length > 0) refuse(operation, scope, `${source}: group ${query.granularity} spend by ${allowed.join(' or ')}, not ${unsupported.map((g) => g.dimension).join(' or ')}`);
  if (query.filter.tags?.length) refuse(operation, scope, `${source}: filter by account${daily ? ' or region' : ' or service'}, not tags`);
  if (daily && query.filter.services?.length) refuse(operation, scope, `${source}: filter DAILY spend by account or region (MONTHLY spend filters by service)`);
  if (!daily && query.filter.regions?.length) refuse(operation, scope, `${source}: filter MONTHLY spend by account or service (DAILY spend filters by region)`);
}

/** The forecast's filter: the run rate is read from the balance or the preview's items, which name no region or tags. */
export function checkForecastFilter(filter: SpendFilter, scope: Scope): void {
  if (filter.regions?.length) refuse(BALANCE_OPERATION, scope, 'DigitalOcean invoices name no region: filter by account or service');
  if (filter.tags?.length) refuse(BALANCE_OPERATION, scope, 'DigitalOcean invoices name no tags: filter by account or service');
}

/** The months of [from, to), each answered by one invoice (or the preview); INVALID_INPUT when the window splits one. */
export function billedMonths(from: Date, to: Date, now: Date, scope: Scope): BilledMonth[] {
  const thisMonth = startOfMonth(now);
  if (from.getTime() !== startOfMonth(from).getTime()) refuse(INVOICES_OPERATION, scope, `DigitalOcean bills whole months: "from" must be the 1st of a month, not ${day(from)} (DAILY spend answers any days)`);
  const endsOnMonth = to.getTime() === startOfMonth(to).getTime();
  const endsInPreview = startOfMonth(to).getTime() === thisMonth.getTime() && to.getTime() >= startOfDay(now).getTime();
  if (!endsOnMonth && !endsInPreview) {
    refuse(INVOICES_OPERATION, scope, `DigitalOcean bills whole months: "to" must be the 1st of a month or, in the current month, today or later (the invoice preview), not ${day(to)} (DAILY spend answers any days)`);
  }
  const months: BilledMonth[] = [];
  for (let start = from; start < to; start = addMonths(start, 1)) {
    const next = addMonths(start, 1);
    months.push({ period: monthKey(start), start, end: next < to ? next : to, current: start.getTime() === thisMonth.getTime() });
  }
  return months;
}

/** [from, to) (UTC midnights) as insights requests of at most 31 days each. */
export function insightsSpans(from: Date, to: Date): InsightsSpan[] {
  const spans: InsightsSpan[] = [];
  for (let start = from.getTime(); start < to.getTime(); start += INSIGHTS_DAYS * DAY_MS) {
    const last = Math.min(start + (INSIGHTS_DAYS - 1) * DAY_MS, to.getTime() - DAY_MS);
    spans.push({ start: day(new Date(start)), end: day(new Date(last)) });
  }
  return spans;
}

/** Refused before any call, named by the call that could not answer it. */
function refuse(operation: string, scope: Scope, message: string): never {
  throw new ProviderError('INVALID_INPUT', scope, operation, null, message);
}

const day = (date: Date) => date.toISOString().slice(0, 10);
