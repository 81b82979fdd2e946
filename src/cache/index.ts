// The cache entry points: createCache picks the backend from config, and the cached* helpers
// wrap a cloud call with a lookup, hit/miss counting and single-flight, so adapters and loaders
// never talk to a backend directly.
//
// Single-flight: concurrent identical loads in one process share one in-flight promise, so two
// simultaneous requests for the same listing (or the same id) cause one cloud call. Callers
// sharing a flight receive the same object: treat cached values as read-only.
import type { Logger } from 'pino';
import type { CacheConfig } from '../config/schema.js';
import { cacheRequests } from '../telemetry/metrics.js';
import type { AgedValue, Cache, CacheEntry, CacheGuard } from './cache.js';
import { MemoryCache } from './memory.js';
import { RedisCache } from './redis.js';
import { staleAnswer, staleWindow, type StaleServing } from './stale.js';

export type { AgedValue, Cache, CacheEntry } from './cache.js';
export type { StaleServing } from './stale.js';
export { decodeValue, encodeValue } from './cache.js';
export { DEFAULT_MAX_ENTRIES, MemoryCache, type MemoryCacheOptions } from './memory.js';
export { RedisCache, type RedisCacheOptions } from './redis.js';
export { generationKey, listKey, listingTag, metricKey, priceKey, resourceKey, spendKey, stableHash, stableStringify, tagSetKey } from './keys.js';

/** Longest a "not found" answer is remembered, whatever the kind's TTL. */
export const NEGATIVE_TTL_SECONDS = 30;

export interface CreateCacheOptions {
  /** Bound of the in-memory cache (ignored with Redis). */
  maxEntries?: number;
  /** Logger for the Redis backend; default logger('cache'). */
  logger?: Logger;
}

/** Redis when `config.redisUrl` is set, the bounded in-memory cache otherwise. */
export function createCache(config: CacheConfig, options: CreateCacheOptions = {}): Cache {
  if (config.redisUrl) {
    return new RedisCache({
      url: config.redisUrl,
      keyPrefix: config.keyPrefix,
      ...(options.logger ? { logger: options.logger } : {}),
    });
  }
  return new MemoryCache(options.maxEntries === undefined ? {} : { maxEntries: options.maxEntries });
}

// ---- helpers ----

type Flights = Map<string, Promise<unknown>>;
const valueFlights = new WeakMap<Cache, Flights>();
const idFlights = new WeakMap<Cache, Flights>();

function flightsOf(table: WeakMap<Cache, Flights>, cache: Cache): Flights {
  let flights = table.get(cache);
  if (!flights) {
    flights = new Map();
    table.set(cache, flights);
  }
  return flights;
}

function noop(): void {}

/**
 * Backends never reject, but a helper must not fail a request if a custom one does: a throwing
 * lookup counts as `error` (not `miss`) for each key and reads as all misses. With `aged`, values
 * kept past their TTL are read too (marked not fresh); otherwise every value read is fresh.
 */
async function lookup<T>(cache: Cache, kind: string, keys: string[], aged: boolean): Promise<{ values: (AgedValue<T> | undefined)[]; failed: boolean }> {
  try {
    if (aged) return { values: await cache.getManyAged<T>(keys), failed: false };
    const values = await cache.getMany<T>(keys);
    return { values: values.map((value) => (value === undefined ? undefined : { value, fresh: true, storedAt: null })), failed: false };
  } catch {
    cacheRequests.inc({ kind, result: 'error' }, keys.length);
    return { values: keys.map(() => undefined), failed: true };
  }
}

/** Stores, guarded when a guard was read before the load; failures are dropped (the next request loads again). */
async function store<T>(cache: Cache, entries: CacheEntry<T>[], guard?: CacheGuard): Promise<void> {
  if (entries.length === 0) return;
  try {
    if (guard) await cache.setManyIf(guard, entries);
    else await cache.setMany(entries);
  } catch {
    // dropped
  }
}

/** The lookup of `keys`, plus the guard's value read in the same round trip (before any load). */
async function lookupGuarded<T>(
  cache: Cache,
  kind: string,
  keys: string[],
  guardKey: string | undefined,
  aged: boolean,
): Promise<{ values: (AgedValue<T> | undefined)[]; failed: boolean; guard?: CacheGuard }> {
  if (!guardKey) return lookup<T>(cache, kind, keys, aged);
  const { values, failed } = await lookup<unknown>(cache, kind, [...keys, guardKey], aged);
  const guardValue = values.pop()?.value;
  return { values: values as (AgedValue<T> | undefined)[], failed, guard: { key: guardKey, value: typeof guardValue === 'number' ? guardValue : undefined } };
}

/** `stale`'s answer for a failed load, counted and reported; the failure again when it has none. */
function answerStale<T>(kind: string, kept: AgedValue<T> | undefined, stale: StaleServing | undefined, error: unknown): T {
  const answer = staleAnswer(kept, stale, error);
  if (!answer) throw error;
  cacheRequests.inc({ kind, result: 'stale' });
  stale!.served(answer.ageSeconds, error);
  return answer.value;
}

/**
 * The cached value under `key`, or `load()`'s result, stored for `ttlSeconds` (0: not cached,
 * not looked up, not counted). One lookup, counted as a hit or a miss under `kind`; concurrent
 * misses of the same key share one load. A rejected load is not cached. `null` is cached like
 * any value; `undefined` is returned but not cached. With `guardKey`, the guard is read with the
 * lookup, handed to `load` (for stores of its own) and the value is stored only if the guard has
 * not moved meanwhile (see Cache.setManyIf). With `stale`, the value is kept past its TTL and
 * answers for a failed load while `stale` allows it (see stale.ts).
 */
export async function cachedValue<T>(
  cache: Cache,
  kind: string,
  key: string,
  ttlSeconds: number,
  load: (guard?: CacheGuard) => Promise<T>,
  tags?: readonly string[],
  guardKey?: string,
  stale?: StaleServing,
): Promise<T> {
  const caching = ttlSeconds > 0;
  let guard: CacheGuard | undefined;
  let kept: AgedValue<T> | undefined;
  if (caching) {
    const { values, failed, guard: read } = await lookupGuarded<T>(cache, kind, [key], guardKey, stale !== undefined);
    guard = read;
    kept = values[0];
    if (kept?.fresh) {
      cacheRequests.inc({ kind, result: 'hit' });
      return kept.value;
    }
    if (!failed) cacheRequests.inc({ kind, result: 'miss' });
  }
  const staleSeconds = staleWindow(ttlSeconds, stale);
  const flights = flightsOf(valueFlights, cache);
  let flight = flights.get(key) as Promise<T> | undefined;
  if (!flight) {
    const started = (async () => {
      const value = await load(guard);
      if (caching && value !== undefined) await store(cache, [{ key, value, ttlSeconds, staleSeconds, ...(tags ? { tags } : {}) }], guard);
      return value;
    })();
    flights.set(key, started);
    const done = (): void => {
      if (flights.get(key) === started) flights.delete(key);
    };
    started.then(done, done);
    flight = started;
  }
  try {
    return await flight;
  } catch (error) {
    return answerStale(kind, kept, stale, error);
  }
}

/**
 * Values for `ids` (deduplicated), from the cache where present and otherwise from ONE call of
 * `loadMissing` with every id that missed (minus those another caller is already loading, which
 * are awaited instead), followed by one setMany. Each id counts one hit or miss under `kind`.
 *
 * Ids the loader does not return (or returns as null/undefined) are not found: absent from the
 * result, and remembered as a negative entry (`null` under their key) for
 * min(ttlSeconds, NEGATIVE_TTL_SECONDS), so asking again for an unknown id costs no cloud call.
 * ttlSeconds 0 turns the cache off (the load still happens once per concurrent batch).
 * With `stale`, found values are kept past their TTL, and a failed load is answered with them
 * when `stale` allows it and every id that failed has one (else the load's failure is thrown).
 */
export async function cachedByIds<T>(
  cache: Cache,
  kind: string,
  ids: readonly string[],
  keyOf: (id: string) => string,
  ttlSeconds: number,
  loadMissing: (missingIds: string[]) => Promise<Map<string, T>>,
  guardKey?: string,
  stale?: StaleServing,
): Promise<Map<string, T>> {
  const result = new Map<string, T>();
  const unique = [...new Set(ids)];
  if (unique.length === 0) return result;
  const caching = ttlSeconds > 0;
  const keys = unique.map(keyOf);

  let missing: number[] = unique.map((_, i) => i);
  let guard: CacheGuard | undefined;
  const kept = new Map<string, AgedValue<T | null>>();
  if (caching) {
    const { values, failed, guard: read } = await lookupGuarded<T | null>(cache, kind, keys, guardKey, stale !== undefined);
    guard = read;
    missing = [];
    let hits = 0;
    values.forEach((found, i) => {
      if (!found?.fresh) {
        if (found) kept.set(unique[i]!, found);
        missing.push(i);
        return;
      }
      hits++;
      if (found.value !== null) result.set(unique[i]!, found.value);
    });
    if (hits > 0) cacheRequests.inc({ kind, result: 'hit' }, hits);
    if (missing.length > 0 && !failed) cacheRequests.inc({ kind, result: 'miss' }, missing.length);
  }
  if (missing.length === 0) return result;

  const staleSeconds = staleWindow(ttlSeconds, stale);
  const flights = flightsOf(idFlights, cache);
  const waits: [string, Promise<unknown>][] = [];
  const toLoad: { id: string; key: string }[] = [];
  for (const i of missing) {
    const id = unique[i]!;
    const key = keys[i]!;
    const existing = flights.get(key);
    if (existing) waits.push([id, existing]);
    else toLoad.push({ id, key });
  }

  if (toLoad.length > 0) {
    const batch = (async () => {
      const loaded = await loadMissing(toLoad.map((m) => m.id));
      if (caching) {
        const negativeTtl = Math.min(ttlSeconds, NEGATIVE_TTL_SECONDS);
        await store(
          cache,
          toLoad.map(({ id, key }) => {
            const value = loaded.get(id);
            return value === undefined || value === null
              ? { key, value: null, ttlSeconds: negativeTtl }
              : { key, value: value as T | null, ttlSeconds, staleSeconds };
          }),
          guard,
        );
      }
      return loaded;
    })();
    for (const { id, key } of toLoad) {
      const flight = batch.then((loaded) => loaded.get(id));
      flight.catch(noop); // a rejection reaches whoever awaits it, below or in another caller
      flights.set(key, flight);
      waits.push([id, flight]);
      const done = (): void => {
        if (flights.get(key) === flight) flights.delete(key);
      };
      flight.then(done, done);
    }
  }

  const settled = await Promise.allSettled(waits.map(([, flight]) => flight));
  const failed: { id: string; error: unknown }[] = [];
  settled.forEach((outcome, i) => {
    const id = waits[i]![0];
    if (outcome.status === 'rejected') failed.push({ id, error: outcome.reason });
    else if (outcome.value !== undefined && outcome.value !== null) result.set(id, outcome.value as T);
  });
  if (failed.length > 0) answerStaleIds(kind, failed, kept, stale, result);
  return result;
}

/** Puts the stale answers for ids whose load failed into `result`, reported once; throws the first failure one of them lacks. */
function answerStaleIds<T>(kind: string, failed: { id: string; error: unknown }[], kept: Map<string, AgedValue<T | null>>, stale: StaleServing | undefined, result: Map<string, T>): void {
  const answers = failed.map(({ id, error }) => ({ id, error, answer: staleAnswer(kept.get(id), stale, error) }));
  const unanswered = answers.find(({ answer }) => !answer);
  if (unanswered) throw unanswered.error;
  let oldest = 0;
  for (const { id, answer } of answers) {
    oldest = Math.max(oldest, answer!.ageSeconds);
    if (answer!.value !== null) result.set(id, answer!.value);
  }
  cacheRequests.inc({ kind, result: 'stale' }, answers.length);
  stale!.served(oldest, answers[0]!.error);
}
