// The GCP adapters as the registry loads them on GCP's first call (../lazy-cloud.ts): the
// provider adapter, and when costs.gcp is enabled the Cloud Billing catalog and — only with a
// billing export table — BigQuery billing (without one GCP has no actual spend: prices and
// estimates still work).
import type { CostsConfig, GcpProviderConfig } from '../../config/schema.js';
import type { CloudAdapters } from '../lazy-cloud.js';
import type { RateLimitOptions } from '../rate-limits/limiter.js';
import { createGcpAdapter } from './adapter.js';
import { createGcpBillingAdapter } from './billing-export.js';
import { createGcpPricingAdapter } from './pricing.js';

export function createGcpCloud(gcp: GcpProviderConfig, costs: CostsConfig, options: RateLimitOptions): CloudAdapters {
  const adapter = createGcpAdapter(gcp, options);
  if (!costs.gcp.enabled) return { adapter };
  const billing = createGcpBillingAdapter(gcp, costs, options);
  return { adapter, pricing: createGcpPricingAdapter(gcp, costs, options), ...(billing ? { billing } : {}) };
}
