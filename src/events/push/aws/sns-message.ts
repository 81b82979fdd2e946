// The JSON document SNS POSTs to an HTTP(S) subscriber, checked field by field. The three types
// carry different fields, and the signature covers different ones for each (sns-signature.ts).
import { z } from 'zod';
import { checkPayload, parseJson } from '../payload.js';

export const SNS_MESSAGE_TYPES = ['Notification', 'SubscriptionConfirmation', 'UnsubscribeConfirmation'] as const;
export type SnsMessageType = (typeof SNS_MESSAGE_TYPES)[number];

/** SignatureVersion 1 is SHA1withRSA (the default), 2 is SHA256withRSA. */
export const SNS_SIGNATURE_VERSIONS = ['1', '2'] as const;
export type SnsSignatureVersion = (typeof SNS_SIGNATURE_VERSIONS)[number];

/** The header SNS sets to the message's Type. */
export const SNS_MESSAGE_TYPE_HEADER = 'x-amz-sns-message-type';

const text = z.string().min(1);
const common = {
  MessageId: text,
  TopicArn: text,
  Message: z.string(),
  Timestamp: text,
  SignatureVersion: z.enum(SNS_SIGNATURE_VERSIONS),
  Signature: text,
  SigningCertURL: text,
};
const confirmation = { ...common, SubscribeURL: text, Token: text };

const snsMessage = z.discriminatedUnion('Type', [
  z.object({ Type: z.literal('Notification'), ...common, Subject: z.string().optional(), UnsubscribeURL: text.optional() }),
  z.object({ Type: z.literal('SubscriptionConfirmation'), ...confirmation }),
  z.object({ Type: z.literal('UnsubscribeConfirmation'), ...confirmation }),
]);

export type SnsMessage = z.infer<typeof snsMessage>;
export type SnsNotification = Extract<SnsMessage, { Type: 'Notification' }>;
export type SnsConfirmation = Exclude<SnsMessage, SnsNotification>;
/** A message before it is signed: what the sender builds and the signature covers. */
export type UnsignedSnsMessage = SnsMessage extends infer M ? (M extends SnsMessage ? Omit<M, 'Signature'> : never) : never;

export class MalformedSnsMessageError extends Error {
  constructor(reason: string) {
    super(`malformed SNS message: ${reason}`);
    this.name = 'MalformedSnsMessageError';
  }
}

export function parseSnsMessage(body: string): SnsMessage {
  const malformed = (reason: string) => new MalformedSnsMessageError(reason);
  return checkPayload(snsMessage, parseJson(body, malformed, 'body is not valid JSON'), malformed, '(body)');
}
