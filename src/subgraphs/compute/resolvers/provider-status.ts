import type { Services } from '../../../loaders/index.js';
import type { ProviderName } from '../../../providers/types.js';
import type { ProviderStatus } from '../generated/resolvers-types.js';

export function providerStatuses({ registry, breakers }: Services): ProviderStatus[] {
  const providers = [...new Set(registry.accounts.map((account) => account.provider))];
  return providers.map((provider: ProviderName) => ({
    provider,
    accounts: registry.accounts
      .filter((account) => account.provider === provider)
      .map((account) => ({
        id: account.id,
        name: account.name,
        regions: account.regions.map((region) => {
          const scope = registry.scopeOf({ provider, account: account.id, region });
          const breaker = breakers.status(scope);
          return { region, ...registry.health.of(scope), breaker: breaker.state, breakerOpenedAt: breaker.openedAt };
        }),
      })),
  }));
}
