// What the GCP adapters answer from the config alone, before their modules load
// (../lazy-cloud.ts): one scope per project (region "*": aggregated listings cover every region),
// and the fixed traits of the cost adapters — billing only with a billing export table, whose
// detailed (resource-level) form names VMs and disks.
import type { CostsConfig, GcpProviderConfig } from '../../config/schema.js';
import type { BillingTraits, CloudOutline } from '../lazy-cloud.js';
import { ALL_REGIONS, type Scope } from '../types.js';
import { exportTableOf } from './billing-export-queries.js';
import { rightsizingFamilyOf } from './machine-prices.js';

export const gcpScopeOf = (account: string): Scope => ({ provider: 'gcp', account, region: ALL_REGIONS });

export function gcpBilling(tableId: string): BillingTraits {
  return { resourceWindowDays: null, spendPerAccount: false, resourceKinds: exportTableOf(tableId).detailed ? ['vm', 'volume'] : [], reportsBalance: false };
}

export function gcpOutline(config: GcpProviderConfig, costs: CostsConfig): CloudOutline {
  const tableId = costs.gcp.billingExportTable;
  return {
    provider: 'gcp',
    accounts: config.projects.map((p) => ({ provider: 'gcp', id: p.id, name: p.name ?? null, regions: p.regions ?? [ALL_REGIONS] })),
    scopes: config.projects.map((project) => gcpScopeOf(project.id)),
    scopeOf: gcpScopeOf,
    ...(costs.gcp.enabled ? { pricing: { familyOf: rightsizingFamilyOf, pricesUnlistedTypes: true } } : {}),
    ...(costs.gcp.enabled && tableId ? { billing: gcpBilling(tableId) } : {}),
  };
}
