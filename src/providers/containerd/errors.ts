// The one place that says what a containerd failure means: gRPC status codes. A socket that is
// not there or refuses is UNAVAILABLE (so is a deadline passed), a socket FleetGraph's user may not
// open PERMISSION_DENIED (AUTH), a namespace that does not exist NOT_FOUND. Every adapter method
// rethrows through `toProviderError`, so callers see a ProviderError naming provider, host,
// region and operation.
import { status as GrpcStatus } from '@grpc/grpc-js';
import type { ProviderErrorCategory } from '../types.js';
import { failureHandling, type FailureFacts } from '../scrub.js';

const CATEGORIES: Partial<Record<number, ProviderErrorCategory>> = {
  [GrpcStatus.UNAVAILABLE]: 'UNAVAILABLE',
  [GrpcStatus.DEADLINE_EXCEEDED]: 'UNAVAILABLE',
  [GrpcStatus.CANCELLED]: 'UNAVAILABLE',
  [GrpcStatus.PERMISSION_DENIED]: 'AUTH',
  [GrpcStatus.UNAUTHENTICATED]: 'AUTH',
  [GrpcStatus.NOT_FOUND]: 'NOT_FOUND',
  [GrpcStatus.INVALID_ARGUMENT]: 'INVALID_INPUT',
  [GrpcStatus.FAILED_PRECONDITION]: 'REJECTED',
  [GrpcStatus.RESOURCE_EXHAUSTED]: 'THROTTLED',
  [GrpcStatus.UNIMPLEMENTED]: 'REJECTED',
};

export function describeContainerdError(error: unknown): FailureFacts {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'number' && GrpcStatus[code] !== undefined) {
    const details = (error as { details?: string }).details;
    return { category: CATEGORIES[code] ?? 'UNKNOWN', code: GrpcStatus[code]!, status: undefined, causeFields: {}, ...(details ? { message: details } : {}) };
  }
  return { category: 'UNKNOWN', code: error instanceof Error ? error.name : null, status: undefined, causeFields: {} };
}

export const { redact, toProviderError } = failureHandling([], describeContainerdError);
