// The DigitalOcean adapters as the registry loads them on DigitalOcean's first call (../lazy-cloud.ts):
// the resources and, unless costs.digitalocean is disabled, the droplet price catalog (read through
// the first configured team) and each team's invoices.
import type { CostsConfig, DigitalOceanProviderConfig } from '../../config/schema.js';
import { logger } from '../../telemetry/logger.js';
import { scopeCalls } from '../adapter.js';
import type { CloudAdapters } from '../lazy-cloud.js';
import type { RateLimitOptions } from '../rate-limits/limiter.js';
import { createDigitalOceanAdapter } from './adapter.js';
import { createDigitalOceanBilling } from './billing.js';
import { failures } from './errors.js';
import { digitalOceanScopeOf } from './outline.js';
import { createDigitalOceanPricing } from './pricing.js';
import { createTeam } from './teams.js';

export function createDigitalOceanCloud(config: DigitalOceanProviderConfig, costs: CostsConfig, options: RateLimitOptions): CloudAdapters {
  const adapter = createDigitalOceanAdapter(config, options);
  if (!costs.digitalocean.enabled) return { adapter };
  const team = createTeam(config.accounts[0]!, config, options);
  const calls = scopeCalls('digitalocean', logger('providers.digitalocean.pricing'), digitalOceanScopeOf(team.config.id), team.secrets, failures);
  return { adapter, pricing: createDigitalOceanPricing(team, calls), billing: createDigitalOceanBilling(config, options) };
}
