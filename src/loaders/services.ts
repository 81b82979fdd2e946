// What the loaders need, built once per process and shared by every request.
import type { Cache } from '../cache/cache.js';
import type { CacheConfig, CostsConfig, ResilienceConfig } from '../config/schema.js';
import type { ProviderRegistry } from '../providers/registry.js';
import type { ScopeBreakers } from './breakers.js';

export interface Services {
  registry: ProviderRegistry;
  cache: Cache;
  ttl: CacheConfig['ttlSeconds'];
  costs: CostsConfig;
  resilience: ResilienceConfig;
  /** One circuit breaker per scope, shared by every call of the process (callScope). */
  breakers: ScopeBreakers;
}
