// When a scope's listing answers as it is, when it needs a refresh, and how long it is kept.
import type { ResourceKind } from '../../providers/types.js';
import type { ProviderServices } from '../provider-services.js';
import type { IndexedScope } from './indexed-scope.js';

/** A scope's listing is fetched at most once per this many times its last fetch took. */
const REFRESH_SPACING_FACTOR = 4;

type Version = IndexedScope<{ id: string }>;

/**
 * Whether `version` answers with no refresh: fresh for the kind's TTL and not behind its scope's
 * events. A listing slower to fetch than a request waits (a huge scope) is spaced out: fresh for
 * four times its fetch time if that is longer than the TTL, and events meanwhile are met by
 * re-reading their resources by id rather than by re-listing back to back.
 */
export function servedWithoutRefresh(version: Version, behind: boolean, ttlSeconds: number, refreshWaitMs: number): boolean {
  const age = version.ageMs();
  const spaced = fetchMs(version) > refreshWaitMs ? spacingMs(version) : 0;
  return age < Math.max(ttlSeconds * 1000, spaced) && (!behind || age < spaced);
}

/** Oldest a version is served while its refresh runs. */
export function longestServedMs(services: ProviderServices, kind: ResourceKind): number {
  return Math.max(services.ttl[kind], services.resilience.stale.maxAgeSeconds) * 1000;
}

/** How long a version is kept in the cache: as long as it may be served, plus a TTL. */
export function keepSeconds(services: ProviderServices, kind: ResourceKind): number {
  return Math.max(services.ttl[kind], services.resilience.stale.maxAgeSeconds) + services.ttl[kind];
}

function spacingMs(version: Version): number {
  return REFRESH_SPACING_FACTOR * fetchMs(version);
}

function fetchMs(version: Version): number {
  return version.head.storedAt - version.head.fetchedFrom;
}
