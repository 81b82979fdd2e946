// The per-request loader set. Build one per GraphQL request (never share across requests:
// DataLoader memoises, and a request must not see another's data after its cache TTL).
import type { ListFilter, ResourceKind, ResourceTypes, Scope } from '../providers/types.js';
import { listAcrossScopes, type Listing } from './listings.js';
import { createMetricLoader, type MetricLoader } from './metrics.js';
import { createPriceCatalogs, type PriceCatalogs } from './prices.js';
import { createResourceLoader, type ResourceLoader } from './resources.js';
import type { Services } from './services.js';
import type { StaleReporter } from './stale.js';
import { createSpendSources, type SpendSources } from './spend.js';

export interface Loaders {
  resource<K extends ResourceKind>(kind: K): ResourceLoader<K>;
  /** Lists `kind` in each scope with that scope's pushed-down filter; failures come back beside the items. */
  list<K extends ResourceKind>(kind: K, scopes: readonly Scope[], filterFor: (scope: Scope) => ListFilter): Promise<Listing<ResourceTypes[K]>>;
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
  const resource = <K extends ResourceKind>(kind: K): ResourceLoader<K> => {
    let loader = byKind.get(kind);
    if (!loader) {
      loader = createResourceLoader(services, kind, reportStale) as unknown as ResourceLoader<ResourceKind>;
      byKind.set(kind, loader);
    }
    return loader as unknown as ResourceLoader<K>;
  };
  return {
    resource,
    list: (kind, scopes, filterFor) => listAcrossScopes(services, kind, scopes, filterFor, resource(kind), reportStale),
    metrics: createMetricLoader(services),
    prices: createPriceCatalogs(services),
    spend: createSpendSources(services),
  };
}

export type { Services } from './services.js';
export { CircuitOpenError, ScopeBreakers, type BreakerState, type BreakerStatus } from './breakers.js';
export type { StaleAnswer, StaleReporter } from './stale.js';
export type { Listing } from './listings.js';
export type { PriceCatalogs } from './prices.js';
export type { SpendSources } from './spend.js';
