import { grantsAllow, type Grants } from '../../../auth/grants.js';
import type { Services } from '../../../loaders/index.js';
import type { ProviderName } from '../../../providers/types.js';
import type { ProviderStatus } from '../generated/resolvers-types.js';

/** The configured providers, accounts and regions the caller is granted, with their health. */
export function providerStatuses({ registry, breakers }: Services, grants: Grants): ProviderStatus[] {
  const accounts = registry.accounts
    .map((account) => ({ ...account, regions: account.regions.filter((region) => grantsAllow(grants, account.provider, account.id, region)) }))
    .filter((account) => account.regions.length > 0);
  const providers = [...new Set(accounts.map((account) => account.provider))];
  return providers.map((provider: ProviderName) => ({
    provider,
    accounts: accounts
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
