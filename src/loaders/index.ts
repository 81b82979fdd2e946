// The per-request loader set. Build one per GraphQL request (never share across requests:
// DataLoader memoises, and a request must not see another's data after its cache TTL).
import type { ListFilter, ResourceKind, ResourceTypes, Scope } from '../providers/types.js';
import { scopeKey } from '../providers/ids.js';
import type { IndexedScope } from './listing-index/indexed-scope.js';
import type { IndexRead } from './listing-index/listing-index.js';
import { createMetricLoader, type MetricLoader } from './metrics.js';
import { createPriceCatalogs, type PriceCatalogs } from './prices.js';
import { createResourceLoader, type ResourceLoader } from './resources.js';
import type { Services } from './services.js';
import type { StaleReporter } from './stale.js';
import { createSpendSources, type SpendSources } from './spend.js';

export interface Loaders {
  resource<K extends ResourceKind>(kind: K): ResourceLoader<K>;
  /**
   * Each scope's whole listing of `kind`, from the listing index; failures come back beside the
   * scopes that answered. With the kind's caching off, each scope is listed now, with what its
   * provider can filter itself (`pushdown`).
   */
  list<K extends ResourceKind>(kind: K, scopes: readonly Scope[], pushdown?: (scope: Scope) => ListFilter): Promise<IndexRead<ResourceTypes[K]>>;
  metrics: MetricLoader;
  /** Price catalogs, one region at a time, read once per request and cached for a day. */
  prices: PriceCatalogs;
  /** Billing data (actual spend, forecasts), cached for `costs.ttlSeconds.spend`. */
  spend: SpendSources;
}

/**
 * `reportStale` hears of every answer served from the cache past its TTL because its scope's calls
 * fail; whoever shows the answers to a client must pass one that tells the client.
 */
export function createLoaders(services: Services, reportStale: StaleReporter = () => {}): Loaders {
  const byKind = new Map<ResourceKind, ResourceLoader<ResourceKind>>();
  const listed = new Map<string, IndexedScope<{ id: string }>>();
  const listedKey = (kind: ResourceKind, scope: Scope): string => `${kind}|${scopeKey(scope)}`;
  const resource = <K extends ResourceKind>(kind: K): ResourceLoader<K> => {
    let loader = byKind.get(kind);
    if (!loader) {
      loader = createResourceLoader(services, kind, reportStale, (k, scope) => listed.get(listedKey(k, scope))) as unknown as ResourceLoader<ResourceKind>;
      byKind.set(kind, loader);
    }
    return loader as unknown as ResourceLoader<K>;
  };
  return {
    resource,
    list: async (kind, scopes, pushdown) => {
      const read = await services.listings.read(kind, scopes, reportStale, pushdown);
      for (const { indexed, behind } of read.scopes) if (!behind) listed.set(listedKey(kind, indexed.scope), indexed as IndexedScope<{ id: string }>);
      return read;
    },
    metrics: createMetricLoader(services),
    prices: createPriceCatalogs(services),
    spend: createSpendSources(services),
  };
}

export type { ProviderServices, Services } from './services.js';
export { ListingIndex, type IndexRead, type RefreshLeases, type ScopeRead } from './listing-index/listing-index.js';
export type { IndexedScope } from './listing-index/indexed-scope.js';
export { compareIn, firstAfter, rank, type Position, type Ranked, type SortOrder, type SortValue } from './listing-index/order.js';
export { CircuitOpenError, ScopeBreakers, type BreakerState, type BreakerStatus } from './breakers.js';
export type { StaleAnswer, StaleReporter } from './stale.js';
export type { PriceCatalogs } from './prices.js';
export type { SpendSources } from './spend.js';
