// MaxResults / NextToken as EC2 does them. Tokens are opaque to the caller (base64url JSON here)
// and bound to the query they came from: a token reused with other parameters is refused.
import { hashString } from '../../fleet.js';
import { decodePageToken, encodePageToken } from '../../kit/paging.js';
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
  const offset = token === undefined || token === '' ? 0 : decodePageToken(token, action, fingerprint, items.length, ec2Errors.invalidPaginationToken);
  const end = Math.min(items.length, offset + pageSize);
  const page: Page<T> = { items: items.slice(offset, end) };
  if (end < items.length) page.nextToken = encodePageToken(action, end, fingerprint);
  return page;
}
