// The shared retry policy: bounded attempts, only THROTTLED/UNAVAILABLE, Retry-After honoured,
// exponential backoff with full jitter.
import { describe, expect, it } from 'vitest';
import { ProviderError, type ProviderErrorCategory } from '../../src/providers/errors.js';
import { DEFAULT_RETRY_POLICY, backoffDelay, isRetryable, nextDelay, parseRetryAfter, retryPolicy, withRetries, type FailureInfo } from '../../src/providers/retry.js';

class Failure extends Error {
  constructor(
    readonly category: ProviderErrorCategory,
    readonly retryAfterMs: number | null = null,
  ) {
    super(category);
  }
}

const classify = (error: unknown): FailureInfo =>
  error instanceof Failure ? { category: error.category, retryAfterMs: error.retryAfterMs } : { category: 'UNKNOWN', retryAfterMs: null };

function harness(outcomes: (Failure | 'ok')[], policy = retryPolicy(3, { baseDelayMs: 100, maxDelayMs: 1_000 }), random = () => 0.5) {
  const waits: number[] = [];
  let calls = 0;
  const run = () =>
    withRetries(
      async (n) => {
        calls++;
        expect(n).toBe(calls);
        const outcome = outcomes[calls - 1] ?? 'ok';
        if (outcome === 'ok') return `ok after ${calls}`;
        throw outcome;
      },
      policy,
      { classify, sleep: async (ms) => void waits.push(ms), random },
    );
  return { run, waits, calls: () => calls };
}

describe('withRetries', () => {
  it('retries throttling and unavailability, then succeeds', async () => {
    const h = harness([new Failure('THROTTLED'), new Failure('UNAVAILABLE')]);
    await expect(h.run()).resolves.toBe('ok after 3');
    expect(h.calls()).toBe(3);
    expect(h.waits).toEqual([50, 100]); // half of 100, then half of 200 (random 0.5)
  });

  it('stops after maxAttempts and rethrows the last error', async () => {
    const last = new Failure('THROTTLED');
    const h = harness([new Failure('THROTTLED'), new Failure('THROTTLED'), last, new Failure('THROTTLED')]);
    await expect(h.run()).rejects.toBe(last);
    expect(h.calls()).toBe(3);
  });

  it.each(['AUTH', 'NOT_FOUND', 'INVALID_INPUT', 'UNKNOWN'] as const)('does not retry %s', async (category) => {
    const h = harness([new Failure(category)]);
    await expect(h.run()).rejects.toMatchObject({ category });
    expect(h.calls()).toBe(1);
    expect(h.waits).toEqual([]);
  });

  it('waits what Retry-After asks, and does not wait out a wait past maxRetryAfterMs', async () => {
    const h = harness([new Failure('THROTTLED', 1_500), new Failure('THROTTLED', 0)]);
    await expect(h.run()).resolves.toBe('ok after 3');
    expect(h.waits).toEqual([1_500]); // 0 ms: straight on
    const long = harness([new Failure('THROTTLED', DEFAULT_RETRY_POLICY.maxRetryAfterMs + 1)], retryPolicy(3));
    await expect(long.run()).rejects.toMatchObject({ category: 'THROTTLED' });
    expect(long.calls()).toBe(1);
  });

  it('is a single attempt with maxAttempts 1', async () => {
    const h = harness([new Failure('UNAVAILABLE')], retryPolicy(1));
    await expect(h.run()).rejects.toMatchObject({ category: 'UNAVAILABLE' });
    expect(h.calls()).toBe(1);
  });

  it('classifies through whatever the caller says (e.g. a ProviderError category)', async () => {
    let calls = 0;
    const scope = { provider: 'gcp' as const, account: 'p', region: '*' };
    const out = await withRetries(
      async () => {
        if (++calls < 2) throw new ProviderError('THROTTLED', scope, 'op', null, 'slow down');
        return calls;
      },
      retryPolicy(2, { baseDelayMs: 1 }),
      { classify: (e) => ({ category: (e as ProviderError).category, retryAfterMs: null }) },
    );
    expect(out).toBe(2);
  });
});

describe('backoff', () => {
  const policy = retryPolicy(10, { baseDelayMs: 100, maxDelayMs: 1_000 });

  it('doubles its ceiling per retry up to maxDelayMs, with full jitter', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, policy, () => 0.999999))).toEqual([99, 199, 399, 799, 999, 999]);
    expect(backoffDelay(3, policy, () => 0)).toBe(0);
    const spread = new Set(Array.from({ length: 50 }, () => backoffDelay(4, policy)));
    expect(spread.size).toBeGreaterThan(10);
    for (const d of spread) expect(d).toBeLessThan(800);
  });

  it('nextDelay: null for the last attempt or a failure that is not retried', () => {
    expect(nextDelay(10, { category: 'THROTTLED', retryAfterMs: null }, policy)).toBeNull();
    expect(nextDelay(1, { category: 'AUTH', retryAfterMs: 5 }, policy)).toBeNull();
    expect(nextDelay(1, { category: 'UNAVAILABLE', retryAfterMs: 250 }, policy)).toBe(250);
    expect(isRetryable('THROTTLED') && isRetryable('UNAVAILABLE') && !isRetryable('UNKNOWN')).toBe(true);
  });

  it('refuses a nonsensical attempt count', () => {
    expect(() => retryPolicy(0)).toThrow();
    expect(() => retryPolicy(1.5)).toThrow();
  });
});

describe('parseRetryAfter', () => {
  it('reads delta-seconds and HTTP dates', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('2', now)).toBe(2_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('1.5', now)).toBe(1_500);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter('')).toBeNull();
    expect(parseRetryAfter('soon')).toBeNull();
  });
});
