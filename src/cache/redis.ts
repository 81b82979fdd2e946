// The Redis cache: shared by every gateway process, so a cloud answer fetched by one is a hit
// for all. It is an optimisation, never a dependency: when Redis is down or slow, reads are
// misses and writes are dropped, quickly, and the caller goes to the cloud as if there were no
// cache. Its connection fails fast and reconnects by itself (src/redis/client.ts); a command
// that times out on a live connection also skips Redis for a cool-off period.
// The transitions are logged once each (warn when Redis goes, info when it is back), never per
// failed command, and never with the URL's password.
// An entry with a stale window lives in Redis for its TTL plus the window (its tag sets as long),
// with its times in front of its text (cache.ts), so every replica judges its freshness alike.
import { ReplyError, type Redis } from 'ioredis';
import type { Logger } from 'pino';
import { closeClient, failFastClient, redactRedisUrl } from '../redis/client.js';
import { logger as componentLogger } from '../telemetry/logger.js';
import { BatchCache, decodeStored, encodeStored, type AgedValue, type CacheEntry, type CacheGuard, type StoredTimes } from './cache.js';
import { tagSetKey } from './keys.js';

export interface RedisCacheOptions {
  /** redis://[user:password@]host:port[/db] or rediss://… */
  url: string;
  /** Put in front of every key; default "fleetgraph:". */
  keyPrefix?: string;
  /** Where transitions are logged; default logger('cache'). */
  logger?: Logger;
  /** Default 2000. */
  connectTimeoutMs?: number;
  /** Longest a single command may take before it counts as failed. Default 1000. */
  commandTimeoutMs?: number;
  /** Cap of the reconnect backoff. Default 2000. */
  maxReconnectDelayMs?: number;
  /** After a command times out on a live connection, Redis is skipped for this long. Default 1000. */
  coolOffMs?: number;
}

type State = 'connecting' | 'up' | 'down';

/** Deletes every member of each tag set (in slices: Lua's unpack has a stack limit), then the set. */
/**
 * setMany when KEYS[1] still holds ARGV[1] ("" = absent). Then per entry: key, text, ttl ms,
 * tag count, tag set keys (members are added, sets live as long as their longest member).
 */
const SET_IF_GUARD = `
local current = redis.call('GET', KEYS[1]) or ''
if current ~= ARGV[1] then return 0 end
local i = 3
for _ = 1, tonumber(ARGV[2]) do
  local key, text, ttl, tags = ARGV[i], ARGV[i + 1], ARGV[i + 2], tonumber(ARGV[i + 3])
  redis.call('SET', key, text, 'PX', ttl)
  for t = 1, tags do
    local set = ARGV[i + 3 + t]
    redis.call('SADD', set, key)
    redis.call('PEXPIRE', set, ttl, 'NX')
    redis.call('PEXPIRE', set, ttl, 'GT')
  end
  i = i + 4 + tags
end
return 1`;

const INVALIDATE_TAGS = `
for _, set in ipairs(KEYS) do
  local members = redis.call('SMEMBERS', set)
  for i = 1, #members, 500 do
    redis.call('DEL', unpack(members, i, math.min(i + 499, #members)))
  end
  redis.call('DEL', set)
end
return 0`;


export class RedisCache extends BatchCache {
  readonly shared = true;
  readonly keyPrefix: string;
  private readonly client: Redis;
  private readonly log: Logger;
  private readonly where: string;
  private readonly coolOffMs: number;
  private state: State = 'connecting';
  private closing = false;
  private coolOffUntil = 0;
  private readonly firstOutcome: Promise<void>;
  private settleFirstOutcome!: () => void;
  private firstOutcomeTimer: NodeJS.Timeout | undefined;

  constructor(options: RedisCacheOptions) {
    super();
    this.keyPrefix = options.keyPrefix ?? 'fleetgraph:';
    this.log = options.logger ?? componentLogger('cache');
    this.where = redactRedisUrl(options.url);
    this.coolOffMs = options.coolOffMs ?? 1000;
    const connectTimeout = options.connectTimeoutMs ?? 2000;
    const maxDelay = options.maxReconnectDelayMs ?? 2000;

    this.firstOutcome = new Promise<void>((resolve) => {
      this.settleFirstOutcome = resolve;
    });
    // Callers arriving before the first connection attempt has finished wait for it (bounded),
    // so a freshly started process does not miss on every request of its first milliseconds.
    this.firstOutcomeTimer = setTimeout(() => this.settleFirstOutcome(), connectTimeout + 100);
    this.firstOutcomeTimer.unref();

    this.client = failFastClient(options.url, { connectTimeoutMs: connectTimeout, commandTimeoutMs: options.commandTimeoutMs ?? 1000, maxReconnectDelayMs: options.maxReconnectDelayMs });
    this.client.on('ready', () => this.markUp());
    this.client.on('error', (err: Error) => this.markDown(err));
    this.client.on('close', () => this.markDown());
  }

  /** True while Redis answers; false while the cache is bypassed. */
  get available(): boolean {
    return this.state === 'up';
  }

  async getMany<T>(keys: string[]): Promise<(T | undefined)[]> {
    const now = Date.now();
    return (await this.read<T>(keys)).map((stored) => (stored && isFresh(stored.times, now) ? stored.value : undefined));
  }

  async getManyAged<T>(keys: string[]): Promise<(AgedValue<T> | undefined)[]> {
    const now = Date.now();
    return (await this.read<T>(keys)).map((stored) => stored && { value: stored.value, fresh: isFresh(stored.times, now), storedAt: stored.times?.storedAt ?? null });
  }

  /** Every value under `keys`, fresh or kept past its TTL; misses when Redis is unusable. */
  private async read<T>(keys: string[]): Promise<({ value: T; times: StoredTimes | null } | undefined)[]> {
    const misses = (): undefined[] => keys.map(() => undefined);
    if (keys.length === 0 || !(await this.usable())) return misses();
    try {
      const texts = await this.client.mget(keys.map((key) => this.keyPrefix + key));
      this.succeeded();
      return texts.map((text) => {
        if (text === null) return undefined;
        try {
          return decodeStored<T>(text);
        } catch {
          return undefined; // not written by us, or corrupt: a miss
        }
      });
    } catch (err) {
      this.failed(err, 'MGET');
      return misses();
    }
  }

  async setManyIf<T>(guard: CacheGuard, entries: CacheEntry<T>[]): Promise<void> {
    const encoded = this.encode(entries);
    if (encoded.length === 0 || !(await this.usable())) return;
    const args: (string | number)[] = [guard.value === undefined ? '' : String(guard.value), encoded.length];
    for (const { key, text, ttlSeconds, tags } of encoded) args.push(key, text, Math.max(1, Math.round(ttlSeconds * 1000)), tags.length, ...tags.map((tag) => this.keyPrefix + tagSetKey(tag)));
    try {
      await this.client.eval(SET_IF_GUARD, 1, this.keyPrefix + guard.key, ...args);
      this.succeeded();
    } catch (err) {
      this.failed(err, 'EVAL guarded set');
    }
  }

  async setMany<T>(entries: CacheEntry<T>[]): Promise<void> {
    const encoded = this.encode(entries);
    if (encoded.length === 0 || !(await this.usable())) return;
    const pipeline = this.client.pipeline();
    for (const { key, text, ttlSeconds, tags } of encoded) {
      if (Number.isInteger(ttlSeconds)) pipeline.set(key, text, 'EX', ttlSeconds);
      else pipeline.set(key, text, 'PX', Math.max(1, Math.round(ttlSeconds * 1000)));
      for (const tag of tags) {
        // The tag's set lives as long as its longest-lived member (NX sets a first expiry, GT extends it).
        const setKey = this.keyPrefix + tagSetKey(tag);
        const seconds = Math.ceil(ttlSeconds);
        pipeline.sadd(setKey, key).expire(setKey, seconds, 'NX').expire(setKey, seconds, 'GT');
      }
    }
    try {
      const results = await pipeline.exec();
      const error = results?.find(([err]) => err)?.[0];
      if (error) this.failed(error, 'SET');
      else this.succeeded();
    } catch (err) {
      this.failed(err, 'SET');
    }
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length === 0 || !(await this.usable())) return;
    try {
      await this.client.del(...keys.map((key) => this.keyPrefix + key));
      this.succeeded();
    } catch (err) {
      this.failed(err, 'DEL');
    }
  }

  async invalidateTags(tags: string[]): Promise<void> {
    if (tags.length === 0 || !(await this.usable())) return;
    try {
      await this.client.eval(INVALIDATE_TAGS, tags.length, ...tags.map((tag) => this.keyPrefix + tagSetKey(tag)));
      this.succeeded();
    } catch (err) {
      this.failed(err, 'EVAL invalidate tags');
    }
  }

  /** Entries as stored: text (with its times when kept past its TTL) and how long Redis keeps it, TTL plus stale window. */
  private encode<T>(entries: CacheEntry<T>[]): { key: string; text: string; ttlSeconds: number; tags: readonly string[] }[] {
    const encoded: { key: string; text: string; ttlSeconds: number; tags: readonly string[] }[] = [];
    const now = Date.now();
    for (const { key, value, ttlSeconds, staleSeconds = 0, tags = [] } of entries) {
      if (!(ttlSeconds > 0)) continue;
      const stale = staleSeconds > 0;
      try {
        const text = encodeStored(value, stale ? { storedAt: now, freshUntil: now + ttlSeconds * 1000 } : undefined);
        encoded.push({ key: this.keyPrefix + key, text, ttlSeconds: stale ? ttlSeconds + staleSeconds : ttlSeconds, tags });
      } catch {
        // not serialisable: not cached
      }
    }
    return encoded;
  }

  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    clearTimeout(this.firstOutcomeTimer);
    this.settleFirstOutcome();
    await closeClient(this.client);
  }

  private async usable(): Promise<boolean> {
    if (this.closing) return false;
    if (this.state === 'connecting') await this.firstOutcome;
    return this.client.status === 'ready' && Date.now() >= this.coolOffUntil;
  }

  private succeeded(): void {
    if (this.state !== 'up') this.markUp();
  }

  private failed(err: unknown, command: string): void {
    if (err instanceof ReplyError) {
      // Redis answered; this is not an outage. Rare (a foreign value under our prefix).
      this.log.debug({ command, reason: (err as Error).message }, 'Redis command error');
      return;
    }
    if (this.client.status === 'ready') {
      // The connection is up but the command timed out: Redis is hung or overloaded. Skip it
      // for a moment rather than make every request wait for the timeout.
      this.coolOffUntil = Date.now() + this.coolOffMs;
    }
    this.markDown(err instanceof Error ? err : new Error(String(err)), command);
  }

  private markUp(): void {
    if (this.closing) return;
    clearTimeout(this.firstOutcomeTimer);
    this.coolOffUntil = 0;
    const previous = this.state;
    this.state = 'up';
    this.settleFirstOutcome();
    if (previous === 'down') this.log.info({ redis: this.where }, 'Redis is available again; cache in use');
    else if (previous === 'connecting') this.log.info({ redis: this.where }, 'Redis cache connected');
  }

  private markDown(err?: Error, command?: string): void {
    if (this.closing) return;
    clearTimeout(this.firstOutcomeTimer);
    const previous = this.state;
    this.state = 'down';
    this.settleFirstOutcome();
    if (previous !== 'down') {
      this.log.warn(
        { redis: this.where, reason: err?.message ?? 'connection closed', ...(command ? { command } : {}) },
        'Redis unavailable; cache reads are misses and writes are dropped until it returns',
      );
    }
  }
}

/** Within its TTL: values stored without times are fresh until Redis drops them. */
function isFresh(times: StoredTimes | null, now: number): boolean {
  return times === null || times.freshUntil > now;
}
