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
  id: Scalars['ID']['output'];
  /**
   * Metric series between `from` and `to`, one point per `period` seconds (default 300, at least
   * 60). Ask for model metrics by `names` and for anything else by the provider's `nativeNames`
   * (AWS: "Namespace/MetricName"). At most 1,440 points per series. Null (with an error) when the
   * provider could not be asked.
   */
  metrics?: Maybe<Array<MetricSeries>>;
};


export type VirtualMachineMetricsArgs = {
  from: Scalars['DateTime']['input'];
  names?: InputMaybe<Array<MetricName>>;
  nativeNames?: InputMaybe<Array<Scalars['String']['input']>>;
  period?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['DateTime']['input'];
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
  id: Scalars['ID']['output'];
  /** Volume metrics; see VirtualMachine.metrics. */
  metrics?: Maybe<Array<MetricSeries>>;
};


export type VolumeMetricsArgs = {
  from: Scalars['DateTime']['input'];
  names?: InputMaybe<Array<MetricName>>;
  nativeNames?: InputMaybe<Array<Scalars['String']['input']>>;
  period?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['DateTime']['input'];
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
    & GraphQLRecursivePick<FederationTypes['VirtualMachine'], {"id":true}> );
  Volume:
    ( { __typename: 'Volume' }
    & GraphQLRecursivePick<FederationTypes['Volume'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  MetricName: MetricName;
  MetricPoint: ResolverTypeWrapper<MetricPoint>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  MetricSeries: ResolverTypeWrapper<MetricSeriesModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  MetricUnit: MetricUnit;
  OrderDirection: OrderDirection;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Provider: null;
  Tag: ResolverTypeWrapper<Tag>;
  TagFilter: TagFilter;
  VirtualMachine: ResolverTypeWrapper<VirtualMachineModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  VmState: VmState;
  Volume: ResolverTypeWrapper<VolumeModel>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  DateTime: Scalars['DateTime']['output'];
  MetricPoint: MetricPoint;
  Float: Scalars['Float']['output'];
  MetricSeries: MetricSeriesModel;
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  PageInfo: PageInfo;
  Tag: Tag;
  TagFilter: TagFilter;
  VirtualMachine: VirtualMachineModel;
  ID: Scalars['ID']['output'];
  Volume: VolumeModel;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type MetricPointResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['MetricPoint'] = ResolversParentTypes['MetricPoint']> = ResolversObject<{
  timestamp?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type MetricSeriesResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['MetricSeries'] = ResolversParentTypes['MetricSeries']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['MetricName']>, ParentType, ContextType>;
  nativeName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nativeUnit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['MetricPoint']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['MetricUnit'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProviderResolvers = { AWS: 'aws', AZURE: 'azure', CONTAINERD: 'containerd', DIGITALOCEAN: 'digitalocean', GCP: 'gcp', LIBVIRT: 'libvirt', PROXMOX: 'proxmox' };

export type TagResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Tag'] = ResolversParentTypes['Tag']> = ResolversObject<{
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type VirtualMachineResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['VirtualMachine'] = ResolversParentTypes['VirtualMachine'], FederationReferenceType extends FederationReferenceTypes['VirtualMachine'] = FederationReferenceTypes['VirtualMachine']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['VirtualMachine']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  metrics?: Resolver<Maybe<Array<ResolversTypes['MetricSeries']>>, ParentType, ContextType, RequireFields<VirtualMachineMetricsArgs, 'from' | 'period' | 'to'>>;
}>;

export type VolumeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Volume'] = ResolversParentTypes['Volume'], FederationReferenceType extends FederationReferenceTypes['Volume'] = FederationReferenceTypes['Volume']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Volume']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  metrics?: Resolver<Maybe<Array<ResolversTypes['MetricSeries']>>, ParentType, ContextType, RequireFields<VolumeMetricsArgs, 'from' | 'period' | 'to'>>;
}>;

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
  DateTime?: GraphQLScalarType;
  MetricPoint?: MetricPointResolvers<ContextType>;
  MetricSeries?: MetricSeriesResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Provider?: ProviderResolvers;
  Tag?: TagResolvers<ContextType>;
  VirtualMachine?: VirtualMachineResolvers<ContextType>;
  Volume?: VolumeResolvers<ContextType>;
}>;

