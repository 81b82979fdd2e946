// One team's bill as the API gives it (the token's own: /v2/customers/my/…): the invoice list
// with the current month's preview, an invoice's items, the balance. Questions asked while the
// same one is on its way share its answer (the month-to-date spend and the forecast of one report
// ask for the invoice list at once); answers are not kept here (the spend cache keeps results).
import type { ScopeCalls } from '../adapter.js';
import type { Team } from './teams.js';
import type { DoBalance, DoInvoiceItem, DoInvoiceSummary, DoInvoicesPage } from './wire.js';

export const INVOICES_OPERATION = 'invoices.list';
export const INVOICE_OPERATION = 'invoices.get';
export const BALANCE_OPERATION = 'balance.get';

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
  };
}
