// The token bucket behind every cloud call, in this process and in Redis (127.0.0.1:6379, a key
// prefix of its own per test): the burst a full bucket allows, the queue after it (each request
// told when its token will be there), refill, the bounded wait and the THROTTLED refusal that
// names the bucket.
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config/load.js';
import type { RateLimitsConfig } from '../../../src/config/schema.js';
import { ProviderError } from '../../../src/providers/errors.js';
import { CLIENT_RATE_LIMIT_CODE, RateLimiter } from '../../../src/providers/rate-limits/limiter.js';
import { RedisTokenStore } from '../../../src/providers/rate-limits/redis-buckets.js';
import { MemoryTokenStore, type BucketSpec, type TokenStore } from '../../../src/providers/rate-limits/token-bucket.js';
import { captureLogger, deletePrefix, SHARED_REDIS_URL, sleep, WARN } from '../../support/redis.js';

const SCOPE = { provider: 'aws', account: '111111111111', region: 'us-east-1' } as const;
let admin: Redis;
let run = 0;
const prefixes: string[] = [];
const stores: TokenStore[] = [];

function uniquePrefix(): string {
  const prefix = `fleetgraph-ratelimit-test:${process.pid}:${Date.now()}:${run++}:`;
  prefixes.push(prefix);
  return prefix;
}

const STORES: [string, () => TokenStore][] = [
  ['memory', () => new MemoryTokenStore()],
  ['Redis', () => new RedisTokenStore({ url: SHARED_REDIS_URL, keyPrefix: uniquePrefix() })],
];

function limits(overrides: Record<string, unknown>): RateLimitsConfig {
  return parseConfig({ rateLimits: overrides }).rateLimits;
}

beforeAll(() => {
  admin = new Redis(SHARED_REDIS_URL);
});

afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close()));
});

afterAll(async () => {
  for (const prefix of prefixes) await deletePrefix(admin, prefix);
  admin.disconnect();
});

describe.each(STORES)('a token bucket in %s', (_, makeStore) => {
  const store = (): TokenStore => {
    const made = makeStore();
    stores.push(made);
    return made;
  };
  const spec: BucketSpec = { capacity: 3, refillPerSecond: 2 };

  it('lets a full bucket burst, then queues each request for the moment its token refills', async () => {
    const buckets = store();
    const waits = [];
    const calls: { start: number; end: number }[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      waits.push(await buckets.reserve('b', spec, 10_000));
      calls.push({ start, end: performance.now() });
    }
    expect(waits.slice(0, 3)).toEqual([0, 0, 0]);
    // 2 tokens a second: the 4th request's token comes within 500 ms, the 5th's 500 ms after it.
    expect(waits[3]).toBeGreaterThan(400);
    expect(waits[3]).toBeLessThanOrEqual(500);
    // Each wait is counted from when the store read its clock, somewhere within its call: the 5th
    // token is due 500 ms after the 4th, less however much later the 5th call was made.
    const [fourth, fifth] = [calls[3]!, calls[4]!];
    const gap = waits[4]! - waits[3]!;
    expect(gap).toBeGreaterThanOrEqual(500 - (fifth.end - fourth.start) - 1);
    expect(gap).toBeLessThanOrEqual(500 - (fifth.start - fourth.end) + 1);
  });

  it('refuses a reservation that would wait longer than allowed, and keeps no token for it', async () => {
    const buckets = store();
    for (let i = 0; i < 3; i++) await buckets.reserve('b', spec, 0);
    expect(await buckets.reserve('b', spec, 200)).toBeNull();
    expect(await buckets.reserve('b', spec, 200)).toBeNull();
    // The refusals took nothing: the next token is still the first one to refill.
    expect(await buckets.reserve('b', spec, 10_000)).toBeLessThanOrEqual(500);
  });

  it('refills at its rate, never past its capacity', async () => {
    const buckets = store();
    for (let i = 0; i < 3; i++) await buckets.reserve('b', spec, 0);
    await sleep(1600); // 3.2 tokens' worth at 2/s: the bucket is full again, not fuller
    const waits = [];
    for (let i = 0; i < 4; i++) waits.push(await buckets.reserve('b', spec, 10_000));
    expect(waits.slice(0, 3)).toEqual([0, 0, 0]);
    expect(waits[3]).toBeGreaterThan(0);
  });

  it('keeps buckets apart by key', async () => {
    const buckets = store();
    for (let i = 0; i < 3; i++) await buckets.reserve('a', spec, 0);
    expect(await buckets.reserve('a', spec, 0)).toBeNull();
    expect(await buckets.reserve('b', spec, 0)).toBe(0);
  });
});

describe('RateLimiter', () => {
  it('fails a request it cannot give a token within maxWaitMs as THROTTLED, naming the bucket', async () => {
    const limiter = new RateLimiter(limits({ maxWaitMs: 100, aws: { ec2: { capacity: 2, refillPerSecond: 1 } } }));
    await limiter.take(SCOPE, 'ec2', 'DescribeInstances');
    await limiter.take(SCOPE, 'ec2', 'DescribeInstances');
    const refusal = await limiter.take(SCOPE, 'ec2', 'DescribeInstances').catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ProviderError);
    expect(refusal).toMatchObject({ category: 'THROTTLED', providerCode: CLIENT_RATE_LIMIT_CODE, operation: 'DescribeInstances', scope: SCOPE });
    expect((refusal as Error).message).toContain('aws:111111111111:us-east-1:ec2:DescribeInstances');
    expect((refusal as Error).message).toContain('2 tokens, 1/s');
    // EC2 throttles each API on its own: another operation has a bucket of its own.
    await limiter.take(SCOPE, 'ec2', 'DescribeVolumes');
    await limiter.close();
  });

  it('draws one bucket for a whole family when the cloud throttles the family as one', () => {
    const limiter = new RateLimiter(limits({}));
    const gcp = { provider: 'gcp', account: 'prod-project-1', region: '*' } as const;
    expect(limiter.bucket(gcp, 'compute', 'instances.aggregatedList').name).toBe('gcp:prod-project-1:*:compute');
    expect(limiter.bucket(gcp, 'compute', 'disks.aggregatedList').name).toBe('gcp:prod-project-1:*:compute');
    expect(limiter.bucket(SCOPE, 'ec2', 'DescribeInstances')).toEqual({
      name: 'aws:111111111111:us-east-1:ec2:DescribeInstances',
      spec: { capacity: 100, refillPerSecond: 20, perOperation: true },
    });
  });

  it('waits for nothing when rate limits are off', async () => {
    const limiter = new RateLimiter(limits({ enabled: false, maxWaitMs: 0, aws: { ec2: { capacity: 1, refillPerSecond: 0.001 } } }));
    for (let i = 0; i < 5; i++) await limiter.take(SCOPE, 'ec2', 'DescribeInstances');
    await limiter.close();
  });

  it('shares one bucket between limiters on the same Redis and prefix (two replicas)', async () => {
    const config = limits({ maxWaitMs: 0, aws: { ec2: { capacity: 3, refillPerSecond: 0.01 } } });
    const keyPrefix = uniquePrefix();
    const [a, b] = [0, 1].map(() => new RateLimiter(config, { store: new RedisTokenStore({ url: SHARED_REDIS_URL, keyPrefix }) }));
    await a!.take(SCOPE, 'ec2', 'DescribeInstances');
    await b!.take(SCOPE, 'ec2', 'DescribeInstances');
    await a!.take(SCOPE, 'ec2', 'DescribeInstances');
    await expect(b!.take(SCOPE, 'ec2', 'DescribeInstances')).rejects.toMatchObject({ category: 'THROTTLED' });
    await expect(a!.take(SCOPE, 'ec2', 'DescribeInstances')).rejects.toMatchObject({ category: 'THROTTLED' });
    // The bucket expires once it would be full again: idle scopes leave nothing behind.
    const ttl = await admin.pttl(`${keyPrefix}ratelimit:aws:111111111111:us-east-1:ec2:DescribeInstances`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(3 / 0.01 * 1000 + 1000);
    await Promise.all([a!.close(), b!.close()]);
  });

  it('keeps limiting with buckets of its own while the shared store fails', async () => {
    const failing: TokenStore = {
      reserve: async () => {
        throw new Error('connection is closed');
      },
      close: async () => {},
    };
    const { logger, lines } = captureLogger();
    const limiter = new RateLimiter(limits({ maxWaitMs: 0, aws: { ec2: { capacity: 1, refillPerSecond: 0.01 } } }), { store: failing, logger });
    await limiter.take(SCOPE, 'ec2', 'DescribeInstances');
    await expect(limiter.take(SCOPE, 'ec2', 'DescribeInstances')).rejects.toMatchObject({ category: 'THROTTLED' });
    expect(lines.filter((line) => line.level === WARN).map((line) => line.msg)).toEqual(['Redis unreachable: rate-limit buckets are per process until it is back']);
    await limiter.close();
  });
});
