// DigitalOcean spend from each team's bill (its token's own; README, "Costs"):
//   - spend, MONTHLY: one invoice per closed month (final) and the preview for the current month
//     (estimated: it still grows). The invoice list is one call (pages of 200); grouping or
//     filtering by SERVICE (the invoice item's `product`) reads each month's items, one call per
//     invoice. DAILY: the billing insights (daily-spend.ts). ACTUAL and AMORTIZED are the same:
//     DigitalOcean sells no commitments.
//   - forecast: DigitalOcean publishes none. The month-to-date usage (the balance, or the
//     preview's items of the asked services) at its hourly run rate, carried over the window; on a
//     month's first hours, before any usage, the last invoice's run rate. No prediction interval.
//   - per-resource spend: none (an invoice item covers a whole month, a resource's cost is asked
//     for any window): resource costs are estimates from the droplet prices.
import { Decimal } from 'decimal.js';
import type { DigitalOceanProviderConfig } from '../../config/schema.js';
import { logger } from '../../telemetry/logger.js';
import { scopeCalls } from '../adapter.js';
import type { BillingAdapter, ForecastQuery, SpendQuery, SpendRow } from '../billing.js';
import { HOUR_MS, startOfMonth } from '../calendar.js';
import { ProviderError } from '../errors.js';
import type { Money } from '../pricing.js';
import type { RateLimitOptions } from '../rate-limits/limiter.js';
import { billedMonths, checkForecastFilter, checkSpendQuery, type BilledMonth } from './billing-window.js';
import { dailySpend } from './daily-spend.js';
import { failures } from './errors.js';
import { balanceOf } from './balance.js';
import { BALANCE_OPERATION, invoiceBook, type InvoiceBook } from './invoices.js';
import { DIGITALOCEAN_BILLING, digitalOceanScopeOf } from './outline.js';
import { createTeam } from './teams.js';
import type { DoInvoiceItem } from './wire.js';

const CURRENCY = 'USD';

export interface DigitalOceanBillingOptions extends RateLimitOptions {
  /** "Now": which month is current, and the forecast's run rate. */
  clock?: () => Date;
}

export function createDigitalOceanBilling(config: DigitalOceanProviderConfig, options: DigitalOceanBillingOptions = {}): BillingAdapter {
  const log = logger('providers.digitalocean.billing');
  const books = config.accounts.map((account) => {
    const team = createTeam(account, config, options);
    return invoiceBook(team, scopeCalls('digitalocean', log, digitalOceanScopeOf(account.id), team.secrets, failures));
  });
  const clock = options.clock ?? (() => new Date());
  const asked = (accounts: readonly string[] | undefined) => (accounts ? books.filter((b) => accounts.some((a) => a.toLowerCase() === b.account)) : books);

  return {
    provider: 'digitalocean',
    ...DIGITALOCEAN_BILLING,
    async spend(query: SpendQuery) {
      const now = clock();
      const chosen = asked(query.filter.accounts);
      for (const book of chosen) checkSpendQuery(query, book.calls.scope);
      const perTeam = await Promise.all(
        chosen.map((book) => (query.granularity === 'DAILY' ? dailySpend(book, query) : teamSpend(book, query, billedMonths(query.from, query.to, now, book.calls.scope)))),
      );
      return perTeam.flat();
    },
    async resourceSpend() {
      throw new ProviderError('INVALID_INPUT', digitalOceanScopeOf(''), 'invoices.get', null, 'DigitalOcean invoices give no per-resource spend for any window: resource costs are estimates');
    },
    async forecast(query: ForecastQuery) {
      const chosen = asked(query.filter.accounts);
      for (const book of chosen) checkForecastFilter(query.filter, book.calls.scope);
      const totals = await Promise.all(chosen.map((book) => teamForecast(book, query)));
      return { total: money(totals.reduce((sum, t) => sum.plus(t), new Decimal(0))), lower: null, upper: null };
    },
    async balance(account: string) {
      const book = asked([account])[0];
      if (!book) throw new ProviderError('INVALID_INPUT', digitalOceanScopeOf(account), BALANCE_OPERATION, null, `${account} is not a configured DigitalOcean team`);
      return balanceOf(book.account, await book.balance(), book.calls.scope);
    },
    async close() {
      // fetch keeps no connection of its own to close.
    },
  };
}

async function teamSpend(book: InvoiceBook, query: SpendQuery, months: readonly BilledMonth[]): Promise<SpendRow[]> {
  const { closed, preview } = await book.invoices();
  const byItems = query.groupBy.some((g) => g.dimension === 'SERVICE') || (query.filter.services?.length ?? 0) > 0;
  const rows = await Promise.all(
    months.map(async (month): Promise<SpendRow[]> => {
      const invoice = month.current ? preview : closed.find((i) => i.invoice_period === month.period);
      if (!invoice) return [];
      const row = (product: string, amount: Decimal.Value): SpendRow => ({
        periodStart: month.start,
        periodEnd: month.end,
        groups: query.groupBy.map((g) => (g.dimension === 'SERVICE' ? product : book.account)),
        amount: money(amount),
        estimated: month.current,
      });
      if (!byItems) return [row('', invoice.amount)];
      const products = sumByProduct(wanted(await book.items(invoice), query.filter.services));
      return [...products].map(([product, amount]) => row(product, amount));
    }),
  );
  return rows.flat();
}

/** The team's expected spend over the forecast window: its month-to-date run rate (or the last invoice's) × the window's hours. */
async function teamForecast(book: InvoiceBook, query: ForecastQuery): Promise<Decimal> {
  const services = query.filter.services?.length ? query.filter.services : undefined;
  const hours = (query.to.getTime() - query.from.getTime()) / HOUR_MS;
  let basis = services ? await previewBasis(book, services) : await balanceBasis(book);
  if (!basis) basis = await lastInvoiceBasis(book, services);
  if (!basis) return new Decimal(0);
  return basis.amount.dividedBy(basis.hours).times(hours).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

interface RunRateBasis {
  amount: Decimal;
  /** Hours the amount accrued over (more than zero). */
  hours: number;
}

async function balanceBasis(book: InvoiceBook): Promise<RunRateBasis | null> {
  const balance = await book.balance();
  return sinceMonthStart(new Decimal(balance.month_to_date_usage), new Date(balance.generated_at));
}

async function previewBasis(book: InvoiceBook, services: readonly string[]): Promise<RunRateBasis | null> {
  const { preview } = await book.invoices();
  if (!preview?.updated_at) return null;
  return sinceMonthStart(total(wanted(await book.items(preview), services)), new Date(preview.updated_at));
}

async function lastInvoiceBasis(book: InvoiceBook, services: readonly string[] | undefined): Promise<RunRateBasis | null> {
  const { closed } = await book.invoices();
  const last = [...closed].sort((a, b) => b.invoice_period.localeCompare(a.invoice_period))[0];
  if (!last) return null;
  const start = new Date(`${last.invoice_period}-01T00:00:00Z`);
  const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
  const amount = services ? total(wanted(await book.items(last), services)) : new Decimal(last.amount);
  return { amount, hours: (end.getTime() - start.getTime()) / HOUR_MS };
}

/** The amount over the hours from its month's start to `asOf`; null before the month's first hour is billed. */
function sinceMonthStart(amount: Decimal, asOf: Date): RunRateBasis | null {
  const hours = (asOf.getTime() - startOfMonth(asOf).getTime()) / HOUR_MS;
  return Number.isFinite(hours) && hours >= 1 ? { amount, hours } : null;
}

function wanted(items: readonly DoInvoiceItem[], services: readonly string[] | undefined): DoInvoiceItem[] {
  return services?.length ? items.filter((item) => services.includes(item.product ?? '')) : [...items];
}

function sumByProduct(items: readonly DoInvoiceItem[]): Map<string, Decimal> {
  const sums = new Map<string, Decimal>();
  for (const item of items) sums.set(item.product ?? '', (sums.get(item.product ?? '') ?? new Decimal(0)).plus(item.amount));
  return sums;
}

const total = (items: readonly DoInvoiceItem[]) => items.reduce((sum, item) => sum.plus(item.amount), new Decimal(0));
const money = (amount: Decimal.Value): Money => ({ amount: new Decimal(amount).toFixed(), currency: CURRENCY });

