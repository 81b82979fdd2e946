// One entry per ResourceKind: which EC2 operation lists it, its page size, which filters it
// understands, and how its items become model objects. The adapter dispatches through this table.
import {
  DescribeAddressesCommand,
  paginateDescribeInstances,
  paginateDescribeNetworkInterfaces,
  paginateDescribeSecurityGroups,
  paginateDescribeSnapshots,
  paginateDescribeSubnets,
  paginateDescribeVolumes,
  paginateDescribeVpcs,
  type Address,
  type Filter,
  type Instance,
  type NetworkInterface as Ec2NetworkInterface,
  type SecurityGroup as Ec2SecurityGroup,
  type Snapshot as Ec2Snapshot,
  type Subnet as Ec2Subnet,
  type Volume as Ec2Volume,
  type Vpc,
} from '@aws-sdk/client-ec2';
import { unique } from '../common.js';
import { joinPart } from '../gaps.js';
import type { ListFilter, ResourceKind, ResourceTypes } from '../types.js';
import type { ScopeClients } from './clients.js';
import { instancesOf, mapInstance, type InstanceTypeSpec } from './compute.js';
import type { ScopeContext } from './context.js';
import { vmStatesToCheck, type FilterSupport } from './filters.js';
import { mapAddress, mapNetworkInterface, mapSecurityGroup, mapSubnet, mapVpc } from './network.js';
import { mapSnapshot, mapVolume } from './storage.js';

export interface KindSpec<K extends ResourceKind, Raw> {
  /** The EC2 operation that lists this kind. */
  operation: string;
  /** MaxResults: the largest page the operation allows (null: the operation does not page). */
  pageSize: number | null;
  filters: FilterSupport;
  /** One call with these filters, every page followed. */
  fetch(clients: ScopeClients, filters: Filter[], pageSize: number): AsyncIterable<Raw[]>;
  /** Raw items of all calls → model objects (may make its own calls, e.g. instance types). */
  map(ctx: ScopeContext, raw: Raw[], filter: ListFilter): Promise<ResourceTypes[K][]>;
}

type KindTable = { [K in ResourceKind]: KindSpec<K, never> };

function define<K extends ResourceKind, Raw>(spec: KindSpec<K, Raw>): KindSpec<K, never> {
  return spec as unknown as KindSpec<K, never>;
}

async function* pagesOf<P, T>(pages: AsyncIterable<P>, pick: (page: P) => T[] | undefined): AsyncIterable<T[]> {
  for await (const page of pages) yield pick(page) ?? [];
}

const vm = define<'vm', Instance>({
  operation: 'DescribeInstances',
  pageSize: 1000,
  filters: { id: 'instance-id', zone: 'availability-zone', vm: true },
  // Reservations are flattened: the model has no notion of them.
  fetch: (c, Filters, pageSize) =>
    pagesOf(paginateDescribeInstances({ client: c.ec2, pageSize }, { Filters }), (p) => instancesOf(p.Reservations)),
  async map(ctx, instances, filter) {
    const sizes = await instanceSizes(ctx, unique(instances.flatMap((i) => (i.InstanceType ? [i.InstanceType] : []))));
    const vms = instances.map((i) => mapInstance(ctx.scope, i, i.InstanceType ? sizes.value.get(i.InstanceType) : null, sizes.gap));
    const states = vmStatesToCheck(filter);
    return states ? vms.filter((v) => states.includes(v.state)) : vms;
  },
});

/**
 * Sizes are one part of the VM listing's join, not the point of it: when DescribeInstanceTypes
 * fails (a role without the permission, throttled past the retries) the VMs are still returned,
 * and the failure is a gap over the fields the lookup feeds (asked again next time).
 */
function instanceSizes(ctx: ScopeContext, types: string[]) {
  const none = new Map<string, InstanceTypeSpec | null>();
  if (types.length === 0) return Promise.resolve({ value: none, gap: null });
  const owner = `${ctx.scope.account}/${ctx.scope.region}`;
  return joinPart(['vcpus', 'memoryMiB'], none, () =>
    ctx.call('DescribeInstanceTypes', () => ctx.instanceTypes.lookup(ctx.clients.ec2, types, owner)),
  );
}

const volume = define<'volume', Ec2Volume>({
  operation: 'DescribeVolumes',
  pageSize: 500,
  filters: { id: 'volume-id', zone: 'availability-zone' },
  fetch: (c, Filters, pageSize) => pagesOf(paginateDescribeVolumes({ client: c.ec2, pageSize }, { Filters }), (p) => p.Volumes),
  map: async (ctx, raw) => raw.map((v) => mapVolume(ctx.scope, v)),
});

const snapshot = define<'snapshot', Ec2Snapshot>({
  operation: 'DescribeSnapshots',
  pageSize: 1000,
  filters: { id: 'snapshot-id' },
  // A listing asks for the account's own snapshots (without OwnerIds EC2 lists every public
  // snapshot too); a lookup by id must not, or the public and shared snapshots volumes are
  // created from would never be found.
  fetch: (c, Filters, pageSize) =>
    pagesOf(
      paginateDescribeSnapshots({ client: c.ec2, pageSize }, { Filters, ...(Filters.some((f) => f.Name === 'snapshot-id') ? {} : { OwnerIds: ['self'] }) }),
      (p) => p.Snapshots,
    ),
  map: async (ctx, raw) => raw.map((s) => mapSnapshot(ctx.scope, s)),
});

const network = define<'network', Vpc>({
  operation: 'DescribeVpcs',
  pageSize: 1000,
  filters: { id: 'vpc-id' },
  fetch: (c, Filters, pageSize) => pagesOf(paginateDescribeVpcs({ client: c.ec2, pageSize }, { Filters }), (p) => p.Vpcs),
  map: async (ctx, raw) => raw.map((v) => mapVpc(ctx.scope, v)),
});

const subnet = define<'subnet', Ec2Subnet>({
  operation: 'DescribeSubnets',
  pageSize: 1000,
  filters: { id: 'subnet-id', zone: 'availability-zone' },
  fetch: (c, Filters, pageSize) => pagesOf(paginateDescribeSubnets({ client: c.ec2, pageSize }, { Filters }), (p) => p.Subnets),
  map: async (ctx, raw) => raw.map((s) => mapSubnet(ctx.scope, s)),
});

const securityGroup = define<'securityGroup', Ec2SecurityGroup>({
  operation: 'DescribeSecurityGroups',
  pageSize: 1000,
  filters: { id: 'group-id' },
  fetch: (c, Filters, pageSize) =>
    pagesOf(paginateDescribeSecurityGroups({ client: c.ec2, pageSize }, { Filters }), (p) => p.SecurityGroups),
  map: async (ctx, raw) => raw.map((g) => mapSecurityGroup(ctx.scope, g)),
});

const publicIp = define<'publicIp', Address>({
  operation: 'DescribeAddresses',
  // DescribeAddresses does not page: one call returns every address.
  pageSize: null,
  filters: { id: 'allocation-id' },
  async *fetch(c, Filters) {
    const out = await c.ec2.send(new DescribeAddressesCommand({ Filters }));
    yield out.Addresses ?? [];
  },
  map: async (ctx, raw) => raw.map((a) => mapAddress(ctx.scope, a)),
});

const networkInterface = define<'networkInterface', Ec2NetworkInterface>({
  operation: 'DescribeNetworkInterfaces',
  pageSize: 1000,
  filters: { id: 'network-interface-id', zone: 'availability-zone' },
  fetch: (c, Filters, pageSize) =>
    pagesOf(paginateDescribeNetworkInterfaces({ client: c.ec2, pageSize }, { Filters }), (p) => p.NetworkInterfaces),
  map: async (ctx, raw) => raw.map((n) => mapNetworkInterface(ctx.scope, n)),
});

export const KINDS: KindTable = { vm, volume, snapshot, network, subnet, securityGroup, publicIp, networkInterface };
