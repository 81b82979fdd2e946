import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { VirtualMachine as VirtualMachineModel, Volume as VolumeModel } from '../../../providers/types.js';
import type { MoneyValue as MoneyModel } from '../money.js';
import type { InstanceOfferValue as InstanceOfferModel, StorageOfferValue as StorageOfferModel, PriceQuoteValue as PriceQuoteModel, VolumePriceQuoteValue as VolumePriceQuoteModel } from '../quotes.js';
import type { CostReportValue as CostReportModel, CostRowValue as CostRowModel, CostGroupTotalValue as CostGroupTotalModel, CostKeyValue as CostKeyModel } from '../spend.js';
import type { CostForecastValue as CostForecastModel, ProviderForecastValue as ProviderForecastModel } from '../forecast.js';
import type { ResourceCostValue as ResourceCostModel } from '../resource-cost.js';
import type { RecommendationValue as RecommendationModel } from '../savings/finding.js';
import type { SavingsReportValue as SavingsReportModel } from '../savings/report.js';
import type { SubgraphContext } from '../../shared/context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar day, YYYY-MM-DD, in UTC. */
  Date: { input: Date; output: Date; }
  /** An ISO-8601 date-time in UTC, e.g. 2026-11-22T10:00:00.000Z. */
  DateTime: { input: Date; output: Date; }
  /** An exact decimal number written as a string, e.g. "0.0416" or "-12.5". Never a float. */
  Decimal: { input: string; output: string; }
  _FieldSet: { input: any; output: any; }
};

/** An account's balance as its cloud reports it. */
export type AccountBalance = {
  __typename?: 'AccountBalance';
  account: Scalars['String']['output'];
  /** Owed as of the last bill, before this month's usage; negative: a credit. */
  accountBalance: Money;
  /** When the cloud computed these figures. */
  generatedAt: Scalars['DateTime']['output'];
  /** accountBalance plus monthToDateUsage: what would be owed if the month closed now. */
  monthToDateBalance: Money;
  /** Usage this month so far. */
  monthToDateUsage: Money;
  provider: Provider;
};

export type BalanceFilter = {
  accounts?: InputMaybe<Array<Scalars['String']['input']>>;
  providers?: InputMaybe<Array<Provider>>;
};

/** Where a resource's cost came from. */
export type CostBasis =
  /** The cloud's billing data for this resource. */
  | 'ACTUAL'
  /** FleetGraph's computation from the catalog price; see ResourceCost.estimate. */
  | 'ESTIMATE';

export type CostDimension =
  /** AWS linked account, Azure subscription, GCP project, DigitalOcean team. */
  | 'ACCOUNT'
  | 'PROVIDER'
  /** The cloud's own region name. */
  | 'REGION'
  /** The bill's service name ("Amazon Elastic Compute Cloud - Compute", "Virtual Machines", "Compute Engine", "Droplets"). */
  | 'SERVICE'
  /** A tag (GCP: label) value; name the key in `tagKey`. */
  | 'TAG';

export type CostEstimate = {
  __typename?: 'CostEstimate';
  /** The hours counted: running (a VM) or existing (a volume) within the window. */
  hours: Scalars['Decimal']['output'];
  /** How the hours were found, in words. */
  method: Scalars['String']['output'];
  /** The catalog entry of unitPrice. */
  sku: Scalars['String']['output'];
  /** The catalog price multiplied: per hour for a VM, per month for a volume (spread over 730 hours). */
  unitPrice: Money;
};

export type CostFilter = {
  accounts?: InputMaybe<Array<Scalars['String']['input']>>;
  providers?: InputMaybe<Array<Provider>>;
  regions?: InputMaybe<Array<Scalars['String']['input']>>;
  services?: InputMaybe<Array<Scalars['String']['input']>>;
  tags?: InputMaybe<Array<TagFilter>>;
};

export type CostForecast = {
  __typename?: 'CostForecast';
  byProvider: Array<ProviderForecast>;
  /** The month: its first day and the first day of the next. */
  from: Scalars['Date']['output'];
  /** Expected month-end spend, one amount per currency. */
  monthEnd: Array<Money>;
  to: Scalars['Date']['output'];
};

export type CostGranularity =
  | 'DAILY'
  | 'MONTHLY';

export type CostGroupBy = {
  dimension: CostDimension;
  /** The tag key, for TAG. */
  tagKey?: InputMaybe<Scalars['String']['input']>;
};

export type CostGroupTotal = {
  __typename?: 'CostGroupTotal';
  /** The group's spend over the whole window. */
  amount: Money;
  keys: Array<CostKey>;
  provider: Provider;
};

/** One group's key part: a dimension and its value ("" for resources without the tag). */
export type CostKey = {
  __typename?: 'CostKey';
  dimension: CostDimension;
  tagKey?: Maybe<Scalars['String']['output']>;
  value: Scalars['String']['output'];
};

export type CostReport = {
  __typename?: 'CostReport';
  costType: CostType;
  /**
   * The current month to its end: month-to-date spend plus the clouds' forecast of the rest, for
   * the same filter. Asked of the clouds only when selected.
   */
  forecast?: Maybe<CostForecast>;
  from: Scalars['Date']['output'];
  granularity: CostGranularity;
  /** Per group over the whole window, largest first within each currency. */
  groups: Array<CostGroupTotal>;
  /** Per period and group, ordered by period, then provider, then keys. */
  rows: Array<CostRow>;
  to: Scalars['Date']['output'];
  /** The window's total: one amount per currency (never a sum across currencies). */
  totals: Array<Money>;
};

export type CostRow = {
  __typename?: 'CostRow';
  amount: Money;
  /** True when the cloud says the period is not final yet (its bill still changes). */
  estimated: Scalars['Boolean']['output'];
  /** One key per groupBy entry, in its order. */
  keys: Array<CostKey>;
  /** Exclusive. */
  periodEnd: Scalars['Date']['output'];
  periodStart: Scalars['Date']['output'];
  provider: Provider;
};

export type CostType =
  /** As charged when used (AWS UnblendedCost, Azure ActualCost, GCP cost plus credits). */
  | 'ACTUAL'
  /** Upfront and recurring commitment fees spread over their term (AWS AmortizedCost, Azure AmortizedCost). */
  | 'AMORTIZED';

/** One conversion: the original amount and the configured rate (units of the target per unit of the original). */
export type CurrencyConversion = {
  __typename?: 'CurrencyConversion';
  original: Money;
  rate: Scalars['Decimal']['output'];
};

/** One instance type's on-demand price in one region, as the cloud's catalog lists it. */
export type InstanceOffer = {
  __typename?: 'InstanceOffer';
  /** How the catalog describes it. */
  description: Scalars['String']['output'];
  /** Per hour, on demand, shared tenancy, no reservation or commitment. */
  hourly: Money;
  /** The cloud's own name: m5.xlarge, Standard_D2s_v5, n2-standard-2. */
  instanceType: Scalars['String']['output'];
  memoryMiB: Scalars['Int']['output'];
  /** hourly × 730 hours, the month the clouds price by. */
  monthly: Money;
  os: OperatingSystem;
  provider: Provider;
  region: Scalars['String']['output'];
  /** The catalog entry (AWS SKU, Azure meter id, GCP SKU ids joined by +). */
  sku: Scalars['String']['output'];
  vcpus: Scalars['Int']['output'];
};

export type InstanceOfferConnection = {
  __typename?: 'InstanceOfferConnection';
  edges: Array<InstanceOfferEdge>;
  nodes: Array<InstanceOffer>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InstanceOfferEdge = {
  __typename?: 'InstanceOfferEdge';
  cursor: Scalars['String']['output'];
  node: InstanceOffer;
};

/** An exact amount of money. */
export type Money = {
  __typename?: 'Money';
  amount: Scalars['Decimal']['output'];
  /**
   * How FleetGraph converted the amount from other currencies with configured rates: one entry
   * per original currency (a total may add up several). Empty when nothing was converted.
   */
  conversions: Array<CurrencyConversion>;
  /** ISO 4217 code, e.g. USD. */
  currency: Scalars['String']['output'];
};

/** The operating system a price is for: the licence is part of the hourly rate. */
export type OperatingSystem =
  | 'LINUX'
  | 'WINDOWS';

/** Sort direction. */
export type OrderDirection =
  | 'ASC'
  | 'DESC';

/** Relay-style page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A VM's on-demand price, or why there is none. */
export type PriceQuote = {
  __typename?: 'PriceQuote';
  /** The catalog's offer for the VM's type, region and operating system; null when it lists none (see reason). */
  offer?: Maybe<InstanceOffer>;
  /** Why `offer` is null: the VM has no type, or the catalog does not list the type in the region. */
  reason?: Maybe<Scalars['String']['output']>;
};

/** The cloud a resource lives in. */
export type Provider =
  | 'aws'
  | 'azure'
  | 'containerd'
  | 'digitalocean'
  | 'gcp'
  | 'libvirt'
  | 'proxmox';

export type ProviderForecast = {
  __typename?: 'ProviderForecast';
  /** monthToDate + remaining: the expected month-end bill. */
  monthEnd: Money;
  /** Spend so far this month (actual). */
  monthToDate: Money;
  provider: Provider;
  /** The cloud's forecast from today to the end of the month. */
  remaining: Money;
  /** The cloud's 80% prediction interval for `remaining`, where it gives one. */
  remainingLower?: Maybe<Money>;
  remainingUpper?: Maybe<Money>;
};

export type Query = {
  __typename?: 'Query';
  /**
   * What each account owes and has used this month, where the cloud's billing API reports it
   * (DigitalOcean: each team's balance; AWS, Azure and GCP report none through the APIs FleetGraph
   * reads, so their accounts are not listed). One call per account, kept for
   * `costs.ttlSeconds.spend`; an account whose call fails is left out, with an error naming it.
   * Ordered by provider, then account.
   */
  balances: Array<AccountBalance>;
  /**
   * What the bills say was spent from `from` (inclusive) to `to` (exclusive), over the configured
   * accounts, from each cloud's billing data (AWS Cost Explorer, Azure Cost Management, the GCP
   * billing export in BigQuery, DigitalOcean's invoices by ACCOUNT and SERVICE, its daily insights by ACCOUNT and REGION), per period and grouped by up to two of ACCOUNT, REGION, SERVICE
   * and TAG, plus PROVIDER. Amounts stay in their billing currency unless `currency` is given
   * (configured exchange rates). A provider whose billing data fails is left out, with an error
   * naming it. DAILY windows are at most 92 days, MONTHLY at most 13 months back.
   */
  costs: CostReport;
  /**
   * Instance types across clouds and regions with at least `minVcpus` vCPUs and `minMemoryMiB`
   * of memory, cheapest on-demand hourly price first, from each cloud's public price catalog.
   * `regions` defaults to every region the providers are configured with; `providers` to every
   * configured provider. Prices in different currencies are compared after conversion to
   * `currency` (see `costs.exchangeRates`); without it, offers are ordered within each currency.
   * A provider whose catalog fails leaves its offers out, with an error naming it. `first` is at
   * most 1000 (default 20).
   */
  instanceOffers: InstanceOfferConnection;
  /**
   * Where the fleet would cost less: oversized VMs (RIGHTSIZE), idle VMs (IDLE), volumes attached
   * to nothing (UNATTACHED_VOLUME) and old snapshots (OLD_SNAPSHOT), each with its estimated monthly
   * saving at on-demand catalog prices and the evidence (see `costs.savings` in the configuration).
   * Largest saving first; `first` is at most 1000 (default 50).
   */
  savings: SavingsReport;
};


export type QueryBalancesArgs = {
  currency?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BalanceFilter>;
};


export type QueryCostsArgs = {
  costType?: InputMaybe<CostType>;
  currency?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CostFilter>;
  from: Scalars['Date']['input'];
  granularity?: InputMaybe<CostGranularity>;
  groupBy?: InputMaybe<Array<CostGroupBy>>;
  to: Scalars['Date']['input'];
};


export type QueryInstanceOffersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  maxVcpus?: InputMaybe<Scalars['Int']['input']>;
  minMemoryMiB?: InputMaybe<Scalars['Int']['input']>;
  minVcpus?: InputMaybe<Scalars['Int']['input']>;
  os?: InputMaybe<OperatingSystem>;
  providers?: InputMaybe<Array<Provider>>;
  regions?: InputMaybe<Array<Scalars['String']['input']>>;
};


export type QuerySavingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SavingsFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Recommendation = {
  __typename?: 'Recommendation';
  account: Scalars['String']['output'];
  /** What to do, in words. */
  action: Scalars['String']['output'];
  /** What the resource costs a month now, at the on-demand catalog price (an estimate). */
  currentMonthly: Money;
  evidence: RecommendationEvidence;
  kind: RecommendationKind;
  /** currentMonthly − proposedMonthly (an estimate). */
  monthlySaving: Money;
  /** What it would cost after the action: the smaller type's price, or 0. */
  proposedMonthly: Money;
  provider: Provider;
  region: Scalars['String']['output'];
  /** Global id of the VM, volume or snapshot. */
  resourceId: Scalars['ID']['output'];
  /** For RIGHTSIZE: the type proposed. */
  suggestedInstanceType?: Maybe<Scalars['String']['output']>;
};

export type RecommendationEdge = {
  __typename?: 'RecommendationEdge';
  cursor: Scalars['String']['output'];
  node: Recommendation;
};

/** The figures a finding rests on. */
export type RecommendationEvidence = {
  __typename?: 'RecommendationEvidence';
  /** Days since the volume or snapshot was created. */
  ageDays?: Maybe<Scalars['Int']['output']>;
  /** 95th percentile of CPU utilisation in the window, percent. */
  cpuP95?: Maybe<Scalars['Float']['output']>;
  /** How the finding was reached. */
  detail: Scalars['String']['output'];
  /** The metric window judged (VM findings). */
  from?: Maybe<Scalars['DateTime']['output']>;
  /** Spare capacity kept above the percentiles, percent. */
  headroomPercent?: Maybe<Scalars['Float']['output']>;
  /** 95th percentile of memory utilisation, percent; null when no agent reports memory. */
  memoryP95?: Maybe<Scalars['Float']['output']>;
  to?: Maybe<Scalars['DateTime']['output']>;
};

export type RecommendationKind =
  /** CPU p95 under the idle threshold for the whole lookback window. */
  | 'IDLE'
  /** A snapshot older than the configured age. */
  | 'OLD_SNAPSHOT'
  /** A cheaper type of the same family still holds the VM's CPU and memory p95 plus headroom. */
  | 'RIGHTSIZE'
  /** A volume attached to nothing for longer than the configured age. */
  | 'UNATTACHED_VOLUME';

export type ResourceCost = {
  __typename?: 'ResourceCost';
  amount: Money;
  basis: CostBasis;
  /** How an ESTIMATE was computed; null for ACTUAL. */
  estimate?: Maybe<CostEstimate>;
  from: Scalars['Date']['output'];
  /** Why the cost is an estimate (no per-resource billing data for the window, none configured …). */
  note?: Maybe<Scalars['String']['output']>;
  to: Scalars['Date']['output'];
};

export type SavingsFilter = {
  accounts?: InputMaybe<Array<Scalars['String']['input']>>;
  kinds?: InputMaybe<Array<RecommendationKind>>;
  providers?: InputMaybe<Array<Provider>>;
  regions?: InputMaybe<Array<Scalars['String']['input']>>;
  tags?: InputMaybe<Array<TagFilter>>;
};

export type SavingsReport = {
  __typename?: 'SavingsReport';
  edges: Array<RecommendationEdge>;
  nodes: Array<Recommendation>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
  /** The sum of every finding's monthly saving (not just this page), one amount per currency. */
  totalMonthlySaving: Array<Money>;
};

/** A block storage price in one region, as the cloud's catalog lists it. */
export type StorageOffer = {
  __typename?: 'StorageOffer';
  description: Scalars['String']['output'];
  /** For DISK_MONTH prices, the largest disk the tier holds. */
  maxSizeGiB?: Maybe<Scalars['Int']['output']>;
  monthly: Money;
  provider: Provider;
  region: Scalars['String']['output'];
  sku: Scalars['String']['output'];
  unit: StoragePriceUnit;
  volumeType: Scalars['String']['output'];
};

export type StoragePriceUnit =
  /** Priced per disk per month for disks up to maxSizeGiB (Azure managed disk tiers). */
  | 'DISK_MONTH'
  /** Priced per GiB of provisioned size per month (EBS, persistent disk). */
  | 'GIB_MONTH';

/** A key/value label: a cloud tag or label, or a provider-specific attribute. */
export type Tag = {
  __typename?: 'Tag';
  key: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

/** Matches resources carrying tag `key`; with `values`, only those whose value is one of them. */
export type TagFilter = {
  key: Scalars['String']['input'];
  values?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type VirtualMachine = {
  __typename?: 'VirtualMachine';
  account: Scalars['String']['output'];
  /**
   * What the VM cost from `from` to `to` (exclusive): ACTUAL from the cloud's per-resource billing
   * data where it has some for the window (AWS: the last 14 days, with resource-level data
   * enabled; Azure: any window; GCP: with the detailed billing export), else an ESTIMATE: the
   * catalog's on-demand price — on your own hardware (Proxmox VE, libvirt, containerd) the
   * configured rate card × its vCPUs and memory — × the hours the VM ran in the window, as far as
   * FleetGraph can tell (see `estimate.method`). One billing query per account and window for any
   * number of VMs.
   */
  cost?: Maybe<ResourceCost>;
  id: Scalars['ID']['output'];
  instanceType?: Maybe<Scalars['String']['output']>;
  launchedAt?: Maybe<Scalars['DateTime']['output']>;
  memoryMiB?: Maybe<Scalars['Int']['output']>;
  nativeId: Scalars['String']['output'];
  platform?: Maybe<Scalars['String']['output']>;
  /**
   * The VM's on-demand price for its type, region and operating system (Windows when the
   * platform is windows, else Linux), from the cloud's price catalog (cached for a day); for
   * Proxmox VE, libvirt and containerd, the configured rate card (costs.rateCards) × its vCPUs and
   * memory (sku `rate-card:<provider>`). In
   * `currency` when asked (configured exchange rates). Null, with an error naming the provider,
   * when the catalog could not be asked.
   */
  price?: Maybe<PriceQuote>;
  provider: Provider;
  /** Idle or oversized: see Query.savings. Empty when the VM is neither, or not running. */
  recommendations?: Maybe<Array<Recommendation>>;
  region: Scalars['String']['output'];
  state: VmState;
  vcpus?: Maybe<Scalars['Int']['output']>;
};


export type VirtualMachineCostArgs = {
  costType?: InputMaybe<CostType>;
  currency?: InputMaybe<Scalars['String']['input']>;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


export type VirtualMachinePriceArgs = {
  currency?: InputMaybe<Scalars['String']['input']>;
};


export type VirtualMachineRecommendationsArgs = {
  currency?: InputMaybe<Scalars['String']['input']>;
};

/** The one normalised VM state. `providerState` keeps the raw value. */
export type VmState =
  | 'ERROR'
  | 'PENDING'
  | 'REBOOTING'
  | 'RUNNING'
  | 'STOPPED'
  | 'STOPPING'
  | 'SUSPENDED'
  | 'TERMINATED'
  | 'TERMINATING'
  | 'UNKNOWN';

export type Volume = {
  __typename?: 'Volume';
  account: Scalars['String']['output'];
  /** What the volume cost in the window; see VirtualMachine.cost (estimates count the hours it existed). */
  cost?: Maybe<ResourceCost>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  nativeId: Scalars['String']['output'];
  /** The volume's storage price at its size; see VirtualMachine.price. */
  price?: Maybe<VolumePriceQuote>;
  provider: Provider;
  region: Scalars['String']['output'];
  sizeGiB: Scalars['Int']['output'];
  volumeType?: Maybe<Scalars['String']['output']>;
};


export type VolumeCostArgs = {
  costType?: InputMaybe<CostType>;
  currency?: InputMaybe<Scalars['String']['input']>;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


export type VolumePriceArgs = {
  currency?: InputMaybe<Scalars['String']['input']>;
};

/** A volume's storage price, or why there is none. */
export type VolumePriceQuote = {
  __typename?: 'VolumePriceQuote';
  /** What the volume costs a month at its provisioned size. */
  monthly?: Maybe<Money>;
  /** The catalog price that applies to the volume: its type, and for tiered disks the smallest tier that holds it. */
  offer?: Maybe<StorageOffer>;
  /** Why `offer` is null. */
  reason?: Maybe<Scalars['String']['output']>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  VirtualMachine: VirtualMachine;
  Volume: Volume;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  VirtualMachine:
    ( { __typename: 'VirtualMachine' }
    & GraphQLRecursivePick<FederationTypes['VirtualMachine'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['VirtualMachine'], {"nativeId":true,"provider":true,"account":true,"region":true,"instanceType":true,"platform":true,"vcpus":true,"memoryMiB":true,"state":true,"launchedAt":true}>
        | GraphQLRecursivePick<FederationTypes['VirtualMachine'], {"nativeId":true,"provider":true,"account":true,"region":true,"instanceType":true,"platform":true,"vcpus":true,"memoryMiB":true,"state":true,"launchedAt":true}>
        | GraphQLRecursivePick<FederationTypes['VirtualMachine'], {"nativeId":true,"provider":true,"account":true,"region":true,"instanceType":true,"platform":true,"vcpus":true,"memoryMiB":true,"state":true,"launchedAt":true}>
        | GraphQLRecursivePick<FederationTypes['VirtualMachine'], {"nativeId":true,"provider":true,"account":true,"region":true,"instanceType":true,"platform":true,"vcpus":true,"memoryMiB":true,"state":true,"launchedAt":true}>
        | GraphQLRecursivePick<FederationTypes['VirtualMachine'], {"provider":true,"region":true,"instanceType":true,"platform":true,"vcpus":true,"memoryMiB":true}>
        | GraphQLRecursivePick<FederationTypes['VirtualMachine'], {"provider":true,"region":true,"instanceType":true,"platform":true,"vcpus":true,"memoryMiB":true,"account":true,"state":true}>
        | GraphQLRecursivePick<FederationTypes['VirtualMachine'], {"provider":true,"account":true,"region":true,"instanceType":true,"platform":true,"state":true}> ) );
  Volume:
    ( { __typename: 'Volume' }
    & GraphQLRecursivePick<FederationTypes['Volume'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Volume'], {"nativeId":true,"provider":true,"account":true,"region":true,"volumeType":true,"sizeGiB":true,"createdAt":true}>
        | GraphQLRecursivePick<FederationTypes['Volume'], {"nativeId":true,"provider":true,"account":true,"region":true,"volumeType":true,"sizeGiB":true,"createdAt":true}>
        | GraphQLRecursivePick<FederationTypes['Volume'], {"provider":true,"region":true,"volumeType":true,"sizeGiB":true}> ) );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AccountBalance: ResolverTypeWrapper<Omit<AccountBalance, 'accountBalance' | 'monthToDateBalance' | 'monthToDateUsage'> & { accountBalance: ResolversTypes['Money'], monthToDateBalance: ResolversTypes['Money'], monthToDateUsage: ResolversTypes['Money'] }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  BalanceFilter: BalanceFilter;
  CostBasis: CostBasis;
  CostDimension: CostDimension;
  CostEstimate: ResolverTypeWrapper<Omit<CostEstimate, 'unitPrice'> & { unitPrice: ResolversTypes['Money'] }>;
  CostFilter: CostFilter;
  CostForecast: ResolverTypeWrapper<CostForecastModel>;
  CostGranularity: CostGranularity;
  CostGroupBy: CostGroupBy;
  CostGroupTotal: ResolverTypeWrapper<CostGroupTotalModel>;
  CostKey: ResolverTypeWrapper<CostKeyModel>;
  CostReport: ResolverTypeWrapper<CostReportModel>;
  CostRow: ResolverTypeWrapper<CostRowModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CostType: CostType;
  CurrencyConversion: ResolverTypeWrapper<Omit<CurrencyConversion, 'original'> & { original: ResolversTypes['Money'] }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  InstanceOffer: ResolverTypeWrapper<InstanceOfferModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  InstanceOfferConnection: ResolverTypeWrapper<Omit<InstanceOfferConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['InstanceOfferEdge']>, nodes: Array<ResolversTypes['InstanceOffer']> }>;
  InstanceOfferEdge: ResolverTypeWrapper<Omit<InstanceOfferEdge, 'node'> & { node: ResolversTypes['InstanceOffer'] }>;
  Money: ResolverTypeWrapper<MoneyModel>;
  OperatingSystem: OperatingSystem;
  OrderDirection: OrderDirection;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PriceQuote: ResolverTypeWrapper<PriceQuoteModel>;
  Provider: null;
  ProviderForecast: ResolverTypeWrapper<ProviderForecastModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Recommendation: ResolverTypeWrapper<RecommendationModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  RecommendationEdge: ResolverTypeWrapper<Omit<RecommendationEdge, 'node'> & { node: ResolversTypes['Recommendation'] }>;
  RecommendationEvidence: ResolverTypeWrapper<RecommendationEvidence>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  RecommendationKind: RecommendationKind;
  ResourceCost: ResolverTypeWrapper<ResourceCostModel>;
  SavingsFilter: SavingsFilter;
  SavingsReport: ResolverTypeWrapper<SavingsReportModel>;
  StorageOffer: ResolverTypeWrapper<StorageOfferModel>;
  StoragePriceUnit: StoragePriceUnit;
  Tag: ResolverTypeWrapper<Tag>;
  TagFilter: TagFilter;
  VirtualMachine: ResolverTypeWrapper<VirtualMachineModel>;
  VmState: VmState;
  Volume: ResolverTypeWrapper<VolumeModel>;
  VolumePriceQuote: ResolverTypeWrapper<VolumePriceQuoteModel>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AccountBalance: Omit<AccountBalance, 'accountBalance' | 'monthToDateBalance' | 'monthToDateUsage'> & { accountBalance: ResolversParentTypes['Money'], monthToDateBalance: ResolversParentTypes['Money'], monthToDateUsage: ResolversParentTypes['Money'] };
  String: Scalars['String']['output'];
  BalanceFilter: BalanceFilter;
  CostEstimate: Omit<CostEstimate, 'unitPrice'> & { unitPrice: ResolversParentTypes['Money'] };
  CostFilter: CostFilter;
  CostForecast: CostForecastModel;
  CostGroupBy: CostGroupBy;
  CostGroupTotal: CostGroupTotalModel;
  CostKey: CostKeyModel;
  CostReport: CostReportModel;
  CostRow: CostRowModel;
  Boolean: Scalars['Boolean']['output'];
  CurrencyConversion: Omit<CurrencyConversion, 'original'> & { original: ResolversParentTypes['Money'] };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  InstanceOffer: InstanceOfferModel;
  Int: Scalars['Int']['output'];
  InstanceOfferConnection: Omit<InstanceOfferConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['InstanceOfferEdge']>, nodes: Array<ResolversParentTypes['InstanceOffer']> };
  InstanceOfferEdge: Omit<InstanceOfferEdge, 'node'> & { node: ResolversParentTypes['InstanceOffer'] };
  Money: MoneyModel;
  PageInfo: PageInfo;
  PriceQuote: PriceQuoteModel;
  ProviderForecast: ProviderForecastModel;
  Query: Record<PropertyKey, never>;
  Recommendation: RecommendationModel;
  ID: Scalars['ID']['output'];
  RecommendationEdge: Omit<RecommendationEdge, 'node'> & { node: ResolversParentTypes['Recommendation'] };
  RecommendationEvidence: RecommendationEvidence;
  Float: Scalars['Float']['output'];
  ResourceCost: ResourceCostModel;
  SavingsFilter: SavingsFilter;
  SavingsReport: SavingsReportModel;
  StorageOffer: StorageOfferModel;
  Tag: Tag;
  TagFilter: TagFilter;
  VirtualMachine: VirtualMachineModel;
  Volume: VolumeModel;
  VolumePriceQuote: VolumePriceQuoteModel;
}>;

export type AccountBalanceResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AccountBalance'] = ResolversParentTypes['AccountBalance']> = ResolversObject<{
  account?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  accountBalance?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  generatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  monthToDateBalance?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  monthToDateUsage?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Provider'], ParentType, ContextType>;
}>;

export type CostEstimateResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CostEstimate'] = ResolversParentTypes['CostEstimate']> = ResolversObject<{
  hours?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type CostForecastResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CostForecast'] = ResolversParentTypes['CostForecast']> = ResolversObject<{
  byProvider?: Resolver<Array<ResolversTypes['ProviderForecast']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  monthEnd?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type CostGroupTotalResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CostGroupTotal'] = ResolversParentTypes['CostGroupTotal']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  keys?: Resolver<Array<ResolversTypes['CostKey']>, ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Provider'], ParentType, ContextType>;
}>;

export type CostKeyResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CostKey'] = ResolversParentTypes['CostKey']> = ResolversObject<{
  dimension?: Resolver<ResolversTypes['CostDimension'], ParentType, ContextType>;
  tagKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CostReportResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CostReport'] = ResolversParentTypes['CostReport']> = ResolversObject<{
  costType?: Resolver<ResolversTypes['CostType'], ParentType, ContextType>;
  forecast?: Resolver<Maybe<ResolversTypes['CostForecast']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  granularity?: Resolver<ResolversTypes['CostGranularity'], ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['CostGroupTotal']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['CostRow']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  totals?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
}>;

export type CostRowResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CostRow'] = ResolversParentTypes['CostRow']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  estimated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  keys?: Resolver<Array<ResolversTypes['CostKey']>, ParentType, ContextType>;
  periodEnd?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Provider'], ParentType, ContextType>;
}>;

export type CurrencyConversionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CurrencyConversion'] = ResolversParentTypes['CurrencyConversion']> = ResolversObject<{
  original?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  rate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type InstanceOfferResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['InstanceOffer'] = ResolversParentTypes['InstanceOffer']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hourly?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  instanceType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  memoryMiB?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  monthly?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  os?: Resolver<ResolversTypes['OperatingSystem'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Provider'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  vcpus?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InstanceOfferConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['InstanceOfferConnection'] = ResolversParentTypes['InstanceOfferConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['InstanceOfferEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['InstanceOffer']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InstanceOfferEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['InstanceOfferEdge'] = ResolversParentTypes['InstanceOfferEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['InstanceOffer'], ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  conversions?: Resolver<Array<ResolversTypes['CurrencyConversion']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PriceQuoteResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PriceQuote'] = ResolversParentTypes['PriceQuote']> = ResolversObject<{
  offer?: Resolver<Maybe<ResolversTypes['InstanceOffer']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProviderResolvers = { AWS: 'aws', AZURE: 'azure', CONTAINERD: 'containerd', DIGITALOCEAN: 'digitalocean', GCP: 'gcp', LIBVIRT: 'libvirt', PROXMOX: 'proxmox' };

export type ProviderForecastResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ProviderForecast'] = ResolversParentTypes['ProviderForecast']> = ResolversObject<{
  monthEnd?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  monthToDate?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Provider'], ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  remainingLower?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  remainingUpper?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  balances?: Resolver<Array<ResolversTypes['AccountBalance']>, ParentType, ContextType, Partial<QueryBalancesArgs>>;
  costs?: Resolver<ResolversTypes['CostReport'], ParentType, ContextType, RequireFields<QueryCostsArgs, 'costType' | 'from' | 'granularity' | 'to'>>;
  instanceOffers?: Resolver<ResolversTypes['InstanceOfferConnection'], ParentType, ContextType, RequireFields<QueryInstanceOffersArgs, 'first' | 'minMemoryMiB' | 'minVcpus' | 'os'>>;
  savings?: Resolver<ResolversTypes['SavingsReport'], ParentType, ContextType, RequireFields<QuerySavingsArgs, 'first'>>;
}>;

export type RecommendationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Recommendation'] = ResolversParentTypes['Recommendation']> = ResolversObject<{
  account?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currentMonthly?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['RecommendationEvidence'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RecommendationKind'], ParentType, ContextType>;
  monthlySaving?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  proposedMonthly?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Provider'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resourceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  suggestedInstanceType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type RecommendationEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['RecommendationEdge'] = ResolversParentTypes['RecommendationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType>;
}>;

export type RecommendationEvidenceResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['RecommendationEvidence'] = ResolversParentTypes['RecommendationEvidence']> = ResolversObject<{
  ageDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  cpuP95?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  headroomPercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  memoryP95?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type ResourceCostResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ResourceCost'] = ResolversParentTypes['ResourceCost']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['CostBasis'], ParentType, ContextType>;
  estimate?: Resolver<Maybe<ResolversTypes['CostEstimate']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type SavingsReportResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SavingsReport'] = ResolversParentTypes['SavingsReport']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RecommendationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Recommendation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalMonthlySaving?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
}>;

export type StorageOfferResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['StorageOffer'] = ResolversParentTypes['StorageOffer']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maxSizeGiB?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  monthly?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Provider'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['StoragePriceUnit'], ParentType, ContextType>;
  volumeType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TagResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Tag'] = ResolversParentTypes['Tag']> = ResolversObject<{
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type VirtualMachineResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['VirtualMachine'] = ResolversParentTypes['VirtualMachine'], FederationReferenceType extends FederationReferenceTypes['VirtualMachine'] = FederationReferenceTypes['VirtualMachine']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['VirtualMachine']> | FederationReferenceType, FederationReferenceType, ContextType>;
  cost?: Resolver<Maybe<ResolversTypes['ResourceCost']>, ParentType, ContextType, RequireFields<VirtualMachineCostArgs, 'costType' | 'from' | 'to'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  price?: Resolver<Maybe<ResolversTypes['PriceQuote']>, ParentType, ContextType, Partial<VirtualMachinePriceArgs>>;
  recommendations?: Resolver<Maybe<Array<ResolversTypes['Recommendation']>>, ParentType, ContextType, Partial<VirtualMachineRecommendationsArgs>>;
}>;

export type VolumeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Volume'] = ResolversParentTypes['Volume'], FederationReferenceType extends FederationReferenceTypes['Volume'] = FederationReferenceTypes['Volume']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Volume']> | FederationReferenceType, FederationReferenceType, ContextType>;
  cost?: Resolver<Maybe<ResolversTypes['ResourceCost']>, ParentType, ContextType, RequireFields<VolumeCostArgs, 'costType' | 'from' | 'to'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  price?: Resolver<Maybe<ResolversTypes['VolumePriceQuote']>, ParentType, ContextType, Partial<VolumePriceArgs>>;
}>;

export type VolumePriceQuoteResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['VolumePriceQuote'] = ResolversParentTypes['VolumePriceQuote']> = ResolversObject<{
  monthly?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  offer?: Resolver<Maybe<ResolversTypes['StorageOffer']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
  AccountBalance?: AccountBalanceResolvers<ContextType>;
  CostEstimate?: CostEstimateResolvers<ContextType>;
  CostForecast?: CostForecastResolvers<ContextType>;
  CostGroupTotal?: CostGroupTotalResolvers<ContextType>;
  CostKey?: CostKeyResolvers<ContextType>;
  CostReport?: CostReportResolvers<ContextType>;
  CostRow?: CostRowResolvers<ContextType>;
  CurrencyConversion?: CurrencyConversionResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  InstanceOffer?: InstanceOfferResolvers<ContextType>;
  InstanceOfferConnection?: InstanceOfferConnectionResolvers<ContextType>;
  InstanceOfferEdge?: InstanceOfferEdgeResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PriceQuote?: PriceQuoteResolvers<ContextType>;
  Provider?: ProviderResolvers;
  ProviderForecast?: ProviderForecastResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Recommendation?: RecommendationResolvers<ContextType>;
  RecommendationEdge?: RecommendationEdgeResolvers<ContextType>;
  RecommendationEvidence?: RecommendationEvidenceResolvers<ContextType>;
  ResourceCost?: ResourceCostResolvers<ContextType>;
  SavingsReport?: SavingsReportResolvers<ContextType>;
  StorageOffer?: StorageOfferResolvers<ContextType>;
  Tag?: TagResolvers<ContextType>;
  VirtualMachine?: VirtualMachineResolvers<ContextType>;
  Volume?: VolumeResolvers<ContextType>;
  VolumePriceQuote?: VolumePriceQuoteResolvers<ContextType>;
}>;

