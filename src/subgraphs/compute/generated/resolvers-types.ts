import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { VirtualMachine as VirtualMachineModel, Volume as VolumeModel, Snapshot as SnapshotModel, Network as NetworkModel, Subnet as SubnetModel, SecurityGroup as SecurityGroupModel, PublicIp as PublicIpModel, NetworkInterface as NetworkInterfaceModel, MetricSeries as MetricSeriesModel, VolumeAttachment as VolumeAttachmentModel, SecurityRule as SecurityRuleModel } from '../../../providers/types.js';
import type { VmStateChanged as VmStateChangedModel } from '../../../events/vm-event.js';
import type { Operation as OperationModel } from '../../../operations/operation.js';
import type { AuditEntry as AuditEntryModel } from '../../../operations/audit-entry.js';
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
  /** An ISO-8601 date-time in UTC, e.g. 2026-11-22T10:00:00.000Z. */
  DateTime: { input: Date; output: Date; }
  _FieldSet: { input: any; output: any; }
};

export type AccountStatus = {
  __typename?: 'AccountStatus';
  id: Scalars['String']['output'];
  name?: Maybe<Scalars['String']['output']>;
  regions: Array<RegionStatus>;
};

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

export type BreakerState =
  /** Calls go to the cloud. */
  | 'CLOSED'
  /** The open time has passed: the next call probes the region; success closes the circuit, failure opens it again. */
  | 'HALF_OPEN'
  /** Calls fail at once (PROVIDER_UNAVAILABLE, or cached data answered stale) without reaching the cloud. */
  | 'OPEN';

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

/**
 * Lifecycle actions on VMs. Each returns at once with the Operation that follows the cloud's work;
 * `idempotencyKey` (1-64 of A-Z a-z 0-9 _ -) makes a retry answer the same operation without acting
 * twice; `dryRun` checks permissions and arguments (with the cloud where it can: EC2 DryRun) and
 * acts never. operator: start, stop, reboot, resize, create; admin: also delete.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** A new VM from an image and a type, in a subnet, with data disks and tags. */
  createVm: Operation;
  /** Deletes (terminates) the VM. Admins only; `confirmName` must be the VM's name (its native id when it has none). */
  deleteVm: Operation;
  rebootVm: Operation;
  /**
   * Changes the VM's type. Where the cloud needs the VM stopped for that (AWS, GCP; Azure when the
   * size is not offered on the VM's current hardware) a running VM is stopped, resized and started
   * again — only with `allowRestart: true`; otherwise RESOURCE_STATE_CONFLICT and nothing is done.
   */
  resizeVm: Operation;
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
  | 'attachVolume'
  | 'createSnapshot'
  | 'createVm'
  | 'deleteSnapshot'
  | 'deleteVm'
  | 'detachVolume'
  | 'rebootVm'
  | 'resizeVm'
  | 'resizeVolume'
  | 'startVm'
  | 'stopVm';

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

/** The cloud a resource lives in. */
export type Provider =
  | 'aws'
  | 'azure'
  | 'containerd'
  | 'digitalocean'
  | 'gcp'
  | 'libvirt'
  | 'proxmox';

export type ProviderStatus = {
  __typename?: 'ProviderStatus';
  accounts: Array<AccountStatus>;
  provider: Provider;
};

export type Query = {
  __typename?: 'Query';
  /** Every mutation attempt, newest first: allowed, refused, validated by a dry run, and how each ended. Admins only. `first` is at most 500 (default 50). */
  auditLog: AuditEntryConnection;
  /** One operation by id; null when it does not exist, has expired (writes.retentionDays) or lies outside the caller's grants. */
  operation?: Maybe<Operation>;
  /** Operations newest first, within the caller's grants. `first` is at most 200 (default 50). */
  operations: OperationConnection;
  /** The configured providers with their accounts and regions, each region's health as last observed and its circuit breaker. */
  providers: Array<ProviderStatus>;
  /** One VM by global id; null when it does not exist. A malformed id is a BAD_USER_INPUT error. */
  vm?: Maybe<VirtualMachine>;
  /**
   * Virtual machines across every configured provider, account and region. Filters are pushed
   * down to the cloud APIs where they support them. A provider, account or region that fails
   * yields the others' VMs plus an error naming it (extensions.code, provider, account, region).
   * `first` is at most 1000 (default 50).
   */
  vms: VmConnection;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
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


export type QueryVmArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVmsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<VmFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<VmOrder>;
};

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

export type Role =
  | 'admin'
  | 'operator'
  | 'viewer';

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
  name?: Maybe<Scalars['String']['output']>;
  /** The cloud's own id (EC2 instance id, Azure resource id, GCP instance id). */
  nativeId: Scalars['String']['output'];
  networkId?: Maybe<Scalars['ID']['output']>;
  networkInterfaceIds?: Maybe<Array<Scalars['ID']['output']>>;
  platform?: Maybe<Scalars['String']['output']>;
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
  region: Scalars['String']['output'];
  securityGroupIds?: Maybe<Array<Scalars['ID']['output']>>;
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
  zone?: Maybe<Scalars['String']['output']>;
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

/**
 * What a VirtualMachine is. Containers (containerd's, Proxmox LXC guests) are listed beside virtual
 * machines with the same fields; what a container does not have of its own (disks, network
 * interfaces, an instance type, security groups) stays empty rather than being made up.
 */
export type WorkloadKind =
  | 'container'
  | 'vm';

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
  Operation: Operation;
  VirtualMachine: VirtualMachine;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Operation:
    ( { __typename: 'Operation' }
    & GraphQLRecursivePick<FederationTypes['Operation'], {"id":true}> );
  VirtualMachine:
    ( { __typename: 'VirtualMachine' }
    & GraphQLRecursivePick<FederationTypes['VirtualMachine'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AccountStatus: ResolverTypeWrapper<AccountStatus>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AuditDecision: AuditDecision;
  AuditEntry: ResolverTypeWrapper<AuditEntryModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AuditEntryConnection: ResolverTypeWrapper<Omit<AuditEntryConnection, 'nodes'> & { nodes: Array<ResolversTypes['AuditEntry']> }>;
  AuditFilter: AuditFilter;
  AuditOutcome: AuditOutcome;
  BreakerState: BreakerState;
  CreateVmInput: CreateVmInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  DataDiskInput: DataDiskInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Health: Health;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Operation: ResolverTypeWrapper<OperationModel>;
  OperationConnection: ResolverTypeWrapper<Omit<OperationConnection, 'nodes'> & { nodes: Array<ResolversTypes['Operation']> }>;
  OperationError: ResolverTypeWrapper<OperationError>;
  OperationFilter: OperationFilter;
  OperationKind: null;
  OperationStatus: OperationStatus;
  OrderDirection: OrderDirection;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Provider: null;
  ProviderStatus: ResolverTypeWrapper<ProviderStatus>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegionStatus: ResolverTypeWrapper<RegionStatus>;
  Role: null;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Tag: ResolverTypeWrapper<Tag>;
  TagFilter: TagFilter;
  TagInput: TagInput;
  VirtualMachine: ResolverTypeWrapper<VirtualMachineModel>;
  VmConnection: ResolverTypeWrapper<Omit<VmConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['VmEdge']>, nodes: Array<ResolversTypes['VirtualMachine']> }>;
  VmEdge: ResolverTypeWrapper<Omit<VmEdge, 'node'> & { node: ResolversTypes['VirtualMachine'] }>;
  VmEventFilter: VmEventFilter;
  VmEventSource: VmEventSource;
  VmFilter: VmFilter;
  VmOrder: VmOrder;
  VmOrderField: VmOrderField;
  VmState: VmState;
  VmStateChangedEvent: ResolverTypeWrapper<VmStateChangedModel>;
  WorkloadKind: null;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AccountStatus: AccountStatus;
  String: Scalars['String']['output'];
  AuditEntry: AuditEntryModel;
  ID: Scalars['ID']['output'];
  AuditEntryConnection: Omit<AuditEntryConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['AuditEntry']> };
  AuditFilter: AuditFilter;
  CreateVmInput: CreateVmInput;
  Int: Scalars['Int']['output'];
  DataDiskInput: DataDiskInput;
  DateTime: Scalars['DateTime']['output'];
  Mutation: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
  Operation: OperationModel;
  OperationConnection: Omit<OperationConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Operation']> };
  OperationError: OperationError;
  OperationFilter: OperationFilter;
  PageInfo: PageInfo;
  ProviderStatus: ProviderStatus;
  Query: Record<PropertyKey, never>;
  RegionStatus: RegionStatus;
  Subscription: Record<PropertyKey, never>;
  Tag: Tag;
  TagFilter: TagFilter;
  TagInput: TagInput;
  VirtualMachine: VirtualMachineModel;
  VmConnection: Omit<VmConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['VmEdge']>, nodes: Array<ResolversParentTypes['VirtualMachine']> };
  VmEdge: Omit<VmEdge, 'node'> & { node: ResolversParentTypes['VirtualMachine'] };
  VmEventFilter: VmEventFilter;
  VmFilter: VmFilter;
  VmOrder: VmOrder;
  VmStateChangedEvent: VmStateChangedModel;
}>;

export type AccountStatusResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AccountStatus'] = ResolversParentTypes['AccountStatus']> = ResolversObject<{
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['RegionStatus']>, ParentType, ContextType>;
}>;

export type AuditEntryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  arguments?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  caller?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decision?: Resolver<ResolversTypes['AuditDecision'], ParentType, ContextType>;
  errorCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OperationKind'], ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  operationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['AuditOutcome'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  via?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AuditEntryConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type MutationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createVm?: Resolver<ResolversTypes['Operation'], ParentType, ContextType, RequireFields<MutationCreateVmArgs, 'dryRun' | 'idempotencyKey' | 'input'>>;
  deleteVm?: Resolver<ResolversTypes['Operation'], ParentType, ContextType, RequireFields<MutationDeleteVmArgs, 'confirmName' | 'dryRun' | 'id' | 'idempotencyKey'>>;
  rebootVm?: Resolver<ResolversTypes['Operation'], ParentType, ContextType, RequireFields<MutationRebootVmArgs, 'dryRun' | 'id' | 'idempotencyKey'>>;
  resizeVm?: Resolver<ResolversTypes['Operation'], ParentType, ContextType, RequireFields<MutationResizeVmArgs, 'allowRestart' | 'dryRun' | 'id' | 'idempotencyKey' | 'instanceType'>>;
  startVm?: Resolver<ResolversTypes['Operation'], ParentType, ContextType, RequireFields<MutationStartVmArgs, 'dryRun' | 'id' | 'idempotencyKey'>>;
  stopVm?: Resolver<ResolversTypes['Operation'], ParentType, ContextType, RequireFields<MutationStopVmArgs, 'dryRun' | 'hibernate' | 'id' | 'idempotencyKey'>>;
}>;

export type OperationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Operation'] = ResolversParentTypes['Operation'], FederationReferenceType extends FederationReferenceTypes['Operation'] = FederationReferenceTypes['Operation']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Operation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  account?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['OperationError']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  idempotencyKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OperationKind'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Provider'], ParentType, ContextType>;
  providerOperationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestedByRole?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  resourceId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OperationStatus'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type OperationConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['OperationConnection'] = ResolversParentTypes['OperationConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Operation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type OperationErrorResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['OperationError'] = ResolversParentTypes['OperationError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  providerCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type OperationKindResolvers = { ATTACH_VOLUME: 'attachVolume', CREATE_SNAPSHOT: 'createSnapshot', CREATE_VM: 'createVm', DELETE_SNAPSHOT: 'deleteSnapshot', DELETE_VM: 'deleteVm', DETACH_VOLUME: 'detachVolume', REBOOT_VM: 'rebootVm', RESIZE_VM: 'resizeVm', RESIZE_VOLUME: 'resizeVolume', START_VM: 'startVm', STOP_VM: 'stopVm' };

export type PageInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProviderResolvers = { AWS: 'aws', AZURE: 'azure', CONTAINERD: 'containerd', DIGITALOCEAN: 'digitalocean', GCP: 'gcp', LIBVIRT: 'libvirt', PROXMOX: 'proxmox' };

export type ProviderStatusResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ProviderStatus'] = ResolversParentTypes['ProviderStatus']> = ResolversObject<{
  accounts?: Resolver<Array<ResolversTypes['AccountStatus']>, ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Provider'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  auditLog?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'first'>>;
  operation?: Resolver<Maybe<ResolversTypes['Operation']>, ParentType, ContextType, RequireFields<QueryOperationArgs, 'id'>>;
  operations?: Resolver<ResolversTypes['OperationConnection'], ParentType, ContextType, RequireFields<QueryOperationsArgs, 'first'>>;
  providers?: Resolver<Array<ResolversTypes['ProviderStatus']>, ParentType, ContextType>;
  vm?: Resolver<Maybe<ResolversTypes['VirtualMachine']>, ParentType, ContextType, RequireFields<QueryVmArgs, 'id'>>;
  vms?: Resolver<ResolversTypes['VmConnection'], ParentType, ContextType, RequireFields<QueryVmsArgs, 'first'>>;
}>;

export type RegionStatusResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['RegionStatus'] = ResolversParentTypes['RegionStatus']> = ResolversObject<{
  breaker?: Resolver<ResolversTypes['BreakerState'], ParentType, ContextType>;
  breakerOpenedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  checkedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  lastErrorCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastErrorMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RoleResolvers = { ADMIN: 'admin', OPERATOR: 'operator', VIEWER: 'viewer' };

export type SubscriptionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  operationUpdated?: SubscriptionResolver<ResolversTypes['Operation'], "operationUpdated", ParentType, ContextType, RequireFields<SubscriptionOperationUpdatedArgs, 'id'>>;
  vmStateChanged?: SubscriptionResolver<ResolversTypes['VmStateChangedEvent'], "vmStateChanged", ParentType, ContextType, Partial<SubscriptionVmStateChangedArgs>>;
}>;

export type TagResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Tag'] = ResolversParentTypes['Tag']> = ResolversObject<{
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type VirtualMachineResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['VirtualMachine'] = ResolversParentTypes['VirtualMachine'], FederationReferenceType extends FederationReferenceTypes['VirtualMachine'] = FederationReferenceTypes['VirtualMachine']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['VirtualMachine']> | FederationReferenceType, FederationReferenceType, ContextType>;
  account?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  extras?: Resolver<Array<ResolversTypes['Tag']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  imageId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  instanceType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ipv6Addresses?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['WorkloadKind'], ParentType, ContextType>;
  launchedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  memoryMiB?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nativeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  networkId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  networkInterfaceIds?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  platform?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  privateIp?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  privateIps?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Provider'], ParentType, ContextType>;
  providerState?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publicIp?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publicIps?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  securityGroupIds?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['VmState'], ParentType, ContextType>;
  subnetId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['Tag']>, ParentType, ContextType>;
  vcpus?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  volumeIds?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  zone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type VmConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['VmConnection'] = ResolversParentTypes['VmConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['VmEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['VirtualMachine']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type VmEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['VmEdge'] = ResolversParentTypes['VmEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['VirtualMachine'], ParentType, ContextType>;
}>;

export type VmStateChangedEventResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['VmStateChangedEvent'] = ResolversParentTypes['VmStateChangedEvent']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  newProviderState?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  newState?: Resolver<ResolversTypes['VmState'], ParentType, ContextType>;
  previousProviderState?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  previousState?: Resolver<Maybe<ResolversTypes['VmState']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['VmEventSource'], ParentType, ContextType>;
  vm?: Resolver<Maybe<ResolversTypes['VirtualMachine']>, ParentType, ContextType>;
  vmId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type WorkloadKindResolvers = { CONTAINER: 'container', VIRTUAL_MACHINE: 'vm' };

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
  AccountStatus?: AccountStatusResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Operation?: OperationResolvers<ContextType>;
  OperationConnection?: OperationConnectionResolvers<ContextType>;
  OperationError?: OperationErrorResolvers<ContextType>;
  OperationKind?: OperationKindResolvers;
  PageInfo?: PageInfoResolvers<ContextType>;
  Provider?: ProviderResolvers;
  ProviderStatus?: ProviderStatusResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RegionStatus?: RegionStatusResolvers<ContextType>;
  Role?: RoleResolvers;
  Subscription?: SubscriptionResolvers<ContextType>;
  Tag?: TagResolvers<ContextType>;
  VirtualMachine?: VirtualMachineResolvers<ContextType>;
  VmConnection?: VmConnectionResolvers<ContextType>;
  VmEdge?: VmEdgeResolvers<ContextType>;
  VmStateChangedEvent?: VmStateChangedEventResolvers<ContextType>;
  WorkloadKind?: WorkloadKindResolvers;
}>;

