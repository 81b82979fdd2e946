// CloudWatch errors over AWS JSON 1.0 in query-compatible mode: `__type` in the body and the
// old query-protocol code in `x-amzn-query-error: Code;Sender|Receiver`, which the SDK turns into
// the error's name/Code.
import { notAuthorized } from '../identity.js';

export class CloudWatchError extends Error {
  constructor(
    /** Shape id for `__type`. */
    readonly type: string,
    /** The awsQuery error code the SDK reports (x-amzn-query-error). */
    readonly queryCode: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
    this.name = 'CloudWatchError';
  }

  get fault(): 'Sender' | 'Receiver' {
    return this.status >= 500 ? 'Receiver' : 'Sender';
  }
}

const NS = 'com.amazonaws.cloudwatch';

export const cloudWatchErrors = {
  validation: (message: string) => new CloudWatchError(`${NS}#ValidationException`, 'ValidationError', message),
  invalidParameterValue: (message: string) =>
    new CloudWatchError(`${NS}#InvalidParameterValueException`, 'InvalidParameterValue', message),
  invalidNextToken: () => new CloudWatchError(`${NS}#InvalidNextToken`, 'InvalidNextToken', 'The service cannot process the token.'),
  unknownOperation: (operation: string) =>
    new CloudWatchError('com.amazon.coral.service#UnknownOperationException', 'UnknownOperation', `Unknown operation ${operation}`),
  serialization: (message: string) =>
    new CloudWatchError('com.amazon.coral.service#SerializationException', 'SerializationException', message),
  missingAuthenticationToken: () =>
    new CloudWatchError(
      'com.amazon.coral.service#MissingAuthenticationTokenException',
      'MissingAuthenticationToken',
      'Missing Authentication Token',
      403,
    ),
  invalidClientTokenId: () =>
    new CloudWatchError(
      'com.amazon.coral.service#UnrecognizedClientException',
      'InvalidClientTokenId',
      'The security token included in the request is invalid.',
      403,
    ),
  /** A role without the permission: 403, the awsQuery code AccessDenied. */
  accessDenied: (account: string, operation: string) =>
    new CloudWatchError('com.amazon.coral.service#AccessDeniedException', 'AccessDenied', notAuthorized(account, `cloudwatch:${operation}`), 403),
  throttled: () => new CloudWatchError('com.amazon.coral.availability#ThrottlingException', 'Throttling', 'Rate exceeded', 400),
  unavailable: () =>
    new CloudWatchError('com.amazon.coral.availability#ServiceUnavailableException', 'ServiceUnavailable', 'Service Unavailable', 503),
  internal: (message: string) => new CloudWatchError(`${NS}#InternalServiceFault`, 'InternalServiceError', message, 500),
};

export const CLOUDWATCH_CONTENT_TYPE = 'application/x-amz-json-1.0';

export function cloudWatchErrorBody(error: CloudWatchError): string {
  return JSON.stringify({ __type: error.type, message: error.message });
}

export function cloudWatchErrorHeaders(error: CloudWatchError): Record<string, string> {
  return { 'x-amzn-query-error': `${error.queryCode};${error.fault}` };
}
