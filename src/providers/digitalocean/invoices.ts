// One team's bill as the API gives it (the token's own: /v2/customers/my/…): the invoice list
// with the current month's preview, an invoice's items, the balance; and the team's billing
// insights (each item's cost per day, at most 31 days a request). Questions asked while the
// same one is on its way share its answer (the month-to-date spend and the forecast of one report
// ask for the invoice list at once); answers are not kept here (the spend cache keeps results).
import type { ScopeCalls } from '../adapter.js';
import type { Team } from './teams.js';
import type { DoBalance, DoBillingDataPoint, DoInsightsPage, DoInvoiceItem, DoInvoiceSummary, DoInvoicesPage } from './wire.js';

export const INVOICES_OPERATION = 'invoices.list';
export const INVOICE_OPERATION = 'invoices.get';
export const BALANCE_OPERATION = 'balance.get';
export const INSIGHTS_OPERATION = 'insights.list';
const INSIGHTS_PER_PAGE = 200;
const MAX_INSIGHTS_PAGES = 500;

export interface TeamInvoices {
  /** Closed months' invoices, as listed. */
  closed: DoInvoiceSummary[];
  /** The current month so far; null when the API sends none. */
  preview: DoInvoiceSummary | null;
}

export interface InvoiceBook {
  /** The team's account id (lower-case UUID), its spend rows' ACCOUNT. */
  readonly account: string;
  readonly calls: ScopeCalls;
  invoices(): Promise<TeamInvoices>;
  items(invoice: DoInvoiceSummary): Promise<DoInvoiceItem[]>;
  balance(): Promise<DoBalance>;
  /** Every data point from `start` to `end` (YYYY-MM-DD, both inclusive, at most 31 days), every page. */
  insights(start: string, end: string): Promise<DoBillingDataPoint[]>;
}

export function invoiceBook(team: Team, calls: ScopeCalls): InvoiceBook {
  const { client } = team;
  const shared = new Map<string, Promise<unknown>>();
  function once<T>(key: string, operation: string, run: () => Promise<T>): Promise<T> {
    let pending = shared.get(key) as Promise<T> | undefined;
    if (!pending) {
      pending = calls.call(operation, run).finally(() => shared.delete(key));
      shared.set(key, pending);
    }
    return pending;
  }
  return {
    account: calls.scope.account,
    calls,
    invoices: () =>
      once('invoices', INVOICES_OPERATION, async () => {
        const pages = await client.pages<DoInvoicesPage>(INVOICES_OPERATION, 'customers/my/invoices');
        return { closed: pages.flatMap((p) => p.invoices ?? []), preview: pages[0]?.invoice_preview ?? null };
      }),
    items: (invoice) =>
      once(`items:${invoice.invoice_uuid}`, INVOICE_OPERATION, () =>
        client.list<'invoice_items', DoInvoiceItem>(INVOICE_OPERATION, 'invoice_items', `customers/my/invoices/${encodeURIComponent(invoice.invoice_uuid)}`),
      ),
    balance: () => once('balance', BALANCE_OPERATION, () => client.get<DoBalance>(BALANCE_OPERATION, 'customers/my/balance')),
    insights: (start, end) =>
      once(`insights:${start}:${end}`, INSIGHTS_OPERATION, async () => {
        const path = `billing/${encodeURIComponent(`do:team:${calls.scope.account}`)}/insights/${start}/${end}`;
        const page = (n: number) => client.get<DoInsightsPage>(INSIGHTS_OPERATION, path, { page: String(n), per_page: String(INSIGHTS_PER_PAGE) });
        const first = await page(1);
        if (!(first.total_pages <= MAX_INSIGHTS_PAGES)) throw new Error(`${INSIGHTS_OPERATION}: ${first.total_pages} pages; at most ${MAX_INSIGHTS_PAGES} are read`);
        const rest = await Promise.all(Array.from({ length: Math.max(0, first.total_pages - 1) }, (_, i) => page(i + 2)));
        return [first, ...rest].flatMap((p) => p.data_points ?? []);
      }),
  };
}
