// Errors of the AWS JSON 1.1 services (Price List, Cost Explorer): `__type` and `Message` in the
// body, the status the service gives each error. Each service keeps its own catalogue of them.
import { errorMessage, type EmulatorReply } from '../kit/server.js';

export const JSON_11_CONTENT_TYPE = 'application/x-amz-json-1.1';

export class Json11Error extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
    this.name = 'Json11Error';
  }
}

/** Any failure as a JSON 1.1 service answers it; what is not a Json11Error becomes the service's `internal` (500). */
export function json11ErrorReply(error: unknown, requestId: string, internal: (message: string) => Json11Error): EmulatorReply {
  const e = error instanceof Json11Error ? error : internal(`Internal emulator error: ${errorMessage(error)}`);
  return {
    status: e.status,
    body: JSON.stringify({ __type: e.type, Message: e.message }),
    headers: { 'content-type': JSON_11_CONTENT_TYPE, 'x-amzn-requestid': requestId },
  };
}
