// ListFilter → a Compute Engine `filter` expression, and the same filter applied to what comes back.
//
// Pushed down (fewer items, fewer pages): names (native ids), VM statuses, label values, and, for
// public IPs, `addressType = EXTERNAL`. Each becomes a group of parenthesised comparisons joined by
// OR, and the groups are joined by AND — the documented form:
//   (name = "a") OR (name = "b") AND (status = "RUNNING") AND (labels.env = "prod")
// AIP-160 gives OR the higher precedence, which reads as intended. Read with AND binding tighter
// instead, the expression matches a superset of what was meant (every intended match still has
// one true comparison per group), so the answer stays correct either way: everything is filtered
// again here, after the call. Zones, regions and machine types are only filtered here: the
// aggregated listings return every zone at once, and machine types are URLs.
import { unique } from '../common.js';
import type { ListFilter, ResourceBase, VirtualMachine, VmState } from '../types.js';
import { gceStatusesFor } from './states.js';
import { GLOBAL, RESOURCE_NAME } from './urls.js';

/**
 * The longest filter sent. Compute Engine documents no limit for `filter`, but it travels in the
 * URL; 2,048 characters (Cloud Monitoring's documented filter limit) keeps every request small.
 * Past it, names are not pushed down and the scope is listed whole instead (then picked from).
 */
export const MAX_FILTER_LENGTH = 2048;

/** Label keys: lowercase letters, digits, `_` and `-`, starting with a letter. */
const LABEL_KEY = /^[a-z][a-z0-9_-]{0,62}$/;

export function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** `(field = "a") OR (field = "b")`. */
export function anyOf(field: string, values: readonly string[]): string {
  return unique(values)
    .map((v) => `(${field} = ${quote(v)})`)
    .join(' OR ');
}

export interface FilterPlan {
  /** The expression to send; undefined for none. */
  expression: string | undefined;
  /** True when nothing can match, so no call is needed. */
  nothing: boolean;
  /** Whether the names went up (false: the scope is listed whole and picked from). */
  namesPushed: boolean;
}

export interface PushdownSupport {
  /** The field holding the native id's name (`name`); for NICs, the instance's name. */
  names?: (nativeIds: readonly string[]) => string[];
  /** VM statuses. */
  states?: boolean;
  /** Labels. */
  labels?: boolean;
  /** Fixed groups always sent (e.g. `addressType = "EXTERNAL"`). */
  fixed?: readonly string[];
}

export function planFilter(support: PushdownSupport, filter: ListFilter = {}): FilterPlan {
  const groups: string[] = [...(support.fixed ?? [])];
  if (support.states && filter.states && filter.states.length > 0) {
    const statuses = gceStatusesFor(filter.states);
    if (statuses !== null) {
      if (statuses.length === 0) return { expression: undefined, nothing: true, namesPushed: false };
      groups.push(anyOf('status', statuses));
    }
  }
  if (support.labels) {
    for (const tag of filter.tags ?? []) {
      if (tag.values.length === 0 || !LABEL_KEY.test(tag.key)) continue;
      groups.push(anyOf(`labels.${tag.key}`, tag.values));
    }
  }
  let namesPushed = false;
  if (filter.nativeIds) {
    const names = unique((support.names ?? ((ids) => [...ids]))(filter.nativeIds).filter((n) => RESOURCE_NAME.test(n)));
    if (names.length === 0) return { expression: undefined, nothing: true, namesPushed: false };
    const withNames = join([anyOf('name', names), ...groups]);
    if (withNames.length <= MAX_FILTER_LENGTH) {
      return { expression: withNames, nothing: false, namesPushed: true };
    }
  }
  const expression = groups.length > 0 ? join(groups) : undefined;
  // Too long even without names: send nothing, filter everything here.
  return { expression: expression && expression.length <= MAX_FILTER_LENGTH ? expression : undefined, nothing: false, namesPushed };
}

function join(groups: readonly string[]): string {
  return groups.join(' AND ');
}

export interface PostFilterOptions {
  /** The project's configured regions (global resources always pass); all when absent. */
  configuredRegions?: readonly string[];
  /** How a resource's native id matches the wanted ones (default: equality). */
  nativeIdOf?: (resource: ResourceBase) => string;
  /** Whether `zones` applies to the kind (zonal kinds; a regional disk then has no zone to match). */
  zoned?: boolean;
}

/** The whole ListFilter, applied to model objects (the pushdown above is only an optimisation). */
export function matchesFilter(resource: ResourceBase, filter: ListFilter, options: PostFilterOptions = {}): boolean {
  if (options.configuredRegions && resource.region !== GLOBAL && !options.configuredRegions.includes(resource.region)) return false;
  if (filter.regions && !filter.regions.includes(resource.region)) return false;
  if (filter.nativeIds && !filter.nativeIds.includes(options.nativeIdOf ? options.nativeIdOf(resource) : resource.nativeId)) return false;
  for (const tag of filter.tags ?? []) {
    if (!resource.tags.some((t) => t.key === tag.key && (tag.values.length === 0 || tag.values.includes(t.value)))) return false;
  }
  if (options.zoned && filter.zones && filter.zones.length > 0) {
    const zone = (resource as { zone?: string | null }).zone ?? null;
    if (zone === null || !filter.zones.includes(zone)) return false;
  }
  if ('state' in resource && 'instanceType' in resource) {
    const vm = resource as VirtualMachine;
    if (filter.states && filter.states.length > 0 && !filter.states.includes(vm.state as VmState)) return false;
    if (filter.instanceTypes && filter.instanceTypes.length > 0 && (vm.instanceType === null || !filter.instanceTypes.includes(vm.instanceType))) return false;
  }
  return true;
}
