// The DigitalOcean adapters as the registry loads them on DigitalOcean's first call (../lazy-cloud.ts):
// the resources, and the droplet price catalog (read through the first configured team).
import type { DigitalOceanProviderConfig } from '../../config/schema.js';
import { logger } from '../../telemetry/logger.js';
import { scopeCalls } from '../adapter.js';
import type { CloudAdapters } from '../lazy-cloud.js';
import type { RateLimitOptions } from '../rate-limits/limiter.js';
import { createDigitalOceanAdapter } from './adapter.js';
import { failures } from './errors.js';
import { digitalOceanScopeOf } from './outline.js';
import { createDigitalOceanPricing } from './pricing.js';
import { createTeam } from './teams.js';

export function createDigitalOceanCloud(config: DigitalOceanProviderConfig, options: RateLimitOptions): CloudAdapters {
  const team = createTeam(config.accounts[0]!, config, options);
  const calls = scopeCalls('digitalocean', logger('providers.digitalocean.pricing'), digitalOceanScopeOf(team.config.id), team.secrets, failures);
  return { adapter: createDigitalOceanAdapter(config, options), pricing: createDigitalOceanPricing(team, calls) };
}
