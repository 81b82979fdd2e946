// HTTP(S) subscriptions to the emulator's topics: created pending with a token, confirmed when
// the endpoint visits its SubscribeURL (ConfirmSubscription with that token), deleted on
// unsubscribe. Only confirmed subscriptions receive notifications, as in SNS.
import { randomBytes, randomUUID } from 'node:crypto';

export interface SnsSubscription {
  readonly arn: string;
  readonly topicArn: string;
  readonly endpoint: string;
  readonly token: string;
  confirmed: boolean;
  /** Resolves when the subscription is confirmed. */
  readonly confirmation: Promise<void>;
}

export class SnsSubscriptions {
  private readonly byArn = new Map<string, SnsSubscription>();
  private readonly confirmers = new Map<string, () => void>();

  create(topicArn: string, endpoint: string): SnsSubscription {
    let confirm!: () => void;
    const confirmation = new Promise<void>((resolve) => (confirm = resolve));
    const subscription: SnsSubscription = {
      arn: `${topicArn}:${randomUUID()}`,
      topicArn,
      endpoint,
      token: randomBytes(64).toString('hex'),
      confirmed: false,
      confirmation,
    };
    this.byArn.set(subscription.arn, subscription);
    this.confirmers.set(subscription.arn, confirm);
    return subscription;
  }

  /** ConfirmSubscription: the subscription the token belongs to, now confirmed; undefined if none. */
  confirm(topicArn: string, token: string): SnsSubscription | undefined {
    const subscription = [...this.byArn.values()].find((s) => s.topicArn === topicArn && s.token === token);
    if (!subscription) return undefined;
    subscription.confirmed = true;
    this.confirmers.get(subscription.arn)?.();
    return subscription;
  }

  remove(arn: string): SnsSubscription | undefined {
    const subscription = this.byArn.get(arn);
    this.byArn.delete(arn);
    this.confirmers.delete(arn);
    return subscription;
  }

  confirmedTo(topicArn: string): SnsSubscription[] {
    return [...this.byArn.values()].filter((s) => s.confirmed && s.topicArn === topicArn);
  }

  all(): SnsSubscription[] {
    return [...this.byArn.values()];
  }
}
