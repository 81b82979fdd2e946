// A configured cloud before its SDK code is loaded. Loading and compiling a cloud's SDKs takes a
// quarter of a second or more, and a process needs none of it to start serving: what the registry
// must answer at once (the cloud's scopes, the scope a resource's calls go to, the fixed traits of
// its cost adapters) comes from the config through the cloud's outline, and the cloud's module is
// imported by the first call that goes to the cloud — once, whoever calls first.
import type { BillingAdapter } from './billing.js';
import type { PricingAdapter } from './pricing.js';
import { Reusable } from './reusable.js';
import type { ProviderAdapter, ProviderName, Scope } from './types.js';

/** A cloud's adapters, as its module creates them. */
export interface CloudAdapters {
  adapter: ProviderAdapter;
  pricing?: PricingAdapter;
  billing?: BillingAdapter;
}

/** A configured account (AWS account, Azure subscription, GCP project) as the schema lists it. */
export interface AccountInfo {
  provider: ProviderName;
  id: string;
  name: string | null;
  regions: string[];
}

/** What a cloud's adapters answer without a call: known from the config alone (each cloud's outline.ts). */
export interface CloudOutline {
  provider: ProviderName;
  accounts: readonly AccountInfo[];
  scopes: readonly Scope[];
  scopeOf(account: string, location: string): Scope;
  /** Present when the cloud's prices are configured. */
  pricing?: Pick<PricingAdapter, 'familyOf'> & { pricesUnlistedTypes: boolean };
  /** Present when the cloud's billing data is configured. */
  billing?: BillingTraits;
  /** True for a cloud FleetGraph only reads (no lifecycle actions): its adapter then offers none. */
  readOnly?: boolean;
}

/** What a cloud's billing data can answer, fixed per cloud. */
export type BillingTraits = Pick<BillingAdapter, 'resourceWindowDays' | 'spendPerAccount' | 'resourceKinds' | 'reportsBalance'>;

export function lazyCloud(outline: CloudOutline, load: () => Promise<CloudAdapters>): CloudAdapters {
  const module = new LoadOnce(outline.provider, load);
  const { provider } = outline;
  const actions = async () => {
    const loaded = (await module.get()).adapter.actions;
    if (!loaded) throw new Error(`the ${provider} adapter has no actions`);
    return loaded;
  };
  const adapter: ProviderAdapter = {
    provider,
    scopes: outline.scopes,
    scopeOf: outline.scopeOf,
    list: async (kind, scope, filter, gaps) => (await module.get()).adapter.list(kind, scope, filter, gaps),
    get: async (kind, scope, nativeIds) => (await module.get()).adapter.get(kind, scope, nativeIds),
    metrics: async (scope, request) => (await module.get()).adapter.metrics(scope, request),
    ...(outline.readOnly
      ? {}
      : {
          actions: {
            start: async (request, options) => (await actions()).start(request, options),
            progress: async (request, tracking) => (await actions()).progress(request, tracking),
          },
        }),
    close: module.closer((adapters) => adapters.adapter),
  };
  return {
    adapter,
    pricing: outline.pricing && lazyPricing(provider, outline.pricing, module),
    billing: outline.billing && lazyBilling(provider, outline.billing, module),
  };
}

/**
 * The cloud's module, imported on first use. A failed load is not remembered (the next call tries
 * again, as after any other failure of the cloud); once closed, nothing loads any more, and a
 * load under way is closed when it lands.
 */
class LoadOnce {
  private readonly loading: Reusable<CloudAdapters>;
  private closed = false;

  constructor(
    private readonly provider: ProviderName,
    load: () => Promise<CloudAdapters>,
  ) {
    this.loading = new Reusable(load);
  }

  get(): Promise<CloudAdapters> {
    if (this.closed) return Promise.reject(new Error(`the ${this.provider} adapters are closed`));
    return this.loading.get();
  }

  part<P extends 'pricing' | 'billing'>(name: P): () => Promise<NonNullable<CloudAdapters[P]>> {
    return async () => {
      const found = (await this.get())[name];
      // The outline said the cloud has it: a module that disagrees is a bug, not a state to serve.
      if (!found) throw new Error(`the ${this.provider} module created no ${name} adapter, though its outline has one`);
      return found as NonNullable<CloudAdapters[P]>;
    };
  }

  closer(part: (adapters: CloudAdapters) => { close(): Promise<void> } | undefined): () => Promise<void> {
    return async () => {
      this.closed = true;
      const loaded = await this.loading.peek();
      if (loaded) await part(loaded)?.close();
    };
  }
}

function lazyPricing(provider: ProviderName, outline: NonNullable<CloudOutline['pricing']>, module: LoadOnce): PricingAdapter {
  const pricing = module.part('pricing');
  const lazy: PricingAdapter = {
    provider,
    familyOf: outline.familyOf,
    instancePrices: async (region, os) => (await pricing()).instancePrices(region, os),
    storagePrices: async (region) => (await pricing()).storagePrices(region),
    close: module.closer((adapters) => adapters.pricing),
  };
  if (outline.pricesUnlistedTypes) lazy.unlistedInstancePrice = async (region, os, type) => (await pricing()).unlistedInstancePrice!(region, os, type);
  return lazy;
}

function lazyBilling(provider: ProviderName, outline: NonNullable<CloudOutline['billing']>, module: LoadOnce): BillingAdapter {
  const billing = module.part('billing');
  return {
    provider,
    resourceWindowDays: outline.resourceWindowDays,
    spendPerAccount: outline.spendPerAccount,
    resourceKinds: outline.resourceKinds,
    reportsBalance: outline.reportsBalance,
    spend: async (query) => (await billing()).spend(query),
    resourceSpend: async (query) => (await billing()).resourceSpend(query),
    forecast: async (query) => (await billing()).forecast(query),
    ...(outline.reportsBalance ? { balance: async (account: string) => (await billing()).balance!(account) } : {}),
    close: module.closer((adapters) => adapters.billing),
  };
}
