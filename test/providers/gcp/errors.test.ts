// What a GCP failure means: the shapes the REST transport rejects with, classified once.
import { describe, expect, it } from 'vitest';
import { CredentialError, classifyGcpError, toProviderError } from '../../../src/providers/gcp/errors.js';
import { redact } from '../../../src/providers/gcp/errors.js';

const scope = { provider: 'gcp' as const, account: 'fleet-demo-prod', region: '*' };

/** What gaxios rejects with for an HTTP error: status, headers, Google's JSON as the message. */
function httpError(status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return Object.assign(new Error(text), { name: 'GaxiosError', status, response: { status, headers: new Headers(headers), data: undefined } });
}

const google = (code: number, status: string, reason?: string, message = 'm') => ({ error: { code, message, status, ...(reason ? { errors: [{ reason, domain: 'global', message }] } : {}) } });

describe('classifyGcpError', () => {
  it.each([
    [httpError(429, google(429, 'RESOURCE_EXHAUSTED', 'rateLimitExceeded'), { 'retry-after': '3' }), 'THROTTLED', 'RESOURCE_EXHAUSTED', 3000],
    [httpError(403, google(403, 'PERMISSION_DENIED', 'userRateLimitExceeded')), 'THROTTLED', 'PERMISSION_DENIED', null],
    [httpError(403, google(403, 'PERMISSION_DENIED', 'forbidden')), 'AUTH', 'PERMISSION_DENIED', null],
    [httpError(401, google(401, 'UNAUTHENTICATED', 'authError')), 'AUTH', 'UNAUTHENTICATED', null],
    [httpError(404, google(404, 'NOT_FOUND', 'notFound')), 'NOT_FOUND', 'NOT_FOUND', null],
    [httpError(400, google(400, 'INVALID_ARGUMENT', 'invalid')), 'REJECTED', 'INVALID_ARGUMENT', null],
    [httpError(503, google(503, 'UNAVAILABLE', 'backendError')), 'UNAVAILABLE', 'UNAVAILABLE', null],
    [httpError(500, google(500, 'INTERNAL')), 'UNAVAILABLE', 'INTERNAL', null],
    [httpError(502, '<html>Bad Gateway</html>'), 'UNAVAILABLE', 'GaxiosError', null],
  ])('%#: an HTTP error → %s', (error, category, code, retryAfterMs) => {
    expect(classifyGcpError(error)).toMatchObject({ category, code, retryAfterMs });
  });

  it('reads gax GoogleErrors (google.rpc codes), network failures and credential failures', () => {
    expect(classifyGcpError(Object.assign(new Error('x'), { code: 8 })).category).toBe('THROTTLED');
    expect(classifyGcpError(Object.assign(new Error('x'), { code: 14 })).category).toBe('UNAVAILABLE');
    expect(classifyGcpError(Object.assign(new Error('x'), { code: 16 })).category).toBe('AUTH');
    expect(classifyGcpError(Object.assign(new Error('x'), { code: 5 })).category).toBe('NOT_FOUND');
    expect(classifyGcpError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))).toMatchObject({ category: 'UNAVAILABLE', code: 'ECONNREFUSED' });
    expect(classifyGcpError(new TypeError('fetch failed', { cause: Object.assign(new Error('reset'), { code: 'ECONNRESET' }) })).category).toBe('UNAVAILABLE');
    expect(classifyGcpError(Object.assign(new Error('aborted'), { name: 'AbortError' })).category).toBe('UNAVAILABLE');
    expect(classifyGcpError(new CredentialError('no ADC')).category).toBe('AUTH');
    expect(classifyGcpError('what').category).toBe('UNKNOWN');
  });
});

describe('toProviderError', () => {
  it('names provider, project, region and operation, with Google’s code and message', () => {
    const e = toProviderError(httpError(429, google(429, 'RESOURCE_EXHAUSTED', 'rateLimitExceeded', 'Quota exceeded')), scope, 'instances.aggregatedList');
    expect(e.message).toBe('gcp fleet-demo-prod/* instances.aggregatedList: RESOURCE_EXHAUSTED: Quota exceeded (HTTP 429)');
    expect(e.category).toBe('THROTTLED');
    expect(e.providerCode).toBe('rateLimitExceeded');
    expect(e.cause).toBeInstanceOf(Error);
    expect((e.cause as Error).name).toBe('RESOURCE_EXHAUSTED');
  });

  it('keeps tokens out of the message and the cause', () => {
    const token = 'ya29.a0AfH6SMBsecretsecretsecret';
    const error = Object.assign(new Error(`request with Bearer ${token} failed; token ${token}`), { config: { headers: { Authorization: `Bearer ${token}` } } });
    const e = toProviderError(error, scope, 'networks.list', [token]);
    expect(e.message).not.toContain(token);
    expect(String(e.cause)).not.toContain(token);
    expect(JSON.stringify(e)).not.toContain(token);
    expect(redact('x ya29.abc.def y Bearer zzz', [])).toBe('x [redacted] y Bearer [redacted]');
    expect(redact('my-own-secret-token', ['my-own-secret-token'])).toBe('[redacted]');
  });
});
