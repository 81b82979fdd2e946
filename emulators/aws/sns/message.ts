// The JSON documents SNS POSTs to an HTTP(S) subscriber, as the emulator builds them: a
// Notification, or a (Un)SubscriptionConfirmation that carries the token and SubscribeURL.

/** SignatureVersion 1 is SHA1withRSA (SNS's default), 2 is SHA256withRSA. */
export type SnsSignatureVersion = '1' | '2';

interface SnsEnvelope {
  MessageId: string;
  TopicArn: string;
  Message: string;
  Timestamp: string;
  SignatureVersion: SnsSignatureVersion;
  SigningCertURL: string;
}

export interface UnsignedSnsNotification extends SnsEnvelope {
  Type: 'Notification';
  Subject?: string;
  UnsubscribeURL?: string;
}

export interface UnsignedSnsConfirmation extends SnsEnvelope {
  Type: 'SubscriptionConfirmation' | 'UnsubscribeConfirmation';
  SubscribeURL: string;
  Token: string;
}

/** A message before it is signed: what the signature covers. */
export type UnsignedSnsMessage = UnsignedSnsNotification | UnsignedSnsConfirmation;

export type SnsMessage = UnsignedSnsMessage & { Signature: string };
