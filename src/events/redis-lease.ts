// Leases in Redis, shared by every replica: a key per lease holding the owner's token, with a
// TTL. Taking and renewing are one script each, so two replicas can never both hold a lease.
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { LeaseStore } from './lease.js';
import { closeClient, failFastClient, untilReady } from '../redis/client.js';

const ACQUIRE = `
local holder = redis.call('GET', KEYS[1])
if holder == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
if holder then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return 1`;

const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

export interface RedisLeaseStoreOptions {
  url: string;
  /** Lease keys are "<prefix>lease:<name>". */
  keyPrefix: string;
  connectTimeoutMs?: number;
}

export class RedisLeaseStore implements LeaseStore {
  readonly owner = randomUUID();
  private readonly client: Redis;

  constructor(private readonly options: RedisLeaseStoreOptions) {
    // A failed acquire rejects; the poller reads it as "not held" and reports it.
    this.client = failFastClient(options.url, { connectTimeoutMs: options.connectTimeoutMs });
  }

  async acquire(name: string, ttlMs: number): Promise<boolean> {
    await untilReady(this.client, this.options.connectTimeoutMs ?? 2000);
    return (await this.client.eval(ACQUIRE, 1, this.key(name), this.owner, String(Math.ceil(ttlMs)))) === 1;
  }

  async release(name: string): Promise<void> {
    if (this.client.status !== 'ready') return;
    await this.client.eval(RELEASE, 1, this.key(name), this.owner);
  }

  close(): Promise<void> {
    return closeClient(this.client);
  }

  private key(name: string): string {
    return `${this.options.keyPrefix}lease:${name}`;
  }
}
