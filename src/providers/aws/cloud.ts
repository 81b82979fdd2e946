// The AWS adapters as the registry loads them on AWS's first call (../lazy-cloud.ts): the
// provider adapter, and the price list and Cost Explorer when costs.aws is enabled.
import type { AwsProviderConfig, CostsConfig } from '../../config/schema.js';
import type { CloudAdapters } from '../lazy-cloud.js';
import type { RateLimitOptions } from '../rate-limits/limiter.js';
import { createAwsAdapter } from './adapter.js';
import { createAwsBillingAdapter } from './cost-explorer.js';
import { createAwsPricingAdapter } from './pricing.js';

export function createAwsCloud(aws: AwsProviderConfig, costs: CostsConfig, options: RateLimitOptions): CloudAdapters {
  const adapter = createAwsAdapter(aws, options);
  if (!costs.aws.enabled) return { adapter };
  return { adapter, pricing: createAwsPricingAdapter(aws, costs, options), billing: createAwsBillingAdapter(aws, costs, options) };
}
