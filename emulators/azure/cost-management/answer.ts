// The answer envelope of query and forecast ({id, name, type, properties: {nextLink, columns,
// rows}}) and its paging: a page holds at most `pageSize` rows; the next page is asked for by
// POSTing the same definition to `nextLink`, whose $skiptoken carries the offset and a digest of
// the definition it belongs to. Costs are written as JSON numbers with their exact decimal digits.
import { createHash, randomUUID } from 'node:crypto';
import { Decimal } from 'decimal.js';
import { costManagementErrors } from './errors.js';
import type { Cell, Table } from './table.js';

export interface PageRequest {
  /** The request's own URL (its origin, path and query build the nextLink). */
  url: URL;
  /** The definition as read (keys lower-cased): what a $skiptoken is tied to. */
  definition: Record<string, unknown>;
  subscriptionId: string;
  kind: 'query' | 'forecast';
  pageSize: number;
}

/** The page of `table` the request asks for, as the response body. */
export function pageBody(table: Table, request: PageRequest): string {
  const digest = digestOf(request.definition);
  const offset = offsetOf(request.url.searchParams.get('$skiptoken'), digest, table.rows.length);
  const rows = table.rows.slice(offset, offset + request.pageSize);
  const end = offset + rows.length;
  const nextLink = end < table.rows.length ? nextLinkOf(request.url, end, digest) : null;
  const name = randomUUID();
  const envelope = {
    id: `/subscriptions/${request.subscriptionId}/providers/Microsoft.CostManagement/${request.kind}/${name}`,
    name,
    type: `Microsoft.CostManagement/${request.kind}`,
    location: null,
    sku: null,
    eTag: null,
  };
  const properties = `{"nextLink":${JSON.stringify(nextLink)},"columns":${JSON.stringify(table.columns)},"rows":[${rows.map(rowJson).join(',')}]}`;
  return `${JSON.stringify(envelope).slice(0, -1)},"properties":${properties}}`;
}

function rowJson(row: readonly Cell[]): string {
  return `[${row.map((cell) => (Decimal.isDecimal(cell) ? (cell as Decimal).toFixed() : JSON.stringify(cell))).join(',')}]`;
}

function digestOf(definition: Record<string, unknown>): string {
  return createHash('sha256').update(JSON.stringify(definition)).digest('hex').slice(0, 16);
}

function offsetOf(token: string | null, digest: string, total: number): number {
  if (token === null) return 0;
  const [offsetText, tokenDigest] = Buffer.from(token, 'base64url').toString('utf8').split('.');
  const offset = Number(offsetText);
  if (tokenDigest !== digest || !Number.isInteger(offset) || offset <= 0 || offset >= total) throw costManagementErrors.invalidSkipToken();
  return offset;
}

function nextLinkOf(url: URL, offset: number, digest: string): string {
  const next = new URL(url.toString());
  next.searchParams.set('$skiptoken', Buffer.from(`${offset}.${digest}`).toString('base64url'));
  return next.toString();
}
