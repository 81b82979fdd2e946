// The emulator's SNS host over HTTPS: the signing certificate at SigningCertURL, and the two
// query-API actions a subscriber reaches by URL — ConfirmSubscription (SubscribeURL) and
// Unsubscribe (UnsubscribeURL) — answered in SNS's XML.
import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import https from 'node:https';
import { children, element, type XmlObject } from '../ec2/xml.js';
import type { TlsIdentity } from '../../kit/tls.js';
import type { SnsSubscription } from './subscriptions.js';

const SNS_XMLNS = 'http://sns.amazonaws.com/doc/2010-03-31/';

export interface SnsHostHandlers {
  certificatePath: string;
  certificate: string;
  confirmSubscription(topicArn: string, token: string): SnsSubscription | undefined;
  unsubscribe(subscriptionArn: string): SnsSubscription | undefined;
}

interface Reply {
  status: number;
  contentType: string;
  body: string;
}

export function createSnsHostServer(tls: TlsIdentity, handlers: SnsHostHandlers): https.Server {
  return https.createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    const reply = answer(req, handlers);
    res.writeHead(reply.status, { 'content-type': reply.contentType, 'content-length': Buffer.byteLength(reply.body) });
    res.end(reply.body);
  });
}

function answer(req: http.IncomingMessage, handlers: SnsHostHandlers): Reply {
  const url = new URL(req.url ?? '/', 'https://sns');
  if (req.method === 'GET' && url.pathname === handlers.certificatePath) {
    return { status: 200, contentType: 'application/x-x509-ca-cert', body: handlers.certificate };
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

function snsResponse(action: string, result: XmlObject | null): Reply {
  const body =
    `<${action}Response xmlns="${SNS_XMLNS}">` +
    (result ? element(`${action}Result`, result) : '') +
    `<ResponseMetadata>${element('RequestId', randomUUID())}</ResponseMetadata></${action}Response>`;
  return { status: 200, contentType: 'text/xml', body };
}

function snsError(status: number, type: string, code: string, message: string): Reply {
  const body =
    `<ErrorResponse xmlns="${SNS_XMLNS}"><Error>${children({ Type: type, Code: code, Message: message })}</Error>` +
    `${element('RequestId', randomUUID())}</ErrorResponse>`;
  return { status, contentType: 'text/xml', body };
}
