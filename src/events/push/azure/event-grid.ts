// Event Grid webhook (Event Grid schema): the validation handshake, then notifications of the
// Azure Resource Notifications topic turned into observations (resource-notifications.ts).
//
// Event Grid proves nothing about itself on a webhook call, so the URL carries a secret
// (`?code=`), and a subscription's notifications are accepted only after it completed the
// handshake — the proof that whoever created it meant this endpoint.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { PushConfig } from '../../../config/schema.js';
import { MalformedAzureEventError, vmNoticeOfEvent, type AzureVmNotice } from './resource-notifications.js';
import type { ProviderName } from '../../../providers/types.js';
import { logger as componentLogger } from '../../../telemetry/logger.js';
import type { ObservationSink, VmObservation } from '../../observation.js';
import { hasUrlSecret, readBodyWithinLimit, recordThenAcknowledge } from '../common.js';
import { sendError, sendJson, type PushReceiver } from '../receiver.js';
import type { ValidationStore } from './validations.js';

export const EVENT_GRID_PATH = '/events/azure/eventgrid';
export const VALIDATION_EVENT_TYPE = 'Microsoft.EventGrid.SubscriptionValidationEvent';

/** Where a VM FleetGraph already knows is (from its polls): places events that carry no location. */
export interface VmDirectory {
  /** The VM's global id; undefined when it is not known. */
  vmIdOf(provider: ProviderName, account: string, nativeId: string): Promise<string | undefined>;
}

export interface EventGridReceiverOptions {
  sink: ObservationSink;
  config: NonNullable<PushConfig['azure']>;
  /** Subscriptions that completed the handshake; shared by every replica. */
  validations: ValidationStore;
  logger?: Logger;
  /** Without one, Deleted events (which carry no location) are dropped. */
  directory?: VmDirectory;
}

const events = z.array(z.looseObject({ eventType: z.string() })).min(1);
const validationEvent = z.object({ eventType: z.literal(VALIDATION_EVENT_TYPE), data: z.object({ validationCode: z.string().min(1) }) });

export function createEventGridReceiver(options: EventGridReceiverOptions): PushReceiver {
  const { sink, config, validations, directory } = options;
  const log = options.logger ?? componentLogger('push.eventgrid');

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hasUrlSecret(req, 'code', config.secret)) return sendError(res, 401, 'missing or wrong code');
    if (req.method === 'OPTIONS') return answerAbuseProtection(req, res);
    if (req.method !== 'POST') return sendError(res, 405, 'use POST');
    const body = await readBodyWithinLimit(req, res);
    if (body === null) return;
    const batch = parseEvents(body);
    if (!batch) return sendError(res, 400, 'body is not an array of Event Grid events');
    const subscription = header(req, 'aeg-subscription-name')?.toUpperCase();
    if (!subscription) return sendError(res, 400, 'missing aeg-subscription-name');
    switch (header(req, 'aeg-event-type')) {
      case 'SubscriptionValidation':
        return completeHandshake(subscription, batch, res);
      case 'Notification':
        return receiveNotification(subscription, batch, res);
      default:
        return sendError(res, 400, 'aeg-event-type must be SubscriptionValidation or Notification');
    }
  }

  async function completeHandshake(subscription: string, batch: unknown[], res: ServerResponse): Promise<void> {
    const validation = validationEvent.safeParse(batch[0]);
    if (!validation.success) return sendError(res, 400, `expected one ${VALIDATION_EVENT_TYPE} with data.validationCode`);
    try {
      await validations.add(subscription);
    } catch (error) {
      log.warn({ err: error, subscription }, 'could not store the Event Grid validation');
      return sendError(res, 503, 'could not store the validation, retry later');
    }
    log.info({ subscription }, 'Event Grid subscription validated');
    sendJson(res, 200, { validationResponse: validation.data.data.validationCode });
  }

  async function receiveNotification(subscription: string, batch: unknown[], res: ServerResponse): Promise<void> {
    let validated: boolean;
    try {
      validated = await validations.has(subscription);
    } catch (error) {
      log.warn({ err: error, subscription }, 'could not check the Event Grid validation');
      return sendError(res, 503, 'could not check the subscription, retry later');
    }
    if (!validated) return sendError(res, 403, 'handshake not completed for this subscription');

    let notices: AzureVmNotice[];
    try {
      notices = batch.flatMap((event) => vmNoticeOfEvent(event) ?? []);
    } catch (error) {
      if (!(error instanceof MalformedAzureEventError)) throw error;
      log.warn({ subscription, reason: error.message }, 'malformed Event Grid event');
      return sendError(res, 400, error.message);
    }
    let observations: VmObservation[];
    try {
      observations = await placeAll(notices);
    } catch (error) {
      log.warn({ err: error }, 'could not look up where a deleted VM was');
      return sendError(res, 503, 'could not place the events, retry later');
    }
    await recordThenAcknowledge(sink, observations, res, 200, log);
  }

  async function placeAll(notices: readonly AzureVmNotice[]): Promise<VmObservation[]> {
    const placed = await Promise.all(notices.map(place));
    return placed.filter((o): o is VmObservation => o !== null);
  }

  async function place(notice: AzureVmNotice): Promise<VmObservation | null> {
    const vmId = notice.vmId ?? (await directory?.vmIdOf('azure', notice.subscriptionId, notice.nativeId));
    if (!vmId) {
      log.debug({ nativeId: notice.nativeId, providerState: notice.providerState }, 'dropped an event for a VM whose location is not known');
      return null;
    }
    return { vmId, state: notice.state, providerState: notice.providerState, observedAt: notice.observedAt, source: 'PUSH' };
  }

  return { path: EVENT_GRID_PATH, handle };
}

/** CloudEvents webhook abuse protection (what Event Grid sends before CloudEvents-schema deliveries). */
function answerAbuseProtection(req: IncomingMessage, res: ServerResponse): void {
  const origin = header(req, 'webhook-request-origin');
  if (!origin) return sendError(res, 400, 'missing WebHook-Request-Origin');
  res.writeHead(200, { 'webhook-allowed-origin': origin, allow: 'POST, OPTIONS' });
  res.end();
}

function parseEvents(body: string): unknown[] | null {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return null;
  }
  const parsed = events.safeParse(json);
  return parsed.success ? parsed.data : null;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
