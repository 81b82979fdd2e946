// The Azure adapters as the registry loads them on Azure's first call (../lazy-cloud.ts): the
// provider adapter, and the Retail Prices API and Cost Management when costs.azure is enabled.
import type { AzureProviderConfig, CostsConfig } from '../../config/schema.js';
import type { CloudAdapters } from '../lazy-cloud.js';
import type { RateLimitOptions } from '../rate-limits/limiter.js';
import { createAzureAdapter } from './adapter.js';
import { createAzureBillingAdapter } from './cost-management.js';
import { createAzurePricingAdapter } from './retail-prices.js';

export function createAzureCloud(azure: AzureProviderConfig, costs: CostsConfig, options: RateLimitOptions): CloudAdapters {
  const adapter = createAzureAdapter(azure, options);
  if (!costs.azure.enabled) return { adapter };
  return { adapter, pricing: createAzurePricingAdapter(azure, costs, options), billing: createAzureBillingAdapter(azure, costs, options) };
}
