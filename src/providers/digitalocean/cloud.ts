// The DigitalOcean adapters as the registry loads them on DigitalOcean's first call (../lazy-cloud.ts).
import type { DigitalOceanProviderConfig } from '../../config/schema.js';
import type { CloudAdapters } from '../lazy-cloud.js';
import type { RateLimitOptions } from '../rate-limits/limiter.js';
import { createDigitalOceanAdapter } from './adapter.js';

export function createDigitalOceanCloud(config: DigitalOceanProviderConfig, options: RateLimitOptions): CloudAdapters {
  return { adapter: createDigitalOceanAdapter(config, options) };
}
