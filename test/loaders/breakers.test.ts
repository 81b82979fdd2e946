// Which failures open a scope's circuit: the cloud's unavailable and throttled answers, in a row;
// not refused permissions, not-found or rejected requests, nor requests our own rate limiter held
// back. An open circuit refuses calls without making them, as a PROVIDER_UNAVAILABLE-class error.
import { describe, expect, it, vi } from 'vitest';
import { CircuitOpenError, ScopeBreakers } from '../../src/loaders/breakers.js';
import { ProviderError, type ProviderErrorCategory } from '../../src/providers/errors.js';
import { CLIENT_RATE_LIMIT_CODE } from '../../src/providers/rate-limits/limiter.js';

const scope = { provider: 'aws' as const, account: '111111111111', region: 'us-east-1' };
const other = { ...scope, region: 'eu-west-1' };
const failing = (category: ProviderErrorCategory, code: string | null = null) => async (): Promise<never> => {
  throw new ProviderError(category, scope, 'list vm', code, 'failed');
};

async function failTimes(breakers: ScopeBreakers, times: number, call: () => Promise<never>): Promise<void> {
  for (let i = 0; i < times; i++) await expect(breakers.run(scope, 'list vm', call)).rejects.toBeInstanceOf(ProviderError);
}

describe('scope breakers', () => {
  it('open after consecutive unavailable or throttled answers, and then refuse without calling', async () => {
    const breakers = new ScopeBreakers({ failures: 3, halfOpenAfterSeconds: 600 });
    await failTimes(breakers, 2, failing('UNAVAILABLE'));
    expect(breakers.status(scope).state).toBe('CLOSED');
    await failTimes(breakers, 1, failing('THROTTLED', 'RequestLimitExceeded'));
    expect(breakers.status(scope)).toMatchObject({ state: 'OPEN', openedAt: expect.any(Date) });

    const call = vi.fn(async () => 'answer');
    const refused = await breakers.run(scope, 'get vm', call).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(CircuitOpenError);
    expect(refused).toMatchObject({ category: 'UNAVAILABLE', scope, operation: 'get vm' });
    expect((refused as Error).message).toContain('circuit open');
    expect(call).not.toHaveBeenCalled();
    // Per scope: another region is untouched.
    expect(await breakers.run(other, 'list vm', call)).toBe('answer');
    expect(breakers.status(other).state).toBe('CLOSED');
  });

  it('a success resets the count', async () => {
    const breakers = new ScopeBreakers({ failures: 2, halfOpenAfterSeconds: 600 });
    await failTimes(breakers, 1, failing('UNAVAILABLE'));
    await breakers.run(scope, 'list vm', async () => 'ok');
    await failTimes(breakers, 1, failing('UNAVAILABLE'));
    expect(breakers.status(scope).state).toBe('CLOSED');
  });

  it('does not count refused permissions, not-found, rejected or unknown failures, nor our own rate limiter', async () => {
    const breakers = new ScopeBreakers({ failures: 1, halfOpenAfterSeconds: 600 });
    for (const category of ['AUTH', 'NOT_FOUND', 'REJECTED', 'INVALID_INPUT', 'UNKNOWN'] as const) await failTimes(breakers, 3, failing(category));
    await failTimes(breakers, 3, failing('THROTTLED', CLIENT_RATE_LIMIT_CODE));
    expect(breakers.status(scope)).toEqual({ state: 'CLOSED', openedAt: null });
  });

  it('with 0 failures configured, never opens', async () => {
    const breakers = new ScopeBreakers({ failures: 0, halfOpenAfterSeconds: 600 });
    await failTimes(breakers, 10, failing('UNAVAILABLE'));
    expect(breakers.status(scope).state).toBe('CLOSED');
  });
});
