// GetCostForecast: the run rate of what accrues now (each item's hourly price while it runs),
// carried forward over each period. Forecasts start today or later: DAILY up to 3 months ahead,
// MONTHLY up to 18.
import { Decimal } from 'decimal.js';
import type { BillableItem } from '../../kit/billing.js';
import { DAY } from '../../kit/time.js';
import { costExplorerErrors } from './errors.js';
import { matches, type CeExpression } from './expression.js';
import { checkGranularity, dateText, parseTimePeriod, periodsOf, type CeTimePeriod } from './periods.js';

export const FORECAST_METRICS = ['UNBLENDED_COST', 'AMORTIZED_COST', 'BLENDED_COST', 'NET_UNBLENDED_COST', 'NET_AMORTIZED_COST'] as const;
const MAX_MONTHS = { DAILY: 3, MONTHLY: 18 } as const;

export interface ForecastRequest {
  TimePeriod?: CeTimePeriod;
  Metric?: string;
  Granularity?: string;
  Filter?: CeExpression;
  PredictionIntervalLevel?: number;
}

export function getCostForecast(request: ForecastRequest, items: readonly BillableItem[], now: Date): object {
  const window = parseTimePeriod(request.TimePeriod);
  const granularity = checkGranularity(request.Granularity, ['DAILY', 'MONTHLY']) as keyof typeof MAX_MONTHS;
  if (!request.Metric || !(FORECAST_METRICS as readonly string[]).includes(request.Metric)) {
    throw costExplorerErrors.validation(`Metric must be one of ${FORECAST_METRICS.join(', ')}`);
  }
  const today = Math.floor(now.getTime() / DAY) * DAY;
  if (window.from < today) throw costExplorerErrors.validation(`Start date must be equal to or later than the current date (${dateText(today)})`);
  const limit = new Date(today);
  limit.setUTCMonth(limit.getUTCMonth() + MAX_MONTHS[granularity]);
  if (window.to > limit.getTime()) {
    throw costExplorerErrors.validation(`${granularity} forecasts reach at most ${MAX_MONTHS[granularity]} months ahead (End ${dateText(limit.getTime())} or earlier)`);
  }
  const hourly = runRate(items, request.Filter, now);
  const interval = request.PredictionIntervalLevel !== undefined;
  const results = periodsOf(window, granularity).map((period) => {
    const mean = hourly.times(new Decimal(period.to - period.from).dividedBy(3_600_000));
    return {
      TimePeriod: { Start: dateText(period.from), End: dateText(period.to) },
      MeanValue: mean.toFixed(10),
      ...(interval ? { PredictionIntervalLowerBound: mean.times('0.9').toFixed(10), PredictionIntervalUpperBound: mean.times('1.1').toFixed(10) } : {}),
    };
  });
  const total = results.reduce((sum, r) => sum.plus(r.MeanValue), new Decimal(0));
  return { Total: { Amount: total.toFixed(10), Unit: 'USD' }, ForecastResultsByTime: results };
}

/** What accrues per hour right now, over the items the filter keeps. */
function runRate(items: readonly BillableItem[], filter: CeExpression | undefined, now: Date): Decimal {
  let hourly = new Decimal(0);
  for (const item of items) {
    const last = item.accrues[item.accrues.length - 1];
    if (!last || last.to !== null) continue;
    if (!matches({ item, day: now, amount: new Decimal(0) }, filter)) continue;
    hourly = hourly.plus(item.hourly);
  }
  return hourly;
}
