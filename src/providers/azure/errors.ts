// The one place that says what an Azure SDK failure means. Every adapter method rethrows through
// `toProviderError`, so callers only ever see a ProviderError naming provider, account, region
// and operation — never a raw RestError (which carries the request, headers included), never a
// token or client secret.
import { ProviderError, categoryOfHttpStatus, type ProviderErrorCategory } from '../errors.js';
import type { Scope } from '../types.js';

const THROTTLED = new Set([
  'TooManyRequests',
  'SubscriptionRequestsThrottled',
  'TenantRequestsThrottled',
  'ResourceRequestsThrottled',
  'ResourceCollectionRequestsThrottled',
  'OperationRequestsThrottled',
  'Throttled',
]);

const AUTH = new Set([
  'AuthenticationFailed',
  'AuthorizationFailed',
  'LinkedAuthorizationFailed',
  'InvalidAuthenticationToken',
  'InvalidAuthenticationTokenTenant',
  'InvalidAuthenticationTokenAudience',
  'ExpiredAuthenticationToken',
  'AuthenticationFailedMissingToken',
  'Unauthorized',
  'Forbidden',
  'InvalidTokenAudience',
]);

/** Raised by @azure/identity before any request reaches ARM. */
const CREDENTIAL_ERRORS = new Set(['CredentialUnavailableError', 'AuthenticationError', 'AggregateAuthenticationError', 'AuthenticationRequiredError']);

const UNAVAILABLE = new Set(['ServiceUnavailable', 'InternalServerError', 'GatewayTimeout', 'BadGateway', 'InternalError', 'RetryableError']);

const NOT_FOUND = new Set(['ResourceNotFound', 'ResourceGroupNotFound', 'SubscriptionNotFound', 'NotFound', 'ParentResourceNotFound']);

const INVALID_INPUT = new Set([
  'BadRequest',
  'InvalidParameter',
  'InvalidRequestFormat',
  'InvalidResourceType',
  'InvalidApiVersionParameter',
  'InvalidSkipToken',
  'InvalidQueryParameterValue',
  'MissingSubscription',
]);

/** Failures with no HTTP answer: the connection (or TLS handshake) did not get that far. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ECONNABORTED',
  'REQUEST_SEND_ERROR',
  'UND_ERR_SOCKET',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

export interface AzureErrorInfo {
  category: ProviderErrorCategory;
  /** ARM's error code, the network error code, or the error's name; never a secret. */
  code: string | null;
  status: number | undefined;
}

interface SdkErrorShape {
  name?: unknown;
  code?: unknown;
  statusCode?: unknown;
}

export function classifyAzureError(error: unknown): AzureErrorInfo {
  const e = (typeof error === 'object' && error !== null ? error : {}) as SdkErrorShape;
  const name = typeof e.name === 'string' ? e.name : undefined;
  const code = typeof e.code === 'string' && e.code.length > 0 ? e.code : name !== 'Error' && name !== 'RestError' ? (name ?? null) : null;
  const status = typeof e.statusCode === 'number' ? e.statusCode : undefined;
  return { category: categoryOf(name, code, status), code, status };
}

function categoryOf(name: string | undefined, code: string | null, status: number | undefined): ProviderErrorCategory {
  if (name && CREDENTIAL_ERRORS.has(name)) return 'AUTH';
  if (code) {
    if (THROTTLED.has(code)) return 'THROTTLED';
    if (AUTH.has(code)) return 'AUTH';
    if (UNAVAILABLE.has(code) || NETWORK_CODES.has(code)) return 'UNAVAILABLE';
    if (NOT_FOUND.has(code)) return 'NOT_FOUND';
    if (INVALID_INPUT.has(code)) return 'INVALID_INPUT';
  }
  if (status !== undefined) {
    const byStatus = categoryOfHttpStatus(status);
    if (byStatus !== 'UNKNOWN') return byStatus;
  }
  if (name === 'AbortError') return 'UNAVAILABLE';
  return 'UNKNOWN';
}

/** Strings that must never reach a message: the configured secrets, and anything shaped like a bearer token. */
export type SecretList = readonly string[];

const BEARER = /\bBearer\s+[A-Za-z0-9._~+/=-]+/gi;

export function redact(text: string, secrets: SecretList): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join('[redacted]');
  }
  return out.replace(BEARER, 'Bearer [redacted]');
}

export function toProviderError(error: unknown, scope: Scope, operation: string, secrets: SecretList = []): ProviderError {
  if (error instanceof ProviderError) return error;
  const info = classifyAzureError(error);
  const raw = error instanceof Error ? error.message : String(error);
  const detail = redact(raw || info.code || 'request failed', secrets);
  const prefix = info.code && !detail.startsWith(info.code) ? `${info.code}: ` : '';
  const status = info.status !== undefined ? ` (HTTP ${info.status})` : '';
  return new ProviderError(info.category, scope, operation, info.code, `${prefix}${detail}${status}`, {
    cause: sanitisedCause(error, info, secrets),
  });
}

/**
 * The cause kept on the ProviderError: the error's name, code, status and redacted message, not
 * the SDK error itself (a RestError holds the request, Authorization header included).
 */
function sanitisedCause(error: unknown, info: AzureErrorInfo, secrets: SecretList): Error {
  const cause = new Error(redact(error instanceof Error ? error.message : String(error), secrets));
  cause.name = info.code ?? (error instanceof Error ? error.name : 'Error');
  Object.assign(cause, { statusCode: info.status });
  return cause;
}
