// Cost Explorer errors (AWS JSON 1.1): status 400 for the caller's faults (throttling included:
// Cost Explorer says LimitExceededException), 5xx for its own.
import type { EmulatorReply } from '../../kit/server.js';
import { notAuthorized } from '../identity.js';
import { JSON_11_CONTENT_TYPE, Json11Error, json11ErrorReply } from '../json11.js';

export const COST_EXPLORER_CONTENT_TYPE = JSON_11_CONTENT_TYPE;

export const costExplorerErrors = {
  validation: (message: string) => new Json11Error('ValidationException', message),
  limitExceeded: () => new Json11Error('LimitExceededException', 'Rate exceeded'),
  dataUnavailable: (message: string) => new Json11Error('DataUnavailableException', message),
  invalidNextToken: () => new Json11Error('InvalidNextTokenException', 'The pagination token is invalid.'),
  /** A role without the permission (or a denied account): 400, as Cost Explorer answers every caller error. */
  accessDenied: (account: string, operation: string) =>
    new Json11Error('AccessDeniedException', notAuthorized(account, `ce:${operation}`, `arn:aws:ce:us-east-1:${account}:/${operation}`)),
  missingAuthenticationToken: () => new Json11Error('MissingAuthenticationTokenException', 'Missing Authentication Token', 403),
  unrecognizedClient: () => new Json11Error('UnrecognizedClientException', 'The security token included in the request is invalid.', 403),
  unknownOperation: (operation: string) => new Json11Error('UnknownOperationException', `Unknown operation ${operation}`),
  serviceUnavailable: () => new Json11Error('ServiceUnavailableException', 'Service unavailable', 503),
  internal: (message: string) => new Json11Error('InternalServerError', message, 500),
};

/** Any failure as Cost Explorer answers it; what is not a Json11Error is its own 500. */
export function costExplorerErrorReply(error: unknown, requestId: string): EmulatorReply {
  return json11ErrorReply(error, requestId, costExplorerErrors.internal);
}
