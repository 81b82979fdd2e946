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
  network?: Maybe<Network>;
  networkInterface?: Maybe<NetworkInterface>;
  networkInterfaces: NetworkInterfaceConnection;
  /** VPCs / VNets / VPC networks. `first` is at most 1000 (default 50). */
  networks: NetworkConnection;
  publicIps: PublicIpConnection;
  securityGroup?: Maybe<SecurityGroup>;
  securityGroups: SecurityGroupConnection;
  subnet?: Maybe<Subnet>;
  subnets: SubnetConnection;
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


export type QueryPublicIpsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NetworkFilter>;
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


export type QuerySubnetArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySubnetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NetworkFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RuleAction =
  | 'ALLOW'
  | 'DENY';

export type RuleDirection =
  | 'EGRESS'
  | 'INGRESS';

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
  networkInterfaceIds?: Maybe<Array<Scalars['ID']['output']>>;
  networkInterfaces?: Maybe<Array<NetworkInterface>>;
  securityGroupIds?: Maybe<Array<Scalars['ID']['output']>>;
  /** Security groups / NSGs / firewalls applying to the VM; null (with an error) when the provider could not be asked. */
  securityGroups?: Maybe<Array<SecurityGroup>>;
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
  Network: Network;
  NetworkInterface: NetworkInterface;
  PublicIp: PublicIp;
  SecurityGroup: SecurityGroup;
  Subnet: Subnet;
  VirtualMachine: VirtualMachine;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Network:
    ( { __typename: 'Network' }
    & GraphQLRecursivePick<FederationTypes['Network'], {"id":true}> );
  NetworkInterface:
    ( { __typename: 'NetworkInterface' }
    & GraphQLRecursivePick<FederationTypes['NetworkInterface'], {"id":true}> );
  PublicIp:
    ( { __typename: 'PublicIp' }
    & GraphQLRecursivePick<FederationTypes['PublicIp'], {"id":true}> );
  SecurityGroup:
    ( { __typename: 'SecurityGroup' }
    & GraphQLRecursivePick<FederationTypes['SecurityGroup'], {"id":true}> );
  Subnet:
    ( { __typename: 'Subnet' }
    & GraphQLRecursivePick<FederationTypes['Subnet'], {"id":true}> );
  VirtualMachine:
    ( { __typename: 'VirtualMachine' }
    & GraphQLRecursivePick<FederationTypes['VirtualMachine'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['VirtualMachine'], {"networkInterfaceIds":true}>
        | GraphQLRecursivePick<FederationTypes['VirtualMachine'], {"networkInterfaceIds":true,"securityGroupIds":true}>
        | GraphQLRecursivePick<FederationTypes['VirtualMachine'], {"securityGroupIds":true}> ) );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Network: ResolverTypeWrapper<NetworkModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  NetworkConnection: ResolverTypeWrapper<Omit<NetworkConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['NetworkEdge']>, nodes: Array<ResolversTypes['Network']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  NetworkEdge: ResolverTypeWrapper<Omit<NetworkEdge, 'node'> & { node: ResolversTypes['Network'] }>;
  NetworkFilter: NetworkFilter;
  NetworkInterface: ResolverTypeWrapper<NetworkInterfaceModel>;
  NetworkInterfaceConnection: ResolverTypeWrapper<Omit<NetworkInterfaceConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['NetworkInterfaceEdge']>, nodes: Array<ResolversTypes['NetworkInterface']> }>;
  NetworkInterfaceEdge: ResolverTypeWrapper<Omit<NetworkInterfaceEdge, 'node'> & { node: ResolversTypes['NetworkInterface'] }>;
  OrderDirection: OrderDirection;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Provider: null;
  PublicIp: ResolverTypeWrapper<PublicIpModel>;
  PublicIpConnection: ResolverTypeWrapper<Omit<PublicIpConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PublicIpEdge']>, nodes: Array<ResolversTypes['PublicIp']> }>;
  PublicIpEdge: ResolverTypeWrapper<Omit<PublicIpEdge, 'node'> & { node: ResolversTypes['PublicIp'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RuleAction: RuleAction;
  RuleDirection: RuleDirection;
  SecurityGroup: ResolverTypeWrapper<SecurityGroupModel>;
  SecurityGroupConnection: ResolverTypeWrapper<Omit<SecurityGroupConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['SecurityGroupEdge']>, nodes: Array<ResolversTypes['SecurityGroup']> }>;
  SecurityGroupEdge: ResolverTypeWrapper<Omit<SecurityGroupEdge, 'node'> & { node: ResolversTypes['SecurityGroup'] }>;
  SecurityRule: ResolverTypeWrapper<SecurityRuleModel>;
  Subnet: ResolverTypeWrapper<SubnetModel>;
  SubnetConnection: ResolverTypeWrapper<Omit<SubnetConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['SubnetEdge']>, nodes: Array<ResolversTypes['Subnet']> }>;
  SubnetEdge: ResolverTypeWrapper<Omit<SubnetEdge, 'node'> & { node: ResolversTypes['Subnet'] }>;
  Tag: ResolverTypeWrapper<Tag>;
  TagFilter: TagFilter;
  VirtualMachine: ResolverTypeWrapper<VirtualMachineModel>;
  VmState: VmState;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  DateTime: Scalars['DateTime']['output'];
  Network: NetworkModel;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Boolean: Scalars['Boolean']['output'];
  NetworkConnection: Omit<NetworkConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['NetworkEdge']>, nodes: Array<ResolversParentTypes['Network']> };
  Int: Scalars['Int']['output'];
  NetworkEdge: Omit<NetworkEdge, 'node'> & { node: ResolversParentTypes['Network'] };
  NetworkFilter: NetworkFilter;
  NetworkInterface: NetworkInterfaceModel;
  NetworkInterfaceConnection: Omit<NetworkInterfaceConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['NetworkInterfaceEdge']>, nodes: Array<ResolversParentTypes['NetworkInterface']> };
  NetworkInterfaceEdge: Omit<NetworkInterfaceEdge, 'node'> & { node: ResolversParentTypes['NetworkInterface'] };
  PageInfo: PageInfo;
  PublicIp: PublicIpModel;
  PublicIpConnection: Omit<PublicIpConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PublicIpEdge']>, nodes: Array<ResolversParentTypes['PublicIp']> };
  PublicIpEdge: Omit<PublicIpEdge, 'node'> & { node: ResolversParentTypes['PublicIp'] };
  Query: Record<PropertyKey, never>;
  SecurityGroup: SecurityGroupModel;
  SecurityGroupConnection: Omit<SecurityGroupConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['SecurityGroupEdge']>, nodes: Array<ResolversParentTypes['SecurityGroup']> };
  SecurityGroupEdge: Omit<SecurityGroupEdge, 'node'> & { node: ResolversParentTypes['SecurityGroup'] };
  SecurityRule: SecurityRuleModel;
  Subnet: SubnetModel;
  SubnetConnection: Omit<SubnetConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['SubnetEdge']>, nodes: Array<ResolversParentTypes['Subnet']> };
  SubnetEdge: Omit<SubnetEdge, 'node'> & { node: ResolversParentTypes['Subnet'] };
  Tag: Tag;
  TagFilter: TagFilter;
  VirtualMachine: VirtualMachineModel;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type NetworkResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Network'] = ResolversParentTypes['Network'], FederationReferenceType extends FederationReferenceTypes['Network'] = FederationReferenceTypes['Network']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Network']> | FederationReferenceType, FederationReferenceType, ContextType>;
  account?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cidrBlocks?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  extras?: Resolver<Array<ResolversTypes['Tag']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isDefault?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nativeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Provider'], ParentType, ContextType>;
  providerState?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  securityGroups?: Resolver<Maybe<Array<ResolversTypes['SecurityGroup']>>, ParentType, ContextType>;
  subnets?: Resolver<Maybe<Array<ResolversTypes['Subnet']>>, ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['Tag']>, ParentType, ContextType>;
}>;

export type NetworkConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['NetworkConnection'] = ResolversParentTypes['NetworkConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['NetworkEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Network']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type NetworkEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['NetworkEdge'] = ResolversParentTypes['NetworkEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Network'], ParentType, ContextType>;
}>;

export type NetworkInterfaceResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['NetworkInterface'] = ResolversParentTypes['NetworkInterface'], FederationReferenceType extends FederationReferenceTypes['NetworkInterface'] = FederationReferenceTypes['NetworkInterface']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['NetworkInterface']> | FederationReferenceType, FederationReferenceType, ContextType>;
  account?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  extras?: Resolver<Array<ResolversTypes['Tag']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  macAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nativeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  network?: Resolver<Maybe<ResolversTypes['Network']>, ParentType, ContextType>;
  privateIps?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Provider'], ParentType, ContextType>;
  providerState?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publicIp?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  securityGroups?: Resolver<Maybe<Array<ResolversTypes['SecurityGroup']>>, ParentType, ContextType>;
  subnet?: Resolver<Maybe<ResolversTypes['Subnet']>, ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['Tag']>, ParentType, ContextType>;
  vm?: Resolver<Maybe<ResolversTypes['VirtualMachine']>, ParentType, ContextType>;
  zone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type NetworkInterfaceConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['NetworkInterfaceConnection'] = ResolversParentTypes['NetworkInterfaceConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['NetworkInterfaceEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['NetworkInterface']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type NetworkInterfaceEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['NetworkInterfaceEdge'] = ResolversParentTypes['NetworkInterfaceEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['NetworkInterface'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProviderResolvers = { AWS: 'aws', AZURE: 'azure', CONTAINERD: 'containerd', DIGITALOCEAN: 'digitalocean', GCP: 'gcp', LIBVIRT: 'libvirt', PROXMOX: 'proxmox' };

export type PublicIpResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PublicIp'] = ResolversParentTypes['PublicIp'], FederationReferenceType extends FederationReferenceTypes['PublicIp'] = FederationReferenceTypes['PublicIp']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PublicIp']> | FederationReferenceType, FederationReferenceType, ContextType>;
  account?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  allocation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  extras?: Resolver<Array<ResolversTypes['Tag']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nativeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  networkInterface?: Resolver<Maybe<ResolversTypes['NetworkInterface']>, ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Provider'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['Tag']>, ParentType, ContextType>;
  vm?: Resolver<Maybe<ResolversTypes['VirtualMachine']>, ParentType, ContextType>;
}>;

export type PublicIpConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PublicIpConnection'] = ResolversParentTypes['PublicIpConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PublicIpEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['PublicIp']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PublicIpEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PublicIpEdge'] = ResolversParentTypes['PublicIpEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PublicIp'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  network?: Resolver<Maybe<ResolversTypes['Network']>, ParentType, ContextType, RequireFields<QueryNetworkArgs, 'id'>>;
  networkInterface?: Resolver<Maybe<ResolversTypes['NetworkInterface']>, ParentType, ContextType, RequireFields<QueryNetworkInterfaceArgs, 'id'>>;
  networkInterfaces?: Resolver<ResolversTypes['NetworkInterfaceConnection'], ParentType, ContextType, RequireFields<QueryNetworkInterfacesArgs, 'first'>>;
  networks?: Resolver<ResolversTypes['NetworkConnection'], ParentType, ContextType, RequireFields<QueryNetworksArgs, 'first'>>;
  publicIps?: Resolver<ResolversTypes['PublicIpConnection'], ParentType, ContextType, RequireFields<QueryPublicIpsArgs, 'first'>>;
  securityGroup?: Resolver<Maybe<ResolversTypes['SecurityGroup']>, ParentType, ContextType, RequireFields<QuerySecurityGroupArgs, 'id'>>;
  securityGroups?: Resolver<ResolversTypes['SecurityGroupConnection'], ParentType, ContextType, RequireFields<QuerySecurityGroupsArgs, 'first'>>;
  subnet?: Resolver<Maybe<ResolversTypes['Subnet']>, ParentType, ContextType, RequireFields<QuerySubnetArgs, 'id'>>;
  subnets?: Resolver<ResolversTypes['SubnetConnection'], ParentType, ContextType, RequireFields<QuerySubnetsArgs, 'first'>>;
}>;

export type SecurityGroupResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SecurityGroup'] = ResolversParentTypes['SecurityGroup'], FederationReferenceType extends FederationReferenceTypes['SecurityGroup'] = FederationReferenceTypes['SecurityGroup']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SecurityGroup']> | FederationReferenceType, FederationReferenceType, ContextType>;
  account?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  extras?: Resolver<Array<ResolversTypes['Tag']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nativeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  network?: Resolver<Maybe<ResolversTypes['Network']>, ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Provider'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rules?: Resolver<Array<ResolversTypes['SecurityRule']>, ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['Tag']>, ParentType, ContextType>;
}>;

export type SecurityGroupConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SecurityGroupConnection'] = ResolversParentTypes['SecurityGroupConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SecurityGroupEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SecurityGroup']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SecurityGroupEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SecurityGroupEdge'] = ResolversParentTypes['SecurityGroupEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SecurityGroup'], ParentType, ContextType>;
}>;

export type SecurityRuleResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SecurityRule'] = ResolversParentTypes['SecurityRule']> = ResolversObject<{
  action?: Resolver<ResolversTypes['RuleAction'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['RuleDirection'], ParentType, ContextType>;
  fromPort?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  icmpCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  icmpType?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  priority?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  protocol?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  toPort?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type SubnetResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Subnet'] = ResolversParentTypes['Subnet'], FederationReferenceType extends FederationReferenceTypes['Subnet'] = FederationReferenceTypes['Subnet']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Subnet']> | FederationReferenceType, FederationReferenceType, ContextType>;
  account?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  availableIpCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  cidrBlock?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  extras?: Resolver<Array<ResolversTypes['Tag']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nativeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  network?: Resolver<Maybe<ResolversTypes['Network']>, ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Provider'], ParentType, ContextType>;
  providerState?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['Tag']>, ParentType, ContextType>;
  zone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SubnetConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SubnetConnection'] = ResolversParentTypes['SubnetConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SubnetEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Subnet']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SubnetEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SubnetEdge'] = ResolversParentTypes['SubnetEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Subnet'], ParentType, ContextType>;
}>;

export type TagResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Tag'] = ResolversParentTypes['Tag']> = ResolversObject<{
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type VirtualMachineResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['VirtualMachine'] = ResolversParentTypes['VirtualMachine'], FederationReferenceType extends FederationReferenceTypes['VirtualMachine'] = FederationReferenceTypes['VirtualMachine']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['VirtualMachine']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  networkInterfaces?: Resolver<Maybe<Array<ResolversTypes['NetworkInterface']>>, ParentType, ContextType>;
  securityGroups?: Resolver<Maybe<Array<ResolversTypes['SecurityGroup']>>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
  DateTime?: GraphQLScalarType;
  Network?: NetworkResolvers<ContextType>;
  NetworkConnection?: NetworkConnectionResolvers<ContextType>;
  NetworkEdge?: NetworkEdgeResolvers<ContextType>;
  NetworkInterface?: NetworkInterfaceResolvers<ContextType>;
  NetworkInterfaceConnection?: NetworkInterfaceConnectionResolvers<ContextType>;
  NetworkInterfaceEdge?: NetworkInterfaceEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Provider?: ProviderResolvers;
  PublicIp?: PublicIpResolvers<ContextType>;
  PublicIpConnection?: PublicIpConnectionResolvers<ContextType>;
  PublicIpEdge?: PublicIpEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SecurityGroup?: SecurityGroupResolvers<ContextType>;
  SecurityGroupConnection?: SecurityGroupConnectionResolvers<ContextType>;
  SecurityGroupEdge?: SecurityGroupEdgeResolvers<ContextType>;
  SecurityRule?: SecurityRuleResolvers<ContextType>;
  Subnet?: SubnetResolvers<ContextType>;
  SubnetConnection?: SubnetConnectionResolvers<ContextType>;
  SubnetEdge?: SubnetEdgeResolvers<ContextType>;
  Tag?: TagResolvers<ContextType>;
  VirtualMachine?: VirtualMachineResolvers<ContextType>;
}>;

