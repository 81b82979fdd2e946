// Where API keys are looked up: the config's `auth.apiKeys` first, then — with a Redis configured
// and `auth.redisApiKeys` — the keys minted into Redis (`fleetgraph apikey create --redis`), which
// `fleetgraph apikey revoke` removes at once, on every replica. Only hashes are stored anywhere.
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { grantsSchema, ROLES, type AuthConfig } from '../../config/auth-schema.js';
import type { StoredKey } from './api-keys.js';

export interface KeyStore {
  /** The stored entry of a key id; undefined when there is none (or Redis cannot be asked: a key not checkable is refused). */
  find(id: string): Promise<StoredKey | undefined>;
}

const storedKeySchema = z.object({ id: z.string(), role: z.enum(ROLES), sha256: z.string().regex(/^[0-9a-f]{64}$/), scopes: grantsSchema.optional() });

/** The Redis hash holding minted keys, field = key id. */
export function redisKeysHash(keyPrefix: string): string {
  return `${keyPrefix}auth:apikeys`;
}

export function keyStore(config: AuthConfig, redis: { client: Redis; keyPrefix: string } | null): KeyStore {
  const fromConfig = new Map(config.apiKeys.map((entry) => [entry.id, entry]));
  const hash = redis ? redisKeysHash(redis.keyPrefix) : null;
  return {
    async find(id) {
      const configured = fromConfig.get(id);
      if (configured || !redis || !hash || !config.redisApiKeys) return configured;
      try {
        const stored = await redis.client.hget(hash, id);
        return stored ? storedKeySchema.parse(JSON.parse(stored)) : undefined;
      } catch {
        return undefined;
      }
    },
  };
}

/** What the CLI does to the keys in Redis. */
export class RedisApiKeys {
  constructor(
    private readonly client: Redis,
    private readonly keyPrefix: string,
  ) {}

  async put(entry: StoredKey): Promise<void> {
    await this.client.hset(redisKeysHash(this.keyPrefix), entry.id, JSON.stringify(entry));
  }

  /** True when there was such a key. */
  async revoke(id: string): Promise<boolean> {
    return (await this.client.hdel(redisKeysHash(this.keyPrefix), id)) > 0;
  }

  async list(): Promise<StoredKey[]> {
    const all = await this.client.hgetall(redisKeysHash(this.keyPrefix));
    return Object.values(all)
      .map((value) => storedKeySchema.parse(JSON.parse(value)))
      .sort((a, b) => a.id.localeCompare(b.id));
  }
}
