// Cloud Billing Catalog v1 `services.skus.list` over REST, as the Node client (`fallback: true`)
// calls it: GET /v1/services/{serviceId}/skus?pageSize&pageToken&currencyCode. Pages of up to
// 5,000 SKUs in a fixed order with an opaque nextPageToken (absent on the last page); prices in the
// currency asked for (USD by default), converted at fixed rates and rounded to the nano as
// google.type.Money holds them, the rate in `currencyConversionRate`. Only Compute Engine is
// known: any other service is NOT_FOUND. Enums go out as numbers when the client asks for
// `$alt=json;enum-encoding=int` (it always does), as names otherwise.
import { Decimal } from 'decimal.js';
import { hashParts } from '../../kit/prng.js';
import { decodePageToken, encodePageToken } from '../../kit/paging.js';
import { googleErrors } from '../errors.js';
import { COMPUTE_ENGINE_DISPLAY_NAME, COMPUTE_ENGINE_SERVICE_ID, computeEngineSkus, type CatalogSku, type SkuUnit } from './skus.js';

export const MAX_SKU_PAGE_SIZE = 5000;

/** Units of each currency one US dollar buys, as the emulated catalog converts (one fixed day's rates). */
export const CATALOG_CONVERSION_RATES: Readonly<Record<string, string>> = { USD: '1', EUR: '0.8625', GBP: '0.758', JPY: '154.2', CHF: '0.8041' };

/** When the prices the catalog serves took effect. */
export const PRICING_EFFECTIVE_TIME = '2025-11-01T07:00:00Z';

const UNITS: Readonly<Record<SkuUnit, { description: string; base: string; baseDescription: string; factor: number }>> = {
  h: { description: 'hour', base: 's', baseDescription: 'second', factor: 3600 },
  'GiBy.h': { description: 'gibibyte hour', base: 'By.s', baseDescription: 'byte second', factor: 3_865_470_566_400 },
  'GiBy.mo': { description: 'gibibyte month', base: 'By.s', baseDescription: 'byte second', factor: 2_875_910_101_401_600 },
  GiBy: { description: 'gibibyte', base: 'By', baseDescription: 'byte', factor: 1_073_741_824 },
  mo: { description: 'month', base: 's', baseDescription: 'second', factor: 2_678_400 },
};

/** google.cloud.billing.v1 enum values: [name, number]. */
const ENUMS = {
  account: ['ACCOUNT', 1],
  monthly: ['MONTHLY', 2],
  global: ['GLOBAL', 1],
  regional: ['REGIONAL', 2],
} as const;

export interface SkuListRequest {
  serviceId: string;
  params: URLSearchParams;
  /** Caps every page below the pageSize asked for (paging tests); null = no cap. */
  maxPageSize: number | null;
}

export function listSkus(request: SkuListRequest): Record<string, unknown> {
  const { serviceId, params } = request;
  if (serviceId !== COMPUTE_ENGINE_SERVICE_ID) throw googleErrors.notFound(`services/${serviceId}`);
  const currency = currencyOf(params.get('currencyCode'));
  const size = pageSizeOf(params.get('pageSize'), request.maxPageSize);
  const numericEnums = (params.get('$alt') ?? '').includes('enum-encoding=int');
  const skus = computeEngineSkus();
  // A token is bound to the listing it came from (service and currency).
  const fingerprint = hashParts('skus.list', serviceId, currency);
  const token = params.get('pageToken');
  const start = token ? decodePageToken(token, 'skus.list', fingerprint, skus.length, () => googleErrors.invalidField('pageToken', token, 'Invalid page token.')) : 0;
  const end = Math.min(skus.length, start + size);
  return {
    skus: skus.slice(start, end).map((sku) => wireSku(sku, currency, numericEnums)),
    ...(end < skus.length ? { nextPageToken: encodePageToken('skus.list', end, fingerprint) } : {}),
  };
}

function currencyOf(raw: string | null): string {
  const code = raw === null || raw === '' ? 'USD' : raw;
  if (!Object.hasOwn(CATALOG_CONVERSION_RATES, code)) throw googleErrors.invalidArgument(`Currency code "${code}" is not supported.`);
  return code;
}

function pageSizeOf(raw: string | null, cap: number | null): number {
  let size = MAX_SKU_PAGE_SIZE;
  if (raw !== null && raw !== '') {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0) throw googleErrors.invalidField('pageSize', raw, 'Must be a non-negative integer.');
    // Larger sizes are served as the largest page there is.
    if (n > 0) size = Math.min(n, MAX_SKU_PAGE_SIZE);
  }
  return cap === null ? size : Math.min(size, cap);
}

/** A USD amount in `currency`, as google.type.Money: whole units (int64, a string) and nanos. */
export function moneyIn(usd: string, currency: string): { currencyCode: string; units: string; nanos: number } {
  const amount = new Decimal(usd).times(CATALOG_CONVERSION_RATES[currency]!).toDecimalPlaces(9, Decimal.ROUND_HALF_UP);
  const units = amount.truncated();
  return { currencyCode: currency, units: units.toFixed(), nanos: amount.minus(units).times(1e9).toNumber() };
}

function wireSku(sku: CatalogSku, currency: string, numericEnums: boolean): Record<string, unknown> {
  const enumOf = (e: readonly [string, number]) => (numericEnums ? e[1] : e[0]);
  const unit = UNITS[sku.unit];
  const global = sku.regions.length === 1 && sku.regions[0] === 'global';
  return {
    name: `services/${COMPUTE_ENGINE_SERVICE_ID}/skus/${sku.skuId}`,
    skuId: sku.skuId,
    description: sku.description,
    category: { serviceDisplayName: COMPUTE_ENGINE_DISPLAY_NAME, resourceFamily: sku.resourceFamily, resourceGroup: sku.resourceGroup, usageType: sku.usageType },
    serviceRegions: [...sku.regions],
    pricingInfo: [
      {
        summary: '',
        pricingExpression: {
          usageUnit: sku.unit,
          displayQuantity: 1,
          tieredRates: sku.tiers.map((t) => ({ startUsageAmount: t.start, unitPrice: moneyIn(t.usd, currency) })),
          usageUnitDescription: unit.description,
          baseUnit: unit.base,
          baseUnitDescription: unit.baseDescription,
          baseUnitConversionFactor: unit.factor,
        },
        aggregationInfo: { aggregationLevel: enumOf(ENUMS.account), aggregationInterval: enumOf(ENUMS.monthly), aggregationCount: 1 },
        currencyConversionRate: Number(CATALOG_CONVERSION_RATES[currency]),
        effectiveTime: PRICING_EFFECTIVE_TIME,
      },
    ],
    serviceProviderName: 'Google',
    geoTaxonomy: global ? { type: enumOf(ENUMS.global), regions: [] } : { type: enumOf(ENUMS.regional), regions: [...sku.regions] },
  };
}
