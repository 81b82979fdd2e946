// Resources by global id. One DataLoader per kind per request: the ids a whole query asks for
// are grouped by scope, cache misses are fetched with one adapter call per scope (the adapter
// chunks at the API's limit), and ids in unconfigured scopes are simply not found. While a scope's
// calls fail, ids cached past their TTL are answered stale and reported to `reportStale`.
import DataLoader from 'dataloader';
import { cachedByIds } from '../cache/index.js';
import { listingTag, resourceKey } from '../cache/keys.js';
import { parseGlobalIdOfKind, scopeKey } from '../providers/ids.js';
import type { ResourceKind, ResourceTypes, Scope } from '../providers/types.js';
import { callScope } from './call-scope.js';
import { eventGuard } from './event-guard.js';
import type { IndexedScope } from './listing-index/indexed-scope.js';
import type { Services } from './services.js';
import { staleServing, type StaleReporter } from './stale.js';

export type ResourceLoader<K extends ResourceKind> = DataLoader<string, ResourceTypes[K] | null>;

/** The scope's listing this request already read, when it is current (no event since it was fetched). */
export type ListedInRequest = (kind: ResourceKind, scope: Scope) => IndexedScope<{ id: string }> | undefined;

export function createResourceLoader<K extends ResourceKind>(services: Services, kind: K, reportStale: StaleReporter, listed: ListedInRequest): ResourceLoader<K> {
  return new DataLoader<string, ResourceTypes[K] | null>(async (ids) => {
    const found = new Map<string, ResourceTypes[K] | Error>();
    await Promise.all(
      groupByScope(services, ids, kind).map(async ({ scope, ids: requested }) => {
        // Resources the request has just listed cost nothing more.
        const listing = listed(kind, scope);
        const scopeIds = requested.filter((id) => {
          const resource = listing?.find(id) as ResourceTypes[K] | undefined;
          if (resource) found.set(id, resource);
          return !resource;
        });
        if (scopeIds.length === 0) return;
        try {
          const loaded = await loadScope(services, kind, scope, scopeIds, reportStale);
          for (const [id, resource] of loaded) found.set(id, resource);
        } catch (error) {
          for (const id of scopeIds) found.set(id, error as Error);
        }
      }),
    );
    return ids.map((id) => found.get(id) ?? null);
  });
}

async function loadScope<K extends ResourceKind>(
  services: Services,
  kind: K,
  scope: Scope,
  ids: string[],
  reportStale: StaleReporter,
): Promise<Map<string, ResourceTypes[K]>> {
  const adapter = services.registry.adapter(scope.provider);
  if (!adapter || !services.registry.knows(scope)) return new Map();
  const operation = `get ${kind}`;
  return cachedByIds<ResourceTypes[K]>(
    services.cache,
    kind,
    ids,
    (id) => resourceKey(kind, id),
    services.ttl[kind],
    async (missing) => {
      const nativeIds = missing.map((id) => parseGlobalIdOfKind(id, kind).nativeId);
      const resources = await callScope(services, scope, operation, () => adapter.get(kind, scope, nativeIds));
      return new Map(resources.map((resource) => [resource.id, resource]));
    },
    eventGuard(kind, listingTag(kind, scope)),
    staleServing(services, scope, operation, reportStale),
  );
}

function groupByScope(services: Services, ids: readonly string[], kind: ResourceKind): { scope: Scope; ids: string[] }[] {
  const groups = new Map<string, { scope: Scope; ids: string[] }>();
  for (const id of ids) {
    const scope = services.registry.scopeOf(parseGlobalIdOfKind(id, kind));
    const key = scopeKey(scope);
    const group = groups.get(key) ?? { scope, ids: [] };
    group.ids.push(id);
    groups.set(key, group);
  }
  return [...groups.values()];
}
