// One entry per ResourceKind: which Compute Engine methods list it (always whole-project calls:
// aggregatedList for zonal and regional collections, list for global ones, 500 a page, every page
// followed with the SDK's async iterators), what it can push down, and how its items become model
// objects. The adapter dispatches through this table.
import type { ListFilter, ResourceKind, ResourceTypes } from '../types.js';
import { instanceOfNic, mapInstance, mapNetworkInterfaces, numericIdOf, type GceInstance, type MachineTypeSpec } from './compute.js';
import type { ProjectContext } from './context.js';
import type { PushdownSupport } from './filters.js';
import type { MachineTypeUse } from './machine-types.js';
import { isExternal, mapAddress, mapFirewall, mapNetwork, mapSubnetwork, type GceAddress, type GceFirewall, type GceNetwork, type GceSubnetwork } from './network.js';
import { mapDisk, mapSnapshot, type GceDisk, type GceSnapshot } from './storage.js';
import { lastSegment } from './urls.js';

/** The largest page Compute Engine serves (maxResults ≤ 500). */
export const PAGE_SIZE = 500;

export interface KindSpec<K extends ResourceKind, Raw> {
  /** The method that lists this kind (named in errors); the first of `operations`. */
  operation: string;
  pushdown: PushdownSupport;
  /** Whether a `zones` filter applies. */
  zoned: boolean;
  /** One listing of the project (every page), with the filter expression when there is one. */
  fetch(ctx: ProjectContext, filter: string | undefined): Promise<Raw[]>;
  map(ctx: ProjectContext, raw: Raw[], filter: ListFilter): Promise<ResourceTypes[K][]>;
}

type KindTable = { [K in ResourceKind]: KindSpec<K, never> };

function define<K extends ResourceKind, Raw>(spec: KindSpec<K, Raw>): KindSpec<K, never> {
  return spec as unknown as KindSpec<K, never>;
}

type Scoped = Record<string, unknown>;

/** Every item of an aggregated list, whatever scope key it came under; duplicates (by selfLink) dropped. */
async function aggregated<T extends { selfLink?: string | null; name?: string | null }>(
  pages: AsyncIterable<[string, Scoped]>,
  key: string,
): Promise<T[]> {
  const out: T[] = [];
  const seen = new Set<string>();
  for await (const [scope, list] of pages) {
    for (const item of (list[key] as T[] | null | undefined) ?? []) {
      const id = item.selfLink ?? `${scope}/${item.name ?? ''}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(item);
    }
  }
  return out;
}

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const paging = { autoPaginate: false } as const;

/** instances.aggregatedList over the project; records every instance's numeric id for metrics. */
export async function listInstances(ctx: ProjectContext, filter: string | undefined): Promise<GceInstance[]> {
  const instances = await ctx.call('compute', 'instances.aggregatedList', async () => {
    const clients = await ctx.clients();
    return aggregated<GceInstance>(
      clients.instances.aggregatedListAsync({ project: ctx.project, maxResults: PAGE_SIZE, returnPartialSuccess: true, filter }, paging) as AsyncIterable<[string, Scoped]>,
      'instances',
    );
  });
  for (const instance of instances) {
    const id = numericIdOf(instance);
    if (id && instance.name) ctx.instanceIds.record(ctx.project, lastSegment(instance.zone), instance.name, id);
  }
  return instances;
}

/** An instance and the project's firewall rules, which the mappers match to its interfaces. */
interface InstanceWithFirewalls {
  instance: GceInstance;
  firewalls: GceFirewall[];
}

/** firewalls.list over the project (every page). */
function listFirewalls(ctx: ProjectContext, filter?: string): Promise<GceFirewall[]> {
  return ctx.call('compute', 'firewalls.list', async () => {
    const clients = await ctx.clients();
    return all(clients.firewalls.listAsync({ project: ctx.project, maxResults: PAGE_SIZE, filter }, paging));
  });
}

/**
 * Instances, then — only when there are any — the project's firewalls: ⌈F/500⌉ more calls (one,
 * in practice). Security groups are an extra like sizes: when the firewalls cannot be read the
 * instances are still returned, without securityGroupIds, and the failure is logged.
 */
async function instancesWithFirewalls(ctx: ProjectContext, filter: string | undefined): Promise<InstanceWithFirewalls[]> {
  const instances = await listInstances(ctx, filter);
  if (instances.length === 0) return [];
  let firewalls: GceFirewall[] = [];
  try {
    firewalls = await listFirewalls(ctx);
  } catch (error) {
    ctx.log.warn({ err: error, scope: ctx.scope }, 'firewall rules unavailable; VMs and interfaces returned without securityGroupIds');
  }
  return instances.map((instance) => ({ instance, firewalls }));
}

const vm = define<'vm', InstanceWithFirewalls>({
  operation: 'instances.aggregatedList',
  pushdown: { states: true, labels: true },
  zoned: true,
  fetch: instancesWithFirewalls,
  async map(ctx, raw) {
    const uses: MachineTypeUse[] = raw.flatMap(({ instance: i }) => (i.machineType ? [{ type: lastSegment(i.machineType), zone: lastSegment(i.zone) }] : []));
    const specs = uses.length > 0 ? await machineTypeSpecs(ctx, uses) : new Map<string, MachineTypeSpec | null>();
    return raw.map(({ instance, firewalls }) => mapInstance(ctx.project, instance, specs.get(lastSegment(instance.machineType)), firewalls));
  },
});

/**
 * Sizes are an extra, not the point of a VM listing: when machineTypes.list fails the VMs are
 * still returned, with null vcpus/memoryMiB, and the failure is logged (and retried next time).
 */
async function machineTypeSpecs(ctx: ProjectContext, uses: MachineTypeUse[]): Promise<Map<string, MachineTypeSpec | null>> {
  try {
    return await ctx.machineTypes.lookup(ctx, uses);
  } catch (error) {
    ctx.log.warn({ err: error, scope: ctx.scope }, 'machine type sizes unavailable; VMs returned without vcpus/memoryMiB');
    return new Map();
  }
}

const networkInterface = define<'networkInterface', InstanceWithFirewalls>({
  operation: 'instances.aggregatedList',
  // Interfaces are read from their instances: ids become instance names.
  pushdown: { names: (ids) => ids.map(instanceOfNic) },
  zoned: true,
  fetch: instancesWithFirewalls,
  map: async (ctx, raw) => raw.flatMap(({ instance, firewalls }) => mapNetworkInterfaces(ctx.project, instance, firewalls)),
});

const volume = define<'volume', GceDisk>({
  operation: 'disks.aggregatedList',
  pushdown: { labels: true },
  zoned: true,
  fetch: (ctx, filter) =>
    ctx.call('compute', 'disks.aggregatedList', async () => {
      const clients = await ctx.clients();
      return aggregated<GceDisk>(
        clients.disks.aggregatedListAsync({ project: ctx.project, maxResults: PAGE_SIZE, returnPartialSuccess: true, filter }, paging) as AsyncIterable<[string, Scoped]>,
        'disks',
      );
    }),
  map: async (ctx, disks) => disks.map((d) => mapDisk(ctx.project, d)),
});

const snapshot = define<'snapshot', GceSnapshot>({
  operation: 'snapshots.list',
  pushdown: { labels: true },
  zoned: false,
  fetch: (ctx, filter) =>
    ctx.call('compute', 'snapshots.list', async () => {
      const clients = await ctx.clients();
      return all(clients.snapshots.listAsync({ project: ctx.project, maxResults: PAGE_SIZE, filter }, paging));
    }),
  map: async (ctx, raw) => raw.map((s) => mapSnapshot(ctx.project, s)),
});

const network = define<'network', GceNetwork>({
  operation: 'networks.list',
  pushdown: {},
  zoned: false,
  fetch: (ctx, filter) =>
    ctx.call('compute', 'networks.list', async () => {
      const clients = await ctx.clients();
      return all(clients.networks.listAsync({ project: ctx.project, maxResults: PAGE_SIZE, filter }, paging));
    }),
  map: async (ctx, raw) => raw.map((n) => mapNetwork(ctx.project, n)),
});

const subnet = define<'subnet', GceSubnetwork>({
  operation: 'subnetworks.aggregatedList',
  pushdown: {},
  zoned: false,
  fetch: (ctx, filter) =>
    ctx.call('compute', 'subnetworks.aggregatedList', async () => {
      const clients = await ctx.clients();
      return aggregated<GceSubnetwork>(
        clients.subnetworks.aggregatedListAsync({ project: ctx.project, maxResults: PAGE_SIZE, returnPartialSuccess: true, filter }, paging) as AsyncIterable<[string, Scoped]>,
        'subnetworks',
      );
    }),
  map: async (ctx, raw) => raw.map((s) => mapSubnetwork(ctx.project, s)),
});

const securityGroup = define<'securityGroup', GceFirewall>({
  operation: 'firewalls.list',
  pushdown: {},
  zoned: false,
  fetch: listFirewalls,
  map: async (ctx, raw) => raw.map((f) => mapFirewall(ctx.project, f)),
});

const publicIp = define<'publicIp', GceAddress>({
  operation: 'addresses.aggregatedList',
  // Internal addresses are not public IPs.
  pushdown: { labels: true, fixed: ['(addressType = "EXTERNAL")'] },
  zoned: false,
  // Regional addresses (aggregated) and global ones, in parallel; an address seen twice counts once.
  async fetch(ctx, filter) {
    const [regional, global] = await Promise.all([
      ctx.call('compute', 'addresses.aggregatedList', async () => {
        const clients = await ctx.clients();
        return aggregated<GceAddress>(
          clients.addresses.aggregatedListAsync({ project: ctx.project, maxResults: PAGE_SIZE, returnPartialSuccess: true, filter }, paging) as AsyncIterable<[string, Scoped]>,
          'addresses',
        );
      }),
      ctx.call('compute', 'globalAddresses.list', async () => {
        const clients = await ctx.clients();
        return all(clients.globalAddresses.listAsync({ project: ctx.project, maxResults: PAGE_SIZE, filter }, paging));
      }),
    ]);
    const seen = new Set(regional.map((a) => a.selfLink));
    return [...regional, ...global.filter((a) => !seen.has(a.selfLink))];
  },
  map: async (ctx, raw) => raw.filter(isExternal).map((a) => mapAddress(ctx.project, a)),
});

export const KINDS: KindTable = { vm, volume, snapshot, network, subnet, securityGroup, publicIp, networkInterface };
