// GET /api/retail/prices — the public Azure Retail Prices API (prices.azure.com), served from the
// emulator's price table: no token needed, `$filter` in the subset the API runs, `currencyCode`
// ('USD' by default), pages of up to 1000 items linked by an absolute `NextPageLink` carrying
// `$skip`, and the answer envelope {BillingCurrency, CustomerEntityId, CustomerEntityType, Items,
// NextPageLink, Count}.
import type { Operation } from '../arm.js';
import { convertUsd, isRetailCurrency } from './currencies.js';
import { retailErrors } from './errors.js';
import { matches, parseFilter, regionOf, type FilterExpr } from './filter.js';
import { retailMeters, type RetailMeter } from './meters.js';

export const RETAIL_PRICES_PATH = '/api/retail/prices';
export const RETAIL_PRICES_ACTION = 'retailPrices.list';
/** Items per page, as the API pages them. */
export const RETAIL_PAGE_SIZE = 1000;

/** From this api-version on, filter values compare case-sensitively. */
const CASE_SENSITIVE_FROM = '2023-01-01';

export function isRetailPricesPath(pathname: string): boolean {
  return pathname.replace(/\/+$/, '').toLowerCase() === RETAIL_PRICES_PATH;
}

/** The operation for a Retail Prices request; what it asks for is checked when it runs (after faults). */
export function resolveRetailPrices(method: string, url: URL, origin: string, maxPageSize: number | null): Operation {
  return {
    service: 'retail-prices',
    action: RETAIL_PRICES_ACTION,
    subscriptionId: '',
    region: regionOf(filterOrNull(url)),
    permission: '',
    anonymous: true,
    errors: { throttled: retailErrors.throttled, unavailable: retailErrors.unavailable, forbidden: retailErrors.forbidden },
    run: () => {
      if (method !== 'GET') throw retailErrors.methodNotAllowed(method);
      return listPrices(url, origin, Math.min(RETAIL_PAGE_SIZE, maxPageSize ?? RETAIL_PAGE_SIZE));
    },
  };
}

function listPrices(url: URL, origin: string, pageSize: number): object {
  const currency = currencyOf(url);
  const skip = skipOf(url);
  const filter = parseFilter(url.searchParams.get('$filter'));
  const caseSensitive = (url.searchParams.get('api-version') ?? '') >= CASE_SENSITIVE_FROM;
  const found = retailMeters().filter((m) => matches(filter, m, caseSensitive));
  const page = found.slice(skip, skip + pageSize);
  const end = skip + page.length;
  return {
    BillingCurrency: currency,
    CustomerEntityId: 'Default',
    CustomerEntityType: 'Retail',
    Items: page.map((m) => item(m, currency)),
    NextPageLink: end < found.length ? nextPageLink(url, origin, end) : null,
    Count: page.length,
  };
}

function filterOrNull(url: URL): FilterExpr | null {
  try {
    return parseFilter(url.searchParams.get('$filter'));
  } catch {
    return null;
  }
}

/** `currencyCode='EUR'` (the documented form, quoted) or bare; USD when absent. */
function currencyOf(url: URL): string {
  const raw = url.searchParams.get('currencyCode');
  if (raw === null || raw === '') return 'USD';
  const code = raw.replace(/^'(.*)'$/, '$1').toUpperCase();
  if (!isRetailCurrency(code)) throw retailErrors.invalidCurrency(raw);
  return code;
}

function skipOf(url: URL): number {
  const raw = url.searchParams.get('$skip');
  if (raw === null) return 0;
  if (!/^\d+$/.test(raw)) throw retailErrors.invalidSkip(raw);
  return Number(raw);
}

function nextPageLink(url: URL, origin: string, skip: number): string {
  const next = new URL(url.pathname + url.search, origin);
  next.searchParams.set('$skip', String(skip));
  return next.toString();
}

/** A meter as the API lists it: prices as JSON numbers in the asked currency. */
function item(m: RetailMeter, currency: string): object {
  const { priceUsd, tierMinimumUnits, reservationTerm, ...rest } = m;
  const price = Number(convertUsd(priceUsd, currency));
  return {
    currencyCode: currency,
    tierMinimumUnits,
    ...(reservationTerm ? { reservationTerm } : {}),
    retailPrice: price,
    unitPrice: price,
    ...rest,
  };
}
