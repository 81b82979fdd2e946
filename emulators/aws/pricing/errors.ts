// Price List errors over AWS JSON 1.1: `__type` and `Message` in the body, the status the
// service model gives each error (ThrottlingException is a 429 here, unlike older JSON services).
import { errorMessage, type EmulatorReply } from '../../kit/server.js';

export class PricingError extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
    this.name = 'PricingError';
  }
}

export const PRICING_CONTENT_TYPE = 'application/x-amz-json-1.1';

export const pricingErrors = {
  invalidParameter: (message: string) => new PricingError('InvalidParameterException', message),
  invalidNextToken: () => new PricingError('InvalidNextTokenException', 'The pagination token is invalid. Try again without a pagination token.'),
  throttled: () => new PricingError('ThrottlingException', 'Rate exceeded', 429),
  unavailable: () => new PricingError('ServiceUnavailableException', 'Service Unavailable', 503),
  internal: (message: string) => new PricingError('InternalErrorException', message, 500),
  unknownOperation: (target: string) => new PricingError('UnknownOperationException', `Unknown operation ${target}`),
  serialization: (message: string) => new PricingError('SerializationException', message),
  missingAuthenticationToken: () => new PricingError('MissingAuthenticationTokenException', 'Missing Authentication Token', 403),
  unrecognizedClient: () => new PricingError('UnrecognizedClientException', 'The security token included in the request is invalid.', 403),
  /** The Price List API has endpoints in a few regions only; a signature for another is refused. */
  wrongRegion: (region: string) => new PricingError('InvalidSignatureException', `Credential should be scoped to a valid region, not '${region}'.`, 403),
};

export function pricingErrorReply(error: unknown, requestId: string): EmulatorReply {
  const e = error instanceof PricingError ? error : pricingErrors.internal(`Internal emulator error: ${errorMessage(error)}`);
  return {
    status: e.status,
    body: JSON.stringify({ __type: e.type, Message: e.message }),
    headers: { 'content-type': PRICING_CONTENT_TYPE, 'x-amzn-requestid': requestId },
  };
}
