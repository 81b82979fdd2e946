// A ListFilter applied after the listing, for clouds whose account-wide lists take no filters
// (Azure's listAll, DigitalOcean's lists): everything a filter asks — ids, regions, states, sizes,
// tags, zones — is decided here, on the listing's one pass, within the regions the account is
// configured for.
import type { ListFilter, ResourceBase, ResourceKind, VirtualMachine } from './types.js';

/** Where a resource of no region is named (a DigitalOcean firewall): it belongs to every region. */
export const GLOBAL_LOCATION = 'global';

/**
 * `canonicalId` spells a native id the way the listing does (ARM ids are compared lower-case),
 * so an id the caller spelled differently still matches.
 */
export function applyFilter<T extends ResourceBase>(
  kind: ResourceKind,
  items: T[],
  filter: ListFilter,
  configuredRegions: readonly string[] | undefined,
  canonicalId: (nativeId: string) => string = (id) => id,
): T[] {
  const ids = filter.nativeIds ? new Set(filter.nativeIds.map(canonicalId)) : null;
  const regions = intersect(filter.regions, configuredRegions);
  const states = filter.states && filter.states.length > 0 ? new Set(filter.states) : null;
  const types = filter.instanceTypes && filter.instanceTypes.length > 0 ? new Set(filter.instanceTypes.map((t) => t.toLowerCase())) : null;
  const zones = filter.zones && filter.zones.length > 0 ? new Set(filter.zones.map((z) => z.toLowerCase())) : null;
  return items.filter((item) => {
    if (ids && !ids.has(item.nativeId)) return false;
    if (regions && item.region !== GLOBAL_LOCATION && !regions.has(item.region)) return false;
    for (const tag of filter.tags ?? []) {
      if (!item.tags.some((t) => t.key === tag.key && (tag.values.length === 0 || tag.values.includes(t.value)))) return false;
    }
    if (zones) {
      const zone = (item as { zone?: string | null }).zone;
      if (zone === undefined || zone === null || !zones.has(zone.toLowerCase())) return false;
    }
    if (kind === 'vm') {
      const vm = item as unknown as VirtualMachine;
      if (states && !states.has(vm.state)) return false;
      if (types && !types.has((vm.instanceType ?? '').toLowerCase())) return false;
    }
    return true;
  });
}

/** The regions both lists allow (either may be absent: no restriction). */
function intersect(a: readonly string[] | undefined, b: readonly string[] | undefined): Set<string> | null {
  const lower = (l: readonly string[]) => l.map((r) => r.toLowerCase());
  if (!a && !b) return null;
  if (!a) return new Set(lower(b!));
  if (!b) return new Set(lower(a));
  const other = new Set(lower(b));
  return new Set(lower(a).filter((r) => other.has(r)));
}

/** Whether nothing can match, so no call is needed (`nativeIds: []`, or regions that exclude each other). */
export function matchesNothing(filter: ListFilter, configuredRegions: readonly string[] | undefined): boolean {
  if (filter.nativeIds && filter.nativeIds.length === 0) return true;
  const regions = intersect(filter.regions, configuredRegions);
  return regions !== null && regions.size === 0;
}
