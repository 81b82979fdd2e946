// AWS on-demand prices from the Price List Query API (GetProducts, us-east-1), called through the
// costs account. Each lookup is one filtered GetProducts query with all its pages (100 products a
// page); the counting middleware puts every attempt in
// fleetgraph_upstream_requests_total{service="pricing"}.
import { PricingClient, paginateGetProducts, type Filter } from '@aws-sdk/client-pricing';
import type { AwsProviderConfig, CostsConfig } from '../../config/schema.js';
import { ProviderError } from '../errors.js';
import type { InstancePrice, OsFamily, PricingAdapter, StoragePrice } from '../pricing.js';
import type { RateLimitOptions } from '../rate-limits/limiter.js';
import { costsAccount, type CostsAccount } from './costs-account.js';
import { instrumentClient } from './clients.js';
import { toProviderError } from './errors.js';
import {
  EC2_SERVICE_CODE,
  familyOfInstanceType,
  instanceFilters,
  instancePriceOf,
  onePerKey,
  parsePriceListEntry,
  storageFilters,
  storagePriceOf,
} from './price-list.js';

/** GetProducts answers at most this many products a page. */
export const PRICE_LIST_PAGE_SIZE = 100;
const OPERATION = 'GetProducts';

export function createAwsPricingAdapter(aws: AwsProviderConfig, costs: CostsConfig, options: RateLimitOptions = {}): PricingAdapter {
  const costsAt = costsAccount(aws, costs);
  const client = new PricingClient(costsAt.clientConfig);
  instrumentClient(client, 'pricing', { ...costsAt.scope, provider: 'aws' }, options.rateLimits);
  const documents = (filters: Filter[]) => guard(costsAt, () => allEntries(client, filters));

  return {
    provider: 'aws',
    async instancePrices(region: string, os: OsFamily): Promise<InstancePrice[]> {
      const prices = (await documents(instanceFilters(region, os))).map((doc) => doc && instancePriceOf(doc, region, os));
      return onePerKey(prices.filter(isPrice), (p) => p.instanceType);
    },
    async storagePrices(region: string): Promise<StoragePrice[]> {
      const prices = (await documents(storageFilters(region))).map((doc) => doc && storagePriceOf(doc, region));
      return onePerKey(prices.filter(isPrice), (p) => p.volumeType);
    },
    familyOf: familyOfInstanceType,
    close: async () => client.destroy(),
  };
}

/** Every PriceList entry the filters select, all pages. */
async function allEntries(client: PricingClient, filters: Filter[]) {
  const entries = [];
  const pages = paginateGetProducts(
    { client, pageSize: PRICE_LIST_PAGE_SIZE },
    { ServiceCode: EC2_SERVICE_CODE, Filters: filters, FormatVersion: 'aws_v1' },
  );
  for await (const page of pages) entries.push(...(page.PriceList ?? []).map(parsePriceListEntry));
  return entries;
}

async function guard<T>(costsAt: CostsAccount, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ProviderError) throw error;
    throw toProviderError(error, costsAt.scope, OPERATION, costsAt.secrets);
  }
}

function isPrice<T>(price: T | null): price is T {
  return price !== null;
}
