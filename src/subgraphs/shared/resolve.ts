// The two resolver shapes every subgraph repeats: a filtered, paginated listing across scopes
// (read from the listing index, src/loaders/listing-index), and a lookup by global id. Subgraphs
// give only what differs per kind.
import { grantsAllow, narrowToGrants, NOTHING_GRANTED } from '../../auth/grants.js';
import { ProviderError } from '../../providers/errors.js';
import { canonicalGlobalId, parseGlobalId } from '../../providers/ids.js';
import type { ScopeRead } from '../../loaders/index.js';
import type { ListFilter, ResourceKind, ResourceTypes, Scope } from '../../providers/types.js';
import type { SubgraphContext } from './context.js';
import { byId, checkPageArgs, type Order, type Page, type PageArgs } from './connection.js';
import { recordFailures, toGraphQLError } from './errors.js';
import { allMatching, mergedPage } from './merged-page.js';
import { commonPushdown, compiledFilter, selectScopes, type CommonFilter } from './resource-filter.js';

export interface ListOptions<F extends CommonFilter, T> {
  /** Kind-specific filtering a provider can do itself, asked for when listings are not cached (TTL 0). */
  pushdown?: (filter: F) => ListFilter;
  /** Kind-specific test, beside the common one. */
  matches?: (item: T, filter: F) => boolean;
  /** By id when absent. */
  order?: Order<T>;
}

/** A page of the resources of a kind that match, across the scopes the filter selects; failures become partial errors. */
export async function listConnection<K extends ResourceKind, F extends CommonFilter>(
  context: SubgraphContext,
  kind: K,
  filter: F | null | undefined,
  args: PageArgs,
  options: ListOptions<F, ResourceTypes[K]> = {},
): Promise<Page<ResourceTypes[K]>> {
  const order = options.order ?? byId<ResourceTypes[K]>();
  const page = checkPageArgs(args, order);
  const { reads, matches } = await readMatching(context, kind, filter, options);
  return mergedPage({ reads, matches, reread: (ids) => rereadByIds(context, kind, ids) }, page, order);
}

/** Every resource of a kind that matches, across the scopes the filter selects; failures become partial errors. */
export async function listMatching<K extends ResourceKind, F extends CommonFilter>(
  context: SubgraphContext,
  kind: K,
  filter: F | null | undefined,
  options: Pick<ListOptions<F, ResourceTypes[K]>, 'pushdown' | 'matches'> = {},
): Promise<ResourceTypes[K][]> {
  const { reads, matches } = await readMatching(context, kind, filter, options);
  return allMatching(reads, matches);
}

/** The listings of the scopes the filter (narrowed to the caller's grants) selects, and the test the filter makes. */
async function readMatching<K extends ResourceKind, F extends CommonFilter>(
  context: SubgraphContext,
  kind: K,
  filter: F | null | undefined,
  options: Pick<ListOptions<F, ResourceTypes[K]>, 'pushdown' | 'matches'>,
): Promise<{ reads: ScopeRead<ResourceTypes[K]>[]; matches: (item: ResourceTypes[K]) => boolean }> {
  if (filter?.ids) filter = { ...filter, ids: withBadInputAsGraphQL(() => filter!.ids!.map((id) => canonicalGlobalId(id, kind))) };
  // A caller granted part of the fleet lists only that part: its scopes alone are read.
  const granted = narrowToGrants(filter, context.caller.grants);
  if (granted === NOTHING_GRANTED) return { reads: [], matches: () => false };
  const narrowed = granted;
  const scopes = withBadInputAsGraphQL(() => selectScopes(context.services.registry, kind, narrowed));
  const pushdown = (scope: Scope): ListFilter => ({
    ...commonPushdown(context.services.registry, kind, narrowed, scope),
    ...(narrowed && options.pushdown ? options.pushdown(narrowed) : {}),
  });
  const listing = await context.loaders.list(kind, scopes, pushdown);
  recordFailures(context, listing.failures);
  const test = compiledFilter(narrowed);
  const matches = (item: ResourceTypes[K]): boolean => test(item) && (!narrowed || !options.matches || options.matches(item, narrowed));
  return { reads: listing.scopes, matches };
}

/** Resources by id as they are now, in the order of `ids` (null: gone; a scope that fails is a partial error). */
async function rereadByIds<K extends ResourceKind>(context: SubgraphContext, kind: K, ids: readonly string[]): Promise<(ResourceTypes[K] | null)[]> {
  const loaded = await context.loaders.resource(kind).loadMany(ids);
  recordFailures(context, loaded.filter((item): item is ProviderError => item instanceof ProviderError));
  return loaded.map((item) => (item instanceof Error ? null : item));
}

export async function resourceById<K extends ResourceKind>(context: SubgraphContext, kind: K, id: string): Promise<ResourceTypes[K] | null> {
  const canonical = withBadInputAsGraphQL(() => canonicalGlobalId(id, kind));
  // Outside the caller's grants is answered like an id that does not exist, and costs no call.
  if (!idGranted(context, canonical)) return null;
  try {
    return await context.loaders.resource(kind).load(canonical);
  } catch (error) {
    throw toGraphQLError(error);
  }
}

/** Several global ids of one kind at once (entity references, @requires lists); unknown ids drop out. */
export async function resourcesByIds<K extends ResourceKind>(
  context: SubgraphContext,
  kind: K,
  ids: readonly string[],
): Promise<ResourceTypes[K][]> {
  const loaded = await context.loaders.resource(kind).loadMany(ids.filter((id) => idGranted(context, id)));
  const error = loaded.find((item): item is Error => item instanceof Error);
  if (error) throw toGraphQLError(error);
  return loaded.filter((item): item is ResourceTypes[K] => item !== null && !(item instanceof Error));
}

/** Whether the caller's grants cover the provider, account and location the global id names. */
export function idGranted(context: SubgraphContext, id: string): boolean {
  const parsed = withBadInputAsGraphQL(() => parseGlobalId(id));
  return grantsAllow(context.caller.grants, parsed.provider, parsed.account, parsed.region);
}

function withBadInputAsGraphQL<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw toGraphQLError(error);
  }
}

/**
 * For `__resolveReference`: @apollo/subgraph writes `__typename` onto what it returns, and cached
 * resources are frozen, so it gets a shallow copy.
 */
export async function resolveEntity<K extends ResourceKind>(context: SubgraphContext, kind: K, id: string): Promise<ResourceTypes[K] | null> {
  const resource = await resourceById(context, kind, id);
  return resource && { ...resource };
}
