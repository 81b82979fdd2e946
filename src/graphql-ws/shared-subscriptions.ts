// Identical subscriptions share one execution. Ten thousand clients subscribed to the same
// operation with the same variables would otherwise each cost the gateway a query-plan execution
// per event and the compute subgraph an upstream subscription and a GraphQL execution per event;
// here the first one runs, every identical one reads its results, and the execution stops when
// the last leaves. A subscription with its own `since` has its own variables, so its own stream.
// Shared only between callers that would see the same results (the caller's principal is part of
// the key, see src/gateway/ws-options.ts).
//
// A listener that names its socket (a Delivery) is sent each result directly: the result is
// serialised once per shared execution, and every subscriber's frame carries that one buffer
// (src/graphql-ws/outbox.ts), instead of graphql-ws serialising it again for each subscriber.
import type { ExecutionResult } from 'graphql';
import { sharedSubscriptionStreams } from '../telemetry/metrics.js';
import { outsideTraces } from '../telemetry/tracing.js';

type Result = ExecutionResult | AsyncIterable<ExecutionResult>;

/** Where a listener's results go without passing through graphql-ws: its subscription's `next` messages. */
export interface Delivery {
  sendNext(payload: Buffer): void;
}

export class SharedSubscriptions {
  private readonly streams = new Map<string, SharedStream>();

  /** Identical (key) callers share what `start` returns; a non-stream result is not shared. */
  async join(key: string, start: () => Promise<Result> | Result, delivery?: Delivery): Promise<Result> {
    let stream = this.streams.get(key);
    if (!stream) {
      // Its own execution, in no caller's trace: it outlives the caller who happened to start it.
      stream = new SharedStream(Promise.resolve().then(() => outsideTraces(start)), () => {
        this.streams.delete(key);
        sharedSubscriptionStreams.dec();
      });
      this.streams.set(key, stream);
      sharedSubscriptionStreams.inc();
    }
    return stream.listen(delivery);
  }

  /** Executions running now (one per distinct subscription). */
  get size(): number {
    return this.streams.size;
  }
}

class SharedStream {
  private readonly listeners = new Set<Listener>();
  private source: AsyncIterator<ExecutionResult> | undefined;
  private ended = false;

  constructor(
    private readonly started: Promise<Result>,
    private readonly onEnd: () => void,
  ) {
    started.then(
      (result) => this.pump(result),
      () => this.finish(),
    );
  }

  async listen(delivery?: Delivery): Promise<Result> {
    const result = await this.started;
    if (!isAsyncIterable(result)) return result;
    if (this.ended) return emptyStream();
    const listener = new Listener(() => this.leave(listener), delivery);
    this.listeners.add(listener);
    return listener;
  }

  private async pump(result: Result): Promise<void> {
    if (!isAsyncIterable(result)) {
      this.finish(); // an error result: the next identical caller starts afresh
      return;
    }
    this.source = result[Symbol.asyncIterator]();
    try {
      for (;;) {
        const next = await this.source.next();
        if (next.done) break;
        const payload = new WirePayload(next.value);
        for (const listener of this.listeners) listener.push(next.value, payload);
      }
      for (const listener of this.listeners) listener.end();
    } catch (error) {
      for (const listener of this.listeners) listener.fail(error);
    } finally {
      this.finish();
    }
  }

  private leave(listener: Listener): void {
    this.listeners.delete(listener);
    if (this.listeners.size === 0 && !this.ended) {
      this.finish();
      void this.source?.return?.();
    }
  }

  private finish(): void {
    if (this.ended) return;
    this.ended = true;
    this.onEnd();
  }
}

/**
 * One caller's view of a shared stream. Its queue only holds what arrived within one turn: the
 * caller's sends never wait. With a Delivery, results go straight to the socket — but only once
 * graphql-ws has asked for the first one, which it does once the subscription stands (a client
 * may complete it while it starts); what came before that goes first, in order.
 */
class Listener implements AsyncIterableIterator<ExecutionResult> {
  private readonly queue: { result: ExecutionResult; payload: WirePayload }[] = [];
  private waiter: { resolve: (r: IteratorResult<ExecutionResult>) => void; reject: (e: unknown) => void } | undefined;
  private done = false;
  private failure: { error: unknown } | undefined;
  private direct = false;

  constructor(
    private readonly onLeave: () => void,
    private readonly delivery?: Delivery,
  ) {}

  push(result: ExecutionResult, payload: WirePayload): void {
    if (this.done) return;
    if (this.direct) {
      this.delivery!.sendNext(payload.bytes());
      return;
    }
    const waiter = this.waiter;
    this.waiter = undefined;
    if (waiter) waiter.resolve({ value: result, done: false });
    else this.queue.push({ result, payload });
  }

  end(): void {
    this.done = true;
    this.waiter?.resolve({ value: undefined, done: true });
    this.waiter = undefined;
  }

  fail(error: unknown): void {
    this.done = true;
    if (this.waiter) this.waiter.reject(error);
    else this.failure = { error };
    this.waiter = undefined;
  }

  next(): Promise<IteratorResult<ExecutionResult>> {
    if (this.delivery && !this.direct && !this.done) {
      this.direct = true;
      for (const { payload } of this.queue.splice(0)) this.delivery.sendNext(payload.bytes());
    }
    const value = this.queue.shift()?.result;
    if (value) return Promise.resolve({ value, done: false });
    if (this.failure) return Promise.reject(this.failure.error);
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => {
      this.waiter = { resolve, reject };
    });
  }

  return(): Promise<IteratorResult<ExecutionResult>> {
    if (!this.done) {
      this.end();
      this.onLeave();
    }
    this.queue.length = 0;
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}

/** A result as graphql-ws puts it in a `next` message, serialised on first use and then reused. */
class WirePayload {
  private serialised: Buffer | undefined;

  constructor(private readonly result: ExecutionResult) {}

  bytes(): Buffer {
    // graphql-ws's shape: the result as it is (each error by its toJSON; no `errors` when none).
    this.serialised ??= Buffer.from(JSON.stringify(this.result));
    return this.serialised;
  }
}

function isAsyncIterable(value: unknown): value is AsyncIterable<ExecutionResult> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

async function* emptyStream(): AsyncGenerator<ExecutionResult> {}
