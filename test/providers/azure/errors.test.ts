// What an Azure failure means, and that no secret survives into a ProviderError.
import { CredentialUnavailableError } from '@azure/identity';
import { describe, expect, it } from 'vitest';
import { classifyAzureError, toProviderError } from '../../../src/providers/azure/errors.js';
import type { Scope } from '../../../src/providers/types.js';

/** What core-rest-pipeline throws: a RestError with ARM's code (or the socket's) and the HTTP status. */
const restError = (message: string, fields: { code?: string; statusCode?: number }) => Object.assign(new Error(message), { name: 'RestError', ...fields });

const scope: Scope = { provider: 'azure', account: '11111111-1111-4111-8111-111111111111', region: '*' };

describe('classifyAzureError', () => {
  it.each([
    [restError('slow down', { code: 'SubscriptionRequestsThrottled', statusCode: 429 }), 'THROTTLED'],
    [restError('too many', { statusCode: 429 }), 'THROTTLED'],
    [restError('no', { code: 'AuthorizationFailed', statusCode: 403 }), 'AUTH'],
    [restError('bad token', { code: 'InvalidAuthenticationToken', statusCode: 401 }), 'AUTH'],
    [restError('gone', { code: 'ResourceNotFound', statusCode: 404 }), 'NOT_FOUND'],
    [restError('down', { code: 'ServiceUnavailable', statusCode: 503 }), 'UNAVAILABLE'],
    [restError('boom', { statusCode: 500 }), 'UNAVAILABLE'],
    [restError('connect ECONNREFUSED 127.0.0.1:1', { code: 'ECONNREFUSED' }), 'UNAVAILABLE'],
    [restError('self-signed certificate', { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }), 'UNAVAILABLE'],
    [restError('bad', { code: 'BadRequest', statusCode: 400 }), 'REJECTED'],
    [new CredentialUnavailableError('no credential in this environment'), 'AUTH'],
    [new Error('what'), 'UNKNOWN'],
  ] as const)('%s → %s', (error, category) => {
    expect(classifyAzureError(error).category).toBe(category);
  });
});

describe('toProviderError', () => {
  it('names provider, subscription, region and operation, keeps the code, and scrubs secrets and bearer tokens', () => {
    const secret = 'sandbox-token-that-must-not-leak-0001';
    const error = restError(`token ${secret} rejected; sent Authorization: Bearer eyJhbGciOi.abc.def`, { code: 'InvalidAuthenticationToken', statusCode: 401 });
    const wrapped = toProviderError(error, scope, 'disks.list', [secret]);
    expect(wrapped).toMatchObject({ category: 'AUTH', providerCode: 'InvalidAuthenticationToken', operation: 'disks.list', scope });
    expect(wrapped.message).toMatch(/^azure 11111111-1111-4111-8111-111111111111\/\* disks\.list: InvalidAuthenticationToken: /);
    expect(wrapped.message).toContain('(HTTP 401)');
    expect(wrapped.message).not.toContain(secret);
    expect(wrapped.message).not.toContain('eyJhbGciOi');
    expect(String(wrapped.cause)).not.toContain(secret);
    expect(wrapped.cause).not.toBe(error);
  });
});
