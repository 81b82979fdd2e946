// What every push receiver is: an HTTP handler at one path that turns a cloud's delivery into
// observations for the sink. Receivers answer 2xx only once the sink has recorded the change,
// so a cloud whose delivery failed (bus down) retries it.
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface PushReceiver {
  /** Path it serves, e.g. /events/aws/sns. */
  readonly path: string;
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
}

/** Largest body a receiver reads (SNS messages are ≤ 256 KB; Event Grid batches ≤ 1 MB). */
export const MAX_PUSH_BODY_BYTES = 1024 * 1024;

export class PayloadTooLargeError extends Error {
  constructor() {
    super(`request body exceeds ${MAX_PUSH_BODY_BYTES} bytes`);
    this.name = 'PayloadTooLargeError';
  }
}

/** The request body as text; rejects with PayloadTooLargeError past `limit` bytes. */
export async function readBody(req: IncomingMessage, limit = MAX_PUSH_BODY_BYTES): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new PayloadTooLargeError();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** A short JSON error; `message` must never contain secrets or the offending payload. */
export function sendError(res: ServerResponse, status: number, message: string): void {
  sendJson(res, status, { error: message });
}

/** Runs a receiver so that nothing it throws escapes: an unexpected failure is a 500, logged. */
export function serveReceiver(receiver: PushReceiver, req: IncomingMessage, res: ServerResponse, log: { error(obj: object, msg: string): void }): Promise<void> {
  return receiver.handle(req, res).catch((err: unknown) => {
    log.error({ err, path: receiver.path }, 'push receiver failed');
    if (!res.headersSent) sendError(res, 500, 'internal error');
    else res.destroy();
  });
}
