import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar day, YYYY-MM-DD, in UTC. */
  Date: { input: string; output: string; }
  /** An ISO-8601 date-time in UTC, e.g. 2026-11-22T10:00:00.000Z. */
  DateTime: { input: string; output: string; }
  /** An exact decimal number written as a string, e.g. "0.0416" or "-12.5". Never a float. */
  Decimal: { input: string; output: string; }
  join__FieldSet: { input: any; output: any; }
  link__Import: { input: any; output: any; }
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

export type AccountStatus = {
  __typename?: 'AccountStatus';
  id: Scalars['String']['output'];
  name?: Maybe<Scalars['String']['output']>;
  regions: Array<RegionStatus>;
};

export type AttachmentState =
  | 'ATTACHED'
  | 'ATTACHING'
  /** The attachment exists but the volume is in use by an operation (EC2 busy). */
  | 'BUSY'
  | 'DETACHED'
  | 'DETACHING'
  | 'UNKNOWN';

export type AuditDecision =
  | 'ALLOWED'
  | 'DRY_RUN'
  | 'REFUSED';

export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** The mutation's arguments as JSON, secrets redacted. */
  arguments: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  caller: Scalars['String']['output'];
  decision: AuditDecision;
  errorCode?: Maybe<Scalars['String']['output']>;
  /** Increasing; pass the last one seen as `after` for the next page. */
  id: Scalars['ID']['output'];
  kind: OperationKind;
  message?: Maybe<Scalars['String']['output']>;
  operationId?: Maybe<Scalars['ID']['output']>;
  outcome: AuditOutcome;
  role: Role;
  target?: Maybe<Scalars['ID']['output']>;
  /** How the caller authenticated: API_KEY, JWT or NONE (auth.mode none). */
  via: Scalars['String']['output'];
};

export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  nodes: Array<AuditEntry>;
  pageInfo: PageInfo;
};

export type AuditFilter = {
  callers?: InputMaybe<Array<Scalars['String']['input']>>;
  decisions?: InputMaybe<Array<AuditDecision>>;
  kinds?: InputMaybe<Array<OperationKind>>;
  /** Entries at or after this time. */
  since?: InputMaybe<Scalars['DateTime']['input']>;
  targets?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type AuditOutcome =
  /** Allowed and started. */
  | 'ACCEPTED'
  | 'FAILED'
  | 'REFUSED'
  | 'SUCCEEDED'
  /** A dry run that found nothing in the way. */
  | 'VALIDATED';

export type BalanceFilter = {
  accounts?: InputMaybe<Array<Scalars['String']['input']>>;
  providers?: InputMaybe<Array<Provider>>;
};

export type BreakerState =
  /** Calls go to the cloud. */
  | 'CLOSED'
  /** The open time has passed: the next call probes the region; success closes the circuit, failure opens it again. */
  | 'HALF_OPEN'
  /** Calls fail at once (PROVIDER_UNAVAILABLE, or cached data answered stale) without reaching the cloud. */
  | 'OPEN';

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

export type CreateVmInput = {
  /** AWS account, Azure subscription or GCP project. */
  account: Scalars['String']['input'];
  bootDiskGiB?: InputMaybe<Scalars['Int']['input']>;
  dataDisks?: InputMaybe<Array<DataDiskInput>>;
  /** AWS: an AMI id; Azure: an image URN (publisher:offer:sku:version) or resource id; GCP: an image or image family URL. */
  image: Scalars['String']['input'];
  instanceType: Scalars['String']['input'];
  name: Scalars['String']['input'];
  provider: Provider;
  region: Scalars['String']['input'];
  /** Global ids of security groups (AWS), network security groups (Azure) or firewalls (GCP). */
  securityGroupIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Global id of the subnet; the cloud's default when absent. */
  subnetId?: InputMaybe<Scalars['ID']['input']>;
  tags?: InputMaybe<Array<TagInput>>;
  /** AWS: an availability zone (us-east-1a); GCP: a zone (us-central1-a); Azure: an availability zone (1, 2, 3) or none. */
  zone?: InputMaybe<Scalars['String']['input']>;
};

/** One conversion: the original amount and the configured rate (units of the target per unit of the original). */
export type CurrencyConversion = {
  __typename?: 'CurrencyConversion';
  original: Money;
  rate: Scalars['Decimal']['output'];
};

export type DataDiskInput = {
  sizeGiB: Scalars['Int']['input'];
  /** The cloud's disk type (gp3, Premium_LRS, pd-balanced); its default when absent. */
  volumeType?: InputMaybe<Scalars['String']['input']>;
};

export type Health =
  /** The last call answered, but part of it failed (a node down, a namespace missing): lastError names it. */
  | 'DEGRADED'
  /** The last call failed. */
  | 'FAILING'
  /** The last call to this scope succeeded. */
  | 'HEALTHY'
  /** The last call was throttled. */
  | 'THROTTLED'
  /** No call has been made yet. */
  | 'UNKNOWN';

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

/** Metrics every provider is mapped to. Memory needs an agent on AWS and GCP. */
export type MetricName =
  /** Percent, 0-100. */
  | 'CPU_UTILIZATION'
  | 'DISK_READ_BYTES'
  | 'DISK_READ_OPS'
  | 'DISK_WRITE_BYTES'
  | 'DISK_WRITE_OPS'
  /** Percent, 0-100. */
  | 'MEMORY_UTILIZATION'
  | 'NETWORK_IN_BYTES'
  | 'NETWORK_OUT_BYTES';

export type MetricPoint = {
  __typename?: 'MetricPoint';
  timestamp: Scalars['DateTime']['output'];
  value: Scalars['Float']['output'];
};

export type MetricSeries = {
  __typename?: 'MetricSeries';
  /** False when the provider has no such metric for this resource (e.g. memory without an agent). */
  available: Scalars['Boolean']['output'];
  /** The model metric, or null for a provider-native one. */
  name?: Maybe<MetricName>;
  /** The provider's metric name (e.g. AWS/EC2/CPUUtilization). */
  nativeName: Scalars['String']['output'];
  /** The provider's unit when `unit` is OTHER. */
  nativeUnit?: Maybe<Scalars['String']['output']>;
  period: Scalars['Int']['output'];
  points: Array<MetricPoint>;
  unit: MetricUnit;
};

export type MetricUnit =
  | 'BYTES'
  | 'COUNT'
  /** A provider-native unit; see nativeUnit. */
  | 'OTHER'
  | 'PERCENT';

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

/**
 * Lifecycle actions on VMs. Each returns at once with the Operation that follows the cloud's work;
 * `idempotencyKey` (1-64 of A-Z a-z 0-9 _ -) makes a retry answer the same operation without acting
 * twice; `dryRun` checks permissions and arguments (with the cloud where it can: EC2 DryRun) and
 * acts never. operator: start, stop, reboot, resize, create; admin: also delete.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Attaches the volume to the VM (same zone / region). `device`: AWS /dev/sdf…, Azure a LUN number, GCP a device name; the cloud picks when absent. */
  attachVolume: Operation;
  createSnapshot: Operation;
  /** A new VM from an image and a type, in a subnet, with data disks and tags. */
  createVm: Operation;
  /** Deletes the snapshot. Admins only. */
  deleteSnapshot: Operation;
  /** Deletes (terminates) the VM. Admins only; `confirmName` must be the VM's name (its native id when it has none). */
  deleteVm: Operation;
  /** Detaches the volume from the VM (`force`: AWS ForceDetachment; Azure forceDetach; ignored on GCP). */
  detachVolume: Operation;
  rebootVm: Operation;
  /**
   * Changes the VM's type. Where the cloud needs the VM stopped for that (AWS, GCP; Azure when the
   * size is not offered on the VM's current hardware) a running VM is stopped, resized and started
   * again — only with `allowRestart: true`; otherwise RESOURCE_STATE_CONFLICT and nothing is done.
   */
  resizeVm: Operation;
  /** Grows the volume (no cloud shrinks one) to `sizeGiB`. */
  resizeVolume: Operation;
  startVm: Operation;
  /**
   * AWS: StopInstances (hibernate: with Hibernate, the VM must have been launched hibernation-enabled).
   * Azure: deallocate — compute billing stops, dynamic public IPs are released (hibernate: deallocate with hibernation).
   * GCP: instances.stop (hibernate: instances.suspend, memory kept).
   */
  stopVm: Operation;
};


/**
 * Lifecycle actions on VMs. Each returns at once with the Operation that follows the cloud's work;
 * `idempotencyKey` (1-64 of A-Z a-z 0-9 _ -) makes a retry answer the same operation without acting
 * twice; `dryRun` checks permissions and arguments (with the cloud where it can: EC2 DryRun) and
 * acts never. operator: start, stop, reboot, resize, create; admin: also delete.
 */
export type MutationAttachVolumeArgs = {
  device?: InputMaybe<Scalars['String']['input']>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  idempotencyKey: Scalars['String']['input'];
  vmId: Scalars['ID']['input'];
  volumeId: Scalars['ID']['input'];
};


/**
 * Lifecycle actions on VMs. Each returns at once with the Operation that follows the cloud's work;
 * `idempotencyKey` (1-64 of A-Z a-z 0-9 _ -) makes a retry answer the same operation without acting
 * twice; `dryRun` checks permissions and arguments (with the cloud where it can: EC2 DryRun) and
 * acts never. operator: start, stop, reboot, resize, create; admin: also delete.
 */
export type MutationCreateSnapshotArgs = {
  description?: InputMaybe<Scalars['String']['input']>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  idempotencyKey: Scalars['String']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<TagInput>>;
  volumeId: Scalars['ID']['input'];
};


/**
 * Lifecycle actions on VMs. Each returns at once with the Operation that follows the cloud's work;
 * `idempotencyKey` (1-64 of A-Z a-z 0-9 _ -) makes a retry answer the same operation without acting
 * twice; `dryRun` checks permissions and arguments (with the cloud where it can: EC2 DryRun) and
 * acts never. operator: start, stop, reboot, resize, create; admin: also delete.
 */
export type MutationCreateVmArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  idempotencyKey: Scalars['String']['input'];
  input: CreateVmInput;
};


/**
 * Lifecycle actions on VMs. Each returns at once with the Operation that follows the cloud's work;
 * `idempotencyKey` (1-64 of A-Z a-z 0-9 _ -) makes a retry answer the same operation without acting
 * twice; `dryRun` checks permissions and arguments (with the cloud where it can: EC2 DryRun) and
 * acts never. operator: start, stop, reboot, resize, create; admin: also delete.
 */
export type MutationDeleteSnapshotArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
};


/**
 * Lifecycle actions on VMs. Each returns at once with the Operation that follows the cloud's work;
 * `idempotencyKey` (1-64 of A-Z a-z 0-9 _ -) makes a retry answer the same operation without acting
 * twice; `dryRun` checks permissions and arguments (with the cloud where it can: EC2 DryRun) and
 * acts never. operator: start, stop, reboot, resize, create; admin: also delete.
 */
export type MutationDeleteVmArgs = {
  confirmName: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
};


/**
 * Lifecycle actions on VMs. Each returns at once with the Operation that follows the cloud's work;
 * `idempotencyKey` (1-64 of A-Z a-z 0-9 _ -) makes a retry answer the same operation without acting
 * twice; `dryRun` checks permissions and arguments (with the cloud where it can: EC2 DryRun) and
 * acts never. operator: start, stop, reboot, resize, create; admin: also delete.
 */
export type MutationDetachVolumeArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  force?: InputMaybe<Scalars['Boolean']['input']>;
  idempotencyKey: Scalars['String']['input'];
  vmId: Scalars['ID']['input'];
  volumeId: Scalars['ID']['input'];
};


/**
 * Lifecycle actions on VMs. Each returns at once with the Operation that follows the cloud's work;
 * `idempotencyKey` (1-64 of A-Z a-z 0-9 _ -) makes a retry answer the same operation without acting
 * twice; `dryRun` checks permissions and arguments (with the cloud where it can: EC2 DryRun) and
 * acts never. operator: start, stop, reboot, resize, create; admin: also delete.
 */
export type MutationRebootVmArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
};


/**
 * Lifecycle actions on VMs. Each returns at once with the Operation that follows the cloud's work;
 * `idempotencyKey` (1-64 of A-Z a-z 0-9 _ -) makes a retry answer the same operation without acting
 * twice; `dryRun` checks permissions and arguments (with the cloud where it can: EC2 DryRun) and
 * acts never. operator: start, stop, reboot, resize, create; admin: also delete.
 */
export type MutationResizeVmArgs = {
  allowRestart?: InputMaybe<Scalars['Boolean']['input']>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  instanceType: Scalars['String']['input'];
};


/**
 * Lifecycle actions on VMs. Each returns at once with the Operation that follows the cloud's work;
 * `idempotencyKey` (1-64 of A-Z a-z 0-9 _ -) makes a retry answer the same operation without acting
 * twice; `dryRun` checks permissions and arguments (with the cloud where it can: EC2 DryRun) and
 * acts never. operator: start, stop, reboot, resize, create; admin: also delete.
 */
export type MutationResizeVolumeArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  sizeGiB: Scalars['Int']['input'];
};


/**
 * Lifecycle actions on VMs. Each returns at once with the Operation that follows the cloud's work;
 * `idempotencyKey` (1-64 of A-Z a-z 0-9 _ -) makes a retry answer the same operation without acting
 * twice; `dryRun` checks permissions and arguments (with the cloud where it can: EC2 DryRun) and
 * acts never. operator: start, stop, reboot, resize, create; admin: also delete.
 */
export type MutationStartVmArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
};


/**
 * Lifecycle actions on VMs. Each returns at once with the Operation that follows the cloud's work;
 * `idempotencyKey` (1-64 of A-Z a-z 0-9 _ -) makes a retry answer the same operation without acting
 * twice; `dryRun` checks permissions and arguments (with the cloud where it can: EC2 DryRun) and
 * acts never. operator: start, stop, reboot, resize, create; admin: also delete.
 */
export type MutationStopVmArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  hibernate?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
};

/** A VPC (AWS), VNet (Azure) or VPC network (GCP). */
export type Network = {
  __typename?: 'Network';
  account: Scalars['String']['output'];
  cidrBlocks: Array<Scalars['String']['output']>;
  extras: Array<Tag>;
  id: Scalars['ID']['output'];
  isDefault: Scalars['Boolean']['output'];
  name?: Maybe<Scalars['String']['output']>;
  nativeId: Scalars['String']['output'];
  provider: Provider;
  providerState: Scalars['String']['output'];
  region: Scalars['String']['output'];
  securityGroups?: Maybe<Array<SecurityGroup>>;
  subnets?: Maybe<Array<Subnet>>;
  tags: Array<Tag>;
};

export type NetworkConnection = {
  __typename?: 'NetworkConnection';
  edges: Array<NetworkEdge>;
  nodes: Array<Network>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NetworkEdge = {
  __typename?: 'NetworkEdge';
  cursor: Scalars['String']['output'];
  node: Network;
};

export type NetworkFilter = {
  accounts?: InputMaybe<Array<Scalars['String']['input']>>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Global id of the network (VPC/VNet) the resources belong to. */
  networkId?: InputMaybe<Scalars['ID']['input']>;
  providers?: InputMaybe<Array<Provider>>;
  regions?: InputMaybe<Array<Scalars['String']['input']>>;
  tags?: InputMaybe<Array<TagFilter>>;
};

export type NetworkInterface = {
  __typename?: 'NetworkInterface';
  account: Scalars['String']['output'];
  extras: Array<Tag>;
  id: Scalars['ID']['output'];
  macAddress?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  nativeId: Scalars['String']['output'];
  network?: Maybe<Network>;
  privateIps: Array<Scalars['String']['output']>;
  provider: Provider;
  providerState: Scalars['String']['output'];
  publicIp?: Maybe<Scalars['String']['output']>;
  region: Scalars['String']['output'];
  securityGroups?: Maybe<Array<SecurityGroup>>;
  subnet?: Maybe<Subnet>;
  tags: Array<Tag>;
  vm?: Maybe<VirtualMachine>;
  zone?: Maybe<Scalars['String']['output']>;
};

export type NetworkInterfaceConnection = {
  __typename?: 'NetworkInterfaceConnection';
  edges: Array<NetworkInterfaceEdge>;
  nodes: Array<NetworkInterface>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NetworkInterfaceEdge = {
  __typename?: 'NetworkInterfaceEdge';
  cursor: Scalars['String']['output'];
  node: NetworkInterface;
};

/** The operating system a price is for: the licence is part of the hourly rate. */
export type OperatingSystem =
  | 'LINUX'
  | 'WINDOWS';

/** One lifecycle action as it goes: accepted, carried out by the cloud, ended. */
export type Operation = {
  __typename?: 'Operation';
  account: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  dryRun: Scalars['Boolean']['output'];
  /** Why it failed: an ErrorCode, the cloud's reason and its own code. */
  error?: Maybe<OperationError>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  idempotencyKey: Scalars['String']['output'];
  kind: OperationKind;
  provider: Provider;
  /** The cloud's handle: an Azure async-operation id, a GCP operation name, an EC2 request id. */
  providerOperationId?: Maybe<Scalars['String']['output']>;
  region: Scalars['String']['output'];
  /** The caller who asked (an API key's id or a token's subject). */
  requestedBy: Scalars['String']['output'];
  requestedByRole: Role;
  /** Global id of what the action made (createVm, createSnapshot). */
  resourceId?: Maybe<Scalars['ID']['output']>;
  status: OperationStatus;
  /** Global id of what is acted on (null for createVm until the VM is known). */
  target?: Maybe<Scalars['ID']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};

export type OperationConnection = {
  __typename?: 'OperationConnection';
  nodes: Array<Operation>;
  pageInfo: PageInfo;
};

export type OperationError = {
  __typename?: 'OperationError';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  providerCode?: Maybe<Scalars['String']['output']>;
};

export type OperationFilter = {
  kinds?: InputMaybe<Array<OperationKind>>;
  requestedBy?: InputMaybe<Array<Scalars['String']['input']>>;
  statuses?: InputMaybe<Array<OperationStatus>>;
  /** Operations on these global ids (targets or what they made). */
  targets?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type OperationKind =
  | 'ATTACH_VOLUME'
  | 'CREATE_SNAPSHOT'
  | 'CREATE_VM'
  | 'DELETE_SNAPSHOT'
  | 'DELETE_VM'
  | 'DETACH_VOLUME'
  | 'REBOOT_VM'
  | 'RESIZE_VM'
  | 'RESIZE_VOLUME'
  | 'START_VM'
  | 'STOP_VM';

export type OperationStatus =
  | 'FAILED'
  | 'PENDING'
  | 'RUNNING'
  | 'SUCCEEDED';

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
  | 'AWS'
  | 'AZURE'
  | 'CONTAINERD'
  | 'DIGITALOCEAN'
  | 'GCP'
  | 'LIBVIRT'
  | 'PROXMOX';

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

export type ProviderStatus = {
  __typename?: 'ProviderStatus';
  accounts: Array<AccountStatus>;
  provider: Provider;
};

export type PublicIp = {
  __typename?: 'PublicIp';
  account: Scalars['String']['output'];
  address: Scalars['String']['output'];
  allocation?: Maybe<Scalars['String']['output']>;
  extras: Array<Tag>;
  id: Scalars['ID']['output'];
  name?: Maybe<Scalars['String']['output']>;
  nativeId: Scalars['String']['output'];
  networkInterface?: Maybe<NetworkInterface>;
  provider: Provider;
  region: Scalars['String']['output'];
  tags: Array<Tag>;
  vm?: Maybe<VirtualMachine>;
};

export type PublicIpConnection = {
  __typename?: 'PublicIpConnection';
  edges: Array<PublicIpEdge>;
  nodes: Array<PublicIp>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PublicIpEdge = {
  __typename?: 'PublicIpEdge';
  cursor: Scalars['String']['output'];
  node: PublicIp;
};

export type Query = {
  __typename?: 'Query';
  /** Every mutation attempt, newest first: allowed, refused, validated by a dry run, and how each ended. Admins only. `first` is at most 500 (default 50). */
  auditLog: AuditEntryConnection;
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
  network?: Maybe<Network>;
  networkInterface?: Maybe<NetworkInterface>;
  networkInterfaces: NetworkInterfaceConnection;
  /** VPCs / VNets / VPC networks. `first` is at most 1000 (default 50). */
  networks: NetworkConnection;
  /** One operation by id; null when it does not exist, has expired (writes.retentionDays) or lies outside the caller's grants. */
  operation?: Maybe<Operation>;
  /** Operations newest first, within the caller's grants. `first` is at most 200 (default 50). */
  operations: OperationConnection;
  /** The configured providers with their accounts and regions, each region's health as last observed and its circuit breaker. */
  providers: Array<ProviderStatus>;
  publicIps: PublicIpConnection;
  /**
   * Where the fleet would cost less: oversized VMs (RIGHTSIZE), idle VMs (IDLE), volumes attached
   * to nothing (UNATTACHED_VOLUME) and old snapshots (OLD_SNAPSHOT), each with its estimated monthly
   * saving at on-demand catalog prices and the evidence (see `costs.savings` in the configuration).
   * Largest saving first; `first` is at most 1000 (default 50).
   */
  savings: SavingsReport;
  securityGroup?: Maybe<SecurityGroup>;
  securityGroups: SecurityGroupConnection;
  snapshot?: Maybe<Snapshot>;
  /** Volume snapshots owned by the configured accounts. `first` is at most 1000 (default 50). */
  snapshots: SnapshotConnection;
  subnet?: Maybe<Subnet>;
  subnets: SubnetConnection;
  /** One VM by global id; null when it does not exist. A malformed id is a BAD_USER_INPUT error. */
  vm?: Maybe<VirtualMachine>;
  /**
   * Virtual machines across every configured provider, account and region. Filters are pushed
   * down to the cloud APIs where they support them. A provider, account or region that fails
   * yields the others' VMs plus an error naming it (extensions.code, provider, account, region).
   * `first` is at most 1000 (default 50).
   */
  vms: VmConnection;
  volume?: Maybe<Volume>;
  /** Block volumes across every configured provider, account and region. `first` is at most 1000 (default 50). */
  volumes: VolumeConnection;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
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


export type QueryNetworkArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNetworkInterfaceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNetworkInterfacesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NetworkFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNetworksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NetworkFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOperationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOperationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OperationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPublicIpsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NetworkFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySavingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SavingsFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySecurityGroupArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySecurityGroupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NetworkFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySnapshotArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySnapshotsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SnapshotFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySubnetArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySubnetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NetworkFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryVmArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVmsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<VmFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<VmOrder>;
};


export type QueryVolumeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVolumesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<VolumeFilter>;
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

export type RegionStatus = {
  __typename?: 'RegionStatus';
  /** The region's circuit breaker: OPEN while calls to it are refused after repeated failures. */
  breaker: BreakerState;
  /** When the circuit last opened; null while it is closed. */
  breakerOpenedAt?: Maybe<Scalars['DateTime']['output']>;
  checkedAt?: Maybe<Scalars['DateTime']['output']>;
  health: Health;
  /** The error code of the last failure, if the last call failed. */
  lastErrorCode?: Maybe<Scalars['String']['output']>;
  lastErrorMessage?: Maybe<Scalars['String']['output']>;
  region: Scalars['String']['output'];
};

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

export type Role =
  | 'ADMIN'
  | 'OPERATOR'
  | 'VIEWER';

export type RuleAction =
  | 'ALLOW'
  | 'DENY';

export type RuleDirection =
  | 'EGRESS'
  | 'INGRESS';

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

export type SecurityGroup = {
  __typename?: 'SecurityGroup';
  account: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  extras: Array<Tag>;
  id: Scalars['ID']['output'];
  name?: Maybe<Scalars['String']['output']>;
  nativeId: Scalars['String']['output'];
  network?: Maybe<Network>;
  provider: Provider;
  region: Scalars['String']['output'];
  rules: Array<SecurityRule>;
  tags: Array<Tag>;
};

export type SecurityGroupConnection = {
  __typename?: 'SecurityGroupConnection';
  edges: Array<SecurityGroupEdge>;
  nodes: Array<SecurityGroup>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SecurityGroupEdge = {
  __typename?: 'SecurityGroupEdge';
  cursor: Scalars['String']['output'];
  node: SecurityGroup;
};

export type SecurityRule = {
  __typename?: 'SecurityRule';
  action: RuleAction;
  description?: Maybe<Scalars['String']['output']>;
  direction: RuleDirection;
  /** First port of the range, for tcp and udp; null for ICMP and for rules on every protocol. */
  fromPort?: Maybe<Scalars['Int']['output']>;
  /** For ICMP and ICMPv6 rules: the ICMP code; null meaning every code. */
  icmpCode?: Maybe<Scalars['Int']['output']>;
  /** For ICMP and ICMPv6 rules: the ICMP type the rule allows; null meaning every type. */
  icmpType?: Maybe<Scalars['Int']['output']>;
  /** Evaluation order where the provider has one (Azure NSGs, GCP firewalls). */
  priority?: Maybe<Scalars['Int']['output']>;
  /** tcp, udp, icmp, all, or the protocol number the provider gives. */
  protocol: Scalars['String']['output'];
  /** CIDR ranges, or global ids of security groups, the rule applies to. */
  sources: Array<Scalars['String']['output']>;
  /** Last port of the range, for tcp and udp. */
  toPort?: Maybe<Scalars['Int']['output']>;
};

export type Snapshot = {
  __typename?: 'Snapshot';
  account: Scalars['String']['output'];
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  encrypted: Scalars['Boolean']['output'];
  extras: Array<Tag>;
  id: Scalars['ID']['output'];
  name?: Maybe<Scalars['String']['output']>;
  nativeId: Scalars['String']['output'];
  progressPercent?: Maybe<Scalars['Int']['output']>;
  provider: Provider;
  providerState: Scalars['String']['output'];
  region: Scalars['String']['output'];
  sizeGiB: Scalars['Int']['output'];
  state: SnapshotState;
  tags: Array<Tag>;
  /** The volume the snapshot was taken of, when it still exists. */
  volume?: Maybe<Volume>;
};

export type SnapshotConnection = {
  __typename?: 'SnapshotConnection';
  edges: Array<SnapshotEdge>;
  nodes: Array<Snapshot>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SnapshotEdge = {
  __typename?: 'SnapshotEdge';
  cursor: Scalars['String']['output'];
  node: Snapshot;
};

export type SnapshotFilter = {
  accounts?: InputMaybe<Array<Scalars['String']['input']>>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  providers?: InputMaybe<Array<Provider>>;
  regions?: InputMaybe<Array<Scalars['String']['input']>>;
  states?: InputMaybe<Array<SnapshotState>>;
  tags?: InputMaybe<Array<TagFilter>>;
  /** Global volume id the snapshots were taken of. */
  volumeId?: InputMaybe<Scalars['ID']['input']>;
};

export type SnapshotState =
  | 'COMPLETED'
  | 'ERROR'
  | 'PENDING'
  | 'UNKNOWN';

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

export type Subnet = {
  __typename?: 'Subnet';
  account: Scalars['String']['output'];
  availableIpCount?: Maybe<Scalars['Int']['output']>;
  cidrBlock: Scalars['String']['output'];
  extras: Array<Tag>;
  id: Scalars['ID']['output'];
  name?: Maybe<Scalars['String']['output']>;
  nativeId: Scalars['String']['output'];
  network?: Maybe<Network>;
  provider: Provider;
  providerState: Scalars['String']['output'];
  region: Scalars['String']['output'];
  tags: Array<Tag>;
  zone?: Maybe<Scalars['String']['output']>;
};

export type SubnetConnection = {
  __typename?: 'SubnetConnection';
  edges: Array<SubnetEdge>;
  nodes: Array<Subnet>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SubnetEdge = {
  __typename?: 'SubnetEdge';
  cursor: Scalars['String']['output'];
  node: Subnet;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** The operation as it is now, then each change until it ends (SUCCEEDED or FAILED), then completes. */
  operationUpdated: Operation;
  /**
   * VM state changes across every configured provider, each change once, in order per VM, from
   * polls, cloud pushes and FleetGraph's own actions alike. `since` (an event id) first replays
   * every retained event after it, then continues live, with no gap or duplicate at the seam; a
   * malformed `since` is a BAD_USER_INPUT error. A client that falls too far behind is closed with
   * WebSocket code 4513 and resumes by subscribing again with `since` = the last id it received.
   */
  vmStateChanged: VmStateChangedEvent;
};


export type SubscriptionOperationUpdatedArgs = {
  id: Scalars['ID']['input'];
};


export type SubscriptionVmStateChangedArgs = {
  filter?: InputMaybe<VmEventFilter>;
  since?: InputMaybe<Scalars['String']['input']>;
};

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

export type TagInput = {
  key: Scalars['String']['input'];
  value: Scalars['String']['input'];
};

/** A virtual machine, normalised across clouds. */
export type VirtualMachine = {
  __typename?: 'VirtualMachine';
  /** AWS account id, Azure subscription id or GCP project id. */
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
  /** Provider-specific attributes the model does not normalise. */
  extras: Array<Tag>;
  /** Global id: <provider>:<account>:<location>:vm:<nativeId> (each part percent-encoded). */
  id: Scalars['ID']['output'];
  imageId?: Maybe<Scalars['String']['output']>;
  instanceType?: Maybe<Scalars['String']['output']>;
  /** Every IPv6 address of every interface. */
  ipv6Addresses?: Maybe<Array<Scalars['String']['output']>>;
  /** A virtual machine, or a container (containerd, Proxmox LXC). */
  kind: WorkloadKind;
  launchedAt?: Maybe<Scalars['DateTime']['output']>;
  memoryMiB?: Maybe<Scalars['Int']['output']>;
  /**
   * Metric series between `from` and `to`, one point per `period` seconds (default 300, at least
   * 60). Ask for model metrics by `names` and for anything else by the provider's `nativeNames`
   * (AWS: "Namespace/MetricName"). At most 1,440 points per series. Null (with an error) when the
   * provider could not be asked.
   */
  metrics?: Maybe<Array<MetricSeries>>;
  name?: Maybe<Scalars['String']['output']>;
  /** The cloud's own id (EC2 instance id, Azure resource id, GCP instance id). */
  nativeId: Scalars['String']['output'];
  networkId?: Maybe<Scalars['ID']['output']>;
  networkInterfaceIds?: Maybe<Array<Scalars['ID']['output']>>;
  networkInterfaces?: Maybe<Array<NetworkInterface>>;
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
  /** The primary private IPv4 address (the first interface's). */
  privateIp?: Maybe<Scalars['String']['output']>;
  /** Every private IPv4 address of every interface: primaries first, then secondary addresses. */
  privateIps?: Maybe<Array<Scalars['String']['output']>>;
  provider: Provider;
  /** The provider's raw state, unchanged (e.g. shutting-down, PowerState/deallocated, SUSPENDING). */
  providerState: Scalars['String']['output'];
  /** The public IPv4 address of the primary interface. */
  publicIp?: Maybe<Scalars['String']['output']>;
  /** Every public IPv4 address associated with any of the VM's interfaces or private addresses. */
  publicIps?: Maybe<Array<Scalars['String']['output']>>;
  /** Idle or oversized: see Query.savings. Empty when the VM is neither, or not running. */
  recommendations?: Maybe<Array<Recommendation>>;
  region: Scalars['String']['output'];
  securityGroupIds?: Maybe<Array<Scalars['ID']['output']>>;
  /** Security groups / NSGs / firewalls applying to the VM; null (with an error) when the provider could not be asked. */
  securityGroups?: Maybe<Array<SecurityGroup>>;
  state: VmState;
  subnetId?: Maybe<Scalars['ID']['output']>;
  tags: Array<Tag>;
  vcpus?: Maybe<Scalars['Int']['output']>;
  /**
   * Global ids of the VM's volumes, as the VM listing reports them. Like every field below that
   * another listing feeds (addresses, sizes, network ids), null with an error naming the provider,
   * account, region and operation when that listing failed: the rest of the VM is still answered.
   */
  volumeIds?: Maybe<Array<Scalars['ID']['output']>>;
  /** The VM's volumes; null (with an error) when the provider could not be asked. */
  volumes?: Maybe<Array<Volume>>;
  zone?: Maybe<Scalars['String']['output']>;
};


/** A virtual machine, normalised across clouds. */
export type VirtualMachineCostArgs = {
  costType?: InputMaybe<CostType>;
  currency?: InputMaybe<Scalars['String']['input']>;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


/** A virtual machine, normalised across clouds. */
export type VirtualMachineMetricsArgs = {
  from: Scalars['DateTime']['input'];
  names?: InputMaybe<Array<MetricName>>;
  nativeNames?: InputMaybe<Array<Scalars['String']['input']>>;
  period?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['DateTime']['input'];
};


/** A virtual machine, normalised across clouds. */
export type VirtualMachinePriceArgs = {
  currency?: InputMaybe<Scalars['String']['input']>;
};


/** A virtual machine, normalised across clouds. */
export type VirtualMachineRecommendationsArgs = {
  currency?: InputMaybe<Scalars['String']['input']>;
};

export type VmConnection = {
  __typename?: 'VmConnection';
  edges: Array<VmEdge>;
  nodes: Array<VirtualMachine>;
  pageInfo: PageInfo;
  /** How many VMs match the filter, over every page. */
  totalCount: Scalars['Int']['output'];
};

export type VmEdge = {
  __typename?: 'VmEdge';
  cursor: Scalars['String']['output'];
  node: VirtualMachine;
};

/** Which events a subscription receives; every given list must match (an empty filter: all). */
export type VmEventFilter = {
  accounts?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Global VM ids. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  providers?: InputMaybe<Array<Provider>>;
  regions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Matches the new state. */
  states?: InputMaybe<Array<VmState>>;
};

/** Where FleetGraph learnt of a change. */
export type VmEventSource =
  /** A FleetGraph mutation. */
  | 'ACTION'
  /** A periodic listing of the VM's account and region. */
  | 'POLL'
  /** The cloud's own notification (EventBridge via SNS, Event Grid, Pub/Sub). */
  | 'PUSH';

export type VmFilter = {
  accounts?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Global VM ids. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  instanceTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  /**
   * Virtual machines, containers or both (the default). A provider that holds none of the kinds
   * asked for is not asked at all (containers: containerd and Proxmox VE's LXC guests).
   */
  kinds?: InputMaybe<Array<WorkloadKind>>;
  /** Case-insensitive substring of the name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  providers?: InputMaybe<Array<Provider>>;
  regions?: InputMaybe<Array<Scalars['String']['input']>>;
  states?: InputMaybe<Array<VmState>>;
  /** Every tag filter must match. */
  tags?: InputMaybe<Array<TagFilter>>;
  zones?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type VmOrder = {
  direction?: OrderDirection;
  field?: VmOrderField;
};

export type VmOrderField =
  | 'ID'
  | 'LAUNCHED_AT'
  | 'NAME'
  | 'REGION'
  | 'STATE';

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

/** One VM changed state. */
export type VmStateChangedEvent = {
  __typename?: 'VmStateChangedEvent';
  /** When the cloud reported the new state (a push's event time, or when the poll that saw it began). */
  at: Scalars['DateTime']['output'];
  /** The event id: increases with every event; pass it as `since` to resume after it. */
  id: Scalars['String']['output'];
  /** The provider's raw state now ("deleted" when the VM vanished from its cloud's listing). */
  newProviderState: Scalars['String']['output'];
  newState: VmState;
  /** The provider's raw state before; null when FleetGraph had not seen the VM before. */
  previousProviderState?: Maybe<Scalars['String']['output']>;
  /** Null when FleetGraph had not seen the VM before. */
  previousState?: Maybe<VmState>;
  source: VmEventSource;
  /** The VM as it is now; null when it no longer exists. */
  vm?: Maybe<VirtualMachine>;
  vmId: Scalars['ID']['output'];
};

export type Volume = {
  __typename?: 'Volume';
  account: Scalars['String']['output'];
  attachments: Array<VolumeAttachment>;
  /** What the volume cost in the window; see VirtualMachine.cost (estimates count the hours it existed). */
  cost?: Maybe<ResourceCost>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  encrypted: Scalars['Boolean']['output'];
  extras: Array<Tag>;
  /** Global id: <provider>:<account>:<location>:volume:<nativeId>. */
  id: Scalars['ID']['output'];
  iops?: Maybe<Scalars['Int']['output']>;
  /** Volume metrics; see VirtualMachine.metrics. */
  metrics?: Maybe<Array<MetricSeries>>;
  name?: Maybe<Scalars['String']['output']>;
  nativeId: Scalars['String']['output'];
  /** The volume's storage price at its size; see VirtualMachine.price. */
  price?: Maybe<VolumePriceQuote>;
  provider: Provider;
  providerState: Scalars['String']['output'];
  region: Scalars['String']['output'];
  sizeGiB: Scalars['Int']['output'];
  /** The snapshot the volume was created from. */
  sourceSnapshot?: Maybe<Snapshot>;
  state: VolumeState;
  tags: Array<Tag>;
  volumeType?: Maybe<Scalars['String']['output']>;
  zone?: Maybe<Scalars['String']['output']>;
};


export type VolumeCostArgs = {
  costType?: InputMaybe<CostType>;
  currency?: InputMaybe<Scalars['String']['input']>;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


export type VolumeMetricsArgs = {
  from: Scalars['DateTime']['input'];
  names?: InputMaybe<Array<MetricName>>;
  nativeNames?: InputMaybe<Array<Scalars['String']['input']>>;
  period?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['DateTime']['input'];
};


export type VolumePriceArgs = {
  currency?: InputMaybe<Scalars['String']['input']>;
};

export type VolumeAttachment = {
  __typename?: 'VolumeAttachment';
  deleteOnTermination?: Maybe<Scalars['Boolean']['output']>;
  device?: Maybe<Scalars['String']['output']>;
  /** The provider's raw attachment state (e.g. EC2 attaching, Azure Attached); null when the provider reports none. */
  providerState?: Maybe<Scalars['String']['output']>;
  /** Where the attachment is in its life: attaching, attached, detaching, busy. */
  state: AttachmentState;
  vm: VirtualMachine;
};

export type VolumeConnection = {
  __typename?: 'VolumeConnection';
  edges: Array<VolumeEdge>;
  nodes: Array<Volume>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type VolumeEdge = {
  __typename?: 'VolumeEdge';
  cursor: Scalars['String']['output'];
  node: Volume;
};

export type VolumeFilter = {
  accounts?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only volumes attached to (true) or detached from (false) any VM. */
  attached?: InputMaybe<Scalars['Boolean']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  providers?: InputMaybe<Array<Provider>>;
  regions?: InputMaybe<Array<Scalars['String']['input']>>;
  states?: InputMaybe<Array<VolumeState>>;
  tags?: InputMaybe<Array<TagFilter>>;
  volumeTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  zones?: InputMaybe<Array<Scalars['String']['input']>>;
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

export type VolumeState =
  | 'AVAILABLE'
  | 'CREATING'
  | 'DELETED'
  | 'DELETING'
  | 'ERROR'
  | 'IN_USE'
  | 'UNKNOWN';

/**
 * What a VirtualMachine is. Containers (containerd's, Proxmox LXC guests) are listed beside virtual
 * machines with the same fields; what a container does not have of its own (disks, network
 * interfaces, an instance type, security groups) stays empty rather than being made up.
 */
export type WorkloadKind =
  | 'CONTAINER'
  | 'VIRTUAL_MACHINE';

export type Join__Graph =
  | 'COMPUTE'
  | 'COSTS'
  | 'METRICS'
  | 'NETWORK'
  | 'STORAGE';

export type Link__Purpose =
  /** `EXECUTION` features provide metadata necessary for operation execution. */
  | 'EXECUTION'
  /** `SECURITY` features provide metadata necessary to securely resolve fields. */
  | 'SECURITY';

export type ContractInventoryQueryVariables = Exact<{
  providers?: InputMaybe<Array<Provider> | Provider>;
}>;


export type ContractInventoryQuery = { __typename?: 'Query', vms: { __typename?: 'VmConnection', totalCount: number }, volumes: { __typename?: 'VolumeConnection', totalCount: number }, snapshots: { __typename?: 'SnapshotConnection', totalCount: number }, networks: { __typename?: 'NetworkConnection', totalCount: number }, subnets: { __typename?: 'SubnetConnection', totalCount: number }, securityGroups: { __typename?: 'SecurityGroupConnection', totalCount: number }, publicIps: { __typename?: 'PublicIpConnection', totalCount: number }, networkInterfaces: { __typename?: 'NetworkInterfaceConnection', totalCount: number } };

export type ContractVmDetailsQueryVariables = Exact<{
  filter?: InputMaybe<VmFilter>;
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
}>;


export type ContractVmDetailsQuery = { __typename?: 'Query', vms: { __typename?: 'VmConnection', totalCount: number, nodes: Array<{ __typename?: 'VirtualMachine', id: string, nativeId: string, provider: Provider, account: string, region: string, zone?: string | null, state: VmState, providerState: string, instanceType?: string | null, vcpus?: number | null, memoryMiB?: number | null, volumeIds?: Array<string> | null, securityGroupIds?: Array<string> | null, tags: Array<{ __typename?: 'Tag', key: string, value: string }>, volumes?: Array<{ __typename?: 'Volume', id: string, sizeGiB: number, state: VolumeState, providerState: string, attachments: Array<{ __typename?: 'VolumeAttachment', vm: { __typename?: 'VirtualMachine', id: string } }> }> | null, securityGroups?: Array<{ __typename?: 'SecurityGroup', id: string, name?: string | null, rules: Array<{ __typename?: 'SecurityRule', direction: RuleDirection, protocol: string, fromPort?: number | null, toPort?: number | null, sources: Array<string>, action: RuleAction, priority?: number | null }> }> | null, metrics?: Array<{ __typename?: 'MetricSeries', name?: MetricName | null, unit: MetricUnit, available: boolean, points: Array<{ __typename?: 'MetricPoint', timestamp: string, value: number }> }> | null }> } };

export type OfferFieldsFragment = { __typename?: 'InstanceOffer', provider: Provider, region: string, instanceType: string, os: OperatingSystem, vcpus: number, memoryMiB: number, sku: string, description: string, hourly: { __typename?: 'Money', amount: string, currency: string, conversions: Array<{ __typename?: 'CurrencyConversion', rate: string, original: { __typename?: 'Money', amount: string, currency: string } }> }, monthly: { __typename?: 'Money', amount: string, currency: string } };

export type VmPricesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<VmFilter>;
  currency?: InputMaybe<Scalars['String']['input']>;
}>;


export type VmPricesQuery = { __typename?: 'Query', vms: { __typename?: 'VmConnection', nodes: Array<{ __typename?: 'VirtualMachine', id: string, provider: Provider, region: string, instanceType?: string | null, platform?: string | null, price?: { __typename?: 'PriceQuote', reason?: string | null, offer?: { __typename?: 'InstanceOffer', provider: Provider, region: string, instanceType: string, os: OperatingSystem, vcpus: number, memoryMiB: number, sku: string, description: string, hourly: { __typename?: 'Money', amount: string, currency: string, conversions: Array<{ __typename?: 'CurrencyConversion', rate: string, original: { __typename?: 'Money', amount: string, currency: string } }> }, monthly: { __typename?: 'Money', amount: string, currency: string } } | null } | null }> } };

export type VolumePricesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<VolumeFilter>;
  currency?: InputMaybe<Scalars['String']['input']>;
}>;


export type VolumePricesQuery = { __typename?: 'Query', volumes: { __typename?: 'VolumeConnection', nodes: Array<{ __typename?: 'Volume', id: string, provider: Provider, region: string, volumeType?: string | null, sizeGiB: number, price?: { __typename?: 'VolumePriceQuote', reason?: string | null, monthly?: { __typename?: 'Money', amount: string, currency: string, conversions: Array<{ __typename?: 'CurrencyConversion', rate: string }> } | null, offer?: { __typename?: 'StorageOffer', volumeType: string, unit: StoragePriceUnit, maxSizeGiB?: number | null, sku: string, monthly: { __typename?: 'Money', amount: string, currency: string } } | null } | null }> } };

export type InstanceOffersQueryVariables = Exact<{
  minVcpus?: InputMaybe<Scalars['Int']['input']>;
  minMemoryMiB?: InputMaybe<Scalars['Int']['input']>;
  maxVcpus?: InputMaybe<Scalars['Int']['input']>;
  providers?: InputMaybe<Array<Provider> | Provider>;
  regions?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  os?: InputMaybe<OperatingSystem>;
  currency?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type InstanceOffersQuery = { __typename?: 'Query', instanceOffers: { __typename?: 'InstanceOfferConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'InstanceOffer', provider: Provider, region: string, instanceType: string, os: OperatingSystem, vcpus: number, memoryMiB: number, sku: string, description: string, hourly: { __typename?: 'Money', amount: string, currency: string, conversions: Array<{ __typename?: 'CurrencyConversion', rate: string, original: { __typename?: 'Money', amount: string, currency: string } }> }, monthly: { __typename?: 'Money', amount: string, currency: string } }> } };

export type CostsQueryVariables = Exact<{
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
  granularity?: InputMaybe<CostGranularity>;
  groupBy?: InputMaybe<Array<CostGroupBy> | CostGroupBy>;
  filter?: InputMaybe<CostFilter>;
  costType?: InputMaybe<CostType>;
  currency?: InputMaybe<Scalars['String']['input']>;
}>;


export type CostsQuery = { __typename?: 'Query', costs: { __typename?: 'CostReport', from: string, to: string, granularity: CostGranularity, costType: CostType, rows: Array<{ __typename?: 'CostRow', periodStart: string, periodEnd: string, provider: Provider, estimated: boolean, keys: Array<{ __typename?: 'CostKey', dimension: CostDimension, tagKey?: string | null, value: string }>, amount: { __typename?: 'Money', amount: string, currency: string, conversions: Array<{ __typename?: 'CurrencyConversion', rate: string, original: { __typename?: 'Money', amount: string, currency: string } }> } }>, groups: Array<{ __typename?: 'CostGroupTotal', provider: Provider, keys: Array<{ __typename?: 'CostKey', dimension: CostDimension, tagKey?: string | null, value: string }>, amount: { __typename?: 'Money', amount: string, currency: string } }>, totals: Array<{ __typename?: 'Money', amount: string, currency: string, conversions: Array<{ __typename?: 'CurrencyConversion', rate: string, original: { __typename?: 'Money', amount: string, currency: string } }> }> } };

export type CostsWithForecastQueryVariables = Exact<{
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
  filter?: InputMaybe<CostFilter>;
}>;


export type CostsWithForecastQuery = { __typename?: 'Query', costs: { __typename?: 'CostReport', totals: Array<{ __typename?: 'Money', amount: string, currency: string }>, forecast?: { __typename?: 'CostForecast', from: string, to: string, byProvider: Array<{ __typename?: 'ProviderForecast', provider: Provider, monthToDate: { __typename?: 'Money', amount: string, currency: string }, remaining: { __typename?: 'Money', amount: string, currency: string }, monthEnd: { __typename?: 'Money', amount: string, currency: string }, remainingLower?: { __typename?: 'Money', amount: string } | null, remainingUpper?: { __typename?: 'Money', amount: string } | null }>, monthEnd: Array<{ __typename?: 'Money', amount: string, currency: string }> } | null } };

export type VmCostsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<VmFilter>;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
  currency?: InputMaybe<Scalars['String']['input']>;
}>;


export type VmCostsQuery = { __typename?: 'Query', vms: { __typename?: 'VmConnection', nodes: Array<{ __typename?: 'VirtualMachine', id: string, nativeId: string, account: string, state: VmState, cost?: { __typename?: 'ResourceCost', from: string, to: string, basis: CostBasis, note?: string | null, amount: { __typename?: 'Money', amount: string, currency: string }, estimate?: { __typename?: 'CostEstimate', sku: string, hours: string, method: string, unitPrice: { __typename?: 'Money', amount: string, currency: string } } | null } | null }> } };

export type VolumeCostsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
}>;


export type VolumeCostsQuery = { __typename?: 'Query', volumes: { __typename?: 'VolumeConnection', nodes: Array<{ __typename?: 'Volume', id: string, nativeId: string, sizeGiB: number, volumeType?: string | null, cost?: { __typename?: 'ResourceCost', basis: CostBasis, note?: string | null, amount: { __typename?: 'Money', amount: string, currency: string }, estimate?: { __typename?: 'CostEstimate', hours: string, method: string, unitPrice: { __typename?: 'Money', amount: string } } | null } | null }> } };

export type RecommendationFieldsFragment = { __typename?: 'Recommendation', kind: RecommendationKind, resourceId: string, provider: Provider, account: string, region: string, action: string, suggestedInstanceType?: string | null, currentMonthly: { __typename?: 'Money', amount: string, currency: string }, proposedMonthly: { __typename?: 'Money', amount: string, currency: string }, monthlySaving: { __typename?: 'Money', amount: string, currency: string }, evidence: { __typename?: 'RecommendationEvidence', from?: string | null, to?: string | null, cpuP95?: number | null, memoryP95?: number | null, headroomPercent?: number | null, ageDays?: number | null, detail: string } };

export type SavingsQueryVariables = Exact<{
  filter?: InputMaybe<SavingsFilter>;
  currency?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SavingsQuery = { __typename?: 'Query', savings: { __typename?: 'SavingsReport', totalCount: number, totalMonthlySaving: Array<{ __typename?: 'Money', amount: string, currency: string }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Recommendation', kind: RecommendationKind, resourceId: string, provider: Provider, account: string, region: string, action: string, suggestedInstanceType?: string | null, currentMonthly: { __typename?: 'Money', amount: string, currency: string }, proposedMonthly: { __typename?: 'Money', amount: string, currency: string }, monthlySaving: { __typename?: 'Money', amount: string, currency: string }, evidence: { __typename?: 'RecommendationEvidence', from?: string | null, to?: string | null, cpuP95?: number | null, memoryP95?: number | null, headroomPercent?: number | null, ageDays?: number | null, detail: string } }> } };

export type VmRecommendationsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<VmFilter>;
}>;


export type VmRecommendationsQuery = { __typename?: 'Query', vms: { __typename?: 'VmConnection', nodes: Array<{ __typename?: 'VirtualMachine', id: string, instanceType?: string | null, state: VmState, recommendations?: Array<{ __typename?: 'Recommendation', kind: RecommendationKind, resourceId: string, provider: Provider, account: string, region: string, action: string, suggestedInstanceType?: string | null, currentMonthly: { __typename?: 'Money', amount: string, currency: string }, proposedMonthly: { __typename?: 'Money', amount: string, currency: string }, monthlySaving: { __typename?: 'Money', amount: string, currency: string }, evidence: { __typename?: 'RecommendationEvidence', from?: string | null, to?: string | null, cpuP95?: number | null, memoryP95?: number | null, headroomPercent?: number | null, ageDays?: number | null, detail: string } }> | null }> } };

export type BalancesQueryVariables = Exact<{
  filter?: InputMaybe<BalanceFilter>;
  currency?: InputMaybe<Scalars['String']['input']>;
}>;


export type BalancesQuery = { __typename?: 'Query', balances: Array<{ __typename?: 'AccountBalance', provider: Provider, account: string, generatedAt: string, accountBalance: { __typename?: 'Money', amount: string, currency: string }, monthToDateUsage: { __typename?: 'Money', amount: string, currency: string }, monthToDateBalance: { __typename?: 'Money', amount: string, currency: string } }> };

export type VmStateChangedSubscriptionVariables = Exact<{
  filter?: InputMaybe<VmEventFilter>;
  since?: InputMaybe<Scalars['String']['input']>;
}>;


export type VmStateChangedSubscription = { __typename?: 'Subscription', vmStateChanged: { __typename?: 'VmStateChangedEvent', id: string, at: string, vmId: string, previousState?: VmState | null, newState: VmState, previousProviderState?: string | null, newProviderState: string, source: VmEventSource, vm?: { __typename?: 'VirtualMachine', id: string, name?: string | null, state: VmState, providerState: string, volumes?: Array<{ __typename?: 'Volume', id: string, sizeGiB: number }> | null } | null } };

export type VmStateChangedIdsSubscriptionVariables = Exact<{
  filter?: InputMaybe<VmEventFilter>;
  since?: InputMaybe<Scalars['String']['input']>;
}>;


export type VmStateChangedIdsSubscription = { __typename?: 'Subscription', vmStateChanged: { __typename?: 'VmStateChangedEvent', id: string, vmId: string, newState: VmState, source: VmEventSource } };

export type VmStateQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type VmStateQuery = { __typename?: 'Query', vm?: { __typename?: 'VirtualMachine', id: string, state: VmState, providerState: string } | null };

export type FleetWithDetailsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
  filter?: InputMaybe<VmFilter>;
}>;


export type FleetWithDetailsQuery = { __typename?: 'Query', vms: { __typename?: 'VmConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'VirtualMachine', id: string, name?: string | null, provider: Provider, account: string, region: string, state: VmState, providerState: string, volumeIds?: Array<string> | null, securityGroupIds?: Array<string> | null, volumes?: Array<{ __typename?: 'Volume', id: string, sizeGiB: number, state: VolumeState, attachments: Array<{ __typename?: 'VolumeAttachment', device?: string | null, vm: { __typename?: 'VirtualMachine', id: string } }> }> | null, securityGroups?: Array<{ __typename?: 'SecurityGroup', id: string, name?: string | null, rules: Array<{ __typename?: 'SecurityRule', direction: RuleDirection, protocol: string, fromPort?: number | null, toPort?: number | null, sources: Array<string>, action: RuleAction }> }> | null, metrics?: Array<{ __typename?: 'MetricSeries', name?: MetricName | null, unit: MetricUnit, available: boolean, points: Array<{ __typename?: 'MetricPoint', timestamp: string, value: number }> }> | null }> } };

export type VmStatesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<VmFilter>;
  orderBy?: InputMaybe<VmOrder>;
}>;


export type VmStatesQuery = { __typename?: 'Query', vms: { __typename?: 'VmConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'VmEdge', cursor: string, node: { __typename?: 'VirtualMachine', id: string, name?: string | null, state: VmState, providerState: string, instanceType?: string | null, vcpus?: number | null, memoryMiB?: number | null, region: string, zone?: string | null } }> } };

export type VmByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type VmByIdQuery = { __typename?: 'Query', vm?: { __typename?: 'VirtualMachine', id: string, name?: string | null, state: VmState, providerState: string, account: string, region: string, instanceType?: string | null } | null };

export type ProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvidersQuery = { __typename?: 'Query', providers: Array<{ __typename?: 'ProviderStatus', provider: Provider, accounts: Array<{ __typename?: 'AccountStatus', id: string, name?: string | null, regions: Array<{ __typename?: 'RegionStatus', region: string, health: Health, lastErrorCode?: string | null }> }> }> };

export type VmMetricsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  names?: InputMaybe<Array<MetricName> | MetricName>;
  nativeNames?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
  period?: InputMaybe<Scalars['Int']['input']>;
}>;


export type VmMetricsQuery = { __typename?: 'Query', vm?: { __typename?: 'VirtualMachine', id: string, metrics?: Array<{ __typename?: 'MetricSeries', name?: MetricName | null, nativeName: string, unit: MetricUnit, nativeUnit?: string | null, period: number, available: boolean, points: Array<{ __typename?: 'MetricPoint', timestamp: string, value: number }> }> | null } | null };

export type VolumesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<VolumeFilter>;
}>;


export type VolumesQuery = { __typename?: 'Query', volumes: { __typename?: 'VolumeConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Volume', id: string, nativeId: string, state: VolumeState, providerState: string, sizeGiB: number, volumeType?: string | null, encrypted: boolean, attachments: Array<{ __typename?: 'VolumeAttachment', device?: string | null, vm: { __typename?: 'VirtualMachine', id: string, name?: string | null, state: VmState } }> }> } };

export type SnapshotsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<SnapshotFilter>;
}>;


export type SnapshotsQuery = { __typename?: 'Query', snapshots: { __typename?: 'SnapshotConnection', totalCount: number, nodes: Array<{ __typename?: 'Snapshot', id: string, state: SnapshotState, providerState: string, sizeGiB: number, volume?: { __typename?: 'Volume', id: string } | null }> } };

export type NetworksQueryVariables = Exact<{ [key: string]: never; }>;


export type NetworksQuery = { __typename?: 'Query', networks: { __typename?: 'NetworkConnection', totalCount: number, nodes: Array<{ __typename?: 'Network', id: string, name?: string | null, cidrBlocks: Array<string>, isDefault: boolean, subnets?: Array<{ __typename?: 'Subnet', id: string, cidrBlock: string, zone?: string | null }> | null, securityGroups?: Array<{ __typename?: 'SecurityGroup', id: string, name?: string | null }> | null }> }, publicIps: { __typename?: 'PublicIpConnection', totalCount: number, nodes: Array<{ __typename?: 'PublicIp', id: string, address: string, vm?: { __typename?: 'VirtualMachine', id: string, name?: string | null, state: VmState } | null }> }, networkInterfaces: { __typename?: 'NetworkInterfaceConnection', totalCount: number, nodes: Array<{ __typename?: 'NetworkInterface', id: string, privateIps: Array<string>, macAddress?: string | null, vm?: { __typename?: 'VirtualMachine', id: string } | null, subnet?: { __typename?: 'Subnet', id: string } | null, securityGroups?: Array<{ __typename?: 'SecurityGroup', id: string }> | null }> } };

export type PartialAwsVmsQueryVariables = Exact<{
  filter?: InputMaybe<VmFilter>;
}>;


export type PartialAwsVmsQuery = { __typename?: 'Query', vms: { __typename?: 'VmConnection', nodes: Array<{ __typename?: 'VirtualMachine', id: string, nativeId: string, name?: string | null, state: VmState, vcpus?: number | null, memoryMiB?: number | null, privateIp?: string | null, publicIp?: string | null, privateIps?: Array<string> | null, publicIps?: Array<string> | null, ipv6Addresses?: Array<string> | null, securityGroups?: Array<{ __typename?: 'SecurityGroup', id: string }> | null, volumes?: Array<{ __typename?: 'Volume', id: string }> | null }> } };

export type AwsRulesAndAttachmentsQueryVariables = Exact<{
  networkFilter?: InputMaybe<NetworkFilter>;
  volumeFilter?: InputMaybe<VolumeFilter>;
}>;


export type AwsRulesAndAttachmentsQuery = { __typename?: 'Query', securityGroups: { __typename?: 'SecurityGroupConnection', nodes: Array<{ __typename?: 'SecurityGroup', nativeId: string, rules: Array<{ __typename?: 'SecurityRule', direction: RuleDirection, protocol: string, fromPort?: number | null, toPort?: number | null, icmpType?: number | null, icmpCode?: number | null, sources: Array<string>, description?: string | null }> }> }, volumes: { __typename?: 'VolumeConnection', nodes: Array<{ __typename?: 'Volume', nativeId: string, attachments: Array<{ __typename?: 'VolumeAttachment', state: AttachmentState, providerState?: string | null, device?: string | null, vm: { __typename?: 'VirtualMachine', nativeId: string } }> }> } };

export type PartialAzureVmsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<VmFilter>;
}>;


export type PartialAzureVmsQuery = { __typename?: 'Query', vms: { __typename?: 'VmConnection', totalCount: number, nodes: Array<{ __typename?: 'VirtualMachine', id: string, nativeId: string, account: string, region: string, name?: string | null, state: VmState, instanceType?: string | null, vcpus?: number | null, memoryMiB?: number | null, privateIp?: string | null, publicIp?: string | null, privateIps?: Array<string> | null, publicIps?: Array<string> | null, ipv6Addresses?: Array<string> | null, volumeIds?: Array<string> | null, securityGroupIds?: Array<string> | null, networkInterfaceIds?: Array<string> | null, networkId?: string | null, subnetId?: string | null, extras: Array<{ __typename?: 'Tag', key: string, value: string }> }> } };

export type PartialAzureVolumesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<VolumeFilter>;
}>;


export type PartialAzureVolumesQuery = { __typename?: 'Query', volumes: { __typename?: 'VolumeConnection', totalCount: number, nodes: Array<{ __typename?: 'Volume', id: string, nativeId: string, state: VolumeState, providerState: string, attachments: Array<{ __typename?: 'VolumeAttachment', state: AttachmentState, providerState?: string | null, vm: { __typename?: 'VirtualMachine', id: string } }> }> } };

export type PartialGcpVmsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<VmFilter>;
}>;


export type PartialGcpVmsQuery = { __typename?: 'Query', vms: { __typename?: 'VmConnection', totalCount: number, nodes: Array<{ __typename?: 'VirtualMachine', id: string, nativeId: string, account: string, region: string, name?: string | null, state: VmState, providerState: string, instanceType?: string | null, vcpus?: number | null, memoryMiB?: number | null, privateIp?: string | null, publicIp?: string | null, privateIps?: Array<string> | null, publicIps?: Array<string> | null, ipv6Addresses?: Array<string> | null, networkId?: string | null, subnetId?: string | null, securityGroupIds?: Array<string> | null, volumeIds?: Array<string> | null, networkInterfaceIds?: Array<string> | null }> } };

export type PartialGcpPublicIpsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<NetworkFilter>;
}>;


export type PartialGcpPublicIpsQuery = { __typename?: 'Query', publicIps: { __typename?: 'PublicIpConnection', totalCount: number, nodes: Array<{ __typename?: 'PublicIp', id: string, nativeId: string, account: string, address: string }> } };

export type ResilienceVmsQueryVariables = Exact<{
  filter?: InputMaybe<VmFilter>;
}>;


export type ResilienceVmsQuery = { __typename?: 'Query', vms: { __typename?: 'VmConnection', totalCount: number, nodes: Array<{ __typename?: 'VirtualMachine', id: string, name?: string | null, state: VmState, account: string, region: string }> } };

export type ResilienceVmQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResilienceVmQuery = { __typename?: 'Query', vm?: { __typename?: 'VirtualMachine', id: string, name?: string | null, state: VmState } | null };

export type ProviderBreakersQueryVariables = Exact<{ [key: string]: never; }>;


export type ProviderBreakersQuery = { __typename?: 'Query', providers: Array<{ __typename?: 'ProviderStatus', provider: Provider, accounts: Array<{ __typename?: 'AccountStatus', id: string, regions: Array<{ __typename?: 'RegionStatus', region: string, health: Health, lastErrorCode?: string | null, breaker: BreakerState, breakerOpenedAt?: string | null }> }> }> };

export const OfferFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstanceOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"instanceType"}},{"kind":"Field","name":{"kind":"Name","value":"os"}},{"kind":"Field","name":{"kind":"Name","value":"vcpus"}},{"kind":"Field","name":{"kind":"Name","value":"memoryMiB"}},{"kind":"Field","name":{"kind":"Name","value":"hourly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"conversions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"original"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]} as unknown as DocumentNode<OfferFieldsFragment, unknown>;
export const RecommendationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecommendationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recommendation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"currentMonthly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedMonthly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlySaving"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suggestedInstanceType"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"cpuP95"}},{"kind":"Field","name":{"kind":"Name","value":"memoryP95"}},{"kind":"Field","name":{"kind":"Name","value":"headroomPercent"}},{"kind":"Field","name":{"kind":"Name","value":"ageDays"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]} as unknown as DocumentNode<RecommendationFieldsFragment, unknown>;
export const ContractInventoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractInventory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providers"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Provider"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"providers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providers"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"volumes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"providers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providers"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"snapshots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"providers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providers"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"networks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"providers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providers"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subnets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"providers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providers"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"securityGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"providers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providers"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publicIps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"providers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providers"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"networkInterfaces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"providers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providers"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ContractInventoryQuery, ContractInventoryQueryVariables>;
export const ContractVmDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractVmDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VmFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"providerState"}},{"kind":"Field","name":{"kind":"Name","value":"instanceType"}},{"kind":"Field","name":{"kind":"Name","value":"vcpus"}},{"kind":"Field","name":{"kind":"Name","value":"memoryMiB"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"volumeIds"}},{"kind":"Field","name":{"kind":"Name","value":"securityGroupIds"}},{"kind":"Field","name":{"kind":"Name","value":"volumes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sizeGiB"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"providerState"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"securityGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"fromPort"}},{"kind":"Field","name":{"kind":"Name","value":"toPort"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"names"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CPU_UTILIZATION"},{"kind":"EnumValue","value":"NETWORK_IN_BYTES"},{"kind":"EnumValue","value":"MEMORY_UTILIZATION"}]}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"IntValue","value":"300"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContractVmDetailsQuery, ContractVmDetailsQueryVariables>;
export const VmPricesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VmPrices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VmFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"instanceType"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstanceOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"instanceType"}},{"kind":"Field","name":{"kind":"Name","value":"os"}},{"kind":"Field","name":{"kind":"Name","value":"vcpus"}},{"kind":"Field","name":{"kind":"Name","value":"memoryMiB"}},{"kind":"Field","name":{"kind":"Name","value":"hourly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"conversions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"original"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]} as unknown as DocumentNode<VmPricesQuery, VmPricesQueryVariables>;
export const VolumePricesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VolumePrices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VolumeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volumes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"volumeType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeGiB"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"monthly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"conversions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volumeType"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"maxSizeGiB"}},{"kind":"Field","name":{"kind":"Name","value":"monthly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<VolumePricesQuery, VolumePricesQueryVariables>;
export const InstanceOffersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstanceOffers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minVcpus"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minMemoryMiB"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxVcpus"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providers"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Provider"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regions"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"os"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OperatingSystem"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instanceOffers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"minVcpus"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minVcpus"}}},{"kind":"Argument","name":{"kind":"Name","value":"minMemoryMiB"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minMemoryMiB"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxVcpus"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxVcpus"}}},{"kind":"Argument","name":{"kind":"Name","value":"providers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providers"}}},{"kind":"Argument","name":{"kind":"Name","value":"regions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regions"}}},{"kind":"Argument","name":{"kind":"Name","value":"os"},"value":{"kind":"Variable","name":{"kind":"Name","value":"os"}}},{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InstanceOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"instanceType"}},{"kind":"Field","name":{"kind":"Name","value":"os"}},{"kind":"Field","name":{"kind":"Name","value":"vcpus"}},{"kind":"Field","name":{"kind":"Name","value":"memoryMiB"}},{"kind":"Field","name":{"kind":"Name","value":"hourly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"conversions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"original"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]} as unknown as DocumentNode<InstanceOffersQuery, InstanceOffersQueryVariables>;
export const CostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Costs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CostGranularity"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CostGroupBy"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CostFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"costType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CostType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"costType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"costType"}}},{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"granularity"}},{"kind":"Field","name":{"kind":"Name","value":"costType"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"tagKey"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"conversions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"original"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimated"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"tagKey"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"conversions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"original"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CostsQuery, CostsQueryVariables>;
export const CostsWithForecastDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CostsWithForecast"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CostFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forecast"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"byProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"monthToDate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remaining"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthEnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remainingLower"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remainingUpper"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthEnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CostsWithForecastQuery, CostsWithForecastQueryVariables>;
export const VmCostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VmCosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VmFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"estimate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<VmCostsQuery, VmCostsQueryVariables>;
export const VolumeCostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VolumeCosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volumes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"sizeGiB"}},{"kind":"Field","name":{"kind":"Name","value":"volumeType"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"estimate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<VolumeCostsQuery, VolumeCostsQueryVariables>;
export const SavingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Savings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SavingsFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalMonthlySaving"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecommendationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecommendationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recommendation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"currentMonthly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedMonthly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlySaving"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suggestedInstanceType"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"cpuP95"}},{"kind":"Field","name":{"kind":"Name","value":"memoryP95"}},{"kind":"Field","name":{"kind":"Name","value":"headroomPercent"}},{"kind":"Field","name":{"kind":"Name","value":"ageDays"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]} as unknown as DocumentNode<SavingsQuery, SavingsQueryVariables>;
export const VmRecommendationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VmRecommendations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VmFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instanceType"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecommendationFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecommendationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recommendation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"currentMonthly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedMonthly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlySaving"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suggestedInstanceType"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"cpuP95"}},{"kind":"Field","name":{"kind":"Name","value":"memoryP95"}},{"kind":"Field","name":{"kind":"Name","value":"headroomPercent"}},{"kind":"Field","name":{"kind":"Name","value":"ageDays"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]} as unknown as DocumentNode<VmRecommendationsQuery, VmRecommendationsQueryVariables>;
export const BalancesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Balances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"accountBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthToDateUsage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthToDateBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}}]}}]}}]} as unknown as DocumentNode<BalancesQuery, BalancesQueryVariables>;
export const VmStateChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"VmStateChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VmEventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vmStateChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"vmId"}},{"kind":"Field","name":{"kind":"Name","value":"previousState"}},{"kind":"Field","name":{"kind":"Name","value":"newState"}},{"kind":"Field","name":{"kind":"Name","value":"previousProviderState"}},{"kind":"Field","name":{"kind":"Name","value":"newProviderState"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"vm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"providerState"}},{"kind":"Field","name":{"kind":"Name","value":"volumes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sizeGiB"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VmStateChangedSubscription, VmStateChangedSubscriptionVariables>;
export const VmStateChangedIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"VmStateChangedIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VmEventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vmStateChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vmId"}},{"kind":"Field","name":{"kind":"Name","value":"newState"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<VmStateChangedIdsSubscription, VmStateChangedIdsSubscriptionVariables>;
export const VmStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VmState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"providerState"}}]}}]}}]} as unknown as DocumentNode<VmStateQuery, VmStateQueryVariables>;
export const FleetWithDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FleetWithDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VmFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"providerState"}},{"kind":"Field","name":{"kind":"Name","value":"volumeIds"}},{"kind":"Field","name":{"kind":"Name","value":"securityGroupIds"}},{"kind":"Field","name":{"kind":"Name","value":"volumes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sizeGiB"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"}},{"kind":"Field","name":{"kind":"Name","value":"vm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"securityGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"fromPort"}},{"kind":"Field","name":{"kind":"Name","value":"toPort"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"action"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"names"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CPU_UTILIZATION"},{"kind":"EnumValue","value":"NETWORK_IN_BYTES"}]}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"IntValue","value":"300"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FleetWithDetailsQuery, FleetWithDetailsQueryVariables>;
export const VmStatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VmStates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VmFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VmOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"providerState"}},{"kind":"Field","name":{"kind":"Name","value":"instanceType"}},{"kind":"Field","name":{"kind":"Name","value":"vcpus"}},{"kind":"Field","name":{"kind":"Name","value":"memoryMiB"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VmStatesQuery, VmStatesQueryVariables>;
export const VmByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VmById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"providerState"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"instanceType"}}]}}]}}]} as unknown as DocumentNode<VmByIdQuery, VmByIdQueryVariables>;
export const ProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"lastErrorCode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProvidersQuery, ProvidersQueryVariables>;
export const VmMetricsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VmMetrics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"names"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MetricName"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nativeNames"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"names"},"value":{"kind":"Variable","name":{"kind":"Name","value":"names"}}},{"kind":"Argument","name":{"kind":"Name","value":"nativeNames"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nativeNames"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nativeName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"nativeUnit"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VmMetricsQuery, VmMetricsQueryVariables>;
export const VolumesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Volumes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VolumeFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volumes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"providerState"}},{"kind":"Field","name":{"kind":"Name","value":"sizeGiB"}},{"kind":"Field","name":{"kind":"Name","value":"volumeType"}},{"kind":"Field","name":{"kind":"Name","value":"encrypted"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"}},{"kind":"Field","name":{"kind":"Name","value":"vm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<VolumesQuery, VolumesQueryVariables>;
export const SnapshotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Snapshots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SnapshotFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"snapshots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"providerState"}},{"kind":"Field","name":{"kind":"Name","value":"sizeGiB"}},{"kind":"Field","name":{"kind":"Name","value":"volume"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SnapshotsQuery, SnapshotsQueryVariables>;
export const NetworksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Networks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cidrBlocks"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"subnets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cidrBlock"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"securityGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"publicIps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"vm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"networkInterfaces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"privateIps"}},{"kind":"Field","name":{"kind":"Name","value":"macAddress"}},{"kind":"Field","name":{"kind":"Name","value":"vm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subnet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"securityGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NetworksQuery, NetworksQueryVariables>;
export const PartialAwsVmsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartialAwsVms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VmFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"vcpus"}},{"kind":"Field","name":{"kind":"Name","value":"memoryMiB"}},{"kind":"Field","name":{"kind":"Name","value":"privateIp"}},{"kind":"Field","name":{"kind":"Name","value":"publicIp"}},{"kind":"Field","name":{"kind":"Name","value":"privateIps"}},{"kind":"Field","name":{"kind":"Name","value":"publicIps"}},{"kind":"Field","name":{"kind":"Name","value":"ipv6Addresses"}},{"kind":"Field","name":{"kind":"Name","value":"securityGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"volumes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartialAwsVmsQuery, PartialAwsVmsQueryVariables>;
export const AwsRulesAndAttachmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AwsRulesAndAttachments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"networkFilter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"volumeFilter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VolumeFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"fromPort"}},{"kind":"Field","name":{"kind":"Name","value":"toPort"}},{"kind":"Field","name":{"kind":"Name","value":"icmpType"}},{"kind":"Field","name":{"kind":"Name","value":"icmpCode"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"volumes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"volumeFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"providerState"}},{"kind":"Field","name":{"kind":"Name","value":"device"}},{"kind":"Field","name":{"kind":"Name","value":"vm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nativeId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AwsRulesAndAttachmentsQuery, AwsRulesAndAttachmentsQueryVariables>;
export const PartialAzureVmsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartialAzureVms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VmFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"instanceType"}},{"kind":"Field","name":{"kind":"Name","value":"vcpus"}},{"kind":"Field","name":{"kind":"Name","value":"memoryMiB"}},{"kind":"Field","name":{"kind":"Name","value":"privateIp"}},{"kind":"Field","name":{"kind":"Name","value":"publicIp"}},{"kind":"Field","name":{"kind":"Name","value":"privateIps"}},{"kind":"Field","name":{"kind":"Name","value":"publicIps"}},{"kind":"Field","name":{"kind":"Name","value":"ipv6Addresses"}},{"kind":"Field","name":{"kind":"Name","value":"volumeIds"}},{"kind":"Field","name":{"kind":"Name","value":"securityGroupIds"}},{"kind":"Field","name":{"kind":"Name","value":"networkInterfaceIds"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"subnetId"}},{"kind":"Field","name":{"kind":"Name","value":"extras"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartialAzureVmsQuery, PartialAzureVmsQueryVariables>;
export const PartialAzureVolumesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartialAzureVolumes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VolumeFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volumes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"providerState"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"providerState"}},{"kind":"Field","name":{"kind":"Name","value":"vm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartialAzureVolumesQuery, PartialAzureVolumesQueryVariables>;
export const PartialGcpVmsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartialGcpVms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VmFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"providerState"}},{"kind":"Field","name":{"kind":"Name","value":"instanceType"}},{"kind":"Field","name":{"kind":"Name","value":"vcpus"}},{"kind":"Field","name":{"kind":"Name","value":"memoryMiB"}},{"kind":"Field","name":{"kind":"Name","value":"privateIp"}},{"kind":"Field","name":{"kind":"Name","value":"publicIp"}},{"kind":"Field","name":{"kind":"Name","value":"privateIps"}},{"kind":"Field","name":{"kind":"Name","value":"publicIps"}},{"kind":"Field","name":{"kind":"Name","value":"ipv6Addresses"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"subnetId"}},{"kind":"Field","name":{"kind":"Name","value":"securityGroupIds"}},{"kind":"Field","name":{"kind":"Name","value":"volumeIds"}},{"kind":"Field","name":{"kind":"Name","value":"networkInterfaceIds"}}]}}]}}]}}]} as unknown as DocumentNode<PartialGcpVmsQuery, PartialGcpVmsQueryVariables>;
export const PartialGcpPublicIpsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartialGcpPublicIps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicIps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nativeId"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}}]} as unknown as DocumentNode<PartialGcpPublicIpsQuery, PartialGcpPublicIpsQueryVariables>;
export const ResilienceVmsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResilienceVms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VmFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"account"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]}}]} as unknown as DocumentNode<ResilienceVmsQuery, ResilienceVmsQueryVariables>;
export const ResilienceVmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResilienceVm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<ResilienceVmQuery, ResilienceVmQueryVariables>;
export const ProviderBreakersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderBreakers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"lastErrorCode"}},{"kind":"Field","name":{"kind":"Name","value":"breaker"}},{"kind":"Field","name":{"kind":"Name","value":"breakerOpenedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProviderBreakersQuery, ProviderBreakersQueryVariables>;