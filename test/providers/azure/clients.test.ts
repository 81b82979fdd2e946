// Credentials from config, and the secrets error messages are scrubbed of.
import { ClientCertificateCredential, ClientSecretCredential, DefaultAzureCredential, ManagedIdentityCredential } from '@azure/identity';
import { describe, expect, it } from 'vitest';
import { azureSubscriptionSchema } from '../../../src/config/schema.js';
import { StaticTokenCredential, credentialFor, secretsOf } from '../../../src/providers/azure/clients.js';

const ID = '11111111-1111-4111-8111-111111111111';
const subscription = (credentials: unknown) => azureSubscriptionSchema.parse({ id: ID, credentials });

describe('credentials', () => {
  it('builds the @azure/identity credential each config type names, without touching the network', () => {
    expect(credentialFor(subscription({ type: 'default' }))).toBeInstanceOf(DefaultAzureCredential);
    expect(credentialFor(subscription({ type: 'clientSecret', tenantId: 't', clientId: 'c', clientSecret: 's3cret-value' }))).toBeInstanceOf(ClientSecretCredential);
    expect(credentialFor(subscription({ type: 'clientCertificate', tenantId: 't', clientId: 'c', certificatePath: '/nonexistent/cert.pem' }))).toBeInstanceOf(
      ClientCertificateCredential,
    );
    expect(credentialFor(subscription({ type: 'managedIdentity' }))).toBeInstanceOf(ManagedIdentityCredential);
    expect(credentialFor(subscription({ type: 'managedIdentity', clientId: 'abc' }))).toBeInstanceOf(ManagedIdentityCredential);
    expect(credentialFor(subscription({ type: 'accessToken', token: 'tok' }))).toBeInstanceOf(StaticTokenCredential);
    expect(credentialFor(azureSubscriptionSchema.parse({ id: ID }))).toBeInstanceOf(DefaultAzureCredential);
  });

  it('hands out a static token as a bearer token that does not expire on the next call', async () => {
    const token = await new StaticTokenCredential('abc').getToken();
    expect(token).toMatchObject({ token: 'abc', tokenType: 'Bearer' });
    expect(token.expiresOnTimestamp).toBeGreaterThan(Date.now() + 30 * 60_000);
  });

  it('knows which config values are secrets', () => {
    expect(secretsOf(subscription({ type: 'clientSecret', tenantId: 't', clientId: 'c', clientSecret: 's3cret-value' }))).toEqual(['s3cret-value']);
    expect(secretsOf(subscription({ type: 'accessToken', token: 'tok' }))).toEqual(['tok']);
    expect(secretsOf(subscription({ type: 'default' }))).toEqual([]);
    expect(secretsOf(undefined)).toEqual([]);
  });
});
