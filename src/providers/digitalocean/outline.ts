// What the DigitalOcean adapter answers from the config alone, before its module loads
// (../lazy-cloud.ts): one scope per team (region "*": the API lists a team's resources in every
// region at once), team UUIDs lower-case; prices and invoices unless costs.digitalocean is disabled.
import type { CostsConfig, DigitalOceanProviderConfig } from '../../config/schema.js';
import type { BillingTraits, CloudOutline } from '../lazy-cloud.js';
import { ALL_REGIONS, type Scope } from '../types.js';
import { dropletFamilyOf } from './size-family.js';

export const digitalOceanScopeOf = (account: string): Scope => ({ provider: 'digitalocean', account: account.toLowerCase(), region: ALL_REGIONS });

/** Spend per team (each token answers its own bill); invoices name no resource for an arbitrary window (billing.ts). */
export const DIGITALOCEAN_BILLING: BillingTraits = { resourceWindowDays: null, spendPerAccount: true, resourceKinds: [], reportsBalance: true };

export function digitalOceanOutline(config: DigitalOceanProviderConfig, costs: CostsConfig): CloudOutline {
  return {
    provider: 'digitalocean',
    accounts: config.accounts.map((a) => ({ provider: 'digitalocean', id: a.id.toLowerCase(), name: a.name ?? null, regions: a.regions ?? [ALL_REGIONS] })),
    scopes: [...new Set(config.accounts.map((a) => a.id.toLowerCase()))].map(digitalOceanScopeOf),
    scopeOf: digitalOceanScopeOf,
    // Droplet prices from GET /v2/sizes (pricing.ts), sizes named in full, none unlisted; spend from the invoices (billing.ts).
    ...(costs.digitalocean.enabled ? { pricing: { familyOf: dropletFamilyOf, pricesUnlistedTypes: false }, billing: DIGITALOCEAN_BILLING } : {}),
    // Read-only for now: mutations on a droplet are refused (PROVIDER_NOT_CONFIGURED) before any call.
    readOnly: true,
  };
}
