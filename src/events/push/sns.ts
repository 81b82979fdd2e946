// The AWS push receiver: SNS POSTs here (EventBridge rule → SNS topic → HTTPS subscription).
// Every message is authenticated before anything else happens — its topic must be configured,
// its signing certificate must come over HTTPS from a trusted host, and its signature must verify
// — then a SubscriptionConfirmation is confirmed, a Notification's EC2 state change goes to the
// sink, and an UnsubscribeConfirmation is logged.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { PushConfig } from '../../config/schema.js';
import { MalformedAwsEventError, observationOfEc2Event } from '../../providers/aws/push.js';
import type { ObservationSink } from '../observation.js';
import { HttpsGetError, httpsGet, type HttpsGetOptions } from './https-get.js';
import { PayloadTooLargeError, readBody, sendError, sendJson, type PushReceiver } from './receiver.js';
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

class SinkUnavailableError extends Error {
  constructor() {
    super('event store unavailable; retry later');
    this.name = 'SinkUnavailableError';
  }
}

export function createSnsReceiver(options: SnsReceiverOptions): PushReceiver {
  const { sink, config, logger } = options;
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
    logger?.info({ topicArn: message.TopicArn }, 'SNS subscription confirmed');
  }

  async function recordNotification(message: SnsNotification): Promise<void> {
    const observation = observationOfEc2Event(message.Message);
    if (!observation) {
      logger?.debug({ topicArn: message.TopicArn, messageId: message.MessageId }, 'SNS notification is not an EC2 state change; ignored');
      return;
    }
    try {
      await sink.record([observation]);
    } catch (error) {
      logger?.warn({ err: error, messageId: message.MessageId }, 'could not record an SNS notification; SNS will retry');
      throw new SinkUnavailableError();
    }
  }

  async function act(message: SnsMessage): Promise<void> {
    switch (message.Type) {
      case 'Notification':
        return recordNotification(message);
      case 'SubscriptionConfirmation':
        return confirmSubscription(message);
      case 'UnsubscribeConfirmation':
        logger?.warn({ topicArn: message.TopicArn }, 'SNS subscription was deleted; no more pushes from this topic');
        return;
    }
  }

  return {
    path: SNS_RECEIVER_PATH,
    async handle(req, res) {
      if (req.method !== 'POST') {
        res.setHeader('allow', 'POST');
        sendError(res, 405, 'method not allowed');
        return;
      }
      try {
        const message = parseSnsMessage(await readBody(req));
        checkTypeHeader(req, message);
        await authenticate(message);
        await act(message);
        sendJson(res, 200, { ok: true });
      } catch (error) {
        answerFailure(res, error, logger);
      }
    },
  };
}

function checkTypeHeader(req: IncomingMessage, message: SnsMessage): void {
  if (req.headers[SNS_MESSAGE_TYPE_HEADER] !== message.Type) {
    throw new MalformedSnsMessageError(`${SNS_MESSAGE_TYPE_HEADER} header does not match the message Type`);
  }
}

function answerFailure(res: ServerResponse, error: unknown, logger: Logger | undefined): void {
  const status = statusOf(error);
  if (status === 500) {
    logger?.error({ err: error }, 'SNS receiver failed');
    sendError(res, 500, 'internal error');
    return;
  }
  const message = (error as Error).message;
  if (status === 403) logger?.warn({ reason: message }, 'SNS message refused');
  else logger?.debug({ status, reason: message }, 'SNS message not accepted');
  sendError(res, status, message);
}

function statusOf(error: unknown): number {
  if (error instanceof MalformedSnsMessageError || error instanceof MalformedAwsEventError) return 400;
  if (error instanceof SnsForbiddenError) return 403;
  if (error instanceof PayloadTooLargeError) return 413;
  if (error instanceof SnsUpstreamError) return 502;
  if (error instanceof SinkUnavailableError) return 503;
  return 500;
}
