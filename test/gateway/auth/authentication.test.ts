// Authentication at the gateway (auth.mode: required): API keys (only their hashes configured) and
// JWTs from an OIDC issuer (JWKS over HTTP), on HTTP and at the WebSocket's connection_init.
// Missing, malformed, unknown, revoked, expired or foreign credentials: UNAUTHENTICATED (401 /
// close 4401), nothing else said.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../../src/app.js';
import { mintApiKey } from '../../../src/gateway/auth/api-keys.js';
import { VmStateChangedIdsDocument } from '../../generated/operations.js';
import { gatewayUrl, startTestApp } from '../../support/app.js';
import { subscribe } from '../../support/subscriptions.js';

const ISSUER = 'https://login.example.test/tenant';
const AUDIENCE = 'fleetgraph';
const QUERY = JSON.stringify({ query: '{ vms(first: 1) { totalCount } }' });

async function post(app: RunningApp, headers: Record<string, string>) {
  const response = await fetch(gatewayUrl(app), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: QUERY });
  return { status: response.status, body: (await response.json()) as { data?: { vms: { totalCount: number } } | null; errors?: { message: string; extensions?: { code?: string } }[] } };
}

describe('authentication', () => {
  const key = mintApiKey('ci-bot');
  const revoked = mintApiKey('former-bot');
  let signingKey: CryptoKey;
  let foreignKey: CryptoKey;
  let jwks: Server;
  let app: RunningApp;

  const token = (claims: Record<string, unknown> = {}, options: { key?: CryptoKey; expiresIn?: string; audience?: string } = {}) =>
    new SignJWT({ fleetgraph_role: 'viewer', ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setIssuer(ISSUER)
      .setAudience(options.audience ?? AUDIENCE)
      .setSubject('alice@example.test')
      .setIssuedAt()
      .setExpirationTime(options.expiresIn ?? '5m')
      .sign(options.key ?? signingKey);

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    signingKey = pair.privateKey;
    foreignKey = (await generateKeyPair('RS256')).privateKey;
    const publicJwk: JWK = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    jwks = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [publicJwk] })));
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const jwksUrl = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/.well-known/jwks.json`;
    app = await startTestApp({
      auth: { mode: 'required', apiKeys: [{ id: 'ci-bot', sha256: key.sha256, role: 'viewer' }], jwt: { jwksUrl, issuer: ISSUER, audience: AUDIENCE } },
    });
  });

  afterAll(async () => {
    await app?.stop();
    await new Promise((resolve) => jwks?.close(resolve));
  });

  it('refuses a request without credentials, and says only that', async () => {
    const { status, body } = await post(app, {});
    expect(status).toBe(401);
    expect(body.data ?? null).toBeNull();
    expect(body.errors).toEqual([{ message: 'Authentication required: send an API key or a bearer token', extensions: { code: 'UNAUTHENTICATED' } }]);
  });

  it('admits a configured API key, as a bearer token or in x-api-key', async () => {
    const ways: Record<string, string>[] = [{ authorization: `Bearer ${key.key}` }, { 'x-api-key': key.key }];
    for (const headers of ways) {
      const { status, body } = await post(app, headers);
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data!.vms.totalCount).toBeGreaterThan(0);
    }
  });

  it('refuses a key with the wrong secret, a key no longer configured, and garbage', async () => {
    const wrongSecret = `${key.key.slice(0, -4)}AAAA`;
    for (const credential of [wrongSecret, revoked.key, 'fgk_', 'fgk_ci-bot', 'not-a-key']) {
      const { status, body } = await post(app, { authorization: `Bearer ${credential}` });
      expect(status, credential).toBe(401);
      expect(body.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    }
  });

  it("admits a JWT the issuer signed for this audience, with a role", async () => {
    const { status, body } = await post(app, { authorization: `Bearer ${await token()}` });
    expect(status).toBe(200);
    expect(body.data!.vms.totalCount).toBeGreaterThan(0);
  });

  it('refuses an expired token, one for another audience, one signed by another key, and one without a role', async () => {
    const refused = [
      await token({}, { expiresIn: '-10m' }),
      await token({}, { audience: 'someone-else' }),
      await token({}, { key: foreignKey }),
      await token({ fleetgraph_role: 'superuser' }),
    ];
    for (const jwt of refused) {
      const { status, body } = await post(app, { authorization: `Bearer ${jwt}` });
      expect(status).toBe(401);
      expect(body.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    }
  });

  it('serves the GraphiQL page without credentials (it holds no data)', async () => {
    const response = await fetch(gatewayUrl(app), { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
  });

  it('closes a WebSocket whose connection_init carries no valid credentials with 4401', async () => {
    for (const params of [undefined, { authorization: 'Bearer not-a-token' }, { apiKey: revoked.key }]) {
      const subscription = subscribe(gatewayUrl(app), VmStateChangedIdsDocument, {}, params);
      expect((await subscription.closed).code).toBe(4401);
      await subscription.dispose();
    }
  });

  it('accepts a WebSocket whose connection_init carries an API key or a token', async () => {
    for (const params of [{ apiKey: key.key }, { authorization: `Bearer ${await token()}` }]) {
      const subscription = subscribe(gatewayUrl(app), VmStateChangedIdsDocument, {}, params);
      await subscription.connected;
      await subscription.dispose();
    }
  });
});
