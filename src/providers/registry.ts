// The configured providers. Each cloud's module is imported only when that cloud is configured,
// and then on its first call (lazy-cloud.ts): the SDKs are large and slow to load, and the
// registry answers scopes from each cloud's outline (its config) meanwhile.
import type { Config } from '../config/schema.js';
import { awsOutline } from './aws/outline.js';
import { azureOutline } from './azure/outline.js';
import { gcpOutline } from './gcp/outline.js';
import { HealthBoard } from './health.js';
import { scopeKey } from './ids.js';
import { lazyCloud, type CloudAdapters } from './lazy-cloud.js';
import { createRateLimiter, type RateLimiter } from './rate-limits/limiter.js';
import type { BillingAdapter } from './billing.js';
import type { PricingAdapter } from './pricing.js';
import type { ProviderAdapter, ProviderName, Scope } from './types.js';

export interface AccountInfo {
  provider: ProviderName;
  id: string;
  name: string | null;
  regions: string[];
}

export class ProviderRegistry {
  readonly health = new HealthBoard();

  constructor(
    private readonly adapters: ReadonlyMap<ProviderName, ProviderAdapter>,
    readonly accounts: readonly AccountInfo[],
    private readonly pricingAdapters: ReadonlyMap<ProviderName, PricingAdapter> = new Map(),
    private readonly billingAdapters: ReadonlyMap<ProviderName, BillingAdapter> = new Map(),
    /** The client-side rate limits every adapter's requests draw from. */
    readonly rateLimits?: RateLimiter,
  ) {}

  adapter(provider: ProviderName): ProviderAdapter | undefined {
    return this.adapters.get(provider);
  }

  /** The provider's billing data (actual spend, forecasts), when configured and `costs.<provider>.enabled`. */
  billing(provider: ProviderName): BillingAdapter | undefined {
    return this.billingAdapters.get(provider);
  }

  /** The provider's price catalog, when the provider is configured and `costs.<provider>.enabled`. */
  pricing(provider: ProviderName): PricingAdapter | undefined {
    return this.pricingAdapters.get(provider);
  }

  scopes(): Scope[] {
    return [...this.adapters.values()].flatMap((adapter) => adapter.scopes);
  }

  /** The scope a resource's calls go to (see ProviderAdapter.scopeOf); unconfigured providers map to themselves. */
  scopeOf(ref: Scope): Scope {
    return this.adapter(ref.provider)?.scopeOf(ref.account, ref.region) ?? { provider: ref.provider, account: ref.account, region: ref.region };
  }

  /** True when the scope is one this gateway was configured with. */
  knows(scope: Scope): boolean {
    return this.adapter(scope.provider)?.scopes.some((s) => scopeKey(s) === scopeKey(scope)) ?? false;
  }

  async close(): Promise<void> {
    await Promise.all([...this.adapters.values(), ...this.pricingAdapters.values(), ...this.billingAdapters.values()].map((adapter) => adapter.close()));
    await this.rateLimits?.close();
  }
}

export async function createRegistry(config: Config): Promise<ProviderRegistry> {
  const adapters = new Map<ProviderName, ProviderAdapter>();
  const pricing = new Map<ProviderName, PricingAdapter>();
  const billing = new Map<ProviderName, BillingAdapter>();
  const accounts: AccountInfo[] = [];
  const { costs } = config;
  // One limiter for every adapter of the process: its buckets are shared through the cache's Redis.
  const rateLimits = createRateLimiter(config.rateLimits, config.cache.redisUrl ? { url: config.cache.redisUrl, keyPrefix: config.cache.keyPrefix } : undefined);
  const options = { rateLimits };
  const add = (cloud: CloudAdapters) => {
    adapters.set(cloud.adapter.provider, cloud.adapter);
    if (cloud.pricing) pricing.set(cloud.adapter.provider, cloud.pricing);
    if (cloud.billing) billing.set(cloud.adapter.provider, cloud.billing);
  };
  const aws = config.providers.aws;
  if (aws) {
    add(
      lazyCloud(awsOutline(aws, costs), async () => {
        const { createAwsAdapter, createAwsBillingAdapter, createAwsPricingAdapter } = await import('./aws/index.js');
        const enabled = costs.aws.enabled;
        return {
          adapter: createAwsAdapter(aws, options),
          ...(enabled ? { pricing: createAwsPricingAdapter(aws, costs, options), billing: createAwsBillingAdapter(aws, costs, options) } : {}),
        };
      }),
    );
    accounts.push(...aws.accounts.map((a) => ({ provider: 'aws' as const, id: a.id, name: a.name ?? null, regions: a.regions })));
  }
  const azure = config.providers.azure;
  if (azure) {
    add(
      lazyCloud(azureOutline(azure, costs), async () => {
        const { createAzureAdapter, createAzureBillingAdapter, createAzurePricingAdapter } = await import('./azure/index.js');
        const enabled = costs.azure.enabled;
        return {
          adapter: createAzureAdapter(azure, options),
          ...(enabled ? { pricing: createAzurePricingAdapter(azure, costs, options), billing: createAzureBillingAdapter(azure, costs, options) } : {}),
        };
      }),
    );
    // Subscription ids are GUIDs, compared case-insensitively by ARM; the adapter keeps them lower-case.
    accounts.push(
      ...azure.subscriptions.map((s) => ({ provider: 'azure' as const, id: s.id.toLowerCase(), name: s.name ?? null, regions: s.regions ?? ['*'] })),
    );
  }
  const gcp = config.providers.gcp;
  if (gcp) {
    add(
      lazyCloud(gcpOutline(gcp, costs), async () => {
        const { createGcpAdapter, createGcpBillingAdapter, createGcpPricingAdapter } = await import('./gcp/index.js');
        const enabled = costs.gcp.enabled;
        // Without a billing export table GCP has no actual spend: prices and estimates still work.
        const exported = enabled ? createGcpBillingAdapter(gcp, costs, options) : undefined;
        return {
          adapter: createGcpAdapter(gcp, options),
          ...(enabled ? { pricing: createGcpPricingAdapter(gcp, costs, options) } : {}),
          ...(exported ? { billing: exported } : {}),
        };
      }),
    );
    accounts.push(...gcp.projects.map((p) => ({ provider: 'gcp' as const, id: p.id, name: p.name ?? null, regions: p.regions ?? ['*'] })));
  }
  return new ProviderRegistry(adapters, accounts, pricing, billing, rateLimits);
}
