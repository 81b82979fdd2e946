// The SNS message signature: SHA1withRSA (SignatureVersion 1) or SHA256withRSA (2), base64, over
// "Name\nValue\n" for a fixed list of fields in a fixed order that depends on the message type.
// Only the verifying side lives here; the emulator signs with its own reading of the same rules,
// so a mistake on either side shows as a refused message.
import { verify, type X509Certificate } from 'node:crypto';
import type { SnsMessage, SnsMessageType, SnsSignatureVersion, UnsignedSnsMessage } from './sns-message.js';

// Subject is signed only when present; the confirmations carry no Subject.
const SIGNED_FIELDS: Record<SnsMessageType, readonly string[]> = {
  Notification: ['Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type'],
  SubscriptionConfirmation: ['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'],
  UnsubscribeConfirmation: ['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'],
};

const DIGEST: Record<SnsSignatureVersion, string> = { '1': 'sha1', '2': 'sha256' };

export function snsStringToSign(message: UnsignedSnsMessage): string {
  const fields = message as unknown as Record<string, string | undefined>;
  return SIGNED_FIELDS[message.Type]
    .filter((name) => fields[name] !== undefined)
    .map((name) => `${name}\n${fields[name]}\n`)
    .join('');
}

/** Whether `message.Signature` was made by the RSA key of `certificate` over this message. */
export function verifySnsSignature(message: SnsMessage, certificate: X509Certificate): boolean {
  const key = certificate.publicKey;
  if (key.asymmetricKeyType !== 'rsa') return false;
  const signature = Buffer.from(message.Signature, 'base64');
  return verify(DIGEST[message.SignatureVersion], Buffer.from(snsStringToSign(message), 'utf8'), key, signature);
}
