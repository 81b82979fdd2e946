// Serving stale over both backends: an entry stored with a stale window outlives its TTL for
// getManyAged only (getMany stops seeing it at its TTL), deletes and tag invalidations drop it at
// once, and cachedValue / cachedByIds answer a failed load with it only when the policy allows the
// failure and the data is no older than its maximum age.
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cache } from '../../src/cache/cache.js';
import { cachedByIds, cachedValue, MemoryCache, RedisCache, type StaleServing } from '../../src/cache/index.js';
import { cacheCount, captureLogger, deletePrefix, SHARED_REDIS_URL, sleep, waitFor } from '../support/redis.js';

const prefix = `fleetgraph-test:${randomUUID()}:`;
const raw = new Redis(SHARED_REDIS_URL, { lazyConnect: true });

beforeAll(async () => {
  await raw.connect();
});
afterAll(async () => {
  await deletePrefix(raw, prefix);
  raw.disconnect();
});

class Down extends Error {}
class Denied extends Error {}

/** Serves stale for `Down` failures, up to `maxAgeSeconds`, and records what it served. */
function policy(maxAgeSeconds: number): StaleServing & { servedAges: number[] } {
  const servedAges: number[] = [];
  return { maxAgeSeconds, allows: (error) => error instanceof Down, served: (age) => void servedAges.push(age), servedAges };
}

const TTL = 0.2; // seconds: past it after a short sleep
const pastTtl = () => sleep(TTL * 1000 + 100);
const down = async (): Promise<never> => {
  throw new Down('scope unavailable');
};

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

describe.each(backends)('stale entries over $name', ({ name, make }) => {
  let cache: Cache;
  beforeAll(async () => {
    cache = await make();
  });
  afterAll(async () => {
    await cache.close();
  });
  const key = (): string => `stale-${randomUUID()}`;

  it('keeps an entry past its TTL for getManyAged only, marked not fresh', async () => {
    const [withWindow, without] = [key(), key()];
    const before = Date.now();
    await cache.setMany<unknown>([
      { key: withWindow, value: { at: new Date(0) }, ttlSeconds: TTL, staleSeconds: 60 },
      { key: without, value: 1, ttlSeconds: TTL },
    ]);
    expect(await cache.getMany([withWindow])).toEqual([{ at: new Date(0) }]);
    const [fresh] = await cache.getManyAged<{ at: Date }>([withWindow]);
    expect(fresh).toMatchObject({ value: { at: new Date(0) }, fresh: true });
    expect(fresh!.storedAt).toBeGreaterThanOrEqual(before);
    expect(await cache.getManyAged([without])).toEqual([{ value: 1, fresh: true, storedAt: null }]);

    await pastTtl();
    expect(await cache.getMany([withWindow, without])).toEqual([undefined, undefined]);
    const [stale, gone] = await cache.getManyAged<{ at: Date }>([withWindow, without]);
    expect(stale).toMatchObject({ value: { at: new Date(0) }, fresh: false, storedAt: fresh!.storedAt });
    expect(gone).toBeUndefined();
    if (name === 'redis') expect(await raw.pttl(prefix + withWindow)).toBeGreaterThan(59_000);
  });

  it('drops a stale entry at once when it is deleted or its tag is invalidated', async () => {
    const [deleted, tagged] = [key(), key()];
    const tag = `tag-${randomUUID()}`;
    await cache.setMany([
      { key: deleted, value: 'a', ttlSeconds: TTL, staleSeconds: 60 },
      { key: tagged, value: 'b', ttlSeconds: TTL, staleSeconds: 60, tags: [tag] },
    ]);
    await pastTtl();
    await cache.delete([deleted]);
    await cache.invalidateTags([tag]);
    expect(await cache.getManyAged([deleted, tagged])).toEqual([undefined, undefined]);
  });

  it('cachedValue answers a failure it allows with the stale value and its age, and nothing else', async () => {
    const [k, kind] = [key(), `stale-${randomUUID().slice(0, 8)}`];
    const serving = policy(60);
    expect(await cachedValue(cache, kind, k, TTL, async () => 'v1', undefined, undefined, serving)).toBe('v1');
    await pastTtl();
    expect(await cachedValue(cache, kind, k, TTL, down, undefined, undefined, serving)).toBe('v1');
    expect(serving.servedAges).toEqual([0]);
    expect(await cacheCount(kind, 'stale')).toBe(1);
    // A failure the policy does not allow (a refused permission) is never hidden.
    await expect(cachedValue(cache, kind, k, TTL, async () => Promise.reject(new Denied('no')), undefined, undefined, serving)).rejects.toBeInstanceOf(Denied);
    // A successful load replaces it, fresh again.
    expect(await cachedValue(cache, kind, k, TTL, async () => 'v2', undefined, undefined, serving)).toBe('v2');
    expect(await cachedValue(cache, kind, k, TTL, down, undefined, undefined, serving)).toBe('v2');
    expect(serving.servedAges).toEqual([0]);
  });

  it('does not serve data older than the maximum age', async () => {
    const [k, kind] = [key(), `stale-${randomUUID().slice(0, 8)}`];
    await cachedValue(cache, kind, k, TTL, async () => 'old', undefined, undefined, policy(60));
    await sleep(1100);
    // The entry is still kept (a 60 s window), but this reader accepts at most 1 s.
    const strict = policy(1);
    await expect(cachedValue(cache, kind, k, TTL, down, undefined, undefined, strict)).rejects.toBeInstanceOf(Down);
    expect(strict.servedAges).toEqual([]);
    const lenient = policy(60);
    expect(await cachedValue(cache, kind, k, TTL, down, undefined, undefined, lenient)).toBe('old');
    expect(lenient.servedAges).toEqual([1]);
  });

  it('cachedByIds answers a failed load stale when every failed id has a stale value, reporting once', async () => {
    const kind = `stale-${randomUUID().slice(0, 8)}`;
    const keyOf = (id: string): string => `${kind}:${id}`;
    const serving = policy(60);
    const loaded = await cachedByIds(cache, kind, ['a', 'b'], keyOf, TTL, async (ids) => new Map(ids.map((id) => [id, `${id}1`])), undefined, serving);
    expect([...loaded]).toEqual([['a', 'a1'], ['b', 'b1']]);
    await pastTtl();
    const stale = await cachedByIds(cache, kind, ['a', 'b'], keyOf, TTL, down, undefined, serving);
    expect([...stale]).toEqual([['a', 'a1'], ['b', 'b1']]);
    expect(serving.servedAges).toEqual([0]);
    expect(await cacheCount(kind, 'stale')).toBe(2);
    // An id never seen has nothing to answer with: the failure stands (never "not found").
    await expect(cachedByIds(cache, kind, ['a', 'c'], keyOf, TTL, down, undefined, serving)).rejects.toBeInstanceOf(Down);
  });

  it('without a stale policy, behaves as before: no window kept, failures thrown', async () => {
    const [k, kind] = [key(), `stale-${randomUUID().slice(0, 8)}`];
    await cachedValue(cache, kind, k, TTL, async () => 'v');
    await pastTtl();
    expect(await cache.getManyAged([k])).toEqual([undefined]);
    await expect(cachedValue(cache, kind, k, TTL, down, undefined, undefined, policy(60))).rejects.toBeInstanceOf(Down);
  });
});
