// Which subscription-wide ARM listing (sources.ts) each ResourceKind comes from, and how its items
// become model objects. Networks and subnets share virtualNetworks.listAll (subnets are inside
// their VNet). VMs are the one kind joined with other listings (vm-join.ts); every other kind is
// its one listing alone.
import type { ResourceKind, ResourceTypes } from '../types.js';
import type { SubscriptionContext } from './context.js';
import { mapNetworkInterface, mapNetworkSecurityGroup, mapPublicIpAddress, mapSubnet, mapVirtualNetwork } from './network.js';
import type { RawOf, SourceName } from './sources.js';
import { mapDisk, mapSnapshot } from './storage.js';
import { joinVms } from './vm-join.js';

export interface KindSpec<K extends ResourceKind, S extends SourceName> {
  source: S;
  map(ctx: SubscriptionContext, raw: RawOf<S>[]): Promise<ResourceTypes[K][]>;
}

type KindTable = { [K in ResourceKind]: KindSpec<K, SourceName> };

function define<K extends ResourceKind, S extends SourceName>(spec: KindSpec<K, S>): KindSpec<K, SourceName> {
  return spec as unknown as KindSpec<K, SourceName>;
}

const vm = define<'vm', 'virtualMachines'>({ source: 'virtualMachines', map: joinVms });

const volume = define<'volume', 'disks'>({ source: 'disks', map: async (ctx, raw) => raw.map((d) => mapDisk(ctx.subscriptionId, d)) });
const snapshot = define<'snapshot', 'snapshots'>({ source: 'snapshots', map: async (ctx, raw) => raw.map((s) => mapSnapshot(ctx.subscriptionId, s)) });
const network = define<'network', 'virtualNetworks'>({ source: 'virtualNetworks', map: async (ctx, raw) => raw.map((v) => mapVirtualNetwork(ctx.subscriptionId, v)) });
const subnet = define<'subnet', 'virtualNetworks'>({
  source: 'virtualNetworks',
  map: async (ctx, raw) => raw.flatMap((v) => (v.subnets ?? []).map((s) => mapSubnet(ctx.subscriptionId, v, s))),
});
const securityGroup = define<'securityGroup', 'networkSecurityGroups'>({
  source: 'networkSecurityGroups',
  map: async (ctx, raw) => raw.map((g) => mapNetworkSecurityGroup(ctx.subscriptionId, g)),
});
const publicIp = define<'publicIp', 'publicIPAddresses'>({ source: 'publicIPAddresses', map: async (ctx, raw) => raw.map((p) => mapPublicIpAddress(ctx.subscriptionId, p)) });
const networkInterface = define<'networkInterface', 'networkInterfaces'>({
  source: 'networkInterfaces',
  map: async (ctx, raw) => raw.map((n) => mapNetworkInterface(ctx.subscriptionId, n)),
});

export const KINDS: KindTable = { vm, volume, snapshot, network, subnet, securityGroup, publicIp, networkInterface };
