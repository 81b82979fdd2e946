// Which Event Grid subscriptions completed the validation handshake. Event Grid may send the
// handshake to one replica and the notifications to another, so production shares one Redis set
// across replicas; a single process may keep it in memory. Names are stored as given: the
// receiver normalises them.
import type { Redis } from 'ioredis';

export interface ValidationStore {
  add(subscriptionName: string): Promise<void>;
  /** Rejects when the store cannot answer: the receiver must then refuse, never guess. */
  has(subscriptionName: string): Promise<boolean>;
}

export function memoryValidationStore(): ValidationStore {
  const names = new Set<string>();
  return {
    add: async (name) => void names.add(name),
    has: async (name) => names.has(name),
  };
}

export const VALIDATIONS_KEY = 'eventgrid:validated-subscriptions';

/**
 * A Redis set at `<keyPrefix>eventgrid:validated-subscriptions`. Give it a client that fails fast
 * (enableOfflineQueue false, a commandTimeout): a command waiting for a reconnect holds the
 * delivery until Event Grid gives up on it.
 */
export function redisValidationStore(redis: Redis, keyPrefix: string): ValidationStore {
  const key = `${keyPrefix}${VALIDATIONS_KEY}`;
  return {
    add: async (name) => void (await redis.sadd(key, name)),
    has: async (name) => (await redis.sismember(key, name)) === 1,
  };
}
