// The one retry policy for provider calls, every cloud: GCP's REST transport uses it directly, the
// AWS SDK through a retry strategy (aws/retry-strategy.ts) and Azure's pipelines through a retry
// policy (azure/retry-policy.ts) that replace the SDKs' own. Provider-neutral: the caller says
// what a failure means (a ProviderError category, and the wait the server asked for), this
// decides whether and when to try again:
//   - bounded: at most `maxAttempts` attempts in all, the first included;
//   - only THROTTLED and UNAVAILABLE are retried; anything else fails at once;
//   - a Retry-After the server sent is honoured (a wait longer than `maxRetryAfterMs` is not
//     waited out: the call fails, throttled, instead of holding a request for minutes);
//   - otherwise exponential backoff with full jitter: a random wait in
//     [0, min(maxDelayMs, baseDelayMs · 2^(retry − 1))].
import type { ProviderErrorCategory } from './errors.js';

export interface RetryPolicy {
  /** Attempts in all, including the first (≥ 1). */
  maxAttempts: number;
  /** The backoff ceiling of the first retry. */
  baseDelayMs: number;
  /** The backoff ceiling never grows past this. */
  maxDelayMs: number;
  /** A server-requested wait longer than this is not waited out. */
  maxRetryAfterMs: number;
}

/** Longest one attempt waits for its answer on every cloud; past it the attempt fails as a dropped connection would, and is retried. */
export const ATTEMPT_TIMEOUT_MS = 30_000;

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 3,
  baseDelayMs: 200,
  maxDelayMs: 5_000,
  maxRetryAfterMs: 20_000,
};

/** What one failed attempt means. */
export interface FailureInfo {
  category: ProviderErrorCategory;
  /** The wait the server asked for (Retry-After), in ms; null when it asked for none. */
  retryAfterMs: number | null;
  /** Never retried, whatever the category: a request refused before it was sent (no rate-limit token in time). */
  final?: boolean;
}

export interface RetryHooks {
  /** Classifies a failed attempt (through the provider's own error classification). */
  classify(error: unknown): FailureInfo;
  /** Called before each wait, with the attempt that just failed (1-based). */
  onRetry?(event: { attempt: number; delayMs: number; failure: FailureInfo; error: unknown }): void;
  sleep?(ms: number): Promise<void>;
  /** Uniform in [0, 1); Math.random by default. */
  random?(): number;
}

export function isRetryable(category: ProviderErrorCategory): boolean {
  return category === 'THROTTLED' || category === 'UNAVAILABLE';
}

/** The jittered backoff before retry number `retry` (1 = the first retry). */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(random() * ceiling);
}

/**
 * A Retry-After header value in ms: delta-seconds ("120") or an HTTP date; null when absent or
 * unreadable. A date in the past means "now" (0).
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | null {
  if (value === null || value === undefined) return null;
  const text = value.trim();
  if (text === '') return null;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const at = Date.parse(text);
  return Number.isFinite(at) ? Math.max(0, at - now) : null;
}

/** The wait before the next attempt, or null when the failure must not be retried. */
export function nextDelay(attempt: number, failure: FailureInfo, policy: RetryPolicy, random: () => number = Math.random): number | null {
  if (failure.final || !isRetryable(failure.category) || attempt >= policy.maxAttempts) return null;
  if (failure.retryAfterMs !== null) return failure.retryAfterMs <= policy.maxRetryAfterMs ? failure.retryAfterMs : null;
  return backoffDelay(attempt, policy, random);
}

/** Runs `attempt` until it succeeds, fails for good, or the attempts run out; rethrows the last error. */
export async function withRetries<T>(attempt: (n: number) => Promise<T>, policy: RetryPolicy, hooks: RetryHooks): Promise<T> {
  const sleep = hooks.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (error) {
      const failure = hooks.classify(error);
      const delayMs = nextDelay(n, failure, policy, hooks.random);
      if (delayMs === null) throw error;
      hooks.onRetry?.({ attempt: n, delayMs, failure, error });
      if (delayMs > 0) await sleep(delayMs);
    }
  }
}

/** The policy for a configured attempt count, with the default timings. */
export function retryPolicy(maxAttempts: number, overrides: Partial<Omit<RetryPolicy, 'maxAttempts'>> = {}): RetryPolicy {
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new Error(`maxAttempts must be a positive integer, got ${maxAttempts}`);
  return { ...DEFAULT_RETRY_POLICY, ...overrides, maxAttempts };
}
