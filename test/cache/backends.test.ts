// The Cache contract, run against both backends: the in-memory cache and the Redis at
// 127.0.0.1:6379 (under a key prefix unique to this run, deleted afterwards).
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cache } from '../../src/cache/cache.js';
import { createCache, MemoryCache, RedisCache } from '../../src/cache/index.js';
import { captureLogger, deletePrefix, SHARED_REDIS_URL, sleep, waitFor } from '../support/redis.js';

const prefix = `fleetgraph-test:${randomUUID()}:`;
const raw = new Redis(SHARED_REDIS_URL, { lazyConnect: true });
const { logger } = captureLogger();

const backends: { name: string; make: () => Promise<Cache> }[] = [
  { name: 'memory', make: async () => new MemoryCache() },
  {
    name: 'redis',
    make: async () => {
      const cache = new RedisCache({ url: SHARED_REDIS_URL, keyPrefix: prefix, logger });
      await waitFor(() => cache.available, 5000, 'Redis');
      return cache;
    },
  },
];

beforeAll(async () => {
  await raw.connect();
});

afterAll(async () => {
  await deletePrefix(raw, prefix);
  raw.disconnect();
});

describe.each(backends)('$name cache', ({ name, make }) => {
  let cache: Cache;
  beforeAll(async () => {
    cache = await make();
  });
  afterAll(async () => {
    await cache.close();
  });
  const k = (key: string): string => `${name}:${key}`;

  it('sets and gets a value', async () => {
    await cache.set(k('a'), { n: 1, s: 'x', list: [1, 2], nested: { ok: true, none: null } }, 60);
    expect(await cache.get(k('a'))).toEqual({ n: 1, s: 'x', list: [1, 2], nested: { ok: true, none: null } });
    expect(await cache.get(k('never-set'))).toBeUndefined();
  });

  it('stores null as a value, distinct from a miss', async () => {
    await cache.set(k('null'), null, 60);
    expect(await cache.getMany([k('null'), k('nothing')])).toEqual([null, undefined]);
  });

  it('getMany keeps the order of the keys, with undefined for misses', async () => {
    await cache.setMany([
      { key: k('m1'), value: 'one', ttlSeconds: 60 },
      { key: k('m3'), value: 'three', ttlSeconds: 60 },
    ]);
    expect(await cache.getMany([k('m3'), k('m2'), k('m1'), k('m4')])).toEqual(['three', undefined, 'one', undefined]);
    expect(await cache.getMany([])).toEqual([]);
  });

  it('round-trips Dates as Dates, at any depth, without mistaking data for a date tag', async () => {
    const launchedAt = new Date('2024-03-01T12:34:56.789Z');
    const value = {
      launchedAt,
      points: [{ timestamp: new Date(0), value: 1.5 }],
      nothing: null,
      invalid: new Date(NaN),
      tricky: { $date: '2024-01-01T00:00:00.000Z' },
      trickier: { $$date: 'x', $other: 1, __proto__x: 2 },
    };
    await cache.set(k('dates'), value, 60);
    const back = await cache.get<typeof value>(k('dates'));
    expect(back?.launchedAt).toBeInstanceOf(Date);
    expect(back?.launchedAt.toISOString()).toBe(launchedAt.toISOString());
    expect(back?.points[0]?.timestamp).toBeInstanceOf(Date);
    expect(back?.points[0]?.timestamp.getTime()).toBe(0);
    expect(back?.invalid).toBeInstanceOf(Date);
    expect(Number.isNaN(back?.invalid.getTime())).toBe(true);
    expect(back?.tricky).toEqual({ $date: '2024-01-01T00:00:00.000Z' });
    expect(back?.tricky).not.toBeInstanceOf(Date);
    expect(back?.trickier).toEqual({ $$date: 'x', $other: 1, __proto__x: 2 });
    const top = new Date('2020-02-02T02:02:02.000Z');
    await cache.set(k('top-date'), top, 60);
    expect(await cache.get(k('top-date'))).toEqual(top);
  });

  it('deletes keys', async () => {
    await cache.setMany([
      { key: k('d1'), value: 1, ttlSeconds: 60 },
      { key: k('d2'), value: 2, ttlSeconds: 60 },
      { key: k('d3'), value: 3, ttlSeconds: 60 },
    ]);
    await cache.delete([k('d1'), k('d3'), k('not-there')]);
    expect(await cache.getMany([k('d1'), k('d2'), k('d3')])).toEqual([undefined, 2, undefined]);
    await cache.delete([]);
  });

  it('invalidates every entry of a tag, and only those', async () => {
    await cache.setMany([
      { key: k('t1'), value: 1, ttlSeconds: 60, tags: [k('scope-a')] },
      { key: k('t2'), value: 2, ttlSeconds: 60, tags: [k('scope-a'), k('scope-b')] },
      { key: k('t3'), value: 3, ttlSeconds: 60, tags: [k('scope-b')] },
      { key: k('t4'), value: 4, ttlSeconds: 60 },
    ]);
    await cache.invalidateTags([k('scope-a')]);
    expect(await cache.getMany([k('t1'), k('t2'), k('t3'), k('t4')])).toEqual([undefined, undefined, 3, 4]);
    await cache.invalidateTags([k('scope-b'), k('no-such-tag')]);
    expect(await cache.getMany([k('t3'), k('t4')])).toEqual([undefined, 4]);
    // A key stored again after its tag was invalidated belongs to the tag again.
    await cache.set(k('t1'), 'again', 60);
    await cache.setMany([{ key: k('t5'), value: 5, ttlSeconds: 60, tags: [k('scope-a')] }]);
    await cache.invalidateTags([k('scope-a')]);
    expect(await cache.getMany([k('t1'), k('t5')])).toEqual(['again', undefined]);
  });

  it('stores guarded entries only while the guard still holds the value read before', async () => {
    const guard = k('gen:list:vm:s');
    await cache.setManyIf({ key: guard, value: undefined }, [{ key: k('g1'), value: 1, ttlSeconds: 60, tags: [k('gtag')] }]);
    expect(await cache.get(k('g1'))).toBe(1);
    await cache.set(guard, 1, 60); // an event bumps the generation
    await cache.setManyIf({ key: guard, value: undefined }, [{ key: k('g2'), value: 2, ttlSeconds: 60 }]);
    expect(await cache.get(k('g2'))).toBeUndefined();
    await cache.setManyIf({ key: guard, value: 1 }, [{ key: k('g3'), value: 3, ttlSeconds: 60, tags: [k('gtag')] }]);
    expect(await cache.get(k('g3'))).toBe(3);
    await cache.invalidateTags([k('gtag')]); // guarded entries join their tags like any other
    expect(await cache.getMany([k('g1'), k('g3')])).toEqual([undefined, undefined]);
  });

  it('does not store an entry with ttl 0', async () => {
    await cache.set(k('zero'), 'v', 0);
    await cache.setMany([
      { key: k('zero2'), value: 'v', ttlSeconds: 0 },
      { key: k('kept'), value: 'v', ttlSeconds: 60 },
    ]);
    expect(await cache.getMany([k('zero'), k('zero2'), k('kept')])).toEqual([undefined, undefined, 'v']);
  });

  it('expires entries after their TTL', async () => {
    await cache.setMany([
      { key: k('short'), value: 'gone soon', ttlSeconds: 1 },
      { key: k('long'), value: 'stays', ttlSeconds: 60 },
    ]);
    expect(await cache.get(k('short'))).toBe('gone soon');
    await sleep(1100);
    expect(await cache.getMany([k('short'), k('long')])).toEqual([undefined, 'stays']);
  });
});

describe('redis specifics', () => {
  it("keeps a tag's member set only as long as its longest-lived member", async () => {
    const cache = new RedisCache({ url: SHARED_REDIS_URL, keyPrefix: prefix, logger });
    try {
      await cache.setMany([
        { key: 'list:vm:s:1', value: 1, ttlSeconds: 30, tags: ['list:vm:s'] },
        { key: 'list:vm:s:2', value: 2, ttlSeconds: 90, tags: ['list:vm:s'] },
        { key: 'list:vm:s:3', value: 3, ttlSeconds: 10, tags: ['list:vm:s'] },
      ]);
      expect(await raw.smembers(`${prefix}tag:list:vm:s`)).toHaveLength(3);
      const ttl = await raw.ttl(`${prefix}tag:list:vm:s`);
      expect(ttl).toBeGreaterThan(80);
      expect(ttl).toBeLessThanOrEqual(90);
    } finally {
      await cache.close();
    }
  });

  it('writes under the configured prefix with SET … EX, readable by any client', async () => {
    const cache = new RedisCache({ url: SHARED_REDIS_URL, keyPrefix: prefix, logger });
    try {
      await cache.set('res:vm:x', { at: new Date('2024-01-01T00:00:00Z') }, 45);
      const text = await raw.get(`${prefix}res:vm:x`);
      expect(JSON.parse(text!)).toEqual({ at: { $date: '2024-01-01T00:00:00.000Z' } });
      const ttl = await raw.ttl(`${prefix}res:vm:x`);
      expect(ttl).toBeGreaterThan(40);
      expect(ttl).toBeLessThanOrEqual(45);
    } finally {
      await cache.close();
    }
  });

  it('reads a value that is not ours as a miss', async () => {
    const cache = new RedisCache({ url: SHARED_REDIS_URL, keyPrefix: prefix, logger });
    try {
      await raw.set(`${prefix}garbage`, '{not json', 'EX', 60);
      expect(await cache.get('garbage')).toBeUndefined();
    } finally {
      await cache.close();
    }
  });
});

describe('createCache', () => {
  it('builds a memory cache without redisUrl and a Redis cache with one', async () => {
    const memory = createCache({ keyPrefix: 'p:', ttlSeconds: {} as never, refreshWaitMs: 0, coldWaitSeconds: 20, concurrentListings: 4 });
    expect(memory).toBeInstanceOf(MemoryCache);
    await memory.close();
    const redis = createCache({ redisUrl: SHARED_REDIS_URL, keyPrefix: prefix, ttlSeconds: {} as never, refreshWaitMs: 0, coldWaitSeconds: 20, concurrentListings: 4 }, { logger });
    expect(redis).toBeInstanceOf(RedisCache);
    expect((redis as RedisCache).keyPrefix).toBe(prefix);
    await redis.set('created', 1, 60);
    expect(await raw.get(`${prefix}created`)).toBe('1');
    await redis.close();
  });
});

describe('memory LRU bound', () => {
  it('never holds more than maxEntries, evicting the least recently used', async () => {
    const cache = new MemoryCache({ maxEntries: 3 });
    await cache.set('a', 1, 60);
    await cache.set('b', 2, 60);
    await cache.set('c', 3, 60);
    expect(await cache.get('a')).toBe(1); // a is now the most recently used; b the least
    await cache.set('d', 4, 60);
    expect(cache.size).toBe(3);
    expect(await cache.getMany(['a', 'b', 'c', 'd'])).toEqual([1, undefined, 3, 4]);
    await cache.set('bulk1', 'before the batch', 60);
    await cache.setMany(Array.from({ length: 50 }, (_, i) => ({ key: `bulk${i}`, value: i, ttlSeconds: 60 })));
    expect(cache.size).toBe(3);
    expect(await cache.getMany(['bulk47', 'bulk48', 'bulk49', 'a'])).toEqual([47, 48, 49, undefined]);
    // Replaced by the batch, then gone with the batch's first entries: never the value from before.
    expect(await cache.get('bulk1')).toBeUndefined();
  });

  it('drops expired entries before live ones when full', async () => {
    let now = 1_000_000;
    const cache = new MemoryCache({ maxEntries: 2, now: () => now });
    await cache.set('short', 's', 1);
    await cache.set('long', 'l', 60);
    now += 2000;
    await cache.set('new', 'n', 60);
    expect(await cache.getMany(['short', 'long', 'new'])).toEqual([undefined, 'l', 'n']);
  });

  it('has a sensible default bound and rejects a silly one', () => {
    expect(new MemoryCache().maxEntries).toBe(10_000);
    expect(() => new MemoryCache({ maxEntries: 0 })).toThrow(RangeError);
  });
});

describe('memory values', () => {
  it('keeps a frozen copy: the writer cannot change it afterwards, and no reader can change it', async () => {
    const cache = new MemoryCache();
    const original = { name: 'web-1', tags: [{ key: 'env', value: 'prod' }], launchedAt: new Date('2026-01-01T00:00:00Z') };
    await cache.set('vm', original, 60);
    original.tags[0]!.value = 'changed';
    const read = await cache.get<typeof original>('vm');
    expect(read).toEqual({ name: 'web-1', tags: [{ key: 'env', value: 'prod' }], launchedAt: new Date('2026-01-01T00:00:00Z') });
    expect(read).not.toBe(original);
    expect(() => {
      read!.tags[0]!.value = 'mutated';
    }).toThrow(TypeError);
    expect(await cache.get('vm')).toBe(read); // a hit decodes nothing
  });
});
