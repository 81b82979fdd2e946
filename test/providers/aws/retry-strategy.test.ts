// The AWS SDK's retries under the shared policy: what the retry middleware is told to do after a
// failed attempt, by the failure as the adapter classifies it.
import { describe, expect, it } from 'vitest';
import { failureOfAttempt, sharedRetryStrategy } from '../../../src/providers/aws/retry-strategy.js';
import { ProviderError } from '../../../src/providers/errors.js';
import { retryPolicy } from '../../../src/providers/retry.js';

const NOW = Date.parse('2026-01-01T00:00:00Z');
const throttled = Object.assign(new Error('Request limit exceeded.'), { name: 'RequestLimitExceeded', $metadata: { httpStatusCode: 503 } });
const invalid = Object.assign(new Error('bad filter'), { name: 'InvalidParameterValue', $metadata: { httpStatusCode: 400 } });

describe('failureOfAttempt', () => {
  it('reads the category the adapter will report and the Retry-After the SDK parsed', () => {
    expect(failureOfAttempt({ error: throttled as never, errorType: 'THROTTLING' }, NOW)).toEqual({ category: 'THROTTLED', retryAfterMs: null });
    expect(failureOfAttempt({ error: throttled as never, errorType: 'THROTTLING', retryAfterHint: new Date(NOW + 30_000) }, NOW)).toEqual({
      category: 'THROTTLED',
      retryAfterMs: 30_000,
    });
    expect(failureOfAttempt({ error: invalid as never, errorType: 'CLIENT_ERROR' }, NOW)).toEqual({ category: 'REJECTED', retryAfterMs: null });
    expect(failureOfAttempt({ error: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }) as never, errorType: 'TRANSIENT' }, NOW).category).toBe('UNAVAILABLE');
  });

  it('never retries a request the rate limit refused before sending it', () => {
    const refusal = new ProviderError('THROTTLED', { provider: 'aws', account: '111111111111', region: 'us-east-1' }, 'DescribeInstances', 'ClientRateLimit', 'no token');
    expect(failureOfAttempt({ error: refusal as never, errorType: 'CLIENT_ERROR' }, NOW)).toMatchObject({ final: true });
  });
});

describe('sharedRetryStrategy', () => {
  const policy = retryPolicy(3, { maxRetryAfterMs: 20_000 });

  it('waits out a Retry-After the SDK would cut short, up to the policy bound', async () => {
    const strategy = sharedRetryStrategy(policy);
    const first = await strategy.acquireInitialRetryToken('');
    const hint = new Date(Date.now() + 15_000);
    const next = (await strategy.refreshRetryTokenForRetry(first, { error: throttled as never, errorType: 'THROTTLING', retryAfterHint: hint })) as unknown as {
      getRetryCount(): number;
      getRetryDelay(): number;
    };
    expect(next.getRetryCount()).toBe(1);
    expect(next.getRetryDelay()).toBeGreaterThan(14_900);
    expect(next.getRetryDelay()).toBeLessThanOrEqual(15_000);
    // Longer than the policy waits: not retried at all.
    await expect(strategy.refreshRetryTokenForRetry(first, { error: throttled as never, errorType: 'THROTTLING', retryAfterHint: new Date(Date.now() + 60_000) })).rejects.toThrow();
  });

  it('backs off with full jitter within the policy ceiling, and stops after maxAttempts', async () => {
    const strategy = sharedRetryStrategy(policy);
    let token = await strategy.acquireInitialRetryToken('');
    const delays = [];
    for (let retry = 1; retry < policy.maxAttempts; retry++) {
      token = await strategy.refreshRetryTokenForRetry(token, { error: throttled as never, errorType: 'THROTTLING' });
      delays.push((token as unknown as { getRetryDelay(): number }).getRetryDelay());
    }
    expect(delays[0]).toBeLessThan(policy.baseDelayMs);
    expect(delays[1]).toBeLessThan(policy.baseDelayMs * 2);
    await expect(strategy.refreshRetryTokenForRetry(token, { error: throttled as never, errorType: 'THROTTLING' })).rejects.toThrow();
  });

  it('does not retry what the policy does not (a rejected request)', async () => {
    const strategy = sharedRetryStrategy(policy);
    const first = await strategy.acquireInitialRetryToken('');
    await expect(strategy.refreshRetryTokenForRetry(first, { error: invalid as never, errorType: 'CLIENT_ERROR' })).rejects.toThrow();
  });
});
