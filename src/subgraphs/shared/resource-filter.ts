// The filter fields every listing shares (ids, providers, accounts, regions, tags): which scopes
// to read (the others cannot match), the test each listed resource passes, and — when listings
// are not cached, so each request lists — what each scope's provider can filter itself.
import { parseGlobalIdOfKind, scopeKey } from '../../providers/ids.js';
import type { ProviderRegistry } from '../../providers/registry.js';
import { ALL_REGIONS, type ListFilter, type ProviderName, type ResourceBase, type ResourceKind, type Scope, type TagFilter } from '../../providers/types.js';

export interface CommonFilter {
  ids?: readonly string[] | null;
  providers?: readonly ProviderName[] | null;
  accounts?: readonly string[] | null;
  regions?: readonly string[] | null;
  tags?: readonly { key: string; values?: readonly string[] | null }[] | null;
}

export function selectScopes(registry: ProviderRegistry, kind: ResourceKind, filter: CommonFilter | null | undefined): Scope[] {
  const idScopes = filter?.ids ? new Set(filter.ids.map((id) => scopeKey(registry.scopeOf(parseGlobalIdOfKind(id, kind))))) : null;
  return registry
    .scopes()
    .filter(
      (scope) =>
        (!filter?.providers || filter.providers.includes(scope.provider)) &&
        (!filter?.accounts || filter.accounts.includes(scope.account)) &&
        (!filter?.regions || scope.region === ALL_REGIONS || filter.regions.includes(scope.region)) &&
        (!idScopes || idScopes.has(scopeKey(scope))),
    );
}

/** The part of the common filter an adapter can push down for one scope. */
export function commonPushdown(
  registry: ProviderRegistry,
  kind: ResourceKind,
  filter: CommonFilter | null | undefined,
  scope: Scope,
): ListFilter {
  const pushdown: ListFilter = {};
  if (filter?.ids) {
    pushdown.nativeIds = filter.ids
      .map((id) => parseGlobalIdOfKind(id, kind))
      .filter((id) => scopeKey(registry.scopeOf(id)) === scopeKey(scope))
      .map((id) => id.nativeId)
      .sort();
  }
  if (filter?.regions && scope.region === ALL_REGIONS) pushdown.regions = [...filter.regions].sort();
  const tagsWithValues: TagFilter[] = (filter?.tags ?? [])
    .filter((tag) => tag.values && tag.values.length > 0)
    .map((tag) => ({ key: tag.key, values: [...(tag.values ?? [])].sort() }));
  if (tagsWithValues.length > 0) pushdown.tags = tagsWithValues;
  return pushdown;
}

/** The common filter as a test, with its lists made sets once (a listing may hold many thousand items). */
export function compiledFilter(filter: CommonFilter | null | undefined): (resource: ResourceBase) => boolean {
  if (!filter) return () => true;
  const ids = filter.ids ? new Set(filter.ids) : null;
  const providers = filter.providers ? new Set<string>(filter.providers) : null;
  const accounts = filter.accounts ? new Set(filter.accounts) : null;
  const regions = filter.regions ? new Set(filter.regions) : null;
  const tags = (filter.tags ?? []).map((wanted) => ({ key: wanted.key, values: wanted.values?.length ? new Set(wanted.values) : null }));
  return (resource) =>
    (!ids || ids.has(resource.id)) &&
    (!providers || providers.has(resource.provider)) &&
    (!accounts || accounts.has(resource.account)) &&
    (!regions || regions.has(resource.region)) &&
    tags.every((wanted) => resource.tags.some((tag) => tag.key === wanted.key && (!wanted.values || wanted.values.has(tag.value))));
}
