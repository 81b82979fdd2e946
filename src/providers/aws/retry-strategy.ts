// The AWS SDK's retries, under FleetGraph's one retry policy (../retry.ts). The SDK's standard
// strategy differs: it waits out a Retry-After only up to its own backoff + 5 s, starts throttled
// backoff at 1 s, and caps at 20 s. This RetryStrategyV2 takes the SDK's place in every client:
// the retry middleware still drives the loop (one attempt per pass, each through the rate-limit
// and counting middlewares), this only decides whether and how long to wait — with the failure
// classified as the adapter will report it (classifyAwsError), Retry-After (the SDK's
// retryAfterHint, from `retry-after` or `x-amz-retry-after`) honoured, full jitter otherwise.
import type { EC2ClientConfig } from '@aws-sdk/client-ec2';
import { ProviderError } from '../errors.js';
import { nextDelay, type FailureInfo, type RetryPolicy } from '../retry.js';
import { classifyAwsError } from './errors.js';

type RetryStrategyV2 = Extract<NonNullable<EC2ClientConfig['retryStrategy']>, { refreshRetryTokenForRetry: unknown }>;
type RetryErrorInfo = Parameters<RetryStrategyV2['refreshRetryTokenForRetry']>[1];

interface AttemptToken {
  /** Retries made so far (0 before the first retry). */
  getRetryCount(): number;
  /** The wait before the attempt this token allows. */
  getRetryDelay(): number;
}

const token = (retries: number, delayMs: number): AttemptToken => ({ getRetryCount: () => retries, getRetryDelay: () => delayMs });

/** What one failed attempt means under the shared policy. */
export function failureOfAttempt(info: RetryErrorInfo, now: number = Date.now()): FailureInfo {
  // Refused before it was sent (no rate-limit token in time): retrying would only wait again.
  if (info.error instanceof ProviderError) return { category: info.error.category, retryAfterMs: null, final: true };
  // The SDK's TRANSIENT: timeouts, reset connections, a request re-signed after clock skew.
  const category = info.errorType === 'TRANSIENT' ? 'UNAVAILABLE' : classifyAwsError(info.error).category;
  const retryAfterMs = info.retryAfterHint instanceof Date ? Math.max(0, info.retryAfterHint.getTime() - now) : null;
  return { category, retryAfterMs };
}

export function sharedRetryStrategy(policy: RetryPolicy): RetryStrategyV2 {
  return {
    async acquireInitialRetryToken() {
      return token(0, 0);
    },
    async refreshRetryTokenForRetry(previous, info) {
      const retries = (previous as AttemptToken).getRetryCount();
      const delayMs = nextDelay(retries + 1, failureOfAttempt(info), policy);
      // Thrown back to the retry middleware, which then fails the command with the attempt's error.
      if (delayMs === null) throw new Error('not retried under the retry policy');
      return token(retries + 1, delayMs);
    },
    recordSuccess() {},
  } as RetryStrategyV2;
}
