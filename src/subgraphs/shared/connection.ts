// Relay connections over an in-memory list. Cursors are keyset cursors (the order, the sort key
// and the id of the last item seen), so a page stays correct when resources appear or vanish
// between pages, and a cursor from one order is refused under another.
import { firstAfter, rank, type Position, type SortOrder, type SortValue } from '../../loaders/index.js';
import { badUserInput } from './errors.js';

export const MAX_PAGE_SIZE = 1000;
export const DEFAULT_PAGE_SIZE = 50;

export type Order<T> = SortOrder<T>;

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

export interface CheckedPageArgs {
  first: number;
  after: Position | null;
}

export function byId<T extends { id: string }>(): Order<T> {
  return { name: 'ID:ASC', key: (item) => item.id, descending: false };
}

/** Validates paging arguments; call it before any provider call so a bad request costs nothing. */
export function checkPageArgs(args: PageArgs, order: Pick<Order<unknown>, 'name'>): CheckedPageArgs {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`"first" must be an integer from 0 to ${MAX_PAGE_SIZE}, got ${first}`, { argument: 'first' });
  }
  return { first, after: args.after ? decodeCursor(args.after, order.name) : null };
}

/** Sorts by the order (then id) and returns the page after the cursor. */
export function paginate<T extends { id: string }>(items: readonly T[], args: CheckedPageArgs, order: Order<T>): Page<T> {
  const keyed = rank(items, order);
  const from = args.after ? firstAfter(keyed, order, args.after) : 0;
  const edges = keyed.slice(from, from + args.first).map(({ node, position }) => ({ cursor: encodeCursor(order.name, position), node }));
  return {
    totalCount: items.length,
    pageInfo: {
      hasNextPage: from + args.first < keyed.length,
      hasPreviousPage: from > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    edges,
    nodes: edges.map((edge) => edge.node),
  };
}

export function encodeCursor(orderName: string, position: Position): string {
  return Buffer.from(JSON.stringify([orderName, ...position])).toString('base64url');
}

function decodeCursor(cursor: string, orderName: string): Position {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    decoded = null;
  }
  if (!Array.isArray(decoded) || decoded.length !== 3 || !['string', 'number'].includes(typeof decoded[1]) || typeof decoded[2] !== 'string') {
    throw badUserInput(`"after" is not a cursor this API returned: ${JSON.stringify(cursor)}`, { argument: 'after' });
  }
  if (decoded[0] !== orderName) {
    throw badUserInput(`"after" is a cursor for order ${String(decoded[0])}, not ${orderName}: page with the order it came from`, { argument: 'after' });
  }
  return [decoded[1] as SortValue, decoded[2] as string];
}
