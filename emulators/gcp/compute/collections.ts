// Where each Compute Engine collection lives (zones, regions, global) and where its items come
// from in the fleet.
import { COMPUTE_URL_BASE, GCP_ALL_REGIONS, machineTypeIn, machineTypesIn, regionOfZone } from '../fleet/catalogue.js';
import type { GcpFleet } from '../fleet/fleet.js';

export type LocationKind = 'zone' | 'region' | 'global';

export type Location = { kind: 'zone'; zone: string } | { kind: 'region'; region: string } | { kind: 'global' };

export interface CollectionSpec {
  /** The URL segment (`instances`, `disks`, …) and the key of an aggregated list's scoped lists. */
  collection: string;
  /** The resource's `kind` singular stem (`instance` → `compute#instanceList`). */
  stem: string;
  /** Where the collection exists, and the API resource that serves it there (`regionDisks`). */
  locations: Partial<Record<LocationKind, string>>;
  /** Whether `aggregated/<collection>` exists, and which location kinds it spans. */
  aggregated: LocationKind[] | null;
  items(fleet: GcpFleet, project: string, location: Location): Record<string, unknown>[];
  /** `get` of a name the list does not show (custom machine types); the list is searched otherwise. */
  find?(fleet: GcpFleet, project: string, location: Location, name: string): Record<string, unknown> | undefined;
}

const lastSegment = (url: string | undefined) => (url ? url.slice(url.lastIndexOf('/') + 1) : '');

const byName = <T extends { name: string }>(items: readonly T[]): T[] => [...items].sort((a, b) => a.name.localeCompare(b.name));

function regionData(fleet: GcpFleet, project: string, location: Location) {
  if (location.kind === 'global') return undefined;
  return fleet.region(project, location.kind === 'zone' ? regionOfZone(location.zone) : location.region);
}

export const COLLECTIONS: readonly CollectionSpec[] = [
  {
    collection: 'instances',
    stem: 'instance',
    locations: { zone: 'instances' },
    aggregated: ['zone'],
    items: (fleet, project, location) =>
      byName(regionData(fleet, project, location)?.instances.filter((i) => location.kind === 'zone' && lastSegment(i.zone) === location.zone) ?? []) as never,
  },
  {
    collection: 'disks',
    stem: 'disk',
    locations: { zone: 'disks', region: 'regionDisks' },
    aggregated: ['region', 'zone'],
    items: (fleet, project, location) =>
      byName(
        regionData(fleet, project, location)?.disks.filter((d) =>
          location.kind === 'zone' ? lastSegment(d.zone) === location.zone : location.kind === 'region' && !d.zone && lastSegment(d.region) === location.region,
        ) ?? [],
      ) as never,
  },
  {
    collection: 'machineTypes',
    stem: 'machineType',
    locations: { zone: 'machineTypes' },
    aggregated: ['zone'],
    items: (fleet, project, location) =>
      location.kind === 'zone' && fleet.project(project)
        ? machineTypesIn(location.zone).map((t) => ({
            ...t,
            zone: location.zone,
            selfLink: `${COMPUTE_URL_BASE}projects/${project}/zones/${location.zone}/machineTypes/${t.name}`,
          }))
        : [],
    // Custom types (`custom-4-16384`) are not listed but can be got: their size is in the name.
    find: (fleet, project, location, name) => {
      if (location.kind !== 'zone' || !fleet.project(project)) return undefined;
      const type = machineTypeIn(location.zone, name);
      return type ? { ...type, zone: location.zone, selfLink: `${COMPUTE_URL_BASE}projects/${project}/zones/${location.zone}/machineTypes/${name}` } : undefined;
    },
  },
  {
    collection: 'subnetworks',
    stem: 'subnetwork',
    locations: { region: 'subnetworks' },
    aggregated: ['region'],
    items: (fleet, project, location) => byName(regionData(fleet, project, location)?.subnetworks ?? []) as never,
  },
  {
    collection: 'addresses',
    stem: 'address',
    locations: { region: 'addresses', global: 'globalAddresses' },
    aggregated: ['region'],
    items: (fleet, project, location) =>
      location.kind === 'global'
        ? (byName(fleet.project(project)?.globalAddresses ?? []) as never)
        : (byName(regionData(fleet, project, location)?.addresses ?? []) as never),
  },
  {
    collection: 'networks',
    stem: 'network',
    locations: { global: 'networks' },
    aggregated: null,
    items: (fleet, project) => byName(fleet.project(project)?.networks ?? []) as never,
  },
  {
    collection: 'firewalls',
    stem: 'firewall',
    locations: { global: 'firewalls' },
    aggregated: null,
    items: (fleet, project) => byName(fleet.project(project)?.firewalls ?? []) as never,
  },
  {
    collection: 'snapshots',
    stem: 'snapshot',
    locations: { global: 'snapshots' },
    aggregated: null,
    items: (fleet, project) => byName(fleet.project(project)?.snapshots ?? []) as never,
  },
];

export function collectionSpec(collection: string): CollectionSpec | undefined {
  return COLLECTIONS.find((c) => c.collection === collection);
}

/** The scopes of an aggregated list, in Compute Engine's key order (`regions/…` before `zones/…`, each sorted). */
export function aggregatedScopes(spec: CollectionSpec): { key: string; location: Location }[] {
  const scopes: { key: string; location: Location }[] = [];
  for (const kind of spec.aggregated ?? []) {
    if (kind === 'global') scopes.push({ key: 'global', location: { kind: 'global' } });
    if (kind === 'region') for (const r of GCP_ALL_REGIONS) scopes.push({ key: `regions/${r.region}`, location: { kind: 'region', region: r.region } });
    if (kind === 'zone') {
      for (const r of GCP_ALL_REGIONS) for (const zone of r.zones) scopes.push({ key: `zones/${zone}`, location: { kind: 'zone', zone } });
    }
  }
  return scopes.sort((a, b) => a.key.localeCompare(b.key));
}

/** Every API method the compute emulator answers. */
export const COMPUTE_ACTIONS: readonly string[] = COLLECTIONS.flatMap((c) => [
  ...(c.aggregated ? [`${c.collection}.aggregatedList`] : []),
  ...Object.values(c.locations).flatMap((resource) => [`${resource}.list`, `${resource}.get`]),
]);
