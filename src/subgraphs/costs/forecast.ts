// The month-end outlook of a report: month-to-date spend (the bill so far) plus each cloud's
// forecast from today to the end of the month, for the report's providers and filter. Two
// billing calls per provider, each cached like any other.
import { Decimal } from 'decimal.js';
import { ProviderError } from '../../providers/errors.js';
import type { Money } from '../../providers/pricing.js';
import type { ProviderName } from '../../providers/types.js';
import type { SubgraphContext } from '../shared/context.js';
import { recordFailures } from '../shared/errors.js';
import { addMonths, startOfDay, startOfMonth } from '../../providers/calendar.js';
import { sumByCurrency, type MoneyValue } from './money.js';
import { billingFilters, type ReportQuestion } from './spend.js';

export interface ProviderForecastValue {
  provider: ProviderName;
  monthToDate: MoneyValue;
  remaining: MoneyValue;
  monthEnd: MoneyValue;
  remainingLower: MoneyValue | null;
  remainingUpper: MoneyValue | null;
}

export interface CostForecastValue {
  from: Date;
  to: Date;
  byProvider: ProviderForecastValue[];
  monthEnd: MoneyValue[];
}

export async function monthEndForecast(question: ReportQuestion, context: SubgraphContext, now = new Date()): Promise<CostForecastValue> {
  const from = startOfMonth(now);
  const to = addMonths(from, 1);
  const today = startOfDay(now);
  const byProvider = (await Promise.all(question.providers.map((provider) => providerForecasts(provider, question, { from, to, today }, context)))).flat();
  return { from, to, byProvider, monthEnd: sumByCurrency(byProvider.map((f) => f.monthEnd)) };
}

interface AccountOutlook {
  monthToDate: Money;
  remaining: Money;
  lower: Money | null;
  upper: Money | null;
}

/** One outlook per currency the provider bills in, summed over its billing calls (per account where it answers one at a time). */
async function providerForecasts(provider: ProviderName, question: ReportQuestion, month: Month, context: SubgraphContext): Promise<ProviderForecastValue[]> {
  const outlooks = (await Promise.all(billingFilters(provider, question.filter, context).map((filter) => outlookOf(provider, { ...question, filter }, month, context)))).filter(
    (o): o is AccountOutlook => o !== null,
  );
  const currencies = [...new Set(outlooks.map((o) => o.remaining.currency))];
  return currencies.map((currency) => {
    const mine = outlooks.filter((o) => o.remaining.currency === currency);
    const sum = (pick: (o: AccountOutlook) => Money | null) => (mine.every((o) => pick(o)) ? sumByCurrency(mine.map((o) => pick(o)!))[0]! : null);
    const monthToDate = sum((o) => o.monthToDate)!;
    const remaining = sum((o) => o.remaining)!;
    const monthEnd: Money = { amount: new Decimal(monthToDate.amount).plus(remaining.amount).toFixed(), currency };
    const lower = sum((o) => o.lower);
    const upper = sum((o) => o.upper);
    const { convert } = question;
    return {
      provider,
      monthToDate: convert(monthToDate),
      remaining: convert(remaining),
      monthEnd: convert(monthEnd),
      remainingLower: lower ? convert(lower) : null,
      remainingUpper: upper ? convert(upper) : null,
    };
  });
}

interface Month {
  from: Date;
  to: Date;
  today: Date;
}

/** Month-to-date spend and the forecast of the rest for one billing call; null (with an error naming it) when it fails. */
async function outlookOf(provider: ProviderName, question: ReportQuestion, month: Month, context: SubgraphContext): Promise<AccountOutlook | null> {
  const { spend } = context.loaders;
  const { costType, filter } = question;
  try {
    const [soFar, ahead] = await Promise.all([
      month.today > month.from
        ? spend.spend(provider, { from: month.from, to: month.today, granularity: 'MONTHLY', groupBy: [], costType, filter })
        : Promise.resolve([]),
      spend.forecast(provider, { from: month.today, to: month.to, costType, filter }),
    ]);
    const currency = ahead.total.currency;
    const monthToDate = sumByCurrency(soFar.map((r) => r.amount))[0] ?? { amount: '0', currency };
    return { monthToDate, remaining: ahead.total, lower: ahead.lower, upper: ahead.upper };
  } catch (error) {
    if (!(error instanceof ProviderError)) throw error;
    recordFailures(context, [error]);
    return null;
  }
}
