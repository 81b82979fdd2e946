// The one place that says what a GCP failure means. Over the REST transport the clients reject
// with the auth client's GaxiosError (HTTP status, response headers, Google's JSON error body as
// the message); gax itself may reject with a GoogleError (a google.rpc code); the network with
// ECONNREFUSED and friends; credential resolution with CredentialError. Every adapter method
// rethrows through `toProviderError`, so callers only see a ProviderError naming provider,
// project, region and operation — never a token.
import { NODE_NETWORK_CODES, categoryOfHttpStatus, type ProviderErrorCategory } from '../errors.js';
import { parseRetryAfter } from '../retry.js';
import { failureHandling, type SecretShape } from '../scrub.js';

/** Credentials could not be resolved (no ADC, unreadable key file, refused token exchange). Raised before any API request. */
export class CredentialError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CredentialError';
  }
}

/** google.rpc.Code names → categories. */
const BY_GOOGLE_STATUS: Record<string, ProviderErrorCategory> = {
  RESOURCE_EXHAUSTED: 'THROTTLED',
  UNAVAILABLE: 'UNAVAILABLE',
  DEADLINE_EXCEEDED: 'UNAVAILABLE',
  INTERNAL: 'UNAVAILABLE',
  UNAUTHENTICATED: 'AUTH',
  PERMISSION_DENIED: 'AUTH',
  NOT_FOUND: 'NOT_FOUND',
  INVALID_ARGUMENT: 'REJECTED',
  FAILED_PRECONDITION: 'REJECTED',
  OUT_OF_RANGE: 'REJECTED',
  UNIMPLEMENTED: 'REJECTED',
  UNKNOWN: 'UNKNOWN',
};

/** google.rpc.Code numbers (a GoogleError's `code`) → their names. */
const GRPC_CODE_NAMES: Record<number, string> = {
  1: 'CANCELLED',
  2: 'UNKNOWN',
  3: 'INVALID_ARGUMENT',
  4: 'DEADLINE_EXCEEDED',
  5: 'NOT_FOUND',
  7: 'PERMISSION_DENIED',
  8: 'RESOURCE_EXHAUSTED',
  9: 'FAILED_PRECONDITION',
  11: 'OUT_OF_RANGE',
  12: 'UNIMPLEMENTED',
  13: 'INTERNAL',
  14: 'UNAVAILABLE',
  16: 'UNAUTHENTICATED',
};

/** Legacy per-error reasons that mean a rate limit, even on a 403 (Compute Engine's older answers). */
const RATE_LIMIT_REASONS = new Set(['rateLimitExceeded', 'userRateLimitExceeded', 'quotaExceeded', 'RATE_LIMIT_EXCEEDED', 'RESOURCE_EXHAUSTED']);

/** Legacy reasons of a write the resource's state forbids (only writes get them). */
const CONFLICT_REASONS = new Set(['resourceNotReady', 'invalidResourceUsage', 'resourceInUseByAnotherResource', 'alreadyExists']);

/** A resource quota (`Quota 'CPUS' exceeded.  Limit: 24.0 in region us-central1.`), unlike a rate limit's "Quota exceeded for quota metric …". */
const RESOURCE_QUOTA_MESSAGE = /^Quota '[A-Z0-9_]+' exceeded/;

const NETWORK_CODES = new Set([
  ...NODE_NETWORK_CODES,
  'UND_ERR_CONNECT_TIMEOUT',
]);

export interface GcpErrorInfo {
  category: ProviderErrorCategory;
  /** Google's status name (RESOURCE_EXHAUSTED …), a network code, or the error's name; never a secret. */
  code: string | null;
  /** The legacy reason (rateLimitExceeded, notFound, …) when the body has one. */
  reason: string | null;
  status: number | undefined;
  /** Google's own message, when the body carried one. */
  message: string | null;
  retryAfterMs: number | null;
}

interface ErrorShape {
  name?: unknown;
  code?: unknown;
  status?: unknown;
  message?: unknown;
  reason?: unknown;
  cause?: unknown;
  response?: { status?: unknown; headers?: unknown; data?: unknown };
}

interface GoogleErrorBody {
  code?: number;
  message?: string;
  status?: string;
  errors?: { reason?: string; message?: string }[];
  details?: { reason?: string }[];
}

export function classifyGcpError(error: unknown): GcpErrorInfo {
  if (error instanceof CredentialError) {
    return { category: 'AUTH', code: 'CredentialError', reason: null, status: undefined, message: error.message, retryAfterMs: null };
  }
  const e = (typeof error === 'object' && error !== null ? error : {}) as ErrorShape;
  const status = numberOr(e.response?.status) ?? (typeof e.status === 'number' && e.status >= 100 ? e.status : undefined);
  const body = googleBody(e);
  const reason = body?.errors?.find((x) => x.reason)?.reason ?? body?.details?.find((x) => x.reason)?.reason ?? (typeof e.reason === 'string' ? e.reason : null);
  const grpcName = typeof e.code === 'number' && status === undefined ? GRPC_CODE_NAMES[e.code] : undefined;
  const networkCode = networkCodeOf(e);
  const code = body?.status ?? grpcName ?? networkCode ?? (typeof e.name === 'string' && e.name !== 'Error' ? e.name : null);
  return {
    category: writeCategoryOf(status, reason, body?.message) ?? categoryOf(status, body?.status ?? grpcName, reason, networkCode, e),
    code,
    reason,
    status,
    message: body?.message ?? null,
    retryAfterMs: parseRetryAfter(headerOf(e.response?.headers, 'retry-after')),
  };
}

/** What only a write meets: a resource quota (not retried, unlike a rate limit) or a state that forbids it. */
function writeCategoryOf(status: number | undefined, reason: string | null, message: string | undefined): ProviderErrorCategory | null {
  if (reason === 'quotaExceeded' && message && RESOURCE_QUOTA_MESSAGE.test(message)) return 'QUOTA_EXCEEDED';
  if ((reason && CONFLICT_REASONS.has(reason)) || status === 409) return 'CONFLICT';
  return null;
}

function categoryOf(
  status: number | undefined,
  googleStatus: string | undefined,
  reason: string | null,
  networkCode: string | undefined,
  e: ErrorShape,
): ProviderErrorCategory {
  if (status === 429 || googleStatus === 'RESOURCE_EXHAUSTED' || (reason && RATE_LIMIT_REASONS.has(reason))) return 'THROTTLED';
  if (status !== undefined) {
    const byStatus = categoryOfHttpStatus(status);
    if (byStatus !== 'UNKNOWN') return byStatus;
  }
  if (googleStatus && BY_GOOGLE_STATUS[googleStatus]) return BY_GOOGLE_STATUS[googleStatus];
  if (networkCode) return 'UNAVAILABLE';
  if (e.name === 'AbortError' || e.name === 'TimeoutError') return 'UNAVAILABLE';
  return 'UNKNOWN';
}

/** Google's JSON error, from the response data or (as gaxios reports it) the message. */
function googleBody(e: ErrorShape): GoogleErrorBody | null {
  for (const candidate of [e.response?.data, e.message]) {
    let value: unknown = candidate;
    if (typeof value === 'string') {
      const text = value.trim();
      if (!text.startsWith('{') && !text.startsWith('[')) continue;
      try {
        value = JSON.parse(text);
      } catch {
        continue;
      }
    }
    if (Array.isArray(value)) value = value.find((x) => typeof x === 'object' && x !== null && 'error' in x);
    if (typeof value === 'object' && value !== null && 'error' in value) {
      const inner = (value as { error: unknown }).error;
      if (typeof inner === 'object' && inner !== null) return inner as GoogleErrorBody;
    }
  }
  return null;
}

function networkCodeOf(e: ErrorShape): string | undefined {
  for (let current: unknown = e, depth = 0; current && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function headerOf(headers: unknown, name: string): string | null {
  if (!headers) return null;
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name);
  const value = (headers as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : null;
}

function numberOr(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

/** Anything shaped like a bearer or OAuth token; the configured tokens come from the caller. */
const SECRET_SHAPES: readonly SecretShape[] = [
  { pattern: /\bBearer\s+[A-Za-z0-9._~+/=-]+/gi, replacement: 'Bearer [redacted]' },
  { pattern: /\bya29\.[A-Za-z0-9._-]+/g, replacement: '[redacted]' },
];

/** Set by the transport on the error it finally gives up with. */
export const ATTEMPTS = Symbol.for('fleetgraph.gcp.attempts');

/** Google's own message and legacy reason when the body has them, and how many attempts the transport made. */
export const { redact, toProviderError } = failureHandling(SECRET_SHAPES, (error) => {
  const info = classifyGcpError(error);
  const attempts = typeof error === 'object' && error !== null ? (error as { [ATTEMPTS]?: unknown })[ATTEMPTS] : undefined;
  return {
    category: info.category,
    code: info.code,
    status: info.status,
    message: info.message,
    providerCode: info.reason ?? info.code,
    suffix: typeof attempts === 'number' && attempts > 1 ? ` after ${attempts} attempts` : '',
    causeFields: { httpStatusCode: info.status, reason: info.reason },
  };
});
