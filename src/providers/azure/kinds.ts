// Which subscription-wide ARM listing (sources.ts) each ResourceKind comes from, and how its items
// become model objects. Networks and subnets share virtualNetworks.listAll (subnets are inside
// their VNet).
import type { ResourceKind, ResourceTypes } from '../types.js';
import { VmNetworkIndex, mapVirtualMachine, type VmSizeSpec } from './compute.js';
import type { SubscriptionContext } from './context.js';
import { mapNetworkInterface, mapNetworkSecurityGroup, mapPublicIpAddress, mapSubnet, mapVirtualNetwork } from './network.js';
import type { RawOf, SourceName } from './sources.js';
import { mapDisk, mapSnapshot } from './storage.js';
import { RESOURCE_SKUS_OPERATION, fetchVmSizes } from './vm-sizes.js';

export interface KindSpec<K extends ResourceKind, S extends SourceName> {
  source: S;
  map(ctx: SubscriptionContext, raw: RawOf<S>[]): Promise<ResourceTypes[K][]>;
}

type KindTable = { [K in ResourceKind]: KindSpec<K, SourceName> };

function define<K extends ResourceKind, S extends SourceName>(spec: KindSpec<K, S>): KindSpec<K, SourceName> {
  return spec as unknown as KindSpec<K, SourceName>;
}

const vm = define<'vm', 'virtualMachines'>({
  source: 'virtualMachines',
  async map(ctx, vms) {
    if (vms.length === 0) return [];
    const [sizes, network] = await Promise.all([vmSizes(ctx, vms.map((v) => v.location)), vmNetwork(ctx)]);
    return vms.map((v) =>
      mapVirtualMachine(
        ctx.subscriptionId,
        v,
        sizes.get(v.location.toLowerCase())?.get((v.hardwareProfile?.vmSize ?? '').toLowerCase()),
        network?.of(v),
      ),
    );
  },
});

/**
 * Sizes are an extra, not the point of a VM listing: when Resource SKUs fails the VMs are still
 * returned, with null vcpus/memoryMiB, and the failure is logged (and retried next time).
 */
async function vmSizes(ctx: SubscriptionContext, locations: string[]): Promise<Map<string, Map<string, VmSizeSpec>>> {
  try {
    return await ctx.vmSizes.lookup(locations, (location) =>
      ctx.call(RESOURCE_SKUS_OPERATION, () => fetchVmSizes(ctx.pool.compute(ctx.subscriptionId), location)),
    );
  } catch (error) {
    ctx.log.warn({ err: error, scope: ctx.scope }, 'VM sizes unavailable; VMs returned without vcpus/memoryMiB');
    return new Map();
  }
}

/**
 * A VM's addresses, subnet, VNet and NSGs live on its NICs, their subnets and public IPs: three
 * more subscription-wide listings (NICs, VNets, public IPs), fetched beside the VM listing and
 * shared with concurrent listings of those kinds — a few calls per subscription, never per VM.
 * Like sizes, they are extras: when one fails the VMs come back without them (logged).
 */
async function vmNetwork(ctx: SubscriptionContext): Promise<VmNetworkIndex | null> {
  try {
    const [nics, vnets, pips] = await Promise.all([ctx.listAll('networkInterfaces'), ctx.listAll('virtualNetworks'), ctx.listAll('publicIPAddresses')]);
    return new VmNetworkIndex(nics, vnets, pips);
  } catch (error) {
    ctx.log.warn({ err: error, scope: ctx.scope }, 'VM network details unavailable; VMs returned without addresses, subnet or security groups');
    return null;
  }
}

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
