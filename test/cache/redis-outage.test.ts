// Redis going away and coming back, against redis-servers this file starts on free loopback
// ports: the cache never fails or hangs a caller, logs each transition once, and uses Redis
// again by itself when it returns.
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { decodeValue } from '../../src/cache/cache.js';
import { cachedByIds, RedisCache } from '../../src/cache/index.js';
import {
  cacheCount,
  captureLogger,
  freePort,
  INFO,
  sleep,
  startRedisServer,
  stopAllRedisServers,
  stopRedisServer,
  waitFor,
  WARN,
  type LogLine,
} from '../support/redis.js';

const prefix = `fleetgraph-test:${randomUUID()}:`;
const toClose: { close(): Promise<void> | void }[] = [];

afterAll(async () => {
  for (const c of toClose) await c.close();
  await stopAllRedisServers();
});

const warnings = (lines: LogLine[]): LogLine[] => lines.filter((l) => l.level === WARN);
const backMessages = (lines: LogLine[]): LogLine[] => lines.filter((l) => l.level === INFO && /available again/.test(l.msg));

function cacheAt(port: number, password?: string): { cache: RedisCache; lines: LogLine[] } {
  const { logger, lines } = captureLogger();
  const auth = password ? `:${password}@` : '';
  const cache = new RedisCache({
    url: `redis://${auth}127.0.0.1:${port}/0`,
    keyPrefix: prefix,
    logger,
    connectTimeoutMs: 500,
    commandTimeoutMs: 300,
    maxReconnectDelayMs: 200,
    coolOffMs: 200,
  });
  toClose.push(cache);
  return { cache, lines };
}

describe('RedisCache when Redis goes away', () => {
  it('reads miss and writes drop while Redis is down, then resumes when it is back', async () => {
    const port = await freePort();
    let server = await startRedisServer(port);
    const { cache, lines } = cacheAt(port);
    await waitFor(() => cache.available, 5000, 'first connection');
    await cache.set('before', { at: new Date(1) }, 60);
    expect(await cache.get('before')).toEqual({ at: new Date(1) });
    expect(warnings(lines)).toHaveLength(0);

    // Kill it with requests in flight.
    const inFlight = [cache.getMany(['before', 'x']), cache.set('during', 1, 60), cache.get('before')];
    await stopRedisServer(server);
    await expect(Promise.all(inFlight)).resolves.toBeDefined();

    // Every operation resolves, as a miss or a no-op, while Redis is gone.
    await waitFor(() => !cache.available, 2000, 'the cache to notice');
    expect(await cache.get('before')).toBeUndefined();
    expect(await cache.getMany(['before', 'other'])).toEqual([undefined, undefined]);
    await expect(cache.set('dropped', 1, 60)).resolves.toBeUndefined();
    await expect(cache.setMany([{ key: 'dropped2', value: 2, ttlSeconds: 60 }])).resolves.toBeUndefined();
    await expect(cache.delete(['before'])).resolves.toBeUndefined();

    // The cached helpers keep serving from the loader, and count misses.
    const kind = `outage-${randomUUID().slice(0, 8)}`;
    const load = vi.fn(async (ids: string[]) => new Map(ids.map((id) => [id, { id }])));
    const result = await cachedByIds(cache, kind, ['a', 'b'], (id) => `res:${kind}:${id}`, 60, load);
    expect(result.get('a')).toEqual({ id: 'a' });
    expect(load).toHaveBeenCalledTimes(1);
    expect(await cacheCount(kind, 'miss')).toBe(2);

    // Several reconnect attempts fail meanwhile; still exactly one warning.
    await sleep(700);
    expect(await cache.get('before')).toBeUndefined();
    const warned = warnings(lines);
    expect(warned).toHaveLength(1);
    expect(warned[0]?.msg).toMatch(/Redis unavailable/);
    expect(backMessages(lines)).toHaveLength(0);

    // Back on the same port: the cache reconnects by itself and stores again.
    server = await startRedisServer(port);
    await waitFor(() => cache.available, 10_000, 'reconnection');
    await cache.set('after', { at: new Date(2), n: 2 }, 60);
    await cache.setMany([{ key: 'after2', value: 'x', ttlSeconds: 60 }]);
    const raw = new Redis({ host: '127.0.0.1', port });
    const text = await raw.get(`${prefix}after`);
    expect(text).not.toBeNull();
    expect(decodeValue(text!)).toEqual({ at: new Date(2), n: 2 });
    expect(await raw.get(`${prefix}after2`)).toBe('"x"');
    expect(await raw.exists(`${prefix}dropped`, `${prefix}during`)).toBe(0);
    expect(await cache.get('after')).toEqual({ at: new Date(2), n: 2 });
    expect(backMessages(lines)).toHaveLength(1);
    expect(warnings(lines)).toHaveLength(1);
    raw.disconnect();
    await cache.close();
    await stopRedisServer(server);
  });

  it('misses at once when Redis is not there from the start, and says so once', async () => {
    const port = await freePort(); // nothing listens here
    const { cache, lines } = cacheAt(port);
    expect(await cache.get('k')).toBeUndefined();
    await expect(cache.set('k', 1, 60)).resolves.toBeUndefined();
    await sleep(500);
    expect(await cache.getMany(['k'])).toEqual([undefined]);
    expect(warnings(lines)).toHaveLength(1);
    expect(cache.available).toBe(false);
  });

  it('does not wait on a hung Redis beyond the command timeout', async () => {
    const port = await freePort();
    const server = await startRedisServer(port);
    const { cache, lines } = cacheAt(port);
    await waitFor(() => cache.available, 5000, 'first connection');
    await cache.set('k', 'v', 60);
    server.kill('SIGSTOP');
    try {
      expect(await cache.get('k')).toBeUndefined(); // the command times out: a miss
      expect(await cache.get('k')).toBeUndefined(); // skipped during the cool-off
      expect(warnings(lines)).toHaveLength(1);
    } finally {
      server.kill('SIGCONT');
    }
    // After the cool-off the next command goes to Redis again, succeeds, and marks it back.
    let value: unknown;
    for (let i = 0; i < 50 && value === undefined; i++) {
      await sleep(100);
      value = await cache.get('k');
    }
    expect(value).toBe('v');
    expect(cache.available).toBe(true);
    expect(backMessages(lines)).toHaveLength(1);
  });

  it('never logs the password of the URL', async () => {
    const port = await freePort();
    const { cache, lines } = cacheAt(port, 's3cr3t-pa55');
    expect(await cache.get('k')).toBeUndefined();
    await sleep(300);
    await cache.close();
    expect(lines.length).toBeGreaterThan(0);
    expect(JSON.stringify(lines)).not.toContain('s3cr3t-pa55');
    expect(JSON.stringify(lines)).toContain('***');
  });
});
