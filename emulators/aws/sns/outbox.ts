// Deliveries under way: one queue per subscription, so an endpoint receives a topic's messages in
// publish order even while one of them waits to be retried; settled() waits for all of them and
// close() cancels the waiting ones (they are logged as dropped).
import type { SnsMessage } from './message.js';
import { deliverWithRetry, type RetryPolicy } from '../../kit/push-delivery.js';
import { snsPushRequest, type SnsDeliveryLog, type SnsDeliveryRecord } from './delivery.js';
import type { SnsSubscription } from './subscriptions.js';

export class SnsOutbox {
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly cancellation = new AbortController();

  constructor(
    private readonly policy: RetryPolicy,
    private readonly log: SnsDeliveryLog,
  ) {}

  send(subscription: SnsSubscription, message: SnsMessage): Promise<SnsDeliveryRecord> {
    const { endpoint, arn } = subscription;
    this.log.started();
    const run = async () =>
      this.log.record(endpoint, message, await deliverWithRetry(endpoint, snsPushRequest(message, arn), this.policy, this.cancellation.signal));
    const previous = this.queues.get(arn) ?? Promise.resolve();
    const sending = previous.then(run, run);
    this.queues.set(arn, sending);
    this.inFlight.add(sending);
    const done = () => {
      this.inFlight.delete(sending);
      if (this.queues.get(arn) === sending) this.queues.delete(arn);
    };
    sending.then(done, done);
    return sending;
  }

  async settled(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  async close(): Promise<void> {
    this.cancellation.abort();
    await this.settled();
  }
}
