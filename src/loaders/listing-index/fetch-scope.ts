// Fetching one scope's whole listing for the index: one adapter call (the adapter pages), stored
// as a new version — the listing under indexKey, then its head — and every resource in it primed
// under its own key, so a later lookup by id costs nothing. The scope's generation is read before
// the call: the version records it, and the resources are primed only if no event moved it
// meanwhile (a resource fetched before a change is never cached after it).
import { randomUUID } from 'node:crypto';
import { generationKey, indexHeadKey, indexKey, listingTag, resourceKey } from '../../cache/keys.js';
import type { Gap, ListFilter, ResourceKind, ResourceTypes, Scope } from '../../providers/types.js';
import { callScope } from '../call-scope.js';
import { compactListing } from './compact-listing.js';
import type { ProviderServices } from '../provider-services.js';
import { IndexedScope, type IndexHead, type StoredIndex } from './indexed-scope.js';

/**
 * The scope's listing now, from its provider; kept for `keepSeconds` (in a shared cache, for the
 * other replicas) unless that is 0 (then `pushdown` may narrow it: a listing not kept needs only
 * what the request asks for).
 */
export async function fetchScope<K extends ResourceKind>(
  services: ProviderServices,
  kind: K,
  scope: Scope,
  keepSeconds: number,
  pushdown: ListFilter = {},
): Promise<IndexedScope<ResourceTypes[K]>> {
  const generationRead = await services.cache.get<number>(generationKey(listingTag(kind, scope)));
  const startedAt = Date.now();
  const gaps: Gap[] = [];
  const adapter = services.registry.adapter(scope.provider);
  // The listing's own gaps, else the first resource's (a join part that failed): the scope's health shows it.
  const gapsOf = (items: readonly ResourceTypes[K][]) => (gaps.length > 0 ? gaps : (items.find((item) => item.gaps?.length)?.gaps ?? []));
  const listed = adapter ? await callScope(services, scope, `list ${kind}`, () => adapter.list(kind, scope, keepSeconds > 0 ? {} : pushdown, gaps), gapsOf) : [];
  const items = keepSeconds > 0 ? compactListing(listed) : listed;
  const head: IndexHead = { version: randomUUID(), generation: generationRead ?? 0, storedAt: Date.now(), fetchedFrom: startedAt };
  // Stored for other replicas; a cache of this process alone has no one to share it with.
  if (keepSeconds > 0 && services.cache.shared) {
    const stored: StoredIndex<ResourceTypes[K]> = { ...head, items, gaps };
    // The listing before its head: a reader that sees the head finds the listing it names.
    await services.cache.set(indexKey(kind, scope), stored, keepSeconds);
    await services.cache.set(indexHeadKey(kind, scope), head, keepSeconds);
  }
  if (keepSeconds > 0) {
    await primeResources(services, kind, items, generationRead, generationKey(listingTag(kind, scope)));
  }
  return new IndexedScope(scope, head, items, gaps);
}

async function primeResources<K extends ResourceKind>(
  services: ProviderServices,
  kind: K,
  items: readonly ResourceTypes[K][],
  generationRead: number | undefined,
  generation: string,
): Promise<void> {
  const ttlSeconds = services.ttl[kind];
  // Kept past their TTL like the listing, so a lookup by id can be answered stale too.
  const staleSeconds = Math.max(0, services.resilience.stale.maxAgeSeconds - ttlSeconds);
  const entries = items.map((item) => ({ key: resourceKey(kind, item.id), value: item, ttlSeconds, staleSeconds }));
  await services.cache.setManyIf({ key: generation, value: generationRead }, entries);
}
