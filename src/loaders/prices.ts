// Price catalogs, one region at a time. A region's catalog is one lookup at the cloud (its pages
// included), kept for `costs.ttlSeconds.catalog` (a day by default) in the shared cache, so every
// replica behind one Redis asks once a day; concurrent misses in a process share one lookup.
import { cachedValue, priceKey } from '../cache/index.js';
import { ProviderError } from '../providers/errors.js';
import type { InstancePrice, OsFamily, PricingAdapter, StoragePrice } from '../providers/pricing.js';
import type { ProviderName } from '../providers/types.js';
import type { Services } from './services.js';

export interface PriceCatalogs {
  /** Every instance type the provider's catalog prices in `region` for `os`. */
  instances(provider: ProviderName, region: string, os: OsFamily): Promise<InstancePrice[]>;
  /** A type the catalog cannot list (GCP custom machine types), priced from its rates; null when it cannot be. */
  unlisted(provider: ProviderName, region: string, os: OsFamily, instanceType: string): Promise<InstancePrice | null>;
  /** Every volume type (and tier) the provider's catalog prices in `region`. */
  storage(provider: ProviderName, region: string): Promise<StoragePrice[]>;
}

/** Per request: each region's catalog is read once per request, however many resources ask. */
export function createPriceCatalogs(services: Services): PriceCatalogs {
  const ttl = services.costs.ttlSeconds.catalog;
  const read = new Map<string, Promise<unknown>>();
  function once<T>(key: string, load: () => Promise<T>): Promise<T> {
    let pending = read.get(key) as Promise<T> | undefined;
    if (!pending) {
      pending = cachedValue(services.cache, 'price', key, ttl, load);
      read.set(key, pending);
    }
    return pending;
  }
  return {
    instances: (provider, region, os) =>
      once(priceKey('instances', provider, region, os), () => pricingOf(services, provider, region).instancePrices(region, os)),
    unlisted: (provider, region, os, instanceType) =>
      once(priceKey('instances', provider, region, `${os}:${encodeURIComponent(instanceType)}`), async () => {
        const pricing = pricingOf(services, provider, region);
        return pricing.unlistedInstancePrice ? pricing.unlistedInstancePrice(region, os, instanceType) : null;
      }),
    storage: (provider, region) => once(priceKey('storage', provider, region), () => pricingOf(services, provider, region).storagePrices(region)),
  };
}

function pricingOf(services: Services, provider: ProviderName, region: string): PricingAdapter {
  const pricing = services.registry.pricing(provider);
  if (!pricing) {
    throw new ProviderError('NOT_CONFIGURED', { provider, account: '', region }, 'price catalog', null, `${provider} is not configured, or costs.${provider}.enabled is false`);
  }
  return pricing;
}
