// The filter fields every listing shares (ids, providers, accounts, regions, tags): which scopes
// to ask, what to push down to each, and the same test applied to what comes back, so a
// provider that cannot push a filter down still answers correctly.
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

export function matchesCommon(resource: ResourceBase, filter: CommonFilter | null | undefined): boolean {
  if (!filter) return true;
  if (filter.ids && !filter.ids.includes(resource.id)) return false;
  if (filter.providers && !filter.providers.includes(resource.provider)) return false;
  if (filter.accounts && !filter.accounts.includes(resource.account)) return false;
  if (filter.regions && !filter.regions.includes(resource.region)) return false;
  return (filter.tags ?? []).every((wanted) =>
    resource.tags.some((tag) => tag.key === wanted.key && (!wanted.values?.length || wanted.values.includes(tag.value))),
  );
}
