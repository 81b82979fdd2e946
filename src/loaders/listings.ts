// Listings across scopes. Each scope's listing is one adapter call (the adapter pages), cached
// per scope and filter; every resource it returns also primes the by-id loader and cache, so a
// later `vm(id:)` or entity fetch costs nothing. A failing scope does not fail the listing: its
// error is returned beside the other scopes' resources, as is a failed part of a scope's listing.
// While a scope's calls fail (its circuit is open, or the refresh failed), its listing may be
// answered from the cache past its TTL, reported to `reportStale` (src/loaders/stale.ts).
import { cachedValue } from '../cache/index.js';
import type { CacheGuard } from '../cache/cache.js';
import { listingTag, listKey, resourceKey } from '../cache/keys.js';
import { staleWindow } from '../cache/stale.js';
import { ProviderError } from '../providers/errors.js';
import { errorOfGap, type Gap } from '../providers/gaps.js';
import type { ListFilter, ResourceKind, ResourceTypes, Scope } from '../providers/types.js';
import { callScope } from './call-scope.js';
import { eventGuard } from './event-guard.js';
import type { ResourceLoader } from './resources.js';
import type { Services } from './services.js';
import { staleServing, type StaleReporter } from './stale.js';

export interface Listing<T> {
  items: T[];
  failures: ProviderError[];
}

export async function listAcrossScopes<K extends ResourceKind>(
  services: Services,
  kind: K,
  scopes: readonly Scope[],
  filterFor: (scope: Scope) => ListFilter,
  prime: ResourceLoader<K>,
  reportStale: StaleReporter,
): Promise<Listing<ResourceTypes[K]>> {
  const settled = await Promise.allSettled(scopes.map((scope) => listScope(services, kind, scope, filterFor(scope), reportStale)));
  const listing: Listing<ResourceTypes[K]> = { items: [], failures: [] };
  settled.forEach((result) => {
    if (result.status === 'fulfilled') {
      for (const item of result.value.items) prime.prime(item.id, item);
      listing.items.push(...result.value.items);
      listing.failures.push(...result.value.gaps.map(errorOfGap));
    } else {
      listing.failures.push(result.reason as ProviderError); // callScope guarantees the type
    }
  });
  return listing;
}

/** One scope's listing as cached: its resources, and the parts of the listing that failed. */
interface ScopeListing<T> {
  items: T[];
  gaps: Gap[];
}

async function listScope<K extends ResourceKind>(
  services: Services,
  kind: K,
  scope: Scope,
  filter: ListFilter,
  reportStale: StaleReporter,
): Promise<ScopeListing<ResourceTypes[K]>> {
  const adapter = services.registry.adapter(scope.provider);
  if (!adapter) return { items: [], gaps: [] };
  const ttl = services.ttl[kind];
  const operation = `list ${kind}`;
  const stale = staleServing(services, scope, operation, reportStale);
  const load = async (guard?: CacheGuard): Promise<ScopeListing<ResourceTypes[K]>> => {
    const gaps: Gap[] = [];
    const items = await callScope(services, scope, operation, () => adapter.list(kind, scope, filter, gaps));
    // Kept past their TTL like the listing, so a lookup by id can be answered stale too.
    const staleSeconds = staleWindow(ttl, stale);
    const entries = items.map((item) => ({ key: resourceKey(kind, item.id), value: item, ttlSeconds: ttl, staleSeconds }));
    await (guard ? services.cache.setManyIf(guard, entries) : services.cache.setMany(entries));
    return { items, gaps };
  };
  // Tagged with the scope, so an event in the scope drops every listing of it, whatever the filter;
  // guarded by the scope's generation, so a listing fetched before an event is not stored after it.
  const tag = listingTag(kind, scope);
  return cachedValue(services.cache, kind, listKey(kind, scope, filter), ttl, load, [tag], eventGuard(kind, tag), stale);
}
