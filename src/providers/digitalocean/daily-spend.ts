// DAILY spend from a team's billing insights: each completed day's data points summed per group
// (ACCOUNT: the team; REGION: the point's region), regions filtered case-insensitively, one
// request per 31 days (pages of 200 points). DigitalOcean calls the points nightly estimates
// that need not add up to the month's invoice (no monthly cap; rounded per day), so every row is
// estimated; days not completed yet have no points.
import { Decimal } from 'decimal.js';
import type { SpendQuery, SpendRow } from '../billing.js';
import { DAY_MS } from '../calendar.js';
import { insightsSpans } from './billing-window.js';
import type { InvoiceBook } from './invoices.js';

export async function dailySpend(book: InvoiceBook, query: SpendQuery): Promise<SpendRow[]> {
  const spans = insightsSpans(query.from, query.to);
  const points = (await Promise.all(spans.map((span) => book.insights(span.start, span.end)))).flat();
  const regions = query.filter.regions?.map((r) => r.toLowerCase());
  const sums = new Map<string, { day: Date; groups: string[]; amount: Decimal }>();
  for (const point of points) {
    const day = new Date(`${point.start_date}T00:00:00Z`);
    if (!(day >= query.from && day < query.to)) continue;
    if (regions && !regions.includes((point.region ?? '').toLowerCase())) continue;
    const groups = query.groupBy.map((g) => (g.dimension === 'REGION' ? (point.region ?? '') : book.account));
    const key = [point.start_date, ...groups].join('\u0000');
    const sum = sums.get(key);
    if (sum) sum.amount = sum.amount.plus(point.total_amount);
    else sums.set(key, { day, groups, amount: new Decimal(point.total_amount) });
  }
  return [...sums.values()].map(({ day, groups, amount }) => ({
    periodStart: day,
    periodEnd: new Date(Math.min(day.getTime() + DAY_MS, query.to.getTime())),
    groups,
    amount: { amount: amount.toFixed(), currency: 'USD' },
    estimated: true,
  }));
}
