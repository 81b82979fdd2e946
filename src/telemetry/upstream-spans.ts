// A span per HTTP attempt FleetGraph makes to a cloud API, from the same hook that counts it
// (each cloud's counting middleware or policy): provider, service, operation, account, region,
// the page of the listing it belongs to, and the outcome. A listing is a request without its page
// token (a NextToken, a nextLink's $skiptoken, a pageToken); its pages are told apart by the
// token, so under one parent span the attempts of one listing with the same token are retries of
// the same page, and listings that differ (another filter, another zone) count their own pages.
import { SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import { tracingEnabled, withSpan } from './tracing.js';

export interface UpstreamCall {
  provider: string;
  service: string;
  operation: string;
  account: string;
  region: string;
}

/** Which listing a request belongs to, and which page of it it asks for ('' for the first). */
export interface PageKey {
  listing: string;
  token: string;
}

const PAGE_TOKEN_PARAMETERS = ['$skiptoken', '$skipToken', 'pageToken', 'page'];

/** The page key of a request whose next pages differ only in a page-token query parameter (ARM, Google REST, DigitalOcean's page number). */
export function pageOfUrl(url: string): PageKey {
  try {
    const parsed = new URL(url);
    const token = PAGE_TOKEN_PARAMETERS.map((name) => parsed.searchParams.get(name)).find((value) => value !== null) ?? '';
    for (const name of PAGE_TOKEN_PARAMETERS) parsed.searchParams.delete(name);
    return { listing: parsed.href, token };
  } catch {
    return { listing: url, token: '' };
  }
}

/** Per parent span: per listing, the page tokens in the order first seen. */
const pagesByParent = new WeakMap<Span, Map<string, string[]>>();

function pageOf(call: UpstreamCall, page: PageKey): number | undefined {
  const parent = trace.getActiveSpan();
  if (!parent) return undefined;
  let listings = pagesByParent.get(parent);
  if (!listings) pagesByParent.set(parent, (listings = new Map()));
  const pageToken = page.token;
  const key = `${call.provider}\n${call.service}\n${call.operation}\n${call.account}\n${call.region}\n${page.listing}`;
  let tokens = listings.get(key);
  if (!tokens) listings.set(key, (tokens = []));
  const seen = tokens.indexOf(pageToken);
  if (seen >= 0) return seen + 1;
  tokens.push(pageToken);
  return tokens.length;
}

/**
 * Runs one attempt in its span. `pageKey` says which listing and page the request is (called only
 * when tracing is on); `statusOf` reads the HTTP status from a response that did not throw.
 */
export function traceUpstreamAttempt<T>(call: UpstreamCall, pageKey: () => PageKey, send: () => Promise<T>, statusOf?: (response: T) => number | undefined): Promise<T> {
  if (!tracingEnabled()) return send();
  const page = pageOf(call, pageKey());
  const attributes = {
    'cloud.provider': call.provider,
    'fleetgraph.cloud.service': call.service,
    'fleetgraph.cloud.operation': call.operation,
    'cloud.account.id': call.account,
    'cloud.region': call.region,
    ...(page === undefined ? {} : { 'fleetgraph.cloud.page': page }),
  };
  return withSpan(
    `${call.provider} ${call.operation}`,
    attributes,
    async (span) => {
      const response = await send();
      const status = statusOf?.(response);
      if (status !== undefined) span?.setAttribute('http.response.status_code', status);
      if (status !== undefined && status >= 400) span?.setStatus({ code: SpanStatusCode.ERROR, message: `HTTP ${status}` });
      return response;
    },
    SpanKind.CLIENT,
  );
}
