// Relay connections over an in-memory list. Cursors are keyset cursors (the sort key and the id
// of the last item seen), so a page stays correct when resources appear or vanish between pages.
import { badUserInput } from './errors.js';

export const MAX_PAGE_SIZE = 1000;

type SortValue = string | number;

export interface Page<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: { cursor: string; node: T }[];
  nodes: T[];
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** Sorts by `sortKey` (then id) and returns the page after the cursor. */
export function paginate<T extends { id: string }>(
  items: readonly T[],
  args: PageArgs,
  sortKey: (item: T) => SortValue = (item) => item.id,
  descending = false,
): Page<T> {
  const first = args.first ?? 50;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`"first" must be an integer from 0 to ${MAX_PAGE_SIZE}, got ${first}`, { argument: 'first' });
  }
  const keyed = items.map((node) => ({ node, key: [sortKey(node), node.id] as [SortValue, string] }));
  const direction = descending ? -1 : 1;
  keyed.sort((a, b) => direction * compareKeys(a.key, b.key));
  const after = args.after ? decodeCursor(args.after) : null;
  const start = after ? keyed.findIndex((k) => direction * compareKeys(k.key, after) > 0) : 0;
  const from = start === -1 ? keyed.length : start;
  const slice = keyed.slice(from, from + first);
  const edges = slice.map(({ node, key }) => ({ cursor: encodeCursor(key), node }));
  return {
    totalCount: items.length,
    pageInfo: {
      hasNextPage: from + first < keyed.length,
      hasPreviousPage: from > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    edges,
    nodes: edges.map((edge) => edge.node),
  };
}

function compareKeys(a: [SortValue, string], b: [SortValue, string]): number {
  return compareValues(a[0], b[0]) || compareValues(a[1], b[1]);
}

function compareValues(a: SortValue, b: SortValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

function encodeCursor(key: [SortValue, string]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

function decodeCursor(cursor: string): [SortValue, string] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === 2 && ['string', 'number'].includes(typeof key[0]) && typeof key[1] === 'string') {
      return key as [SortValue, string];
    }
  } catch {
    // fall through to the error below
  }
  throw badUserInput(`"after" is not a cursor this API returned: ${JSON.stringify(cursor)}`, { argument: 'after' });
}
