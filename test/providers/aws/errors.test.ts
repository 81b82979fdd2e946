import { describe, expect, it } from 'vitest';
import { classifyAwsError, redact, toProviderError } from '../../../src/providers/aws/errors.js';
import { ProviderError } from '../../../src/providers/errors.js';
import type { Scope } from '../../../src/providers/types.js';

const scope: Scope = { provider: 'aws', account: '111111111111', region: 'us-east-1' };

/** The shape SDK v3 service exceptions have: name = the service's code, $metadata, $fault. */
function sdkError(name: string, status: number | undefined, extra: Record<string, unknown> = {}) {
  return Object.assign(new Error(`${name} happened`), {
    name,
    $fault: status !== undefined && status >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode: status, requestId: 'req-1', attempts: 1 },
    ...extra,
  });
}

describe('classifyAwsError', () => {
  it.each([
    ['RequestLimitExceeded', 503, 'THROTTLED'],
    ['Throttling', 400, 'THROTTLED'],
    ['ThrottlingException', 400, 'THROTTLED'],
    ['TooManyRequestsException', 429, 'THROTTLED'],
    ['AuthFailure', 401, 'AUTH'],
    ['UnauthorizedOperation', 403, 'AUTH'],
    ['InvalidClientTokenId', 403, 'AUTH'],
    ['ExpiredToken', 400, 'AUTH'],
    ['SignatureDoesNotMatch', 403, 'AUTH'],
    ['InvalidInstanceID.NotFound', 400, 'NOT_FOUND'],
    ['InvalidVolume.NotFound', 400, 'NOT_FOUND'],
    ['InvalidInstanceID.Malformed', 400, 'REJECTED'],
    ['InvalidParameterValue', 400, 'REJECTED'],
    ['InvalidParameterCombination', 400, 'REJECTED'],
    ['ValidationError', 400, 'REJECTED'],
    ['InvalidParameterValueException', 400, 'REJECTED'],
    ['InternalError', 500, 'UNAVAILABLE'],
    ['Unavailable', 503, 'UNAVAILABLE'],
    ['SomethingNew', 502, 'UNAVAILABLE'],
    ['SomethingNew', 400, 'REJECTED'],
  ])('%s (HTTP %s) → %s', (name, status, category) => {
    expect(classifyAwsError(sdkError(name, status)).category).toBe(category);
  });

  it('treats a throttling error the SDK marked retryable as THROTTLED whatever its code', () => {
    expect(classifyAwsError(sdkError('SlowDownPlease', 400, { $retryable: { throttling: true } })).category).toBe('THROTTLED');
  });

  it('treats credential provider failures as AUTH', () => {
    const e = Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' });
    expect(classifyAwsError(e).category).toBe('AUTH');
  });

  it('treats connection failures (no response) as UNAVAILABLE', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED', $metadata: {} });
    expect(classifyAwsError(refused).category).toBe('UNAVAILABLE');
    const timeout = Object.assign(new Error('timed out'), { name: 'TimeoutError' });
    expect(classifyAwsError(timeout).category).toBe('UNAVAILABLE');
  });
});

describe('toProviderError', () => {
  it('names provider, account, region and operation and keeps the code', () => {
    const e = toProviderError(sdkError('RequestLimitExceeded', 503), scope, 'DescribeInstances');
    expect(e).toBeInstanceOf(ProviderError);
    expect(e.category).toBe('THROTTLED');
    expect(e.providerCode).toBe('RequestLimitExceeded');
    expect(e.operation).toBe('DescribeInstances');
    expect(e.message).toMatch(/^aws 111111111111\/us-east-1 DescribeInstances: /);
    expect(e.message).toContain('HTTP 503');
  });

  it('never lets a credential into the message or the cause', () => {
    const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    const raw = sdkError('AuthFailure', 401);
    raw.message = `key AKIAIOSFODNN7EXAMPLE with secret ${secret} was refused`;
    const e = toProviderError(raw, scope, 'DescribeVolumes', [secret]);
    expect(e.message).not.toContain(secret);
    expect(e.message).not.toContain('AKIAIOSFODNN7EXAMPLE');
    expect(String((e.cause as Error).message)).not.toContain(secret);
    expect(e.cause).not.toBe(raw);
  });

  it('passes a ProviderError through unchanged', () => {
    const original = new ProviderError('NOT_FOUND', scope, 'X', null, 'gone');
    expect(toProviderError(original, scope, 'Y')).toBe(original);
  });

  it('redact ignores very short secrets and scrubs access key ids', () => {
    expect(redact('id ASIAABCDEFGHIJKLMNOP ok', ['ok'])).toBe('id [redacted] ok');
  });
});
