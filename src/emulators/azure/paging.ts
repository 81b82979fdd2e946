// `value` + `nextLink` paging as ARM does it: the next page's link is an absolute URL on the same
// host, carrying the query's own parameters and an opaque `$skiptoken` bound to that query (a
// token replayed against another query is refused).
import { hashString } from '../fleet/prng.js';
import { armErrors } from './errors.js';

export interface Page<T> {
  value: T[];
  nextLink?: string;
}

interface TokenBody {
  a: string;
  o: number;
  f: number;
}

const SKIP_TOKEN = '$skiptoken';

export function paginate<T>(action: string, items: readonly T[], url: URL, origin: string, pageSize: number, maxPageSize: number | null): Page<T> {
  const size = maxPageSize !== null ? Math.min(pageSize, maxPageSize) : pageSize;
  const fingerprint = hashString(`${url.pathname.toLowerCase()}?${queryFingerprint(url)}`);
  const token = url.searchParams.get(SKIP_TOKEN);
  const offset = token === null || token === '' ? 0 : decodeToken(token, action, fingerprint, items.length);
  const end = Math.min(items.length, offset + size);
  const page: Page<T> = { value: items.slice(offset, end) };
  if (end < items.length) {
    const next = new URL(url.pathname + url.search, origin);
    next.searchParams.set(SKIP_TOKEN, encodeToken({ a: action, o: end, f: fingerprint }));
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

function encodeToken(body: TokenBody): string {
  return Buffer.from(JSON.stringify(body)).toString('base64url');
}

function decodeToken(token: string, action: string, fingerprint: number, length: number): number {
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw armErrors.invalidSkipToken(token);
  }
  const t = body as Partial<TokenBody> | null;
  if (t?.a !== action || t.f !== fingerprint || typeof t.o !== 'number' || !Number.isInteger(t.o) || t.o < 0) {
    throw armErrors.invalidSkipToken(token);
  }
  return Math.min(t.o, length);
}
