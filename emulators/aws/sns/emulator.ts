// The emulator's SNS: one topic per account and region that EventBridge's EC2 state-change rule
// feeds, HTTP(S) subscriptions confirmed the way SNS confirms them, and every state change of the
// fleet delivered to each confirmed subscription as a signed Notification. Its own HTTPS host
// serves the signing certificate and the SubscribeURL/UnsubscribeURL actions.
import type { Fleet } from '../../fleet.js';
import type { SnsSignatureVersion } from './message.js';
import { generateTlsIdentity } from '../../kit/tls.js';
import type { PushStats, RetryPolicy } from '../../kit/push-delivery.js';
import { DEFAULT_SNS_RETRY, SnsDeliveryLog } from './delivery.js';
import { ec2StateChangeEventJson } from './ec2-event.js';
import { SnsMessages } from './messages.js';
import { SnsOutbox } from './outbox.js';
import { startSnsHostServer } from './server.js';
import { createSnsSigner } from './signing.js';
import { SnsSubscriptions, type SnsSubscription } from './subscriptions.js';

export const SNS_TOPIC_NAME = 'fleetgraph-ec2-state-change';

export interface SnsEmulatorOptions {
  /** SignatureVersion of every message: '1' SHA1withRSA (SNS's default) or '2' SHA256withRSA. */
  signatureVersion?: SnsSignatureVersion;
  /** Attempts and backoff of each delivery; SNS's default is 3 retries (DEFAULT_SNS_RETRY). */
  retry?: Partial<RetryPolicy>;
  /** How long subscribe() waits, once the endpoint accepted a confirmation, for it to visit the SubscribeURL. Default 5000 ms. */
  confirmTimeoutMs?: number;
}

export interface AwsSns {
  /** https://HOST:PORT of the SNS host (SigningCertURL, SubscribeURL, UnsubscribeURL). */
  url: string;
  /** One topic per account × region: arn:aws:sns:<region>:<account>:fleetgraph-ec2-state-change. */
  topicArns: string[];
  /** PEM of the SNS host's TLS certificate: what a receiver must trust to fetch from it. */
  caCertificate: string;
  /** Matches the SNS host's name, for the receiver's trustedHostPattern. */
  trustedHostPattern: string;
  topicArnOf(account: string, region: string): string;
  /**
   * Subscribes an http(s) endpoint to every topic: sends each a signed SubscriptionConfirmation and
   * resolves once every one was confirmed through its SubscribeURL; rejects (and drops those
   * subscriptions) when the endpoint refuses or does not confirm.
   */
  subscribe(endpointUrl: string): Promise<void>;
  /** Deletes every subscription; confirmed ones get a signed UnsubscribeConfirmation. */
  unsubscribe(): void;
  /** SNS Publish: `message` to every confirmed subscription of the topic (fleet changes go this way). */
  publish(topicArn: string, message: string): void;
  /** Deliveries started, delivered, retried and dropped. */
  readonly stats: PushStats;
  /** The latest deliveries, one record each. */
  deliveries: SnsDeliveryLog;
  /** Resolves once every delivery started so far (and any started meanwhile) has been delivered or dropped. */
  settled(): Promise<void>;
}

export interface SnsEmulator extends AwsSns {
  close(): Promise<void>;
}

export async function startSnsEmulator(fleet: Fleet, host: string, options: SnsEmulatorOptions = {}): Promise<SnsEmulator> {
  const confirmTimeoutMs = options.confirmTimeoutMs ?? 5000;
  const [tls, signer] = await Promise.all([generateTlsIdentity(host, 'fleetgraph-aws-sns-emulator'), createSnsSigner(options.signatureVersion ?? '1')]);
  const subscriptions = new SnsSubscriptions();
  const deliveries = new SnsDeliveryLog();
  const outbox = new SnsOutbox({ ...DEFAULT_SNS_RETRY, ...options.retry }, deliveries);

  const server = await startSnsHostServer(host, tls, {
    certificatePath: signer.certificatePath,
    certificate: signer.certificate,
    confirmSubscription: (topicArn, token) => subscriptions.confirm(topicArn, token),
    unsubscribe: (arn) => removeSubscription(arn),
  });
  const url = server.url;
  const messages = new SnsMessages(url, signer, () => fleet.now());
  const topicArnOf = (account: string, region: string) => `arn:aws:sns:${region}:${account}:${SNS_TOPIC_NAME}`;
  const topicArns = fleet.aws.scopes().map((s) => topicArnOf(s.account, s.region));

  function removeSubscription(arn: string): SnsSubscription | undefined {
    const subscription = subscriptions.remove(arn);
    if (subscription?.confirmed) void outbox.send(subscription, messages.unsubscribeConfirmation(subscription));
    return subscription;
  }

  async function confirmed(subscription: SnsSubscription): Promise<void> {
    const record = await outbox.send(subscription, messages.subscriptionConfirmation(subscription));
    const what = `${subscription.endpoint} for ${subscription.topicArn}`;
    if (!record.delivered) throw new Error(`SubscriptionConfirmation to ${what} failed after ${record.attempts} attempts: ${record.result}`);
    await within(subscription.confirmation, confirmTimeoutMs, `${what} accepted the SubscriptionConfirmation but did not visit its SubscribeURL`);
  }

  function publish(topicArn: string, message: string): void {
    if (!topicArns.includes(topicArn)) throw new Error(`Topic does not exist: ${topicArn}`);
    for (const subscription of subscriptions.confirmedTo(topicArn)) void outbox.send(subscription, messages.notification(subscription, message));
  }

  const stopListening = fleet.aws.onInstanceStateChange((change) => {
    const topicArn = topicArnOf(change.account, change.region);
    if (subscriptions.confirmedTo(topicArn).length > 0) publish(topicArn, ec2StateChangeEventJson(change));
  });

  return {
    url,
    topicArns,
    caCertificate: tls.cert,
    trustedHostPattern: `^${escapeRegExp(new URL(url).hostname)}$`,
    topicArnOf,
    async subscribe(endpointUrl) {
      const endpoint = new URL(endpointUrl);
      if (endpoint.protocol !== 'http:' && endpoint.protocol !== 'https:') throw new Error(`SNS endpoints are http or https URLs, got ${endpoint.protocol}`);
      // As in SNS, subscribing an endpoint again to a topic it is confirmed on changes nothing.
      const isNew = (topicArn: string) => !subscriptions.confirmedTo(topicArn).some((s) => s.endpoint === endpoint.href);
      const created = topicArns.filter(isNew).map((topicArn) => subscriptions.create(topicArn, endpoint.href));
      const failures = (await Promise.allSettled(created.map(confirmed))).filter((r) => r.status === 'rejected');
      if (failures.length > 0) {
        for (const subscription of created) subscriptions.remove(subscription.arn);
        throw new Error(failures.map((f) => String((f.reason as Error).message)).join('; '));
      }
    },
    unsubscribe() {
      for (const subscription of subscriptions.all()) removeSubscription(subscription.arn);
    },
    publish,
    stats: deliveries.stats,
    deliveries,
    settled: () => outbox.settled(),
    async close() {
      stopListening();
      await outbox.close();
      await server.close();
    },
  };
}

function within<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${message} within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
