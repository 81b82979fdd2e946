// The AWS push receiver: SNS POSTs here (EventBridge rule → SNS topic → HTTPS subscription).
// Every message is authenticated before anything else happens — its topic must be configured,
// its signing certificate must come over HTTPS from a trusted host, and its signature must verify
// — then a SubscriptionConfirmation is confirmed, a Notification's EC2 state change goes to the
// sink, and an UnsubscribeConfirmation is logged.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { PushConfig } from '../../../config/schema.js';
import { MalformedAwsEventError, observationOfEc2Event } from './ec2-state-change.js';
import { logger as componentLogger } from '../../../telemetry/logger.js';
import type { ObservationSink, VmObservation } from '../../observation.js';
import { readBodyWithinLimit, recordThenAcknowledge } from '../common.js';
import { HttpsGetError, httpsGet, type HttpsGetOptions } from './https-get.js';
import { sendError, type PushReceiver } from '../receiver.js';
import { isCertificateCurrent, httpsCertificateLoader, SnsCertificateCache } from './sns-certificates.js';
import { SnsForbiddenError, SnsUpstreamError } from './sns-errors.js';
import {
  MalformedSnsMessageError,
  parseSnsMessage,
  SNS_MESSAGE_TYPE_HEADER,
  type SnsConfirmation,
  type SnsMessage,
  type SnsNotification,
} from './sns-message.js';
import { verifySnsSignature } from './sns-signature.js';
import { trustedHostMatcher, trustedSnsUrl } from './sns-trust.js';

export const SNS_RECEIVER_PATH = '/events/aws/sns';

export type SnsReceiverConfig = NonNullable<PushConfig['aws']>;

export interface SnsReceiverOptions {
  sink: ObservationSink;
  config: SnsReceiverConfig;
  logger?: Logger;
  /** Limit for fetching a signing certificate or confirming a subscription. Default 5000 ms. */
  fetchTimeoutMs?: number;
  /** Signing certificates kept in memory. Default 32. */
  maxCachedCertificates?: number;
  /** The clock certificate validity is checked against. */
  now?: () => Date;
}

// Signing certificates are a few KB and confirmation answers smaller still.
const MAX_FETCH_BYTES = 64 * 1024;

export function createSnsReceiver(options: SnsReceiverOptions): PushReceiver {
  const { sink, config } = options;
  const log = options.logger ?? componentLogger('push.sns');
  const now = options.now ?? (() => new Date());
  const topics = new Set(config.topicArns);
  const trustedHost = trustedHostMatcher(config.trustedHostPattern);
  const fetchOptions: HttpsGetOptions = {
    caCertificate: config.caCertificate,
    timeoutMs: options.fetchTimeoutMs ?? 5000,
    maxBytes: MAX_FETCH_BYTES,
  };
  const certificates = new SnsCertificateCache(httpsCertificateLoader(fetchOptions), options.maxCachedCertificates ?? 32);

  async function authenticate(message: SnsMessage): Promise<void> {
    if (!topics.has(message.TopicArn)) throw new SnsForbiddenError('topic is not accepted');
    const certificate = await certificates.get(trustedSnsUrl(message.SigningCertURL, trustedHost, 'SigningCertURL'));
    if (!isCertificateCurrent(certificate, now())) throw new SnsForbiddenError('signing certificate is not currently valid');
    if (!verifySnsSignature(message, certificate)) throw new SnsForbiddenError('signature does not verify');
  }

  async function confirmSubscription(message: SnsConfirmation): Promise<void> {
    const url = trustedSnsUrl(message.SubscribeURL, trustedHost, 'SubscribeURL');
    const response = await httpsGet(url, fetchOptions).catch((error: unknown) => {
      throw error instanceof HttpsGetError ? new SnsUpstreamError(`confirming the subscription failed: ${error.message}`) : error;
    });
    if (response.status !== 200) throw new SnsUpstreamError(`confirming the subscription failed: HTTP ${response.status}`);
    log.info({ topicArn: message.TopicArn }, 'SNS subscription confirmed');
  }

  /** The notification's EC2 state change, if it is one (other events on the topic are acknowledged and dropped). */
  function observationsOf(message: SnsNotification): VmObservation[] {
    const observation = observationOfEc2Event(message.Message, now());
    if (!observation) log.debug({ topicArn: message.TopicArn, messageId: message.MessageId }, 'SNS notification is not an EC2 state change; ignored');
    return observation ? [observation] : [];
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') return sendError(res, 405, 'use POST');
    try {
      const body = await readBodyWithinLimit(req, res);
      if (body === null) return;
      const message = parseSnsMessage(body);
      checkTypeHeader(req, message);
      await authenticate(message);
      if (message.Type === 'Notification') return await recordThenAcknowledge(sink, observationsOf(message), res, 200, log);
      if (message.Type === 'SubscriptionConfirmation') await confirmSubscription(message);
      else log.warn({ topicArn: message.TopicArn }, 'SNS subscription was deleted; no more pushes from this topic');
      res.writeHead(200).end();
    } catch (error) {
      answerFailure(res, error, log);
    }
  }

  return { path: SNS_RECEIVER_PATH, handle };
}

function checkTypeHeader(req: IncomingMessage, message: SnsMessage): void {
  if (req.headers[SNS_MESSAGE_TYPE_HEADER] !== message.Type) {
    throw new MalformedSnsMessageError(`${SNS_MESSAGE_TYPE_HEADER} header does not match the message Type`);
  }
}

function answerFailure(res: ServerResponse, error: unknown, log: Logger): void {
  const status = statusOf(error);
  if (status === 500) {
    log.error({ err: error }, 'SNS receiver failed');
    sendError(res, 500, 'internal error');
    return;
  }
  const reason = (error as Error).message;
  log.warn({ status, reason }, 'SNS message not accepted');
  sendError(res, status, reason);
}

function statusOf(error: unknown): number {
  if (error instanceof MalformedSnsMessageError || error instanceof MalformedAwsEventError) return 400;
  if (error instanceof SnsForbiddenError) return 403;
  if (error instanceof SnsUpstreamError) return 502;
  return 500;
}
