// Cost Management's error answers, in ARM's `{"error":{"code","message"}}` shape (ArmError, so
// the server answers them like any other failure). Throttling is by query processing units: the
// 429 carries no Retry-After, only Cost Management's own x-ms-ratelimit-… retry-after headers
// (seconds), one per bucket that ran dry.
import { ArmError } from '../errors.js';

/** The buckets Cost Management throttles by; each 429 names its wait in `x-ms-ratelimit-microsoft.costmanagement-<bucket>-retry-after`. */
export const QPU_BUCKETS = ['qpu', 'entity', 'tenant', 'clienttype'] as const;

export function retryAfterHeader(bucket: (typeof QPU_BUCKETS)[number]): string {
  return `x-ms-ratelimit-microsoft.costmanagement-${bucket}-retry-after`;
}

export const costManagementErrors = {
  badRequest: (message: string) => new ArmError(400, 'BadRequest', message),
  invalidDefinition: (detail: string) => new ArmError(400, 'BadRequest', `Invalid query definition: ${detail}`),
  invalidSkipToken: () => new ArmError(400, 'BadRequest', 'Invalid $skiptoken: it is malformed or belongs to another query definition.'),
  methodNotAllowed: (method: string) =>
    new ArmError(405, 'MethodNotAllowed', `The requested resource does not support http method '${method}'.`),
  throttled: (retryAfterSeconds: number) =>
    new ArmError(
      429,
      '429',
      'Too many requests. Please retry.',
      Object.fromEntries(QPU_BUCKETS.map((bucket) => [retryAfterHeader(bucket), String(retryAfterSeconds)])),
    ),
  unavailable: () => new ArmError(503, 'ServiceUnavailable', 'The service is temporarily unavailable. Please retry the request after some time.'),
};
