// The one place that says what an AWS SDK failure means. Every adapter method rethrows through
// `toProviderError`, so callers only ever see a ProviderError naming provider, account, region
// and operation — never a raw SDK error, never a credential.
import { NODE_NETWORK_CODES, categoryOfHttpStatus, type ProviderErrorCategory } from '../errors.js';
import { failureHandling, type ErrorInfo, type SecretShape } from '../scrub.js';

const THROTTLED = new Set([
  'RequestLimitExceeded',
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'TooManyRequests',
  'TooManyRequestsException',
  'RequestThrottled',
  'RequestThrottledException',
  'RequestThrottledError',
  'SlowDown',
  'BandwidthLimitExceeded',
  'ProvisionedThroughputExceededException',
  'TransactionInProgressException',
  'EC2ThrottledException',
  'PriorRequestNotComplete',
  // Cost Explorer's throttle.
  'LimitExceededException',
]);

/** The account has not enabled what the call needs (Cost Explorer resource-level data, a new account's bill). */
const NOT_CONFIGURED = new Set(['DataUnavailableException', 'BillExpirationException']);

const AUTH = new Set([
  'AuthFailure',
  'UnauthorizedOperation',
  'InvalidClientTokenId',
  'ExpiredToken',
  'ExpiredTokenException',
  'RequestExpired',
  'SignatureDoesNotMatch',
  'IncompleteSignature',
  'MissingAuthenticationToken',
  'InvalidAccessKeyId',
  'InvalidToken',
  'AccessDenied',
  'AccessDeniedException',
  'OptInRequired',
  'Blocked',
  'PendingVerification',
  'UnrecognizedClientException',
  // Raised before any request is sent, by the credential providers (default chain, fromIni, STS).
  'CredentialsProviderError',
  'TokenProviderError',
]);

const UNAVAILABLE = new Set([
  'InternalError',
  'InternalFailure',
  'InternalServiceFault',
  'InternalServiceError',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'Unavailable',
  'RequestTimeout',
  'RequestTimeoutException',
  'TimeoutError',
  'InsufficientInstanceCapacity',
  'InternalServerError',
]);

const NETWORK_CODES = new Set(NODE_NETWORK_CODES);

const REJECTED = new Set([
  'ValidationError',
  'ValidationException',
  'MissingParameter',
  'InvalidFilter',
  'InvalidNextToken',
  'InvalidPaginationToken',
  'InvalidQueryParameter',
  'UnknownParameter',
  'InvalidAction',
  'InvalidRequest',
  'InvalidInput',
  'InvalidParameterCombination',
]);

/** `code` is the service's error code or the error's name. */
export type AwsErrorInfo = ErrorInfo;

interface SdkErrorShape {
  name?: unknown;
  code?: unknown;
  Code?: unknown;
  $fault?: unknown;
  $metadata?: { httpStatusCode?: unknown };
  $retryable?: { throttling?: unknown };
}

export function classifyAwsError(error: unknown): AwsErrorInfo {
  const e = (typeof error === 'object' && error !== null ? error : {}) as SdkErrorShape;
  const code = firstString(e.Code, e.name !== 'Error' ? e.name : undefined, e.code);
  const status = typeof e.$metadata?.httpStatusCode === 'number' ? e.$metadata.httpStatusCode : undefined;
  return { category: categoryOf(code, status, e), code: code ?? null, status };
}

function categoryOf(code: string | undefined, status: number | undefined, e: SdkErrorShape): ProviderErrorCategory {
  if (code) {
    if (THROTTLED.has(code) || e.$retryable?.throttling === true) return 'THROTTLED';
    if (AUTH.has(code)) return 'AUTH';
    if (NOT_CONFIGURED.has(code)) return 'NOT_CONFIGURED';
    if (UNAVAILABLE.has(code) || NETWORK_CODES.has(code)) return 'UNAVAILABLE';
    if (code.endsWith('.NotFound') || code.endsWith('NotFound') || code === 'ResourceNotFoundException') return 'NOT_FOUND';
    if (
      code.endsWith('.Malformed') ||
      code.startsWith('InvalidParameter') ||
      REJECTED.has(code) ||
      /^Invalid[A-Za-z]*(\.[A-Za-z]+)?$/.test(code)
    )
      return 'REJECTED';
  }
  if (status !== undefined) {
    const byStatus = categoryOfHttpStatus(status);
    if (byStatus !== 'UNKNOWN') return byStatus;
  }
  // No HTTP response at all: the connection failed or timed out before one came back.
  if (status === undefined && (e.$fault === undefined || e.$fault === 'server')) {
    if (code === undefined || NETWORK_CODES.has(code) || code === 'AbortError') return 'UNAVAILABLE';
  }
  if (e.$fault === 'server') return 'UNAVAILABLE';
  return 'UNKNOWN';
}

/** Anything shaped like an access key id; the configured secrets come from the caller. */
const SECRET_SHAPES: readonly SecretShape[] = [{ pattern: /\b(AKIA|ASIA|AROA|AIDA)[A-Z0-9]{12,}\b/g, replacement: '[redacted]' }];

export const { redact, toProviderError } = failureHandling(SECRET_SHAPES, (error) => {
  const info = classifyAwsError(error);
  return { ...info, causeFields: { httpStatusCode: info.status } };
});

function firstString(...values: unknown[]): string | undefined {
  for (const v of values) if (typeof v === 'string' && v.length > 0) return v;
  return undefined;
}
