// The one place that says what an Azure SDK failure means. Every adapter method rethrows through
// `toProviderError`, so callers only ever see a ProviderError naming provider, account, region
// and operation — never a raw RestError (which carries the request, headers included), never a
// token or client secret.
import { NODE_NETWORK_CODES, categoryOfHttpStatus, type ProviderErrorCategory } from '../errors.js';
import { failureHandling, type ErrorInfo, type SecretShape } from '../scrub.js';

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

const REJECTED = new Set([
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
  ...NODE_NETWORK_CODES,
  'ESOCKETTIMEDOUT',
  'REQUEST_SEND_ERROR',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** `code` is ARM's error code, the network error code, or the error's name. */
export type AzureErrorInfo = ErrorInfo;

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
    if (REJECTED.has(code)) return 'REJECTED';
  }
  if (status !== undefined) {
    const byStatus = categoryOfHttpStatus(status);
    if (byStatus !== 'UNKNOWN') return byStatus;
  }
  if (name === 'AbortError') return 'UNAVAILABLE';
  return 'UNKNOWN';
}

/** Anything shaped like a bearer token; the configured secrets come from the caller. */
const SECRET_SHAPES: readonly SecretShape[] = [{ pattern: /\bBearer\s+[A-Za-z0-9._~+/=-]+/gi, replacement: 'Bearer [redacted]' }];

export const { redact, toProviderError } = failureHandling(SECRET_SHAPES, (error) => {
  const info = classifyAzureError(error);
  return { ...info, causeFields: { statusCode: info.status } };
});
