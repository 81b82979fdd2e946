// The store of Event Grid subscriptions that completed the handshake: in memory, and in Redis
// (the shared server on 6379, under a key prefix of this run) where two stores — two replicas —
// see each other's entries, and an unreachable Redis is an error, never a "no".
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryValidationStore, redisValidationStore, VALIDATIONS_KEY, type ValidationStore } from '../../../../src/events/push/azure/validations.js';
import { deletePrefix, freePort, SHARED_REDIS_URL } from '../../../support/redis.js';

function behavesAsASet(make: () => ValidationStore): void {
  it('knows a name only once it was added', async () => {
    const store = make();
    expect(await store.has('SUB-A')).toBe(false);
    await store.add('SUB-A');
    await store.add('SUB-A');
    expect(await store.has('SUB-A')).toBe(true);
    expect(await store.has('SUB-B')).toBe(false);
  });
}

describe('memory validation store', () => {
  behavesAsASet(memoryValidationStore);
});

describe('Redis validation store', () => {
  const prefix = `fleetgraph-test:${randomUUID()}:`;
  let redis: Redis;

  beforeAll(() => {
    redis = new Redis(SHARED_REDIS_URL);
  });
  afterAll(async () => {
    await deletePrefix(redis, prefix);
    redis.disconnect();
  });

  behavesAsASet(() => redisValidationStore(redis, `${prefix}${randomUUID()}:`));

  it('is shared by every store on the same prefix (every replica), and keeps names under that prefix', async () => {
    const other = new Redis(SHARED_REDIS_URL);
    try {
      const shared = `${prefix}shared:`;
      await redisValidationStore(redis, shared).add('SUB-SHARED');
      expect(await redisValidationStore(other, shared).has('SUB-SHARED')).toBe(true);
      expect(await redisValidationStore(other, `${prefix}elsewhere:`).has('SUB-SHARED')).toBe(false);
      expect(await redis.smembers(`${shared}${VALIDATIONS_KEY}`)).toEqual(['SUB-SHARED']);
    } finally {
      other.disconnect();
    }
  });

  it('rejects when Redis cannot be reached, rather than answering no', async () => {
    const port = await freePort();
    const down = new Redis({ host: '127.0.0.1', port, enableOfflineQueue: false, lazyConnect: true, retryStrategy: () => null });
    down.on('error', () => {});
    try {
      const store = redisValidationStore(down, prefix);
      await expect(store.has('SUB-A')).rejects.toThrow();
      await expect(store.add('SUB-A')).rejects.toThrow();
    } finally {
      down.disconnect();
    }
  });
});
