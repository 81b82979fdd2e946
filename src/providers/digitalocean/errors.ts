// The one place that says what a DigitalOcean failure means. The API answers errors as JSON
// `{ id, message, request_id }` with the HTTP status; 429 carries the ratelimit-* headers (when
// the window frees up). Network failures and unreadable tokens are classified too. Every adapter
// method rethrows through `toProviderError`, so callers only see a ProviderError naming provider,
// team, region and operation — never a token.
import type { CloudFailures } from '../adapter.js';
import { NODE_NETWORK_CODES, categoryOfHttpStatus } from '../errors.js';
import { failureHandling, type FailureFacts, type SecretShape } from '../scrub.js';
import { TokenError } from '../secret-source.js';

/** An answer of the API that was not a success. */
export class DoApiError extends Error {
  constructor(
    readonly status: number,
    /** DigitalOcean's error id (`not_found`, `too_many_requests`, `Unauthorized`, …). */
    readonly id: string | null,
    message: string,
    /** When the server says the request may be tried again (ratelimit-reset / Retry-After), in ms from now. */
    readonly retryAfterMs: number | null,
  ) {
    super(message);
    this.name = 'DoApiError';
  }
}

/** Tokens are `dop_v1_` / `doo_v1_` / `dor_v1_` + 64 hex characters. */
const SECRET_SHAPES: readonly SecretShape[] = [{ pattern: /\bdo[a-z]_v1_[0-9a-f]{16,}\b/g, replacement: '[redacted-token]' }];

export function describeDoError(error: unknown): FailureFacts {
  if (error instanceof DoApiError) {
    return { category: categoryOfHttpStatus(error.status), code: error.id, status: error.status, causeFields: { status: error.status } };
  }
  if (error instanceof TokenError) return { category: 'AUTH', code: 'TokenUnavailable', status: undefined, causeFields: {} };
  const code = (error as { code?: unknown; cause?: { code?: unknown } } | null)?.cause?.code ?? (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && NODE_NETWORK_CODES.includes(code)) return { category: 'UNAVAILABLE', code, status: undefined, causeFields: {} };
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return { category: 'UNAVAILABLE', code: error.name, status: undefined, causeFields: {} };
  }
  // fetch's own network failure: "fetch failed" with the socket's error as cause.
  if (error instanceof TypeError && error.message === 'fetch failed') return { category: 'UNAVAILABLE', code: 'FetchFailed', status: undefined, causeFields: {} };
  return { category: 'UNKNOWN', code: error instanceof Error ? error.name : null, status: undefined, causeFields: {} };
}

export const { redact, toProviderError } = failureHandling(SECRET_SHAPES, describeDoError);

/** How DigitalOcean failures are named (adapter.ts, the price catalog). */
export const failures: CloudFailures = { toProviderError, codeOf: (error) => describeDoError(error).code };
