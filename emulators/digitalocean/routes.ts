// Which operation a request names: its service, the action logged and counted, and the path's
// parameters. Everything is a GET under /v2.
import type { DoService } from './log.js';

export interface Route {
  service: DoService;
  action: string;
  /** The list's key in the answer, for lists. */
  collection?: string;
  dropletId?: number;
  metric?: string;
  invoiceUuid?: string;
  /** Billing insights: the account URN and the first and last day (inclusive), as the path gives them. */
  insights?: { urn: string; start: string; end: string };
}

const LISTS: Record<string, { service: DoService; collection: string }> = {
  droplets: { service: 'droplets', collection: 'droplets' },
  volumes: { service: 'volumes', collection: 'volumes' },
  snapshots: { service: 'snapshots', collection: 'snapshots' },
  vpcs: { service: 'vpcs', collection: 'vpcs' },
  firewalls: { service: 'firewalls', collection: 'firewalls' },
  reserved_ips: { service: 'reserved_ips', collection: 'reserved_ips' },
  sizes: { service: 'sizes', collection: 'sizes' },
};

export function routeOf(path: string): Route | null {
  const parts = path.replace(/\/+$/, '').split('/').filter(Boolean);
  if (parts[0] !== 'v2') return null;
  const [, first, second, third, fourth] = parts;
  if (first === 'account' && parts.length === 2) return { service: 'account', action: 'account.get' };
  if (first === 'monitoring' && second === 'metrics' && third === 'droplet' && fourth && parts.length === 5) {
    return { service: 'monitoring', action: `monitoring.droplet.${fourth}`, metric: fourth };
  }
  if (first === 'customers' && second === 'my') return billingRoute(parts.slice(3));
  if (first === 'billing' && parts[3] === 'insights' && parts.length === 6) {
    return { service: 'billing', action: 'insights.list', insights: { urn: decodeURIComponent(second!), start: parts[4]!, end: parts[5]! } };
  }
  const list = first ? LISTS[first] : undefined;
  if (!list) return null;
  if (parts.length === 2) return { ...list, action: `${first}.list` };
  if (first === 'droplets' && parts.length === 3 && /^\d+$/.test(second!)) return { service: 'droplets', action: 'droplets.get', dropletId: Number(second) };
  return null;
}

/** /v2/customers/my/balance, /invoices and /invoices/{uuid}. */
function billingRoute(rest: readonly string[]): Route | null {
  if (rest.length === 1 && rest[0] === 'balance') return { service: 'billing', action: 'balance.get' };
  if (rest[0] !== 'invoices') return null;
  if (rest.length === 1) return { service: 'billing', action: 'invoices.list', collection: 'invoices' };
  if (rest.length === 2) return { service: 'billing', action: 'invoices.get', collection: 'invoice_items', invoiceUuid: rest[1]! };
  return null;
}
