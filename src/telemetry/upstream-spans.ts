// A span per HTTP attempt FleetGraph makes to a cloud API, from the same hook that counts it
// (each cloud's counting middleware or policy): provider, service, operation, account, region,
// the page of the listing it belongs to, and the outcome. Pages are told apart by what fetches
// the next one (a NextToken, a nextLink, a pageToken): the attempts of one listing under one
// parent span that carry the same token are retries of the same page.
import { SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import { tracingEnabled, withSpan } from './tracing.js';

export interface UpstreamCall {
  provider: string;
  service: string;
  operation: string;
  account: string;
  region: string;
}

/** Per parent span: per listing (call labels), the page tokens in the order first seen. */
const pagesByParent = new WeakMap<Span, Map<string, string[]>>();

function pageOf(call: UpstreamCall, pageToken: string): number | undefined {
  const parent = trace.getActiveSpan();
  if (!parent) return undefined;
  let listings = pagesByParent.get(parent);
  if (!listings) pagesByParent.set(parent, (listings = new Map()));
  const key = `${call.provider}\n${call.service}\n${call.operation}\n${call.account}\n${call.region}`;
  let tokens = listings.get(key);
  if (!tokens) listings.set(key, (tokens = []));
  const seen = tokens.indexOf(pageToken);
  if (seen >= 0) return seen + 1;
  tokens.push(pageToken);
  return tokens.length;
}

/**
 * Runs one attempt in its span. `pageToken` is what asked for this page ('' for a first page);
 * `statusOf` reads the HTTP status from a response that did not throw.
 */
export function traceUpstreamAttempt<T>(call: UpstreamCall, pageToken: string, send: () => Promise<T>, statusOf?: (response: T) => number | undefined): Promise<T> {
  if (!tracingEnabled()) return send();
  const page = pageOf(call, pageToken);
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
