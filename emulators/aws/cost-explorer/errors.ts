// Cost Explorer errors over AWS JSON 1.1: `__type` and `Message` in the body, status 400 for the
// caller's faults (throttling included: Cost Explorer says LimitExceededException), 5xx for its own.

export class CostExplorerError extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
    this.name = 'CostExplorerError';
  }
}

export const COST_EXPLORER_CONTENT_TYPE = 'application/x-amz-json-1.1';

export const costExplorerErrors = {
  validation: (message: string) => new CostExplorerError('ValidationException', message),
  limitExceeded: () => new CostExplorerError('LimitExceededException', 'Rate exceeded'),
  dataUnavailable: (message: string) => new CostExplorerError('DataUnavailableException', message),
  invalidNextToken: () => new CostExplorerError('InvalidNextTokenException', 'The pagination token is invalid.'),
  accessDenied: (message: string) => new CostExplorerError('AccessDeniedException', message),
  missingAuthenticationToken: () => new CostExplorerError('MissingAuthenticationTokenException', 'Missing Authentication Token', 403),
  unrecognizedClient: () => new CostExplorerError('UnrecognizedClientException', 'The security token included in the request is invalid.', 403),
  unknownOperation: (operation: string) => new CostExplorerError('UnknownOperationException', `Unknown operation ${operation}`),
  serviceUnavailable: () => new CostExplorerError('ServiceUnavailableException', 'Service unavailable', 503),
  internal: (message: string) => new CostExplorerError('InternalServerError', message, 500),
};

export function costExplorerErrorBody(error: CostExplorerError): string {
  return JSON.stringify({ __type: error.type, Message: error.message });
}

/** Any failure as Cost Explorer answers it; what is not a CostExplorerError is its own 500. */
export function costExplorerErrorReply(error: unknown, requestId: string): { status: number; body: string; headers: Record<string, string> } {
  const e = error instanceof CostExplorerError ? error : costExplorerErrors.internal(`Internal emulator error: ${error instanceof Error ? error.message : String(error)}`);
  return { status: e.status, body: costExplorerErrorBody(e), headers: { 'content-type': COST_EXPLORER_CONTENT_TYPE, 'x-amzn-requestid': requestId } };
}
