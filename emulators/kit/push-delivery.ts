// Pushes from an emulator to a subscriber's endpoint, delivered the way the clouds do it (Event
// Grid, Pub/Sub, SNS): POST, retried with exponential backoff on 5xx, 429, timeouts and
// connection failures a bounded number of times, then dropped. The clouds' schedules run for
// hours; the emulators' are short so that tests see the outcome quickly.

export interface PushRequest {
  headers: Record<string, string>;
  body: string;
}

export interface RetryPolicy {
  /** Attempts in all, including the first. */
  maxAttempts: number;
  /** Wait before the second attempt; doubled for each one after, up to maxDelayMs. */
  initialDelayMs: number;
  maxDelayMs: number;
  /** Longest one attempt may take. */
  timeoutMs: number;
}

export const DEFAULT_PUSH_RETRY: RetryPolicy = { maxAttempts: 5, initialDelayMs: 25, maxDelayMs: 400, timeoutMs: 5_000 };

export type DeliveryOutcome =
  | { delivered: true; attempts: number; status: number; body: string }
  | { delivered: false; attempts: number; reason: string };

/**
 * POSTs to `url` until it answers 2xx, answers a status not worth retrying, runs out of attempts
 * or `signal` aborts. `request` may depend on the attempt (1-based): Event Grid counts deliveries
 * in a header.
 */
export async function deliverWithRetry(
  url: string,
  request: PushRequest | ((attempt: number) => PushRequest),
  policy: RetryPolicy = DEFAULT_PUSH_RETRY,
  signal?: AbortSignal,
): Promise<DeliveryOutcome> {
  let reason = 'no attempt made';
  for (let attempt = 1; attempt <= policy.maxAttempts; attempt++) {
    if (signal?.aborted) return { delivered: false, attempts: attempt - 1, reason: 'cancelled' };
    if (attempt > 1 && !(await backoff(policy, attempt, signal))) return { delivered: false, attempts: attempt - 1, reason: 'cancelled' };
    const { headers, body } = typeof request === 'function' ? request(attempt) : request;
    try {
      const timeout = AbortSignal.timeout(policy.timeoutMs);
      const response = await fetch(url, { method: 'POST', headers, body, redirect: 'manual', signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
      const text = await response.text();
      if (response.status >= 200 && response.status < 300) return { delivered: true, attempts: attempt, status: response.status, body: text };
      reason = `HTTP ${response.status}`;
      if (!isRetryable(response.status)) return { delivered: false, attempts: attempt, reason };
    } catch (error) {
      if (signal?.aborted) return { delivered: false, attempts: attempt, reason: 'cancelled' };
      reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    }
  }
  return { delivered: false, attempts: policy.maxAttempts, reason };
}

function isRetryable(status: number): boolean {
  return status >= 500 || status === 429 || status === 408;
}

/** Waits before `attempt`; false when `signal` aborted the wait. */
function backoff(policy: RetryPolicy, attempt: number, signal: AbortSignal | undefined): Promise<boolean> {
  const ms = Math.min(policy.initialDelayMs * 2 ** (attempt - 2), policy.maxDelayMs);
  return new Promise((resolve) => {
    const done = (completed: boolean) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      resolve(completed);
    };
    const onAbort = () => done(false);
    const timer = setTimeout(() => done(true), ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** What an emulator's pushes came to so far. */
export interface PushStats {
  /** Pushes started. */
  sent: number;
  delivered: number;
  /** Attempts after the first, over all pushes. */
  retries: number;
  /** Pushes given up on (out of attempts, refused, or cancelled by unsubscribe/close). */
  dropped: number;
}

/**
 * An emulator's pushes in flight: started without waiting, counted, and cancelled all at once
 * when the subscription ends or the emulator closes.
 */
export class PushOutbox {
  readonly stats: PushStats = { sent: 0, delivered: 0, retries: 0, dropped: 0 };
  private readonly pending = new Set<Promise<void>>();
  private cancellation = new AbortController();

  constructor(private readonly policy: RetryPolicy = DEFAULT_PUSH_RETRY) {}

  send(url: string, request: PushRequest | ((attempt: number) => PushRequest)): void {
    this.stats.sent++;
    const delivery = deliverWithRetry(url, request, this.policy, this.cancellation.signal).then((outcome) => {
      this.stats.retries += Math.max(outcome.attempts - 1, 0);
      if (outcome.delivered) this.stats.delivered++;
      else this.stats.dropped++;
    });
    this.pending.add(delivery);
    void delivery.finally(() => this.pending.delete(delivery));
  }

  /** Resolves once every push started so far (and any started meanwhile) has finished. */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  /** Cancels every push in flight (they count as dropped); later sends go out normally. */
  cancelAll(): void {
    this.cancellation.abort();
    this.cancellation = new AbortController();
  }
}
