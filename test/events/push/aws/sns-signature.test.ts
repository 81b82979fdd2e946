// The SNS signature scheme: the exact string each message type signs, and signatures made with a
// real RSA key verified against its certificate, for both signature versions.
import { X509Certificate, generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { SnsMessage, UnsignedSnsMessage } from '../../../../src/events/push/aws/sns-message.js';
import { snsStringToSign, verifySnsSignature } from '../../../../src/events/push/aws/sns-signature.js';
import { createSnsSigner, signSnsMessage } from '../../../../emulators/aws/sns/signing.js';
import { generateTlsIdentity } from '../../../../emulators/kit/tls.js';

const TOPIC = 'arn:aws:sns:us-west-2:123456789012:MyTopic';
const CERT_URL = 'https://sns.us-west-2.amazonaws.com/SimpleNotificationService-f3ecfb7224c7233fe7bb5f59f96de52f.pem';

const notification: UnsignedSnsMessage = {
  Type: 'Notification',
  MessageId: '22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324',
  TopicArn: TOPIC,
  Subject: 'My First Message',
  Message: 'Hello world!\nsecond line',
  Timestamp: '2012-05-02T00:54:06.655Z',
  SignatureVersion: '1',
  SigningCertURL: CERT_URL,
  UnsubscribeURL: 'https://sns.us-west-2.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=x',
};

const confirmation: UnsignedSnsMessage = {
  Type: 'SubscriptionConfirmation',
  MessageId: '165545c9-2a5c-472c-8df2-7ff2be2b3b1b',
  Token: '2336412f37fb687f5d51e6e241d09c805a5a57b30d712f794cc5f6a988666d92768dd60a747ba6f3beb71854e285d6ad02428b09ceece29417f1f02d609c582afbacc99c583a916b9981dd2728f4ae6fdb82efd087cc3b7849e05798d2d2785c03b0879594eeac82c01f235d0e717736',
  TopicArn: TOPIC,
  Message: 'You have chosen to subscribe to the topic.',
  SubscribeURL: 'https://sns.us-west-2.amazonaws.com/?Action=ConfirmSubscription&TopicArn=x&Token=y',
  Timestamp: '2012-04-26T20:45:04.751Z',
  SignatureVersion: '1',
  SigningCertURL: CERT_URL,
};

describe('snsStringToSign', () => {
  it('signs a Notification as Message, MessageId, Subject, Timestamp, TopicArn, Type', () => {
    expect(snsStringToSign(notification)).toBe(
      'Message\nHello world!\nsecond line\n' +
        'MessageId\n22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324\n' +
        'Subject\nMy First Message\n' +
        'Timestamp\n2012-05-02T00:54:06.655Z\n' +
        `TopicArn\n${TOPIC}\n` +
        'Type\nNotification\n',
    );
  });

  it('leaves Subject out when the Notification has none', () => {
    const { Subject: _, ...withoutSubject } = notification as Extract<UnsignedSnsMessage, { Type: 'Notification' }>;
    expect(snsStringToSign(withoutSubject)).not.toContain('Subject');
    expect(snsStringToSign(withoutSubject)).toMatch(/^Message\n.*\nMessageId\n[^\n]+\nTimestamp\n/s);
  });

  it('signs a confirmation as Message, MessageId, SubscribeURL, Timestamp, Token, TopicArn, Type', () => {
    const names = snsStringToSign(confirmation)
      .split('\n')
      .filter((_, i) => i % 2 === 0)
      .filter(Boolean);
    expect(names).toEqual(['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type']);
    expect(snsStringToSign({ ...confirmation, Type: 'UnsubscribeConfirmation' })).toBe(
      snsStringToSign(confirmation).replace('Type\nSubscriptionConfirmation\n', 'Type\nUnsubscribeConfirmation\n'),
    );
  });
});

describe('signSnsMessage / verifySnsSignature', () => {
  it.each(['1', '2'] as const)('verifies SignatureVersion %s and refuses any changed field', async (version) => {
    const signer = await createSnsSigner(version);
    const certificate = new X509Certificate(signer.certificate);
    for (const unsigned of [notification, confirmation]) {
      const signed = signer.sign({ ...unsigned, SignatureVersion: version });
      expect(verifySnsSignature(signed, certificate)).toBe(true);
      for (const field of ['Message', 'MessageId', 'Timestamp', 'TopicArn'] as const) {
        expect(verifySnsSignature({ ...signed, [field]: `${signed[field]}x` } as SnsMessage, certificate)).toBe(false);
      }
    }
  });

  it('uses SHA1 for version 1 and SHA256 for version 2, so a relabelled signature fails', async () => {
    const signer = await createSnsSigner('1');
    const certificate = new X509Certificate(signer.certificate);
    const v1 = signer.sign(notification);
    expect(verifySnsSignature({ ...v1, SignatureVersion: '2' }, certificate)).toBe(false);
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const sha1 = sign('sha1', Buffer.from(snsStringToSign(notification)), privateKey).toString('base64');
    expect(signSnsMessage(notification, privateKey)).toBe(sha1);
  });

  it('refuses a signature checked against another key', async () => {
    const signer = await createSnsSigner('2');
    const other = new X509Certificate((await createSnsSigner('2')).certificate);
    expect(verifySnsSignature(signer.sign({ ...notification, SignatureVersion: '2' }), other)).toBe(false);
  });

  it('refuses a certificate whose key is not RSA', async () => {
    const ec = await generateTlsIdentity('127.0.0.1', 'not-rsa');
    const signature = sign('sha256', Buffer.from(snsStringToSign(notification)), ec.key).toString('base64');
    const message = { ...notification, SignatureVersion: '2', Signature: signature } as SnsMessage;
    expect(verifySnsSignature(message, new X509Certificate(ec.cert))).toBe(false);
  });
});
