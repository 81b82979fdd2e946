// One subscriber's side of a bus: an async iterator over events, fed by the bus. It owns the
// replay/live seam: live events offered while the replay is being fetched are held back, then
// the replay and the held events are delivered in id order, each id at most once (anything not
// after the last delivered id is dropped), so nothing is missed or repeated at the seam.
import { compareEventIds, type VmEvent } from './vm-event.js';

/** The subscriber did not keep up: more than `maxQueued` events waited for it. Resume with `since`. */
export class SubscriberOverflowError extends Error {
  constructor(readonly lastId: string) {
    super(`event subscriber fell too far behind; resubscribe with since=${lastId}`);
    this.name = 'SubscriberOverflowError';
  }
}

export class EventSubscription implements AsyncIterableIterator<VmEvent> {
  /** Resolves once the subscription is live; rejects if it could not be started. */
  readonly ready: Promise<void>;
  private resolveReady!: () => void;
  private rejectReady!: (err: Error) => void;
  private lastId = '0-0';
  private replaying = true;
  private held: VmEvent[] = [];
  private queue: VmEvent[] = [];
  private waiter: { resolve: (r: IteratorResult<VmEvent>) => void; reject: (err: Error) => void } | undefined;
  private finished = false;
  private failure: Error | undefined;
  private readonly onAbort = (): void => this.end();

  constructor(
    private readonly onEnd: (subscription: EventSubscription) => void,
    private readonly signal?: AbortSignal,
    private readonly maxQueued = 10_000,
  ) {
    this.ready = new Promise<void>((resolve, reject) => {
      this.resolveReady = resolve;
      this.rejectReady = reject;
    });
    this.ready.catch(() => {}); // a caller that never awaits it is told through the iterator
    if (signal?.aborted) queueMicrotask(() => this.end());
    else signal?.addEventListener('abort', this.onAbort, { once: true });
  }

  get closed(): boolean {
    return this.finished;
  }

  /** A live event from the bus. */
  offer(event: VmEvent): void {
    if (this.finished) return;
    if (this.replaying) this.held.push(event);
    else this.deliver(event);
  }

  /** Ends the replay: `after` is where delivery starts (exclusive), `replayed` the retained events after it. */
  goLive(after: string, replayed: readonly VmEvent[]): void {
    if (this.finished || !this.replaying) return;
    this.lastId = after;
    this.replaying = false;
    for (const event of replayed) this.deliver(event);
    const held = this.held;
    this.held = [];
    for (const event of held) this.deliver(event);
    this.resolveReady();
  }

  /** Ends the subscription with an error, thrown by the iterator's next call. */
  fail(err: Error): void {
    if (this.finished) return;
    this.failure = err;
    this.rejectReady(err);
    this.finish();
  }

  /** Ends the subscription; the iterator finishes. */
  end(): void {
    if (this.finished) return;
    this.rejectReady(new Error('subscription ended before it was live'));
    this.finish();
  }

  next(): Promise<IteratorResult<VmEvent>> {
    const event = this.queue.shift();
    if (event) return Promise.resolve({ value: event, done: false });
    if (this.failure) {
      const failure = this.failure;
      this.failure = undefined;
      return Promise.reject(failure);
    }
    if (this.finished) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => {
      this.waiter = { resolve, reject };
    });
  }

  return(): Promise<IteratorResult<VmEvent>> {
    this.end();
    this.failure = undefined;
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private deliver(event: VmEvent): void {
    if (compareEventIds(event.id, this.lastId) <= 0) return;
    const waiter = this.waiter;
    if (waiter) {
      this.lastId = event.id;
      this.waiter = undefined;
      waiter.resolve({ value: event, done: false });
      return;
    }
    if (this.queue.length >= this.maxQueued) {
      // The queued events are still handed out; then the error says where to resume.
      this.fail(new SubscriberOverflowError(this.lastId));
      return;
    }
    this.lastId = event.id;
    this.queue.push(event);
  }

  private finish(): void {
    this.finished = true;
    this.held = [];
    if (this.failure === undefined || !(this.failure instanceof SubscriberOverflowError)) this.queue = [];
    this.signal?.removeEventListener('abort', this.onAbort);
    const waiter = this.waiter;
    this.waiter = undefined;
    if (waiter) {
      if (this.failure) {
        const failure = this.failure;
        this.failure = undefined;
        waiter.reject(failure);
      } else waiter.resolve({ value: undefined, done: true });
    }
    this.onEnd(this);
  }
}
