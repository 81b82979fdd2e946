import { describe, expect, it } from 'vitest';
import { awsProviderSchema } from '../../../src/config/schema.js';
import { ClientPool, credentialsFor, secretsOf } from '../../../src/providers/aws/clients.js';
import { COUNTING_MIDDLEWARE_NAME } from '../../../src/providers/aws/counting.js';

const config = awsProviderSchema.parse({
  maxAttempts: 4,
  accounts: [
    {
      id: '111111111111',
      regions: ['us-east-1', 'eu-west-1'],
      endpoint: 'http://127.0.0.1:9999',
      credentials: { type: 'static', accessKeyId: 'AKIAEXAMPLE000000001', secretAccessKey: 'secret/one' },
    },
    {
      id: '222222222222',
      regions: ['us-east-1'],
      credentials: { type: 'assumeRole', roleArn: 'arn:aws:iam::222222222222:role/reader', externalId: 'ext-123' },
    },
  ],
});

describe('ClientPool', () => {
  it('has one scope per account × region', () => {
    const pool = new ClientPool(config);
    expect(pool.scopes).toEqual([
      { provider: 'aws', account: '111111111111', region: 'us-east-1' },
      { provider: 'aws', account: '111111111111', region: 'eu-west-1' },
      { provider: 'aws', account: '222222222222', region: 'us-east-1' },
    ]);
    expect(pool.accountOf({ provider: 'aws', account: '222222222222', region: 'eu-west-1' })).toBeUndefined();
    expect(pool.accountOf({ provider: 'azure', account: '111111111111', region: 'us-east-1' })).toBeUndefined();
  });

  it('builds clients lazily, once per scope, with region, endpoint and maxAttempts from config', async () => {
    const pool = new ClientPool(config);
    const scope = pool.scopes[1]!;
    const a = pool.clientsFor(scope);
    expect(pool.clientsFor(scope)).toBe(a);
    expect(await a.ec2.config.region()).toBe('eu-west-1');
    expect(await a.cloudwatch.config.region()).toBe('eu-west-1');
    expect(await a.ec2.config.maxAttempts()).toBe(4);
    const endpoint = await a.ec2.config.endpoint!();
    expect(`${endpoint.protocol}//${endpoint.hostname}:${endpoint.port}`).toBe('http://127.0.0.1:9999');
    pool.destroy();
  });

  it('puts the counting middleware in finalizeRequest, after the retry middleware', () => {
    const pool = new ClientPool(config);
    const { ec2, cloudwatch } = pool.clientsFor(pool.scopes[0]!);
    for (const client of [ec2, cloudwatch]) {
      const stack = client.middlewareStack.identify();
      const retry = stack.findIndex((m) => m.startsWith('retryMiddleware'));
      const counting = stack.findIndex((m) => m.startsWith(COUNTING_MIDDLEWARE_NAME));
      expect(retry).toBeGreaterThanOrEqual(0);
      // Relative to retryMiddleware, which is in finalizeRequest: inside the retry loop, once per attempt.
      expect(stack[retry]).toBe('retryMiddleware - finalizeRequest');
      expect(stack[counting]).toBe(`${COUNTING_MIDDLEWARE_NAME} - after retryMiddleware`);
      expect(counting).toBe(retry + 1);
    }
    pool.destroy();
  });
});

describe('credentials', () => {
  it('passes static keys as they are, and knows them as secrets', async () => {
    const account = config.accounts[0]!;
    expect(credentialsFor(account)).toEqual({ accessKeyId: 'AKIAEXAMPLE000000001', secretAccessKey: 'secret/one' });
    expect(secretsOf(account)).toEqual(['AKIAEXAMPLE000000001', 'secret/one']);
  });

  it('builds providers for default, profile and assumeRole', () => {
    expect(typeof credentialsFor({ ...config.accounts[0]!, credentials: { type: 'default' } })).toBe('function');
    expect(typeof credentialsFor({ ...config.accounts[0]!, credentials: { type: 'profile', profile: 'ops' } })).toBe('function');
    expect(typeof credentialsFor(config.accounts[1]!)).toBe('function');
    expect(secretsOf(config.accounts[1]!)).toEqual(['ext-123']);
  });
});
