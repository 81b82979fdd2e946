// What the loaders need, built once per process and shared by every request.
import type { Cache } from '../cache/cache.js';
import type { CacheConfig, CostsConfig } from '../config/schema.js';
import type { ProviderRegistry } from '../providers/registry.js';

export interface Services {
  registry: ProviderRegistry;
  cache: Cache;
  ttl: CacheConfig['ttlSeconds'];
  costs: CostsConfig;
}
