// When a scope's listing answers as it is, when it needs a refresh, and how long it is kept.
import type { ResourceKind } from '../../providers/types.js';
import type { ProviderServices } from '../provider-services.js';
import type { IndexedScope } from './indexed-scope.js';

/** A scope's listing is fetched at most once per this many times its last fetch took. */
const REFRESH_SPACING_FACTOR = 4;

type Version = IndexedScope<{ id: string }>;

/**
 * Whether `version` answers with no refresh: fresh for the kind's TTL, or four times as long as
 * it took to fetch if that is longer (a huge scope is not re-listed back to back), and not behind
 * its scope's events — unless it is slower to fetch than a request would wait, when the events'
 * resources are re-read by id until its spacing has passed.
 */
export function servedWithoutRefresh(version: Version, behind: boolean, ttlSeconds: number, refreshWaitMs: number): boolean {
  const age = version.ageMs();
  const fresh = age < Math.max(ttlSeconds * 1000, spacingMs(version));
  const behindTolerated = fetchMs(version) > refreshWaitMs && age < spacingMs(version);
  return fresh && (!behind || behindTolerated);
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
