// What the AWS adapters answer from the config alone, before the SDKs load (../lazy-cloud.ts):
// scopes are account × region, and the fixed traits of the cost adapters.
import type { AwsProviderConfig, CostsConfig } from '../../config/schema.js';
import type { BillingTraits, CloudOutline } from '../lazy-cloud.js';
import type { Scope } from '../types.js';
import { familyOfInstanceType } from './price-list.js';

export const AWS_BILLING: BillingTraits = {
  // Resource-level data (GetCostAndUsageWithResources) reaches back 14 days.
  resourceWindowDays: 14,
  // Cost Explorer answers for the whole organisation from the costs account, not per account.
  spendPerAccount: false,
  resourceKinds: ['vm'],
  // The Billing console shows what is due; no billing API FleetGraph reads reports it.
  reportsBalance: false,
};

export const awsScopeOf = (account: string, region: string): Scope => ({ provider: 'aws', account, region });

export function awsScopes(config: AwsProviderConfig): Scope[] {
  return config.accounts.flatMap((account) => account.regions.map((region) => awsScopeOf(account.id, region)));
}

export function awsOutline(config: AwsProviderConfig, costs: CostsConfig): CloudOutline {
  return {
    provider: 'aws',
    accounts: config.accounts.map((a) => ({ provider: 'aws', id: a.id, name: a.name ?? null, regions: a.regions })),
    scopes: awsScopes(config),
    scopeOf: awsScopeOf,
    ...(costs.aws.enabled ? { pricing: { familyOf: familyOfInstanceType, pricesUnlistedTypes: false }, billing: AWS_BILLING } : {}),
  };
}
