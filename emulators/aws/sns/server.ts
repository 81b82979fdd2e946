// The emulator's SNS host over HTTPS: the signing certificate at SigningCertURL, and the two
// query-API actions a subscriber reaches by URL — ConfirmSubscription (SubscribeURL) and
// Unsubscribe (UnsubscribeURL) — answered in SNS's XML.
import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import { children, element, type XmlObject } from '../ec2/xml.js';
import { errorMessage, startEmulatorServer, type EmulatorReply, type EmulatorServer } from '../../kit/server.js';
import type { TlsIdentity } from '../../kit/tls.js';
import type { SnsSubscription } from './subscriptions.js';

const SNS_XMLNS = 'http://sns.amazonaws.com/doc/2010-03-31/';

export interface SnsHostHandlers {
  certificatePath: string;
  certificate: string;
  confirmSubscription(topicArn: string, token: string): SnsSubscription | undefined;
  unsubscribe(subscriptionArn: string): SnsSubscription | undefined;
}

export function startSnsHostServer(host: string, tls: TlsIdentity, handlers: SnsHostHandlers): Promise<EmulatorServer> {
  return startEmulatorServer({
    host,
    tls,
    headers: { 'content-type': 'text/xml' },
    answer: (req) => answer(req, handlers),
    failed: (error) => snsError(500, 'Receiver', 'InternalError', `emulator failure: ${errorMessage(error)}`),
  });
}

function answer(req: http.IncomingMessage, handlers: SnsHostHandlers): EmulatorReply {
  req.resume();
  const url = new URL(req.url ?? '/', 'https://sns');
  if (req.method === 'GET' && url.pathname === handlers.certificatePath) {
    return { status: 200, body: handlers.certificate, headers: { 'content-type': 'application/x-x509-ca-cert' } };
  }
  if (url.pathname !== '/') return snsError(404, 'Sender', 'NotFound', 'Resource not found');
  const param = (name: string) => url.searchParams.get(name) ?? '';
  switch (param('Action')) {
    case 'ConfirmSubscription': {
      const subscription = handlers.confirmSubscription(param('TopicArn'), param('Token'));
      if (!subscription) return snsError(400, 'Sender', 'InvalidParameter', 'Invalid token');
      return snsResponse('ConfirmSubscription', { SubscriptionArn: subscription.arn });
    }
    case 'Unsubscribe': {
      const subscription = handlers.unsubscribe(param('SubscriptionArn'));
      if (!subscription) return snsError(404, 'Sender', 'NotFound', 'Subscription does not exist');
      return snsResponse('Unsubscribe', null);
    }
    default:
      return snsError(400, 'Sender', 'InvalidAction', 'The action is not valid for this endpoint');
  }
}

function snsResponse(action: string, result: XmlObject | null): EmulatorReply {
  const body =
    `<${action}Response xmlns="${SNS_XMLNS}">` +
    (result ? element(`${action}Result`, result) : '') +
    `<ResponseMetadata>${element('RequestId', randomUUID())}</ResponseMetadata></${action}Response>`;
  return { status: 200, body };
}

function snsError(status: number, type: string, code: string, message: string): EmulatorReply {
  const body =
    `<ErrorResponse xmlns="${SNS_XMLNS}"><Error>${children({ Type: type, Code: code, Message: message })}</Error>` +
    `${element('RequestId', randomUUID())}</ErrorResponse>`;
  return { status, body };
}
