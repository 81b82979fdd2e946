// MaxResults / NextToken as EC2 does them. Tokens are opaque to the caller (base64url JSON here)
// and bound to the query they came from: a token reused with other parameters is refused.
import { hashString } from '../../fleet/index.js';
import { ec2Errors } from './errors.js';
import type { QueryParams } from './params.js';

export interface PagingRule {
  min: number;
  max: number;
  /** EC2 refuses some values above the maximum and quietly caps others. */
  aboveMax: 'error' | 'cap';
  /** Name of the id list that cannot be combined with MaxResults (e.g. `instancesSet`), if any. */
  exclusiveWithIds?: string;
}

export interface Page<T> {
  items: T[];
  nextToken?: string;
}

interface TokenBody {
  a: string;
  o: number;
  f: number;
}

export function paginate<T>(
  action: string,
  items: readonly T[],
  params: QueryParams,
  rule: PagingRule | null,
  hasIds: boolean,
  maxPageSize: number | null,
): Page<T> {
  const maxResults = params.integer('MaxResults');
  let pageSize = Number.POSITIVE_INFINITY;
  if (maxResults !== undefined) {
    if (!rule) throw ec2Errors.invalidParameterValue(`The parameter MaxResults is not supported by ${action}.`);
    if (hasIds && rule.exclusiveWithIds) {
      throw ec2Errors.invalidParameterCombination(
        `The parameter ${rule.exclusiveWithIds} cannot be used with the parameter maxResults`,
      );
    }
    if (maxResults < rule.min || (maxResults > rule.max && rule.aboveMax === 'error')) {
      throw ec2Errors.invalidParameterValue(
        `Value ( ${maxResults} ) for parameter maxResults is invalid. Expecting a value between ${rule.min} and ${rule.max}.`,
      );
    }
    pageSize = Math.min(maxResults, rule.max);
  }
  // An operation that does not page (rule null) answers in full whatever the cap says.
  if (maxPageSize !== null && rule) pageSize = Math.min(pageSize, maxPageSize);

  const fingerprint = hashString(params.fingerprint(['NextToken', 'MaxResults', 'Action', 'Version']));
  const token = params.get('NextToken');
  const offset = token === undefined || token === '' ? 0 : decodeToken(token, action, fingerprint, items.length);
  const end = Math.min(items.length, offset + pageSize);
  const page: Page<T> = { items: items.slice(offset, end) };
  if (end < items.length) page.nextToken = encodeToken({ a: action, o: end, f: fingerprint });
  return page;
}

function encodeToken(body: TokenBody): string {
  return Buffer.from(JSON.stringify(body)).toString('base64url');
}

function decodeToken(token: string, action: string, fingerprint: number, length: number): number {
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw ec2Errors.invalidPaginationToken(token);
  }
  const t = body as Partial<TokenBody>;
  if (t?.a !== action || t.f !== fingerprint || typeof t.o !== 'number' || !Number.isInteger(t.o) || t.o < 0) {
    throw ec2Errors.invalidPaginationToken(token);
  }
  // The data may have shrunk since (terminations): past the end is an empty last page, not an error.
  return Math.min(t.o, length);
}

