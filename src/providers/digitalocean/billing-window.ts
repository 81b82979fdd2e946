// What DigitalOcean's bill can answer, checked before any call. DigitalOcean bills by the month:
// one invoice per closed month, plus the current month's preview (generated daily, the month so
// far). Invoices name the product of each item, not its region or tags. So a spend question is
// MONTHLY, grouped and filtered by account and service only, over whole months — except that the
// window may end today or later in the current month, which the preview answers (month to date).
import { addMonths, monthKey, startOfDay, startOfMonth } from '../calendar.js';
import { ProviderError } from '../errors.js';
import type { SpendFilter, SpendQuery } from '../billing.js';
import type { Scope } from '../types.js';

export interface BilledMonth {
  /** YYYY-MM, the invoice's `invoice_period`. */
  period: string;
  start: Date;
  /** Exclusive: the next month's first day, or the window's end when it ends sooner. */
  end: Date;
  /** The current month: answered by the invoice preview (not final). */
  current: boolean;
}

export const SPEND_OPERATION = 'invoices.list';

export function checkSpendQuery(query: SpendQuery, scope: Scope): void {
  if (query.granularity === 'DAILY') refuse(scope, 'DigitalOcean bills by the month (one invoice a month): ask for MONTHLY spend');
  const unsupported = query.groupBy.filter((g) => g.dimension === 'REGION' || g.dimension === 'TAG');
  if (unsupported.length > 0) refuse(scope, `DigitalOcean invoices name no ${unsupported.map((g) => g.dimension).join(' or ')}: group by ACCOUNT or SERVICE`);
  checkSpendFilter(query.filter, scope);
}

export function checkSpendFilter(filter: SpendFilter, scope: Scope): void {
  if (filter.regions?.length) refuse(scope, 'DigitalOcean invoices name no region: filter by account or service');
  if (filter.tags?.length) refuse(scope, 'DigitalOcean invoices name no tags: filter by account or service');
}

/** The months of [from, to), each answered by one invoice (or the preview); INVALID_INPUT when the window splits one. */
export function billedMonths(from: Date, to: Date, now: Date, scope: Scope): BilledMonth[] {
  const thisMonth = startOfMonth(now);
  if (from.getTime() !== startOfMonth(from).getTime()) refuse(scope, `DigitalOcean bills whole months: "from" must be the 1st of a month, not ${day(from)}`);
  const endsOnMonth = to.getTime() === startOfMonth(to).getTime();
  const endsInPreview = startOfMonth(to).getTime() === thisMonth.getTime() && to.getTime() >= startOfDay(now).getTime();
  if (!endsOnMonth && !endsInPreview) {
    refuse(scope, `DigitalOcean bills whole months: "to" must be the 1st of a month or, in the current month, today or later (the invoice preview), not ${day(to)}`);
  }
  const months: BilledMonth[] = [];
  for (let start = from; start < to; start = addMonths(start, 1)) {
    const next = addMonths(start, 1);
    months.push({ period: monthKey(start), start, end: next < to ? next : to, current: start.getTime() === thisMonth.getTime() });
  }
  return months;
}

function refuse(scope: Scope, message: string): never {
  throw new ProviderError('INVALID_INPUT', scope, SPEND_OPERATION, null, message);
}

const day = (date: Date) => date.toISOString().slice(0, 10);
