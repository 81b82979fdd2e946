// The emulator's SNS signing identity: an RSA key and a certificate for it, generated at start and
// never written to disk. SNS publishes its certificate at SigningCertURL, named after the key
// (SimpleNotificationService-<hex>.pem); receivers fetch it there to verify each message.
import { createHash } from 'node:crypto';
import { generate } from 'selfsigned';
import type { SnsMessage, SnsSignatureVersion, UnsignedSnsMessage } from '../../../events/push/sns-message.js';
import { signSnsMessage } from '../../../events/push/sns-signature.js';

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
    sign: (message) => ({ ...message, Signature: signSnsMessage(message, pems.private) }) as SnsMessage,
  };
}
