// Forgetting what the cache knows of resources that just changed: their own entries and every
// listing of their kind in their scope, with the listings' generation bumped first so a load that
// started before the change cannot store its older answer afterwards (Cache.setManyIf).
import type { ResourceKind } from '../providers/types.js';
import type { Cache } from './cache.js';
import { generationKey, listingTag, resourceKey } from './keys.js';

/** How long a generation counter outlives its last bump: longer than any load it guards. */
export const GENERATION_TTL_SECONDS = 24 * 3600;

export async function invalidateResources(cache: Cache, kind: ResourceKind, scopeKey: string, ids: readonly string[]): Promise<void> {
  const tag = listingTag(kind, scopeKey);
  const generation = generationKey(tag);
  await cache.set(generation, ((await cache.get<number>(generation)) ?? 0) + 1, GENERATION_TTL_SECONDS);
  await cache.delete(ids.map((id) => resourceKey(kind, id)));
  await cache.invalidateTags([tag]);
}
