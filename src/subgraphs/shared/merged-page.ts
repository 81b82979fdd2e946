// Pages over several scopes' listings, merged lazily: each scope's listing is sorted once per
// version (IndexedScope.ranked), the cursor is found in each by binary search, and items are taken
// from the scopes' heads in order until the page is full — work in proportion to the page, not
// to the estate. Items of a scope whose listing is behind its events are read again by id (the
// events dropped their cached copies) and tested again, so a page never shows a state the scope
// has left. totalCount is counted only when the query asks for it.
import { compareIn, firstAfter, type Ranked, type ScopeRead, type SortOrder } from '../../loaders/index.js';
import type { CheckedPageArgs, Page } from './connection.js';
import { encodeCursor } from './connection.js';

export interface PageSource<T extends { id: string }> {
  reads: readonly ScopeRead<T>[];
  matches: (item: T) => boolean;
  /** Reads the current copies of resources by id (null: gone). */
  reread: (ids: readonly string[]) => Promise<(T | null)[]>;
}

interface Candidate<T extends { id: string }> {
  ranked: Ranked<T>;
  read: ScopeRead<T>;
}

export async function mergedPage<T extends { id: string }>(source: PageSource<T>, args: CheckedPageArgs, order: SortOrder<T>): Promise<Page<T>> {
  const lists = source.reads.map((read) => read.indexed.ranked(order));
  const starts = lists.map((list) => (args.after ? firstAfter(list, order, args.after) : 0));
  const merged = mergeFrom(source.reads, lists, starts, order);
  const taken: Ranked<T>[] = [];
  while (taken.length <= args.first) {
    const candidates = takeMatching(merged, source.matches, args.first + 1 - taken.length);
    if (candidates.length === 0) break;
    taken.push(...(await current(candidates, source, order)));
  }
  const edges = taken.slice(0, args.first).map(({ node, position }) => ({ cursor: encodeCursor(order.name, position), node }));
  return {
    get totalCount() {
      return countMatching(source);
    },
    pageInfo: {
      hasNextPage: taken.length > args.first,
      hasPreviousPage: args.after !== null && lists.some((list, i) => anyMatchingBefore(list, starts[i]!, source.matches)),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    edges,
    nodes: edges.map((edge) => edge.node),
  };
}

/** Every matching item of every scope, as listed (no page, no re-read). */
export function allMatching<T extends { id: string }>(reads: readonly ScopeRead<T>[], matches: (item: T) => boolean): T[] {
  return reads.flatMap((read) => read.indexed.items.filter(matches));
}

function* mergeFrom<T extends { id: string }>(reads: readonly ScopeRead<T>[], lists: readonly (readonly Ranked<T>[])[], starts: number[], order: SortOrder<T>): Generator<Candidate<T>> {
  const next = [...starts];
  for (;;) {
    let best = -1;
    for (let i = 0; i < lists.length; i++) {
      if (next[i]! >= lists[i]!.length) continue;
      if (best === -1 || compareIn(order, lists[i]![next[i]!]!.position, lists[best]![next[best]!]!.position) < 0) best = i;
    }
    if (best === -1) return;
    yield { ranked: lists[best]![next[best]!]!, read: reads[best]! };
    next[best]!++;
  }
}

function takeMatching<T extends { id: string }>(merged: Iterator<Candidate<T>>, matches: (item: T) => boolean, count: number): Candidate<T>[] {
  const taken: Candidate<T>[] = [];
  while (taken.length < count) {
    const next = merged.next();
    if (next.done) break;
    if (matches(next.value.ranked.node)) taken.push(next.value);
  }
  return taken;
}

/** The candidates as they are now: those of scopes behind their events read again by id, and dropped if gone, no longer matching, or moved in the order. */
async function current<T extends { id: string }>(candidates: Candidate<T>[], source: PageSource<T>, order: SortOrder<T>): Promise<Ranked<T>[]> {
  const behind = candidates.filter((candidate) => candidate.read.behind);
  if (behind.length === 0) return candidates.map((candidate) => candidate.ranked);
  const reread = await source.reread(behind.map((candidate) => candidate.ranked.node.id));
  const now = new Map(behind.map((candidate, i) => [candidate.ranked.node.id, reread[i] ?? null]));
  return candidates.flatMap((candidate): Ranked<T>[] => {
    if (!candidate.read.behind) return [candidate.ranked];
    const node = now.get(candidate.ranked.node.id);
    // One whose sort key moved is left to the page its new position falls on (after the refresh).
    const stillHere = node && source.matches(node) && order.key(node) === candidate.ranked.position[0];
    return stillHere ? [{ node, position: candidate.ranked.position }] : [];
  });
}

function anyMatchingBefore<T>(list: readonly Ranked<T>[], start: number, matches: (item: T) => boolean): boolean {
  for (let i = start - 1; i >= 0; i--) if (matches(list[i]!.node)) return true;
  return false;
}

function countMatching<T extends { id: string }>(source: PageSource<T>): number {
  let count = 0;
  for (const read of source.reads) for (const item of read.indexed.items) if (source.matches(item)) count++;
  return count;
}
