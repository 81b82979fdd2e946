// The month-end outlook of a report: month-to-date spend (the bill so far) plus each cloud's
// forecast from today to the end of the month, for the report's providers and filter. Two
// billing calls per provider, each cached like any other.
import { Decimal } from 'decimal.js';
import { ProviderError } from '../../providers/errors.js';
import type { Money } from '../../providers/pricing.js';
import type { ProviderName } from '../../providers/types.js';
import type { SubgraphContext } from '../shared/context.js';
import { recordFailures } from '../shared/errors.js';
import { addMonths, startOfDay, startOfMonth } from './calendar.js';
import { sumByCurrency, type MoneyValue } from './money.js';
import type { ReportQuestion } from './spend.js';

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
  const byProvider = (await Promise.all(question.providers.map((provider) => providerForecast(provider, question, { from, to, today }, context)))).filter(
    (f): f is ProviderForecastValue => f !== null,
  );
  return { from, to, byProvider, monthEnd: sumByCurrency(byProvider.map((f) => f.monthEnd)) };
}

async function providerForecast(
  provider: ProviderName,
  question: ReportQuestion,
  month: { from: Date; to: Date; today: Date },
  context: SubgraphContext,
): Promise<ProviderForecastValue | null> {
  const { spend } = context.loaders;
  const { costType, filter, convert } = question;
  try {
    const [soFar, ahead] = await Promise.all([
      month.today > month.from
        ? spend.spend(provider, { from: month.from, to: month.today, granularity: 'MONTHLY', groupBy: [], costType, filter })
        : Promise.resolve([]),
      spend.forecast(provider, { from: month.today, to: month.to, costType, filter }),
    ]);
    const currency = ahead.total.currency;
    const monthToDate = sumByCurrency(soFar.map((r) => r.amount))[0] ?? { amount: '0', currency };
    const monthEnd: Money = { amount: new Decimal(monthToDate.amount).plus(ahead.total.amount).toFixed(), currency };
    return {
      provider,
      monthToDate: convert(monthToDate),
      remaining: convert(ahead.total),
      monthEnd: convert(monthEnd),
      remainingLower: ahead.lower ? convert(ahead.lower) : null,
      remainingUpper: ahead.upper ? convert(ahead.upper) : null,
    };
  } catch (error) {
    if (!(error instanceof ProviderError)) throw error;
    recordFailures(context, [error]);
    return null;
  }
}
