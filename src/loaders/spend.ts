// Billing data, per provider and query shape. Billing APIs answer the same thing for hours (they
// refresh a few times a day) and some bill every request (Cost Explorer: $0.01 each, pages
// included), so each answer is kept for `costs.ttlSeconds.spend` in the shared cache: a repeated
// query within the TTL costs no call, on any replica.
import { cachedValue, spendKey } from '../cache/index.js';
import type { AccountBalance, BillingAdapter, Forecast, ForecastQuery, ResourceSpend, ResourceSpendQuery, SpendQuery, SpendRow } from '../providers/billing.js';
import { ProviderError } from '../providers/errors.js';
import type { ProviderName, ResourceKind } from '../providers/types.js';
import type { Services } from './services.js';

export interface SpendSources {
  spend(provider: ProviderName, query: SpendQuery): Promise<SpendRow[]>;
  resourceSpend(provider: ProviderName, query: ResourceSpendQuery): Promise<ResourceSpend[]>;
  forecast(provider: ProviderName, query: ForecastQuery): Promise<Forecast>;
  /** The account's balance, where the provider reports one (see `reportsBalance`). */
  balance(provider: ProviderName, account: string): Promise<AccountBalance>;
  /** True when the provider's billing reports account balances. */
  reportsBalance(provider: ProviderName): boolean;
  /** True when the provider's billing answers one account per call (ask per account: failures stay apart). */
  perAccount(provider: ProviderName): boolean;
  /** What the provider's per-resource spend covers; null when it has no billing source. */
  resourceCoverage(provider: ProviderName): { windowDays: number | null; kinds: readonly ResourceKind[] } | null;
}

/** Per request: the same question asked twice in one request is asked once. */
export function createSpendSources(services: Services): SpendSources {
  const ttl = services.costs.ttlSeconds.spend;
  const asked = new Map<string, Promise<unknown>>();
  function once<T>(provider: ProviderName, what: 'usage' | 'resources' | 'forecast' | 'balance', query: object, load: (billing: BillingAdapter) => Promise<T>): Promise<T> {
    const key = spendKey(what, provider, query);
    let pending = asked.get(key) as Promise<T> | undefined;
    if (!pending) {
      pending = cachedValue(services.cache, 'spend', key, ttl, () => load(billingOf(services, provider, what)));
      asked.set(key, pending);
    }
    return pending;
  }
  return {
    spend: (provider, query) => once(provider, 'usage', query, (billing) => billing.spend(query)),
    resourceSpend: (provider, query) => once(provider, 'resources', query, (billing) => billing.resourceSpend(query)),
    forecast: (provider, query) => once(provider, 'forecast', query, (billing) => billing.forecast(query)),
    balance: (provider, account) => once(provider, 'balance', { account }, (billing) => billing.balance!(account)),
    reportsBalance: (provider) => services.registry.billing(provider)?.reportsBalance ?? false,
    perAccount: (provider) => services.registry.billing(provider)?.spendPerAccount ?? false,
    resourceCoverage: (provider) => {
      const billing = services.registry.billing(provider);
      return billing ? { windowDays: billing.resourceWindowDays, kinds: billing.resourceKinds } : null;
    },
  };
}

function billingOf(services: Services, provider: ProviderName, what: string): BillingAdapter {
  const billing = services.registry.billing(provider);
  if (!billing) {
    throw new ProviderError('NOT_CONFIGURED', { provider, account: '', region: '' }, `spend ${what}`, null, `no billing source is configured for ${provider}`);
  }
  return billing;
}
