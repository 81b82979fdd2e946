// The configured providers. Each cloud's module is imported only when that cloud is configured,
// and then on its first call (lazy-cloud.ts): the SDKs are large and slow to load, and the
// registry answers scopes from each cloud's outline (its config) meanwhile.
import type { Config } from '../config/schema.js';
import { awsOutline } from './aws/outline.js';
import { azureOutline } from './azure/outline.js';
import { gcpOutline } from './gcp/outline.js';
import { digitalOceanOutline } from './digitalocean/outline.js';
import { proxmoxOutline } from './proxmox/outline.js';
import { libvirtOutline } from './libvirt/outline.js';
import { siteOutline } from './site-outline.js';
import { HealthBoard } from './health.js';
import { scopeKey } from './ids.js';
import { lazyCloud, type AccountInfo, type CloudAdapters, type CloudOutline } from './lazy-cloud.js';
import { createRateLimiter, type RateLimiter } from './rate-limits/limiter.js';
import type { BillingAdapter } from './billing.js';
import type { PricingAdapter } from './pricing.js';
import type { ProviderAdapter, ProviderName, Scope } from './types.js';

export type { AccountInfo } from './lazy-cloud.js';

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
    // Every adapter closes, and the limiter after them, whatever one of them throws.
    const closing = await Promise.allSettled([...this.adapters.values(), ...this.pricingAdapters.values(), ...this.billingAdapters.values()].map((adapter) => adapter.close()));
    await this.rateLimits?.close();
    const failed = closing.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
  }
}

export async function createRegistry(config: Config): Promise<ProviderRegistry> {
  const { costs, providers } = config;
  // One limiter for every adapter of the process: its buckets are shared through the cache's Redis.
  const rateLimits = createRateLimiter(config.rateLimits, config.cache.redisUrl ? { url: config.cache.redisUrl, keyPrefix: config.cache.keyPrefix } : undefined);
  const options = { rateLimits };
  const { aws, azure, gcp, digitalocean, proxmox, libvirt, containerd } = providers;
  const configured: { outline: CloudOutline; load: () => Promise<CloudAdapters> }[] = [
    ...(aws ? [{ outline: awsOutline(aws, costs), load: async () => (await import('./aws/cloud.js')).createAwsCloud(aws, costs, options) }] : []),
    ...(azure ? [{ outline: azureOutline(azure, costs), load: async () => (await import('./azure/cloud.js')).createAzureCloud(azure, costs, options) }] : []),
    ...(gcp ? [{ outline: gcpOutline(gcp, costs), load: async () => (await import('./gcp/cloud.js')).createGcpCloud(gcp, costs, options) }] : []),
    ...(digitalocean
      ? [{ outline: digitalOceanOutline(digitalocean, costs), load: async () => (await import('./digitalocean/cloud.js')).createDigitalOceanCloud(digitalocean, costs, options) }]
      : []),
    ...(proxmox ? [{ outline: proxmoxOutline(proxmox), load: async () => (await import('./proxmox/cloud.js')).createProxmoxCloud(proxmox, options) }] : []),
    ...(libvirt ? [{ outline: libvirtOutline(libvirt), load: async () => (await import('./libvirt/cloud.js')).createLibvirtCloud(libvirt, options) }] : []),
    ...(containerd
      ? [{ outline: siteOutline('containerd', containerd.hosts), load: async () => (await import('./containerd/cloud.js')).createContainerdCloud(containerd, options) }]
      : []),
  ];
  const adapters = new Map<ProviderName, ProviderAdapter>();
  const pricing = new Map<ProviderName, PricingAdapter>();
  const billing = new Map<ProviderName, BillingAdapter>();
  for (const { outline, load } of configured) {
    const cloud = lazyCloud(outline, load);
    adapters.set(outline.provider, cloud.adapter);
    if (cloud.pricing) pricing.set(outline.provider, cloud.pricing);
    if (cloud.billing) billing.set(outline.provider, cloud.billing);
  }
  const accounts = configured.flatMap(({ outline }) => outline.accounts);
  return new ProviderRegistry(adapters, accounts, pricing, billing, rateLimits);
}
