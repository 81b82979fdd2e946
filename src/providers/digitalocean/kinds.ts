// Which team-wide list each ResourceKind comes from, and how its items become model objects.
// DigitalOcean lists every kind for the whole team in one listing (all regions): droplets are the
// one kind joined with another listing (the firewalls, for the firewalls that apply to each; that
// listing fails alone: the droplets come back with a gap over securityGroupIds). DigitalOcean has
// no subnets (a VPC is one range) and no network-interface resources: those kinds list nothing,
// for no call.
import { joinPart, withGaps } from '../gaps.js';
import type { ResourceKind, ResourceTypes } from '../types.js';
import { firewallsOf, mapDroplet } from './droplets.js';
import { mapFirewall, mapReservedIp, mapVpc } from './network.js';
import { mapSnapshot, mapVolume } from './storage.js';
import type { DoDroplet, DoFirewall, DoReservedIp, DoSnapshot, DoVolume, DoVpc } from './wire.js';

/** A team-wide list: the operation it is logged and counted as, its path under /v2 and the key of its items. */
export interface Listing {
  operation: string;
  path: string;
  key: string;
}

export const LISTINGS = {
  droplets: { operation: 'droplets.list', path: 'droplets', key: 'droplets' },
  volumes: { operation: 'volumes.list', path: 'volumes', key: 'volumes' },
  snapshots: { operation: 'snapshots.list', path: 'snapshots', key: 'snapshots' },
  vpcs: { operation: 'vpcs.list', path: 'vpcs', key: 'vpcs' },
  firewalls: { operation: 'firewalls.list', path: 'firewalls', key: 'firewalls' },
  reservedIps: { operation: 'reserved_ips.list', path: 'reserved_ips', key: 'reserved_ips' },
} as const satisfies Record<string, Listing>;

export type ListingName = keyof typeof LISTINGS;

/** What mapping a kind needs: the team, and any other listing (shared with concurrent callers). */
export interface TeamLists {
  team: string;
  list<T>(name: ListingName): Promise<T[]>;
}

interface KindSpec<K extends ResourceKind> {
  /** The listing the kind comes from; null: the kind does not exist on DigitalOcean. */
  listing: ListingName | null;
  /** Listings the mapping joins in, asked for at the same time as the kind's own. */
  joins?: readonly ListingName[];
  map(lists: TeamLists, raw: unknown[]): Promise<ResourceTypes[K][]>;
}

const none = { listing: null, map: async () => [] };

export const KINDS: { [K in ResourceKind]: KindSpec<K> } = {
  vm: { listing: 'droplets', joins: ['firewalls'], map: joinDroplets },
  volume: { listing: 'volumes', map: async ({ team }, raw) => (raw as DoVolume[]).map((v) => mapVolume(team, v)) },
  snapshot: { listing: 'snapshots', map: async ({ team }, raw) => (raw as DoSnapshot[]).map((s) => mapSnapshot(team, s)) },
  network: { listing: 'vpcs', map: async ({ team }, raw) => (raw as DoVpc[]).map((v) => mapVpc(team, v)) },
  subnet: none,
  securityGroup: { listing: 'firewalls', map: async ({ team }, raw) => (raw as DoFirewall[]).map((f) => mapFirewall(team, f)) },
  publicIp: { listing: 'reservedIps', map: async ({ team }, raw) => (raw as DoReservedIp[]).map((ip) => mapReservedIp(team, ip)) },
  networkInterface: none,
};

async function joinDroplets(lists: TeamLists, raw: unknown[]): Promise<ResourceTypes['vm'][]> {
  const droplets = raw as DoDroplet[];
  if (droplets.length === 0) return [];
  const firewalls = await joinPart<DoFirewall[] | null>(['securityGroupIds'], null, () => lists.list<DoFirewall>('firewalls'));
  return droplets.map((droplet) => {
    const vm = mapDroplet(lists.team, droplet, firewalls.value ? firewallsOf(lists.team, droplet, firewalls.value) : []);
    return firewalls.gap ? withGaps(vm, [firewalls.gap]) : vm;
  });
}
