// Serving stale: a value past its TTL is kept a while longer (its stale window), and when the load
// that should refresh it fails in a way the caller accepts (the cloud is down or throttling, not
// "you may not read this"), the old value answers instead of the failure, with its age. Nothing
// past `maxAgeSeconds` is ever served, and an entry an event deleted is gone, so never served.
import type { AgedValue } from './cache.js';

export interface StaleServing {
  /** Oldest a value may be, in seconds since it was stored, to answer for a failed load; 0 serves none. */
  maxAgeSeconds: number;
  /** Whether this load failure may be answered with a stale value. */
  allows(error: unknown): boolean;
  /** Told each time a stale value answered instead of `error`. */
  served(ageSeconds: number, error: unknown): void;
}

/** Seconds an entry with `ttlSeconds` is kept past its TTL so it can still be served at `maxAgeSeconds`. */
export function staleWindow(ttlSeconds: number, stale: StaleServing | undefined): number {
  return stale ? Math.max(0, stale.maxAgeSeconds - ttlSeconds) : 0;
}

/** The kept value that may answer for `error`, with its age in whole seconds; undefined when none may. */
export function staleAnswer<T>(kept: AgedValue<T> | undefined, stale: StaleServing | undefined, error: unknown, now = Date.now()): { value: T; ageSeconds: number } | undefined {
  if (!kept || kept.storedAt === null || !stale || stale.maxAgeSeconds <= 0 || !stale.allows(error)) return undefined;
  const ageMs = Math.max(0, now - kept.storedAt);
  return ageMs <= stale.maxAgeSeconds * 1000 ? { value: kept.value, ageSeconds: Math.floor(ageMs / 1000) } : undefined;
}
