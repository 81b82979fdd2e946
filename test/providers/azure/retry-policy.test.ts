// Azure's pipelines under the shared retry policy: what one attempt's answer means, and that the
// SDK's own retry policy is gone from a client's pipeline (not running beside the shared one).
import { createHttpHeaders, createPipelineRequest, RestError, type PipelineResponse } from '@azure/core-rest-pipeline';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config/load.js';
import { ClientPool } from '../../../src/providers/azure/clients.js';
import { failureOfAttempt, SHARED_RETRY_POLICY_NAME } from '../../../src/providers/azure/retry-policy.js';
import { RateLimiter } from '../../../src/providers/rate-limits/limiter.js';

function response(status: number, headers: Record<string, string> = {}): PipelineResponse {
  return { status, headers: createHttpHeaders(headers), request: createPipelineRequest({ url: 'https://management.azure.com/' }) };
}

describe('failureOfAttempt', () => {
  it('retries a 429 whether or not it names a wait, reading the wait in every header ARM uses', () => {
    expect(failureOfAttempt(response(429), undefined)).toEqual({ category: 'THROTTLED', retryAfterMs: null });
    expect(failureOfAttempt(response(429, { 'retry-after': '7' }), undefined)).toEqual({ category: 'THROTTLED', retryAfterMs: 7000 });
    expect(failureOfAttempt(response(429, { 'x-ms-retry-after-ms': '250', 'retry-after': '7' }), undefined)).toEqual({ category: 'THROTTLED', retryAfterMs: 250 });
    expect(failureOfAttempt(response(503, { 'retry-after-ms': '40' }), undefined)).toEqual({ category: 'UNAVAILABLE', retryAfterMs: 40 });
  });

  it('leaves answers that are not failures, and failures that are final, alone', () => {
    expect(failureOfAttempt(response(200), undefined).category).toBe('UNKNOWN');
    expect(failureOfAttempt(response(403), undefined).category).toBe('AUTH');
    expect(failureOfAttempt(response(400), undefined).category).toBe('REJECTED');
  });

  it('classifies a failure with no answer as the Azure classifier does (a reset connection is UNAVAILABLE)', () => {
    expect(failureOfAttempt(undefined, new RestError('socket hang up', { code: 'ECONNRESET' })).category).toBe('UNAVAILABLE');
  });
});

describe('the SDK clients’ pipelines', () => {
  it('carry the shared retry policy in place of the SDK’s, and take a token before each attempt is counted and sent', () => {
    const config = parseConfig({
      providers: { azure: { subscriptions: [{ id: '11111111-1111-4111-8111-111111111111', credentials: { type: 'accessToken', token: 'x'.repeat(20) } }] } },
    });
    const pool = new ClientPool(config.providers.azure!, { rateLimits: new RateLimiter(config.rateLimits) });
    const sub = '11111111-1111-4111-8111-111111111111';
    for (const pipeline of [pool.compute(sub).pipeline, pool.network(sub).pipeline, pool.metrics(sub, 'westeurope').pipeline]) {
      const names = pipeline.getOrderedPolicies().map((p) => p.name);
      expect(names).toContain(SHARED_RETRY_POLICY_NAME);
      expect(names).not.toContain('defaultRetryPolicy');
      const [retry, token, counting] = [SHARED_RETRY_POLICY_NAME, 'fleetgraphRateLimit', 'fleetgraphUpstreamCounting'].map((name) => names.indexOf(name));
      expect(retry).toBeLessThan(token!);
      expect(token).toBeLessThan(counting!);
    }
  });
});
