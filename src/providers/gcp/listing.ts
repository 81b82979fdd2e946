// What every Compute Engine listing in the KINDS table is made of: the entry's shape, and the
// whole-project listing helpers (aggregatedList items under any scope key, list pages, 500 a page,
// every page followed with the SDK's async iterators).
import type { Gap } from '../gaps.js';
import type { ListFilter, ResourceKind, ResourceTypes } from '../types.js';
import type { ProjectContext } from './context.js';
import type { PushdownSupport } from './filters.js';

/** The largest page Compute Engine serves (maxResults ≤ 500). */
export const PAGE_SIZE = 500;

export interface KindSpec<K extends ResourceKind, Raw> {
  /** The method that lists this kind (named in errors). */
  operation: string;
  pushdown: PushdownSupport;
  /** Whether a `zones` filter applies. */
  zoned: boolean;
  /**
   * One listing of the project (every page), with the filter expression when there is one. A
   * listing joined from several upstream listings pushes the parts that failed onto `gaps`.
   */
  fetch(ctx: ProjectContext, filter: string | undefined, gaps: Gap[]): Promise<Raw[]>;
  map(ctx: ProjectContext, raw: Raw[], filter: ListFilter): Promise<ResourceTypes[K][]>;
}

export function define<K extends ResourceKind, Raw>(spec: KindSpec<K, Raw>): KindSpec<K, never> {
  return spec as unknown as KindSpec<K, never>;
}

export type Scoped = Record<string, unknown>;

/** Every item of an aggregated list, whatever scope key it came under; duplicates (by selfLink) dropped. */
export async function aggregated<T extends { selfLink?: string | null; name?: string | null }>(
  pages: AsyncIterable<[string, Scoped]>,
  key: string,
): Promise<T[]> {
  const out: T[] = [];
  const seen = new Set<string>();
  for await (const [scope, list] of pages) {
    for (const item of (list[key] as T[] | null | undefined) ?? []) {
      const id = item.selfLink ?? `${scope}/${item.name ?? ''}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(item);
    }
  }
  return out;
}

export async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

export const paging = { autoPaginate: false } as const;
