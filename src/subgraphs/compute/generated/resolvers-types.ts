import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { VirtualMachine as VirtualMachineModel, Volume as VolumeModel, Snapshot as SnapshotModel, Network as NetworkModel, Subnet as SubnetModel, SecurityGroup as SecurityGroupModel, PublicIp as PublicIpModel, NetworkInterface as NetworkInterfaceModel, MetricSeries as MetricSeriesModel, VolumeAttachment as VolumeAttachmentModel, SecurityRule as SecurityRuleModel } from '../../../providers/types.js';
import type { VmStateChanged as VmStateChangedModel } from '../../../events/vm-event.js';
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

export type BreakerState =
  /** Calls go to the cloud. */
  | 'CLOSED'
  /** The open time has passed: the next call probes the region; success closes the circuit, failure opens it again. */
  | 'HALF_OPEN'
  /** Calls fail at once (PROVIDER_UNAVAILABLE, or cached data answered stale) without reaching the cloud. */
  | 'OPEN';

export type Health =
  /** The last call failed. */
  | 'FAILING'
  /** The last call to this scope succeeded. */
  | 'HEALTHY'
  /** The last call was throttled. */
  | 'THROTTLED'
  /** No call has been made yet. */
  | 'UNKNOWN';

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
  | 'gcp';

export type ProviderStatus = {
  __typename?: 'ProviderStatus';
  accounts: Array<AccountStatus>;
  provider: Provider;
};

export type Query = {
  __typename?: 'Query';
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

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * VM state changes across every configured provider, each change once, in order per VM, from
   * polls, cloud pushes and FleetGraph's own actions alike. `since` (an event id) first replays
   * every retained event after it, then continues live, with no gap or duplicate at the seam; a
   * malformed `since` is a BAD_USER_INPUT error. A client that falls too far behind is closed with
   * WebSocket code 4513 and resumes by subscribing again with `since` = the last id it received.
   */
  vmStateChanged: VmStateChangedEvent;
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
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  VirtualMachine:
    ( { __typename: 'VirtualMachine' }
    & GraphQLRecursivePick<FederationTypes['VirtualMachine'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AccountStatus: ResolverTypeWrapper<AccountStatus>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  BreakerState: BreakerState;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Health: Health;
  OrderDirection: OrderDirection;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Provider: null;
  ProviderStatus: ResolverTypeWrapper<ProviderStatus>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  RegionStatus: ResolverTypeWrapper<RegionStatus>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Tag: ResolverTypeWrapper<Tag>;
  TagFilter: TagFilter;
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
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AccountStatus: AccountStatus;
  String: Scalars['String']['output'];
  DateTime: Scalars['DateTime']['output'];
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  ProviderStatus: ProviderStatus;
  Query: Record<PropertyKey, never>;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  RegionStatus: RegionStatus;
  Subscription: Record<PropertyKey, never>;
  Tag: Tag;
  TagFilter: TagFilter;
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

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type PageInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProviderResolvers = { AWS: 'aws', AZURE: 'azure', GCP: 'gcp' };

export type ProviderStatusResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ProviderStatus'] = ResolversParentTypes['ProviderStatus']> = ResolversObject<{
  accounts?: Resolver<Array<ResolversTypes['AccountStatus']>, ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Provider'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
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

export type SubscriptionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
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

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
  AccountStatus?: AccountStatusResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  PageInfo?: PageInfoResolvers<ContextType>;
  Provider?: ProviderResolvers;
  ProviderStatus?: ProviderStatusResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RegionStatus?: RegionStatusResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Tag?: TagResolvers<ContextType>;
  VirtualMachine?: VirtualMachineResolvers<ContextType>;
  VmConnection?: VmConnectionResolvers<ContextType>;
  VmEdge?: VmEdgeResolvers<ContextType>;
  VmStateChangedEvent?: VmStateChangedEventResolvers<ContextType>;
}>;

