// Client-side rate limits: before each HTTP request to a cloud (each page, each retry attempt) a
// cloud's client hook takes one token of its bucket — per provider, account, region and API family
// (and per operation where the cloud throttles each API on its own), sized by `rateLimits`. The
// buckets live in Redis when one is configured, so N replicas together stay under one bucket; in
// this process otherwise. While Redis cannot be reached the process falls back to buckets of its
// own (each replica then keeps the limit by itself) rather than stopping every cloud call.
//
// A request that cannot have a token within `maxWaitMs` fails THROTTLED (PROVIDER_THROTTLED),
// naming its bucket, and is never sent.
import type { Logger } from 'pino';
import type { BucketConfig, RateLimitsConfig } from '../../config/schema.js';
import { logger as rootLogger } from '../../telemetry/logger.js';
import { ProviderError } from '../errors.js';
import type { ProviderName, Scope } from '../types.js';
import { RedisTokenStore } from './redis-buckets.js';
import { MemoryTokenStore, type TokenStore } from './token-bucket.js';

/** The providerCode of a request refused by FleetGraph's own limit (the cloud's codes name theirs). */
export const CLIENT_RATE_LIMIT_CODE = 'ClientRateLimit';

/** The API families each cloud's buckets are configured for. */
export type RateLimitFamily<P extends ProviderName> = keyof RateLimitsConfig[P];

/** One bucket: its name (also its key) and its size. */
export interface Bucket {
  name: string;
  spec: BucketConfig;
}

/** What an adapter factory takes to rate-limit its clients. */
export interface RateLimitOptions {
  /** The client-side rate limits every request draws a token from; none when absent. */
  rateLimits?: RateLimiter;
}

export interface RateLimiterOptions {
  /** Where buckets are shared; this process's memory when absent. */
  store?: TokenStore;
  logger?: Logger;
}

export class RateLimiter {
  private readonly store: TokenStore;
  private readonly local = new MemoryTokenStore();
  private readonly log: Logger;
  private storeFailing = false;

  constructor(
    private readonly config: RateLimitsConfig,
    options: RateLimiterOptions = {},
  ) {
    this.store = options.store ?? this.local;
    this.log = options.logger ?? rootLogger('providers.rate-limits');
  }

  /** The bucket a request of `operation` in `scope` draws from. */
  bucket<P extends ProviderName>(scope: Scope & { provider: P }, family: RateLimitFamily<P>, operation: string): Bucket {
    const spec = this.config[scope.provider][family] as BucketConfig;
    const name = [scope.provider, scope.account, scope.region, String(family), ...(spec.perOperation ? [operation] : [])].join(':');
    return { name, spec };
  }

  /** Waits for one token; throws a THROTTLED ProviderError when none comes within `maxWaitMs`. */
  async take<P extends ProviderName>(scope: Scope & { provider: P }, family: RateLimitFamily<P>, operation: string): Promise<void> {
    if (!this.config.enabled) return;
    const { name, spec } = this.bucket(scope, family, operation);
    const waitMs = await this.reserve(name, spec);
    if (waitMs === null) {
      throw new ProviderError(
        'THROTTLED',
        scope,
        operation,
        CLIENT_RATE_LIMIT_CODE,
        `no token of rate-limit bucket ${name} (${spec.capacity} tokens, ${spec.refillPerSecond}/s) within ${this.config.maxWaitMs} ms; the request was not sent`,
      );
    }
    if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs));
  }

  async close(): Promise<void> {
    await Promise.all([this.store.close(), this.store === this.local ? undefined : this.local.close()]);
  }

  private async reserve(name: string, spec: BucketConfig): Promise<number | null> {
    if (this.store === this.local) return this.local.reserve(name, spec, this.config.maxWaitMs);
    try {
      const waitMs = await this.store.reserve(name, spec, this.config.maxWaitMs);
      if (this.storeFailing) this.log.info('rate-limit buckets shared through Redis again');
      this.storeFailing = false;
      return waitMs;
    } catch (error) {
      if (!this.storeFailing) this.log.warn({ err: error }, 'Redis unreachable: rate-limit buckets are per process until it is back');
      this.storeFailing = true;
      return this.local.reserve(name, spec, this.config.maxWaitMs);
    }
  }
}

/** Buckets in Redis when `redis` is given (the cache's URL and key prefix), in memory otherwise. */
export function createRateLimiter(config: RateLimitsConfig, redis?: { url: string; keyPrefix: string }, logger?: Logger): RateLimiter {
  const store = redis && config.enabled ? new RedisTokenStore(redis) : undefined;
  return new RateLimiter(config, { ...(store ? { store } : {}), ...(logger ? { logger } : {}) });
}
