// The emulator's SNS signing identity: an RSA key and a certificate for it, generated at start and
// never written to disk. SNS publishes its certificate at SigningCertURL, named after the key
// (SimpleNotificationService-<hex>.pem); receivers fetch it there to verify each message.
// The signature is SHA1withRSA (SignatureVersion 1) or SHA256withRSA (2), base64, over
// "Name\nValue\n" for a fixed list of fields, in a fixed order that depends on the message type.
import { createHash, sign, type KeyObject } from 'node:crypto';
import { generate } from 'selfsigned';
import type { SnsMessage, SnsSignatureVersion, UnsignedSnsMessage } from './message.js';

export interface SnsSigner {
  /** PEM of the signing certificate, as served at SigningCertURL. */
  readonly certificate: string;
  /** Path of the certificate on the emulator's SNS host. */
  readonly certificatePath: string;
  readonly signatureVersion: SnsSignatureVersion;
  sign(message: UnsignedSnsMessage): SnsMessage;
}

export async function createSnsSigner(signatureVersion: SnsSignatureVersion): Promise<SnsSigner> {
  const now = Date.now();
  const pems = await generate([{ name: 'commonName', value: 'sns.amazonaws.com' }], {
    keyType: 'rsa',
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate: new Date(now - 60_000),
    notAfterDate: new Date(now + 24 * 3_600_000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true },
    ],
  });
  const name = createHash('sha256').update(pems.cert).digest('hex').slice(0, 32);
  return {
    certificate: pems.cert,
    certificatePath: `/SimpleNotificationService-${name}.pem`,
    signatureVersion,
    sign: (message) => ({ ...message, Signature: signSnsMessage(message, pems.private) }),
  };
}

// Subject is signed only when present; the confirmations carry no Subject.
const SIGNED_FIELDS: Record<UnsignedSnsMessage['Type'], readonly string[]> = {
  Notification: ['Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type'],
  SubscriptionConfirmation: ['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'],
  UnsubscribeConfirmation: ['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'],
};

const DIGEST: Record<SnsSignatureVersion, string> = { '1': 'sha1', '2': 'sha256' };

/** The base64 Signature of a message, with an RSA private key. */
export function signSnsMessage(message: UnsignedSnsMessage, privateKey: KeyObject | string): string {
  const fields = message as unknown as Record<string, string | undefined>;
  const stringToSign = SIGNED_FIELDS[message.Type]
    .filter((name) => fields[name] !== undefined)
    .map((name) => `${name}\n${fields[name]}\n`)
    .join('');
  return sign(DIGEST[message.SignatureVersion], Buffer.from(stringToSign, 'utf8'), privateKey).toString('base64');
}
