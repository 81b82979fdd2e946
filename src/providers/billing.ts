// The normalised spend model: what each cloud's billing data says was spent (AWS Cost Explorer,
// Azure Cost Management, the GCP billing export in BigQuery, DigitalOcean's invoices), and the
// balance where a cloud reports one. Amounts are exact decimal strings
// with their currency, as the bills give them.
import type { Money } from './pricing.js';
import type { ProviderName, ResourceKind, TagFilter } from './types.js';

/** ACTUAL: as charged when used (AWS UnblendedCost, Azure ActualCost, GCP cost + credits). AMORTIZED: upfront fees spread over their term. */
export type CostType = 'ACTUAL' | 'AMORTIZED';
export type SpendGranularity = 'DAILY' | 'MONTHLY';
/** What spend can be grouped by at the cloud (grouping by provider is FleetGraph's own). */
export type SpendDimension = 'ACCOUNT' | 'REGION' | 'SERVICE' | 'TAG';

export interface SpendGrouping {
  dimension: SpendDimension;
  /** For TAG: the tag (GCP: label) key. */
  tagKey?: string;
}

export interface SpendFilter {
  accounts?: string[];
  regions?: string[];
  services?: string[];
  tags?: TagFilter[];
}

export interface SpendQuery {
  /** UTC midnight, inclusive. */
  from: Date;
  /** UTC midnight, exclusive. */
  to: Date;
  granularity: SpendGranularity;
  /** At most two (the clouds' own limit). */
  groupBy: SpendGrouping[];
  costType: CostType;
  filter: SpendFilter;
}

export interface SpendRow {
  /** The first instant of the period (UTC midnight; the 1st of the month for MONTHLY). */
  periodStart: Date;
  /** The end of the period, exclusive (clipped to the query's `to`). */
  periodEnd: Date;
  /** One value per `groupBy` entry, in its order; "" where the cloud has none (an untagged resource). */
  groups: string[];
  amount: Money;
  /** True when the cloud says the period is not final yet (AWS `Estimated`). */
  estimated: boolean;
}

/** Per-resource spend of one account over a window: every resource the bill names, so one answer serves any page of resources. */
export interface ResourceSpendQuery {
  from: Date;
  to: Date;
  costType: CostType;
  account: string;
}

export interface ResourceSpend {
  /** The model's nativeId of the resource (each adapter maps the bill's naming to it). */
  resourceId: string;
  /** What the resource is, where the bill says (a GCP VM and its boot disk share a name). */
  kind?: ResourceKind;
  amount: Money;
}

export interface ForecastQuery {
  /** Today (UTC midnight) or later: forecasts never start in the past. */
  from: Date;
  to: Date;
  costType: CostType;
  filter: SpendFilter;
}

export interface Forecast {
  total: Money;
  /** The cloud's prediction interval, where it gives one. */
  lower: Money | null;
  upper: Money | null;
}

/** What an account owes and has used this month, where the cloud reports it (DigitalOcean's balance). */
export interface AccountBalance {
  account: string;
  /** Owed as of the last bill, before this month's usage; negative: a credit. */
  accountBalance: Money;
  /** Usage this month so far. */
  monthToDateUsage: Money;
  /** accountBalance + monthToDateUsage, as the cloud states it. */
  monthToDateBalance: Money;
  /** When the cloud computed the figures. */
  generatedAt: Date;
}

/**
 * One cloud's billing data. Each method is one logical query (pages included) over every
 * configured account the billing source covers; failures leave as ProviderError naming the
 * provider, the account asked through and the operation.
 */
export interface BillingAdapter {
  readonly provider: ProviderName;
  /** How many days back per-resource spend reaches (AWS: 14), or null when it reaches as far as the rest. */
  readonly resourceWindowDays: number | null;
  /**
   * True when the billing API answers one account per call (Azure: subscription scope): spend is
   * then asked per account, so one failing account does not hide the others' spend. False when
   * one call covers every account (AWS Cost Explorer from the payer, one GCP export table).
   */
  readonly spendPerAccount: boolean;
  /** The kinds per-resource spend names (AWS: VMs only: EBS is billed under "EC2 - Other"). */
  readonly resourceKinds: readonly ResourceKind[];
  /** True when the cloud reports an account balance (`balance` is then present). */
  readonly reportsBalance: boolean;
  spend(query: SpendQuery): Promise<SpendRow[]>;
  /** Per-resource spend of one account over the window; resources without any are absent. */
  resourceSpend(query: ResourceSpendQuery): Promise<ResourceSpend[]>;
  forecast(query: ForecastQuery): Promise<Forecast>;
  /** The account's balance; present when `reportsBalance`. */
  balance?(account: string): Promise<AccountBalance>;
  close(): Promise<void>;
}
