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

export type AttachmentState =
  | 'ATTACHED'
  | 'ATTACHING'
  /** The attachment exists but the volume is in use by an operation (EC2 busy). */
  | 'BUSY'
  | 'DETACHED'
  | 'DETACHING'
  | 'UNKNOWN';

/**
 * Lifecycle actions on volumes and snapshots; each returns at once with the Operation that follows
 * the cloud's work (see the compute mutations for idempotencyKey and dryRun). operator: attach,
 * detach, resize, snapshot; admin: also deleteSnapshot.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Attaches the volume to the VM (same zone / region). `device`: AWS /dev/sdf…, Azure a LUN number, GCP a device name; the cloud picks when absent. */
  attachVolume: Operation;
  createSnapshot: Operation;
  /** Deletes the snapshot. Admins only. */
  deleteSnapshot: Operation;
  /** Detaches the volume from the VM (`force`: AWS ForceDetachment; Azure forceDetach; ignored on GCP). */
  detachVolume: Operation;
  /** Grows the volume (no cloud shrinks one) to `sizeGiB`. */
  resizeVolume: Operation;
};


/**
 * Lifecycle actions on volumes and snapshots; each returns at once with the Operation that follows
 * the cloud's work (see the compute mutations for idempotencyKey and dryRun). operator: attach,
 * detach, resize, snapshot; admin: also deleteSnapshot.
 */
export type MutationAttachVolumeArgs = {
  device?: InputMaybe<Scalars['String']['input']>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  idempotencyKey: Scalars['String']['input'];
  vmId: Scalars['ID']['input'];
  volumeId: Scalars['ID']['input'];
};


/**
 * Lifecycle actions on volumes and snapshots; each returns at once with the Operation that follows
 * the cloud's work (see the compute mutations for idempotencyKey and dryRun). operator: attach,
 * detach, resize, snapshot; admin: also deleteSnapshot.
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
 * Lifecycle actions on volumes and snapshots; each returns at once with the Operation that follows
 * the cloud's work (see the compute mutations for idempotencyKey and dryRun). operator: attach,
 * detach, resize, snapshot; admin: also deleteSnapshot.
 */
export type MutationDeleteSnapshotArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
};


/**
 * Lifecycle actions on volumes and snapshots; each returns at once with the Operation that follows
 * the cloud's work (see the compute mutations for idempotencyKey and dryRun). operator: attach,
 * detach, resize, snapshot; admin: also deleteSnapshot.
 */
export type MutationDetachVolumeArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  force?: InputMaybe<Scalars['Boolean']['input']>;
  idempotencyKey: Scalars['String']['input'];
  vmId: Scalars['ID']['input'];
  volumeId: Scalars['ID']['input'];
};


/**
 * Lifecycle actions on volumes and snapshots; each returns at once with the Operation that follows
 * the cloud's work (see the compute mutations for idempotencyKey and dryRun). operator: attach,
 * detach, resize, snapshot; admin: also deleteSnapshot.
 */
export type MutationResizeVolumeArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  sizeGiB: Scalars['Int']['input'];
};

export type Operation = {
  __typename?: 'Operation';
  id: Scalars['ID']['output'];
};

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

export type Query = {
  __typename?: 'Query';
  snapshot?: Maybe<Snapshot>;
  /** Volume snapshots owned by the configured accounts. `first` is at most 1000 (default 50). */
  snapshots: SnapshotConnection;
  volume?: Maybe<Volume>;
  /** Block volumes across every configured provider, account and region. `first` is at most 1000 (default 50). */
  volumes: VolumeConnection;
};


export type QuerySnapshotArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySnapshotsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SnapshotFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryVolumeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVolumesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<VolumeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

export type VirtualMachine = {
  __typename?: 'VirtualMachine';
  id: Scalars['ID']['output'];
  volumeIds?: Maybe<Array<Scalars['ID']['output']>>;
  /** The VM's volumes; null (with an error) when the provider could not be asked. */
  volumes?: Maybe<Array<Volume>>;
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
  attachments: Array<VolumeAttachment>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  encrypted: Scalars['Boolean']['output'];
  extras: Array<Tag>;
  /** Global id: <provider>:<account>:<location>:volume:<nativeId>. */
  id: Scalars['ID']['output'];
  iops?: Maybe<Scalars['Int']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  nativeId: Scalars['String']['output'];
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

export type VolumeState =
  | 'AVAILABLE'
  | 'CREATING'
  | 'DELETED'
  | 'DELETING'
  | 'ERROR'
  | 'IN_USE'
  | 'UNKNOWN';

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
  Snapshot: Snapshot;
  VirtualMachine: VirtualMachine;
  Volume: Volume;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Snapshot:
    ( { __typename: 'Snapshot' }
    & GraphQLRecursivePick<FederationTypes['Snapshot'], {"id":true}> );
  VirtualMachine:
    ( { __typename: 'VirtualMachine' }
    & GraphQLRecursivePick<FederationTypes['VirtualMachine'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['VirtualMachine'], {"volumeIds":true}> ) );
  Volume:
    ( { __typename: 'Volume' }
    & GraphQLRecursivePick<FederationTypes['Volume'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AttachmentState: AttachmentState;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Operation: ResolverTypeWrapper<Operation>;
  OrderDirection: OrderDirection;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Provider: null;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Snapshot: ResolverTypeWrapper<SnapshotModel>;
  SnapshotConnection: ResolverTypeWrapper<Omit<SnapshotConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['SnapshotEdge']>, nodes: Array<ResolversTypes['Snapshot']> }>;
  SnapshotEdge: ResolverTypeWrapper<Omit<SnapshotEdge, 'node'> & { node: ResolversTypes['Snapshot'] }>;
  SnapshotFilter: SnapshotFilter;
  SnapshotState: SnapshotState;
  Tag: ResolverTypeWrapper<Tag>;
  TagFilter: TagFilter;
  TagInput: TagInput;
  VirtualMachine: ResolverTypeWrapper<VirtualMachineModel>;
  VmState: VmState;
  Volume: ResolverTypeWrapper<VolumeModel>;
  VolumeAttachment: ResolverTypeWrapper<VolumeAttachmentModel>;
  VolumeConnection: ResolverTypeWrapper<Omit<VolumeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['VolumeEdge']>, nodes: Array<ResolversTypes['Volume']> }>;
  VolumeEdge: ResolverTypeWrapper<Omit<VolumeEdge, 'node'> & { node: ResolversTypes['Volume'] }>;
  VolumeFilter: VolumeFilter;
  VolumeState: VolumeState;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  DateTime: Scalars['DateTime']['output'];
  Mutation: Record<PropertyKey, never>;
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Operation: Operation;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Snapshot: SnapshotModel;
  SnapshotConnection: Omit<SnapshotConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['SnapshotEdge']>, nodes: Array<ResolversParentTypes['Snapshot']> };
  SnapshotEdge: Omit<SnapshotEdge, 'node'> & { node: ResolversParentTypes['Snapshot'] };
  SnapshotFilter: SnapshotFilter;
  Tag: Tag;
  TagFilter: TagFilter;
  TagInput: TagInput;
  VirtualMachine: VirtualMachineModel;
  Volume: VolumeModel;
  VolumeAttachment: VolumeAttachmentModel;
  VolumeConnection: Omit<VolumeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['VolumeEdge']>, nodes: Array<ResolversParentTypes['Volume']> };
  VolumeEdge: Omit<VolumeEdge, 'node'> & { node: ResolversParentTypes['Volume'] };
  VolumeFilter: VolumeFilter;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type MutationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  attachVolume?: Resolver<ResolversTypes['Operation'], ParentType, ContextType, RequireFields<MutationAttachVolumeArgs, 'dryRun' | 'idempotencyKey' | 'vmId' | 'volumeId'>>;
  createSnapshot?: Resolver<ResolversTypes['Operation'], ParentType, ContextType, RequireFields<MutationCreateSnapshotArgs, 'dryRun' | 'idempotencyKey' | 'volumeId'>>;
  deleteSnapshot?: Resolver<ResolversTypes['Operation'], ParentType, ContextType, RequireFields<MutationDeleteSnapshotArgs, 'dryRun' | 'id' | 'idempotencyKey'>>;
  detachVolume?: Resolver<ResolversTypes['Operation'], ParentType, ContextType, RequireFields<MutationDetachVolumeArgs, 'dryRun' | 'force' | 'idempotencyKey' | 'vmId' | 'volumeId'>>;
  resizeVolume?: Resolver<ResolversTypes['Operation'], ParentType, ContextType, RequireFields<MutationResizeVolumeArgs, 'dryRun' | 'id' | 'idempotencyKey' | 'sizeGiB'>>;
}>;

export type OperationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Operation'] = ResolversParentTypes['Operation']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProviderResolvers = { AWS: 'aws', AZURE: 'azure', CONTAINERD: 'containerd', DIGITALOCEAN: 'digitalocean', GCP: 'gcp', LIBVIRT: 'libvirt', PROXMOX: 'proxmox' };

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  snapshot?: Resolver<Maybe<ResolversTypes['Snapshot']>, ParentType, ContextType, RequireFields<QuerySnapshotArgs, 'id'>>;
  snapshots?: Resolver<ResolversTypes['SnapshotConnection'], ParentType, ContextType, RequireFields<QuerySnapshotsArgs, 'first'>>;
  volume?: Resolver<Maybe<ResolversTypes['Volume']>, ParentType, ContextType, RequireFields<QueryVolumeArgs, 'id'>>;
  volumes?: Resolver<ResolversTypes['VolumeConnection'], ParentType, ContextType, RequireFields<QueryVolumesArgs, 'first'>>;
}>;

export type SnapshotResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Snapshot'] = ResolversParentTypes['Snapshot'], FederationReferenceType extends FederationReferenceTypes['Snapshot'] = FederationReferenceTypes['Snapshot']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Snapshot']> | FederationReferenceType, FederationReferenceType, ContextType>;
  account?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  encrypted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  extras?: Resolver<Array<ResolversTypes['Tag']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nativeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  progressPercent?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Provider'], ParentType, ContextType>;
  providerState?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sizeGiB?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['SnapshotState'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['Tag']>, ParentType, ContextType>;
  volume?: Resolver<Maybe<ResolversTypes['Volume']>, ParentType, ContextType>;
}>;

export type SnapshotConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SnapshotConnection'] = ResolversParentTypes['SnapshotConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SnapshotEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Snapshot']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SnapshotEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SnapshotEdge'] = ResolversParentTypes['SnapshotEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Snapshot'], ParentType, ContextType>;
}>;

export type TagResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Tag'] = ResolversParentTypes['Tag']> = ResolversObject<{
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type VirtualMachineResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['VirtualMachine'] = ResolversParentTypes['VirtualMachine'], FederationReferenceType extends FederationReferenceTypes['VirtualMachine'] = FederationReferenceTypes['VirtualMachine']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['VirtualMachine']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  volumes?: Resolver<Maybe<Array<ResolversTypes['Volume']>>, ParentType, ContextType>;
}>;

export type VolumeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Volume'] = ResolversParentTypes['Volume'], FederationReferenceType extends FederationReferenceTypes['Volume'] = FederationReferenceTypes['Volume']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Volume']> | FederationReferenceType, FederationReferenceType, ContextType>;
  account?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  attachments?: Resolver<Array<ResolversTypes['VolumeAttachment']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  encrypted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  extras?: Resolver<Array<ResolversTypes['Tag']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  iops?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nativeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Provider'], ParentType, ContextType>;
  providerState?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sizeGiB?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sourceSnapshot?: Resolver<Maybe<ResolversTypes['Snapshot']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['VolumeState'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['Tag']>, ParentType, ContextType>;
  volumeType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  zone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type VolumeAttachmentResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['VolumeAttachment'] = ResolversParentTypes['VolumeAttachment']> = ResolversObject<{
  deleteOnTermination?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  device?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  providerState?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['AttachmentState'], ParentType, ContextType>;
  vm?: Resolver<ResolversTypes['VirtualMachine'], ParentType, ContextType>;
}>;

export type VolumeConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['VolumeConnection'] = ResolversParentTypes['VolumeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['VolumeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Volume']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type VolumeEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['VolumeEdge'] = ResolversParentTypes['VolumeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Volume'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
  DateTime?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Operation?: OperationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Provider?: ProviderResolvers;
  Query?: QueryResolvers<ContextType>;
  Snapshot?: SnapshotResolvers<ContextType>;
  SnapshotConnection?: SnapshotConnectionResolvers<ContextType>;
  SnapshotEdge?: SnapshotEdgeResolvers<ContextType>;
  Tag?: TagResolvers<ContextType>;
  VirtualMachine?: VirtualMachineResolvers<ContextType>;
  Volume?: VolumeResolvers<ContextType>;
  VolumeAttachment?: VolumeAttachmentResolvers<ContextType>;
  VolumeConnection?: VolumeConnectionResolvers<ContextType>;
  VolumeEdge?: VolumeEdgeResolvers<ContextType>;
}>;

