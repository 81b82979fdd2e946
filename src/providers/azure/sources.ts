// The subscription-wide ARM listings the adapter reads, each paged with nextLink: one per kind of
// item, whatever the location.
import type { Disk, Snapshot as ArmSnapshot, VirtualMachine as ArmVirtualMachine } from '@azure/arm-compute';
import type { NetworkInterface, NetworkSecurityGroup, PublicIPAddress, VirtualNetwork } from '@azure/arm-network';
import type { ClientPool } from './clients.js';

/** What a listing is made for: one subscription, through the pool's clients. */
export interface ListingTarget {
  pool: ClientPool;
  /** Lower-case. */
  subscriptionId: string;
}

/** A paged subscription-wide listing. */
export interface Source<Raw> {
  /** The SDK's name for the operation (and the counters' `operation` label). */
  operation: string;
  pages(target: ListingTarget): AsyncIterable<Raw[]>;
}

interface PagedList<T> {
  byPage(): AsyncIterable<T[]>;
}

const source = <Raw>(operation: string, list: (target: ListingTarget) => PagedList<Raw>): Source<Raw> => ({
  operation,
  pages: (target) => list(target).byPage(),
});

export const SOURCES = {
  // statusOnly=true: the same listing with each VM's instance view (power state) — never a call per VM.
  virtualMachines: source<ArmVirtualMachine>('virtualMachines.listAll', (ctx) =>
    ctx.pool.compute(ctx.subscriptionId).virtualMachines.listAll({ statusOnly: 'true' }),
  ),
  disks: source<Disk>('disks.list', (ctx) => ctx.pool.compute(ctx.subscriptionId).disks.list()),
  snapshots: source<ArmSnapshot>('snapshots.list', (ctx) => ctx.pool.compute(ctx.subscriptionId).snapshots.list()),
  virtualNetworks: source<VirtualNetwork>('virtualNetworks.listAll', (ctx) => ctx.pool.network(ctx.subscriptionId).virtualNetworks.listAll()),
  networkSecurityGroups: source<NetworkSecurityGroup>('networkSecurityGroups.listAll', (ctx) =>
    ctx.pool.network(ctx.subscriptionId).networkSecurityGroups.listAll(),
  ),
  publicIPAddresses: source<PublicIPAddress>('publicIPAddresses.listAll', (ctx) => ctx.pool.network(ctx.subscriptionId).publicIPAddresses.listAll()),
  networkInterfaces: source<NetworkInterface>('networkInterfaces.listAll', (ctx) => ctx.pool.network(ctx.subscriptionId).networkInterfaces.listAll()),
} as const;

export type SourceName = keyof typeof SOURCES;
export type RawOf<S extends SourceName> = (typeof SOURCES)[S] extends Source<infer R> ? R : never;
