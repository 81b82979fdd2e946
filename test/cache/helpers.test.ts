// cachedValue / cachedByIds over both backends: only misses are loaded, in one call; unknown
// ids are remembered briefly; concurrent identical loads share one flight; hits and misses
// are counted into fleetgraph_cache_requests_total.
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Cache } from '../../src/cache/cache.js';
import { cachedByIds, cachedValue, MemoryCache, NEGATIVE_TTL_SECONDS, RedisCache, resourceKey } from '../../src/cache/index.js';
import { registry } from '../../src/telemetry/metrics.js';
import { cacheCount, captureLogger, deletePrefix, SHARED_REDIS_URL, waitFor } from '../support/redis.js';

const prefix = `fleetgraph-test:${randomUUID()}:`;
const raw = new Redis(SHARED_REDIS_URL, { lazyConnect: true });

beforeAll(async () => {
  await raw.connect();
});
afterAll(async () => {
  await deletePrefix(raw, prefix);
  raw.disconnect();
});

interface Thing {
  id: string;
  at: Date;
}

function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void } {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

let kindSeq = 0;
/** A metrics kind label of its own per test, so counts do not mix. */
const freshKind = (): string => `test${++kindSeq}-${randomUUID().slice(0, 8)}`;

const backends = [
  { name: 'memory', make: async (): Promise<Cache> => new MemoryCache() },
  {
    name: 'redis',
    make: async (): Promise<Cache> => {
      const cache = new RedisCache({ url: SHARED_REDIS_URL, keyPrefix: prefix, logger: captureLogger().logger });
      await waitFor(() => cache.available, 5000, 'Redis');
      return cache;
    },
  },
];

describe.each(backends)('helpers over $name', ({ make }) => {
  let cache: Cache;
  beforeAll(async () => {
    cache = await make();
  });
  afterAll(async () => {
    await cache.close();
  });

  const thing = (id: string): Thing => ({ id, at: new Date(`2024-01-0${id.length}T00:00:00Z`) });
  const loaderOf = (known: Set<string>) =>
    vi.fn(async (ids: string[]) => new Map(ids.filter((id) => known.has(id)).map((id) => [id, thing(id)] as const)));

  it('cachedByIds loads only the misses, in one call, and counts hits and misses', async () => {
    const kind = freshKind();
    const keyOf = (id: string): string => `${kind}:${id}`;
    const load = loaderOf(new Set(['a', 'bb', 'ccc', 'dddd']));

    const first = await cachedByIds(cache, kind, ['a', 'bb', 'a'], keyOf, 60, load);
    expect(load).toHaveBeenCalledTimes(1);
    expect(load).toHaveBeenLastCalledWith(['a', 'bb']);
    expect([...first.keys()].sort()).toEqual(['a', 'bb']);
    expect(await cacheCount(kind, 'miss')).toBe(2);
    expect(await cacheCount(kind, 'hit')).toBe(0);

    const second = await cachedByIds(cache, kind, ['a', 'ccc', 'bb', 'dddd'], keyOf, 60, load);
    expect(load).toHaveBeenCalledTimes(2);
    expect(load).toHaveBeenLastCalledWith(['ccc', 'dddd']);
    expect(second.get('a')).toEqual(thing('a'));
    expect(second.get('a')?.at).toBeInstanceOf(Date);
    expect(second.get('dddd')).toEqual(thing('dddd'));
    expect(second.size).toBe(4);
    expect(await cacheCount(kind, 'hit')).toBe(2);
    expect(await cacheCount(kind, 'miss')).toBe(4);

    await cachedByIds(cache, kind, ['dddd', 'a'], keyOf, 60, load);
    expect(load).toHaveBeenCalledTimes(2);
    expect(await cacheCount(kind, 'hit')).toBe(4);

    const text = await registry.getSingleMetricAsString('fleetgraph_cache_requests_total');
    expect(text).toContain(`fleetgraph_cache_requests_total{kind="${kind}",result="hit"} 4`);
  });

  it('cachedByIds remembers unknown ids briefly and leaves them out of the result', async () => {
    const kind = freshKind();
    const keyOf = (id: string): string => resourceKey('vm', `${kind}:${id}`);
    const load = loaderOf(new Set(['known']));
    const first = await cachedByIds(cache, kind, ['known', 'ghost'], keyOf, 600, load);
    expect([...first.keys()]).toEqual(['known']);
    const again = await cachedByIds(cache, kind, ['ghost', 'known'], keyOf, 600, load);
    expect(load).toHaveBeenCalledTimes(1); // the unknown id cost no second cloud call
    expect([...again.keys()]).toEqual(['known']);
    expect(await cacheCount(kind, 'hit')).toBe(2);
    expect(await cache.get(keyOf('ghost'))).toBeNull();
    if (cache instanceof RedisCache) {
      const negativeTtl = await raw.ttl(prefix + keyOf('ghost'));
      expect(negativeTtl).toBeGreaterThan(0);
      expect(negativeTtl).toBeLessThanOrEqual(NEGATIVE_TTL_SECONDS);
      expect(await raw.ttl(prefix + keyOf('known'))).toBeGreaterThan(NEGATIVE_TTL_SECONDS);
    }
  });

  it('cachedByIds shares in-flight loads between concurrent callers', async () => {
    const kind = freshKind();
    const keyOf = (id: string): string => `${kind}:${id}`;
    const gate = deferred<void>();
    const calls: string[][] = [];
    const load = async (ids: string[]): Promise<Map<string, Thing>> => {
      calls.push(ids);
      await gate.promise;
      return new Map(ids.map((id) => [id, thing(id)]));
    };
    const same1 = cachedByIds(cache, kind, ['a', 'bb'], keyOf, 60, load);
    const same2 = cachedByIds(cache, kind, ['a', 'bb'], keyOf, 60, load);
    const overlapping = cachedByIds(cache, kind, ['bb', 'ccc'], keyOf, 60, load);
    await waitFor(() => calls.length >= 2, 2000, 'loads to start');
    gate.resolve();
    const [r1, r2, r3] = await Promise.all([same1, same2, overlapping]);
    expect(calls).toEqual([['a', 'bb'], ['ccc']]);
    expect([...r1.keys()].sort()).toEqual(['a', 'bb']);
    expect([...r2.keys()].sort()).toEqual(['a', 'bb']);
    expect([...r3.keys()].sort()).toEqual(['bb', 'ccc']);
  });

  it('cachedByIds passes a load failure to every waiter and caches nothing', async () => {
    const kind = freshKind();
    const keyOf = (id: string): string => `${kind}:${id}`;
    const gate = deferred<Map<string, Thing>>();
    const load = vi.fn(() => gate.promise);
    const p1 = cachedByIds(cache, kind, ['x'], keyOf, 60, load);
    const p2 = cachedByIds(cache, kind, ['x'], keyOf, 60, load);
    await waitFor(() => load.mock.calls.length === 1, 2000, 'load');
    gate.reject(new Error('cloud says no'));
    await expect(p1).rejects.toThrow('cloud says no');
    await expect(p2).rejects.toThrow('cloud says no');
    expect(load).toHaveBeenCalledTimes(1);
    expect(await cache.get(keyOf('x'))).toBeUndefined();
    const ok = await cachedByIds(cache, kind, ['x'], keyOf, 60, async (ids) => new Map(ids.map((id) => [id, thing(id)])));
    expect(ok.get('x')).toEqual(thing('x'));
  });

  it('cachedValue loads once, then hits; concurrent misses share one load', async () => {
    const kind = freshKind();
    const key = `${kind}:listing`;
    const gate = deferred<void>();
    const load = vi.fn(async () => {
      await gate.promise;
      return [thing('a'), thing('bb')];
    });
    const p1 = cachedValue(cache, kind, key, 60, load);
    const p2 = cachedValue(cache, kind, key, 60, load);
    await waitFor(() => load.mock.calls.length > 0, 2000, 'load');
    gate.resolve();
    const [v1, v2] = await Promise.all([p1, p2]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(v1).toEqual([thing('a'), thing('bb')]);
    expect(v2).toBe(v1);
    expect(await cacheCount(kind, 'miss')).toBe(2);

    const v3 = await cachedValue(cache, kind, key, 60, load);
    expect(load).toHaveBeenCalledTimes(1);
    expect(v3).toEqual(v1);
    expect(v3[0]?.at).toBeInstanceOf(Date);
    expect(await cacheCount(kind, 'hit')).toBe(1);
  });

  it('ttl 0 turns caching off: every call loads, nothing is counted or stored', async () => {
    const kind = freshKind();
    const key = `${kind}:off`;
    const load = vi.fn(async () => 'fresh');
    expect(await cachedValue(cache, kind, key, 0, load)).toBe('fresh');
    expect(await cachedValue(cache, kind, key, 0, load)).toBe('fresh');
    expect(load).toHaveBeenCalledTimes(2);
    expect(await cache.get(key)).toBeUndefined();
    const byIds = vi.fn(async (ids: string[]) => new Map(ids.map((id) => [id, id])));
    await cachedByIds(cache, kind, ['q'], (id) => `${kind}:${id}`, 0, byIds);
    await cachedByIds(cache, kind, ['q'], (id) => `${kind}:${id}`, 0, byIds);
    expect(byIds).toHaveBeenCalledTimes(2);
    expect(await cacheCount(kind, 'hit')).toBe(0);
    expect(await cacheCount(kind, 'miss')).toBe(0);
  });
});

describe('negative entries expire sooner than positive ones', () => {
  it('keeps a not-found for at most NEGATIVE_TTL_SECONDS', async () => {
    let now = 5_000_000;
    const cache = new MemoryCache({ now: () => now });
    const kind = freshKind();
    const load = vi.fn(async (ids: string[]) => new Map(ids.filter((id) => id === 'real').map((id) => [id, id])));
    await cachedByIds(cache, kind, ['real', 'ghost'], (id) => id, 300, load);
    now += (NEGATIVE_TTL_SECONDS + 1) * 1000;
    const result = await cachedByIds(cache, kind, ['real', 'ghost'], (id) => id, 300, load);
    expect(load).toHaveBeenCalledTimes(2);
    expect(load).toHaveBeenLastCalledWith(['ghost']);
    expect([...result.keys()]).toEqual(['real']);
  });
});

describe('a cache that throws', () => {
  it('is counted as errors and bypassed', async () => {
    const broken: Cache = {
      shared: false,
      getMany: async () => {
        throw new Error('broken');
      },
      getManyAged: async () => {
        throw new Error('broken');
      },
      setMany: async () => {
        throw new Error('broken');
      },
      get: async () => undefined,
      set: async () => {},
      invalidateTags: async () => {},
      setManyIf: async () => {
        throw new Error('broken');
      },
      delete: async () => {},
      close: async () => {},
    };
    const kind = freshKind();
    expect(await cachedValue(broken, kind, 'k', 60, async () => 7)).toBe(7);
    const byIds = await cachedByIds(broken, kind, ['a'], (id) => id, 60, async () => new Map([['a', 1]]));
    expect(byIds.get('a')).toBe(1);
    expect(await cacheCount(kind, 'error')).toBe(2);
    expect(await cacheCount(kind, 'miss')).toBe(0);
  });
});
