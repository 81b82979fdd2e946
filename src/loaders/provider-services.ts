// The providers and the cache, with what guards calls to them: built once per process, beneath
// everything that lists or looks up resources (Services adds the listing index on top).
import type { Cache } from '../cache/cache.js';
import type { CacheConfig, CostsConfig, ResilienceConfig } from '../config/schema.js';
import type { ProviderRegistry } from '../providers/registry.js';
import type { ScopeBreakers } from './breakers.js';

export interface ProviderServices {
  registry: ProviderRegistry;
  cache: Cache;
  ttl: CacheConfig['ttlSeconds'];
  costs: CostsConfig;
  resilience: ResilienceConfig;
  /** One circuit breaker per scope, shared by every call of the process (callScope). */
  breakers: ScopeBreakers;
}
