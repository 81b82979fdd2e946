// Token buckets in Redis, shared by every replica: token-bucket.ts's reservation in one Lua script,
// so reading the bucket, refilling it and taking a token is one atomic step. The clock is Redis's
// (TIME), so replicas whose clocks disagree still share one bucket; the answer is a wait relative
// to that clock, which each replica sleeps on its own. A bucket left alone long enough to be full
// again expires, so idle scopes leave nothing behind.
import type { Redis } from 'ioredis';
import { closeClient, failFastClient, untilReady } from '../../redis/client.js';
import type { BucketSpec, TokenStore } from './token-bucket.js';

// KEYS[1] the bucket; ARGV capacity, tokens per ms, longest wait (ms). Returns the wait in ms, or -1.
const RESERVE = `
local capacity = tonumber(ARGV[1])
local perMs = tonumber(ARGV[2])
local maxWait = tonumber(ARGV[3])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + tonumber(time[2]) / 1000
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = capacity
if state[1] and state[2] then
  tokens = math.min(capacity, tonumber(state[1]) + math.max(0, now - tonumber(state[2])) * perMs)
end
local wait = 0
if tokens < 1 then wait = math.ceil((1 - tokens) / perMs) end
if wait > maxWait then return -1 end
tokens = tokens - 1
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil((capacity - tokens) / perMs) + 1000)
return wait
`;

type WithReserve = Redis & { fleetgraphReserveToken(key: string, capacity: number, perMs: number, maxWaitMs: number): Promise<number> };

export interface RedisTokenStoreOptions {
  url: string;
  /** Prepended to every bucket's key (the cache's prefix: one deployment, one namespace). */
  keyPrefix: string;
  /** How long the first reservation waits for the connection. Default 2000. */
  connectTimeoutMs?: number;
}

export class RedisTokenStore implements TokenStore {
  private readonly client: WithReserve;
  private readonly ready: Promise<void>;

  constructor(private readonly options: RedisTokenStoreOptions) {
    const connectTimeoutMs = options.connectTimeoutMs ?? 2000;
    this.client = failFastClient(options.url, { connectTimeoutMs }) as WithReserve;
    this.client.defineCommand('fleetgraphReserveToken', { numberOfKeys: 1, lua: RESERVE });
    // Commands sent before the connection is up fail at once (no offline queue): the first
    // reservations wait for it instead of falling back to this process's buckets.
    this.ready = untilReady(this.client, connectTimeoutMs);
  }

  async reserve(key: string, spec: BucketSpec, maxWaitMs: number): Promise<number | null> {
    await this.ready;
    const wait = await this.client.fleetgraphReserveToken(`${this.options.keyPrefix}ratelimit:${key}`, spec.capacity, spec.refillPerSecond / 1000, maxWaitMs);
    return wait < 0 ? null : wait;
  }

  async close(): Promise<void> {
    await closeClient(this.client);
  }
}
