// What the Azure adapters answer from the config alone, before the SDKs load (../lazy-cloud.ts):
// one scope per subscription (region "*": ARM lists a subscription's resources in every region
// at once), subscription ids lower-case as ARM compares them, and the fixed traits of the cost
// adapters.
import type { AzureProviderConfig, CostsConfig } from '../../config/schema.js';
import type { BillingTraits, CloudOutline } from '../lazy-cloud.js';
import { ALL_REGIONS, type Scope } from '../types.js';
import { azureFamilyOf } from './retail-vm-prices.js';

export const AZURE_BILLING: BillingTraits = {
  // Cost Management answers resource-level costs for any period it keeps.
  resourceWindowDays: null,
  // Each subscription is asked for its own spend.
  spendPerAccount: true,
  resourceKinds: ['vm', 'volume'],
  // Invoices and balances live at the billing account (Microsoft.Billing), not at the subscriptions read.
  reportsBalance: false,
};

export const azureScopeOf = (account: string): Scope => ({ provider: 'azure', account: account.toLowerCase(), region: ALL_REGIONS });

export function azureOutline(config: AzureProviderConfig, costs: CostsConfig): CloudOutline {
  return {
    provider: 'azure',
    accounts: config.subscriptions.map((s) => ({ provider: 'azure', id: s.id.toLowerCase(), name: s.name ?? null, regions: s.regions ?? [ALL_REGIONS] })),
    scopes: [...new Set(config.subscriptions.map((s) => s.id.toLowerCase()))].map(azureScopeOf),
    scopeOf: azureScopeOf,
    ...(costs.azure.enabled ? { pricing: { familyOf: azureFamilyOf, pricesUnlistedTypes: false }, billing: AZURE_BILLING } : {}),
  };
}
