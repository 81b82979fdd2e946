// Price List errors (AWS JSON 1.1), with the status the service model gives each
// (ThrottlingException is a 429 here, unlike older JSON services).
import type { EmulatorReply } from '../../kit/server.js';
import { notAuthorized } from '../identity.js';
import { JSON_11_CONTENT_TYPE, Json11Error, json11ErrorReply } from '../json11.js';

export const PRICING_CONTENT_TYPE = JSON_11_CONTENT_TYPE;

export const pricingErrors = {
  invalidParameter: (message: string) => new Json11Error('InvalidParameterException', message),
  invalidNextToken: () => new Json11Error('InvalidNextTokenException', 'The pagination token is invalid. Try again without a pagination token.'),
  throttled: () => new Json11Error('ThrottlingException', 'Rate exceeded', 429),
  unavailable: () => new Json11Error('ServiceUnavailableException', 'Service Unavailable', 503),
  internal: (message: string) => new Json11Error('InternalErrorException', message, 500),
  unknownOperation: (target: string) => new Json11Error('UnknownOperationException', `Unknown operation ${target}`),
  serialization: (message: string) => new Json11Error('SerializationException', message),
  missingAuthenticationToken: () => new Json11Error('MissingAuthenticationTokenException', 'Missing Authentication Token', 403),
  /** A role without the permission: JSON 1.1 services answer it with 400, as every other caller error. */
  accessDenied: (account: string, operation: string) => new Json11Error('AccessDeniedException', notAuthorized(account, `pricing:${operation}`)),
  unrecognizedClient: () => new Json11Error('UnrecognizedClientException', 'The security token included in the request is invalid.', 403),
  /** The Price List API has endpoints in a few regions only; a signature for another is refused. */
  wrongRegion: (region: string) => new Json11Error('InvalidSignatureException', `Credential should be scoped to a valid region, not '${region}'.`, 403),
};

export function pricingErrorReply(error: unknown, requestId: string): EmulatorReply {
  return json11ErrorReply(error, requestId, pricingErrors.internal);
}
