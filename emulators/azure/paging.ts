// `value` + `nextLink` paging as ARM does it: the next page's link is an absolute URL on the same
// host, carrying the query's own parameters and an opaque `$skiptoken` bound to that query (a
// token replayed against another query is refused).
import { hashString } from '../kit/prng.js';
import { decodePageToken, encodePageToken } from '../kit/paging.js';
import { armErrors } from './errors.js';

export interface Page<T> {
  value: T[];
  nextLink?: string;
}

const SKIP_TOKEN = '$skiptoken';

export function paginate<T>(action: string, items: readonly T[], url: URL, origin: string, pageSize: number, maxPageSize: number | null): Page<T> {
  const size = maxPageSize !== null ? Math.min(pageSize, maxPageSize) : pageSize;
  const fingerprint = hashString(`${url.pathname.toLowerCase()}?${queryFingerprint(url)}`);
  const token = url.searchParams.get(SKIP_TOKEN);
  const offset = token === null || token === '' ? 0 : decodePageToken(token, action, fingerprint, items.length, armErrors.invalidSkipToken);
  const end = Math.min(items.length, offset + size);
  const page: Page<T> = { value: items.slice(offset, end) };
  if (end < items.length) {
    const next = new URL(url.pathname + url.search, origin);
    next.searchParams.set(SKIP_TOKEN, encodePageToken(action, end, fingerprint));
    page.nextLink = next.toString();
  }
  return page;
}

/** The query's parameters that define what it lists (api-version and the token do not). */
function queryFingerprint(url: URL): string {
  return [...url.searchParams.entries()]
    .filter(([k]) => k.toLowerCase() !== SKIP_TOKEN && k.toLowerCase() !== 'api-version')
    .map(([k, v]) => `${k.toLowerCase()}=${v}`)
    .sort()
    .join('&');
}
