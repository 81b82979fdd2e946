// What every push receiver does the same way: check the shared secret its URL carries, read the
// body within the size limit, and acknowledge only once the sink has recorded what came.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { ObservationSink, VmObservation } from '../observation.js';
import { PayloadTooLargeError, readBody, sendError } from './receiver.js';

/** Whether the query parameter `name` of the request URL equals `secret`, compared in constant time. */
export function hasUrlSecret(req: IncomingMessage, name: string, secret: string): boolean {
  const given = new URL(req.url ?? '/', 'http://receiver').searchParams.get(name);
  if (given === null) return false;
  // Digests have one length whatever the input, so neither the comparison nor its length leaks the secret.
  return timingSafeEqual(digest(given), digest(secret));
}

/** The body, or null once a 413 has been answered for a body over the limit. */
export async function readBodyWithinLimit(req: IncomingMessage, res: ServerResponse): Promise<string | null> {
  try {
    return await readBody(req);
  } catch (error) {
    if (!(error instanceof PayloadTooLargeError)) throw error;
    sendError(res, 413, error.message);
    return null;
  }
}

/**
 * Records the observations, then answers `ackStatus` (no body); 503 when the sink rejects, so the
 * cloud delivers again later.
 */
export async function recordThenAcknowledge(
  sink: ObservationSink,
  observations: readonly VmObservation[],
  res: ServerResponse,
  ackStatus: 200 | 204,
  logger: Logger,
): Promise<void> {
  try {
    if (observations.length > 0) await sink.record(observations);
  } catch (error) {
    logger.warn({ err: error, observations: observations.length }, 'could not record pushed observations; asking the sender to retry');
    sendError(res, 503, 'could not record the events, retry later');
    return;
  }
  res.writeHead(ackStatus);
  res.end();
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}
