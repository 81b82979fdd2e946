import type { ProviderRegistry } from '../../../providers/registry.js';
import type { ProviderName } from '../../../providers/types.js';
import type { ProviderStatus } from '../generated/resolvers-types.js';

export function providerStatuses(registry: ProviderRegistry): ProviderStatus[] {
  const providers = [...new Set(registry.accounts.map((account) => account.provider))];
  return providers.map((provider: ProviderName) => ({
    provider,
    accounts: registry.accounts
      .filter((account) => account.provider === provider)
      .map((account) => ({
        id: account.id,
        name: account.name,
        regions: account.regions.map((region) => ({ region, ...registry.health.of(registry.scopeOf({ provider, account: account.id, region })) })),
      })),
  }));
}
