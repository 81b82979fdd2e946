// The one place that says what a provider failure means. Adapters wrap every SDK error in a
// ProviderError with a category; subgraphs turn the category into an `extensions.code`
// (src/subgraphs/shared/errors.ts).
import { ErrorCode } from '../errors/codes.js';
import type { ProviderErrorCategory, Scope } from './types.js';

/**
 * INVALID_INPUT: what the client sent cannot be asked (FleetGraph refused it before any call).
 * REJECTED: the cloud refused a request FleetGraph composed (a 4xx that is not auth, not-found or
 * throttling): the client's input was fine, so it is a provider error, never the user's.
 * NOT_CONFIGURED: the operator has not set up what the operation needs (a billing export table, a
 * disabled cost source).
 */
export type { ProviderErrorCategory } from './types.js';

export class ProviderError extends Error {
  constructor(
    readonly category: ProviderErrorCategory,
    readonly scope: Scope,
    readonly operation: string,
    /** The provider's own error code (e.g. RequestLimitExceeded), never a secret. */
    readonly providerCode: string | null,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${scope.provider} ${scope.account}/${scope.region} ${operation}: ${message}`, options);
    this.name = 'ProviderError';
  }
}

/**
 * Node's and undici's codes for a connection that failed before any HTTP answer came back, whatever
 * the cloud. Each cloud's classifier adds the codes its own SDK raises.
 */
export const NODE_NETWORK_CODES: readonly string[] = [
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ECONNABORTED',
  'UND_ERR_SOCKET',
];

/** Classifies by HTTP status when a provider's SDK offers nothing better. */
export function categoryOfHttpStatus(status: number | undefined): ProviderErrorCategory {
  if (status === undefined) return 'UNAVAILABLE';
  if (status === 429) return 'THROTTLED';
  if (status === 401 || status === 403) return 'AUTH';
  if (status === 404) return 'NOT_FOUND';
  if (status >= 500) return 'UNAVAILABLE';
  if (status >= 400) return 'REJECTED';
  return 'UNKNOWN';
}

/** The code a provider failure carries to the client. */
export function errorCodeOf(category: ProviderErrorCategory): ErrorCode {
  switch (category) {
    case 'THROTTLED':
      return ErrorCode.PROVIDER_THROTTLED;
    case 'UNAVAILABLE':
      return ErrorCode.PROVIDER_UNAVAILABLE;
    case 'AUTH':
      return ErrorCode.PROVIDER_AUTH_FAILED;
    case 'INVALID_INPUT':
      return ErrorCode.BAD_USER_INPUT;
    case 'NOT_CONFIGURED':
      return ErrorCode.PROVIDER_NOT_CONFIGURED;
    case 'CONFLICT':
      return ErrorCode.RESOURCE_STATE_CONFLICT;
    case 'QUOTA_EXCEEDED':
      return ErrorCode.QUOTA_EXCEEDED;
    case 'REJECTED':
    case 'NOT_FOUND':
    case 'UNKNOWN':
      return ErrorCode.PROVIDER_ERROR;
  }
}
