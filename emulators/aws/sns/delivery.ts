// What the emulator's SNS POSTs to an HTTP(S) subscription — SNS's headers and the JSON message —
// and the log of what came of each delivery. The POST, its retries and backoff are the emulators'
// shared push delivery; SNS's default policy for HTTP/S is 3 retries after the first attempt.
import type { SnsMessage } from './message.js';
import { DEFAULT_PUSH_RETRY, type DeliveryOutcome, type PushRequest, type PushStats, type RetryPolicy } from '../../kit/push-delivery.js';

export const DEFAULT_SNS_RETRY: RetryPolicy = { ...DEFAULT_PUSH_RETRY, maxAttempts: 4 };

/** SNS names the subscription in a header on everything but the SubscriptionConfirmation. */
export function snsPushRequest(message: SnsMessage, subscriptionArn: string): PushRequest {
  return {
    headers: {
      'content-type': 'text/plain; charset=UTF-8',
      'user-agent': 'Amazon Simple Notification Service Agent',
      'x-amz-sns-message-type': message.Type,
      'x-amz-sns-message-id': message.MessageId,
      'x-amz-sns-topic-arn': message.TopicArn,
      ...(message.Type === 'SubscriptionConfirmation' ? {} : { 'x-amz-sns-subscription-arn': subscriptionArn }),
    },
    body: JSON.stringify(message, null, 2),
  };
}

export interface SnsDeliveryRecord {
  messageId: string;
  type: SnsMessage['Type'];
  topicArn: string;
  endpoint: string;
  attempts: number;
  delivered: boolean;
  /** "HTTP <status>" of the answer that ended it, or why no answer came ("cancelled" on close). */
  result: string;
}

const LOG_SIZE = 1000;

export class SnsDeliveryLog {
  readonly stats: PushStats = { sent: 0, delivered: 0, retries: 0, dropped: 0 };
  private list: SnsDeliveryRecord[] = [];

  started(): void {
    this.stats.sent += 1;
  }

  record(endpoint: string, message: SnsMessage, outcome: DeliveryOutcome): SnsDeliveryRecord {
    const entry: SnsDeliveryRecord = {
      messageId: message.MessageId,
      type: message.Type,
      topicArn: message.TopicArn,
      endpoint,
      attempts: outcome.attempts,
      delivered: outcome.delivered,
      result: outcome.delivered ? `HTTP ${outcome.status}` : outcome.reason,
    };
    this.list.push(entry);
    if (this.list.length > LOG_SIZE) this.list.shift();
    this.stats[outcome.delivered ? 'delivered' : 'dropped'] += 1;
    this.stats.retries += Math.max(outcome.attempts - 1, 0);
    return { ...entry };
  }

  /** The latest deliveries (at most 1000), oldest first. */
  entries(): SnsDeliveryRecord[] {
    return this.list.map((e) => ({ ...e }));
  }

  reset(): void {
    this.list = [];
    Object.assign(this.stats, { sent: 0, delivered: 0, retries: 0, dropped: 0 });
  }
}
