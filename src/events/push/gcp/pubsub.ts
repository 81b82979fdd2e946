// Pub/Sub push endpoint: a Cloud Asset feed's messages (asset-feed.ts), delivered by a
// push subscription whose endpoint URL carries a shared secret (`?token=`). Any 2xx acknowledges
// a message; anything else makes Pub/Sub deliver it again with backoff.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { PushConfig } from '../../../config/schema.js';
import { MalformedGcpAssetError, observationOfAssetMessage } from './asset-feed.js';
import { parseJson } from '../payload.js';
import { logger as componentLogger } from '../../../telemetry/logger.js';
import type { ObservationSink, VmObservation } from '../../observation.js';
import { hasUrlSecret, readBodyWithinLimit, recordThenAcknowledge } from '../common.js';
import { sendError, type PushReceiver } from '../receiver.js';

export const PUBSUB_PATH = '/events/gcp/pubsub';

export interface PubSubReceiverOptions {
  sink: ObservationSink;
  config: NonNullable<PushConfig['gcp']>;
  logger?: Logger;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

const pushEnvelope = z.object({
  message: z.object({
    data: z.string().regex(BASE64, 'must be base64'),
    messageId: z.string().min(1),
  }),
  subscription: z.string().min(1),
});

export function createPubSubReceiver(options: PubSubReceiverOptions): PushReceiver {
  const { sink, config } = options;
  const log = options.logger ?? componentLogger('push.pubsub');

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hasUrlSecret(req, 'token', config.token)) return sendError(res, 401, 'missing or wrong token');
    if (req.method !== 'POST') return sendError(res, 405, 'use POST');
    const body = await readBodyWithinLimit(req, res);
    if (body === null) return;
    let observation: VmObservation | null;
    try {
      observation = observationOfAssetMessage(messageData(body));
    } catch (error) {
      if (!(error instanceof MalformedGcpAssetError)) throw error;
      log.warn({ reason: error.message }, 'malformed Pub/Sub push');
      return sendError(res, 400, error.message);
    }
    await recordThenAcknowledge(sink, observation ? [observation] : [], res, 204, log);
  }

  return { path: PUBSUB_PATH, handle };
}

/** The message's payload (a TemporalAsset as JSON) from the push request's envelope. */
function messageData(body: string): string {
  const json = parseJson(body, (reason) => new MalformedGcpAssetError(reason), 'push body is not valid JSON');
  const parsed = pushEnvelope.safeParse(json);
  if (!parsed.success) throw new MalformedGcpAssetError('push body is not a Pub/Sub push envelope with message.data');
  return Buffer.from(parsed.data.message.data, 'base64').toString('utf8');
}
