// How a listing is ordered: a sort key per item, then the id, so that every position is unique
// and a keyset cursor (the key and id of the last item seen) finds its place again after the
// listing changed. Shared by the per-scope index (sorted once per version) and the pages merged
// from it.
export type SortValue = string | number;
export type Position = readonly [SortValue, string];

export interface SortOrder<T> {
  /** Names the order in cursors, e.g. "NAME:ASC". */
  name: string;
  key: (item: T) => SortValue;
  descending: boolean;
}

/** An item with its position in one order. */
export interface Ranked<T> {
  node: T;
  position: Position;
}

/** Negative when `a` comes first in ascending order (by key, then id). */
export function comparePositions(a: Position, b: Position): number {
  return compareValues(a[0], b[0]) || compareValues(a[1], b[1]);
}

/** Negative when `a` comes first in `order`. */
export function compareIn(order: Pick<SortOrder<unknown>, 'descending'>, a: Position, b: Position): number {
  return (order.descending ? -1 : 1) * comparePositions(a, b);
}

/** The items with their positions, in `order`. */
export function rank<T extends { id: string }>(items: readonly T[], order: SortOrder<T>): Ranked<T>[] {
  const ranked = items.map((node) => ({ node, position: [order.key(node), node.id] as Position }));
  ranked.sort((a, b) => compareIn(order, a.position, b.position));
  return ranked;
}

/** Index of the first ranked item after `position` (ranked.length when none is). */
export function firstAfter<T>(ranked: readonly Ranked<T>[], order: Pick<SortOrder<unknown>, 'descending'>, position: Position): number {
  let low = 0;
  let high = ranked.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareIn(order, ranked[middle]!.position, position) > 0) high = middle;
    else low = middle + 1;
  }
  return low;
}

function compareValues(a: SortValue, b: SortValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}
