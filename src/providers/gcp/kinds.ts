// One entry per ResourceKind: which Compute Engine methods list it (always whole-project calls:
// aggregatedList for zonal and regional collections, list for global ones), what it can push
// down, and how its items become model objects. The adapter dispatches through this table;
// instances (VMs and their interfaces) and their joins are in instance-kinds.ts.
import { errorOfGap, joinPart, type Gap } from '../gaps.js';
import type { ResourceKind } from '../types.js';
import type { ProjectContext } from './context.js';
import { listFirewalls, networkInterface, vm } from './instance-kinds.js';
import { PAGE_SIZE, aggregated, all, define, paging, type KindSpec, type Scoped } from './listing.js';
import { isExternal, mapAddress, mapFirewall, mapNetwork, mapSubnetwork, type GceAddress, type GceFirewall, type GceNetwork, type GceSubnetwork } from './network.js';
import { mapDisk, mapSnapshot, type GceDisk, type GceSnapshot } from './storage.js';

type KindTable = { [K in ResourceKind]: KindSpec<K, never> };

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
  fetch: (ctx, filter) => listFirewalls(ctx, filter),
  map: async (ctx, raw) => raw.map((f) => mapFirewall(ctx.project, f)),
});

function listRegionalAddresses(ctx: ProjectContext, filter: string | undefined): Promise<GceAddress[]> {
  return ctx.call('compute', 'addresses.aggregatedList', async () => {
    const clients = await ctx.clients();
    return aggregated<GceAddress>(
      clients.addresses.aggregatedListAsync({ project: ctx.project, maxResults: PAGE_SIZE, returnPartialSuccess: true, filter }, paging) as AsyncIterable<[string, Scoped]>,
      'addresses',
    );
  });
}

function listGlobalAddresses(ctx: ProjectContext, filter: string | undefined): Promise<GceAddress[]> {
  return ctx.call('compute', 'globalAddresses.list', async () => {
    const clients = await ctx.clients();
    return all(clients.globalAddresses.listAsync({ project: ctx.project, maxResults: PAGE_SIZE, filter }, paging));
  });
}

/**
 * Regional addresses (aggregated) and global ones, in parallel; an address seen twice counts once.
 * Each part degrades alone: when one fails, the other's addresses are returned and the failed
 * part is a listing-level gap (its addresses are unknown, not absent). When both fail, the
 * listing fails.
 */
async function listExternalAddresses(ctx: ProjectContext, filter: string | undefined, gaps: Gap[]): Promise<GceAddress[]> {
  const [regional, global] = await Promise.all([
    joinPart([], null, () => listRegionalAddresses(ctx, filter)),
    joinPart([], null, () => listGlobalAddresses(ctx, filter)),
  ]);
  if (regional.gap && global.gap) throw errorOfGap(regional.gap);
  for (const part of [regional, global]) if (part.gap) gaps.push(part.gap);
  const regionalAddresses = regional.value ?? [];
  const seen = new Set(regionalAddresses.map((a) => a.selfLink));
  return [...regionalAddresses, ...(global.value ?? []).filter((a) => !seen.has(a.selfLink))];
}

const publicIp = define<'publicIp', GceAddress>({
  operation: 'addresses.aggregatedList',
  // Internal addresses are not public IPs.
  pushdown: { labels: true, fixed: ['(addressType = "EXTERNAL")'] },
  zoned: false,
  fetch: listExternalAddresses,
  map: async (ctx, raw) => raw.filter(isExternal).map((a) => mapAddress(ctx.project, a)),
});

export const KINDS: KindTable = { vm, volume, snapshot, network, subnet, securityGroup, publicIp, networkInterface };
