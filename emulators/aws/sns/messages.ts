// The signed JSON documents SNS POSTs to an HTTP(S) subscription, with the URLs that point back
// at the emulator's SNS host: SigningCertURL, SubscribeURL (ConfirmSubscription) and
// UnsubscribeURL (Unsubscribe).
import { randomUUID } from 'node:crypto';
import type { SnsMessage } from './message.js';
import type { SnsSigner } from './signing.js';
import type { SnsSubscription } from './subscriptions.js';

export class SnsMessages {
  constructor(
    /** https://HOST:PORT of the emulator's SNS host. */
    private readonly baseUrl: string,
    private readonly signer: SnsSigner,
    private readonly now: () => Date,
  ) {}

  get signingCertUrl(): string {
    return `${this.baseUrl}${this.signer.certificatePath}`;
  }

  notification(subscription: SnsSubscription, message: string): SnsMessage {
    return this.signer.sign({
      Type: 'Notification',
      ...this.envelope(subscription, message),
      UnsubscribeURL: this.action('Unsubscribe', { SubscriptionArn: subscription.arn }),
    });
  }

  subscriptionConfirmation(subscription: SnsSubscription): SnsMessage {
    const message =
      `You have chosen to subscribe to the topic ${subscription.topicArn}.\n` +
      'To confirm the subscription, visit the SubscribeURL included in this message.';
    return this.signer.sign({ Type: 'SubscriptionConfirmation', ...this.envelope(subscription, message), ...this.confirmFields(subscription) });
  }

  unsubscribeConfirmation(subscription: SnsSubscription): SnsMessage {
    const message =
      `You have chosen to deactivate subscription ${subscription.arn}.\n` +
      'To cancel this operation and restore the subscription, visit the SubscribeURL included in this message.';
    return this.signer.sign({ Type: 'UnsubscribeConfirmation', ...this.envelope(subscription, message), ...this.confirmFields(subscription) });
  }

  private envelope(subscription: SnsSubscription, message: string) {
    return {
      MessageId: randomUUID(),
      TopicArn: subscription.topicArn,
      Message: message,
      Timestamp: this.now().toISOString(),
      SignatureVersion: this.signer.signatureVersion,
      SigningCertURL: this.signingCertUrl,
    };
  }

  private confirmFields(subscription: SnsSubscription) {
    return {
      Token: subscription.token,
      SubscribeURL: this.action('ConfirmSubscription', { TopicArn: subscription.topicArn, Token: subscription.token }),
    };
  }

  private action(action: string, params: Record<string, string>): string {
    return `${this.baseUrl}/?${new URLSearchParams({ Action: action, ...params }).toString()}`;
  }
}
