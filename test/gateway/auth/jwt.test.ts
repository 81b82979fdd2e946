// JWTs checked against a JWKS file (issuers whose keys are distributed as files).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, describe, expect, it } from 'vitest';
import { jwtVerifier } from '../../../src/gateway/auth/jwt.js';

describe('JWT verification from a JWKS file', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('admits a token signed by a key of the file with its highest known role, and refuses others', async () => {
    const { publicKey, privateKey } = await generateKeyPair('ES256');
    const dir = await mkdtemp(join(tmpdir(), 'fleetgraph-jwks-'));
    dirs.push(dir);
    const jwksFile = join(dir, 'jwks.json');
    await writeFile(jwksFile, JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 'f1', alg: 'ES256' }] }));
    const verify = await jwtVerifier({ jwksFile, issuer: 'iss', audience: 'aud', clockSkewSeconds: 30, roleClaim: 'roles', scopesClaim: 'scopes' });
    const sign = (roles: unknown, sub = 'bob', scopes?: unknown) =>
      new SignJWT({ roles, ...(scopes === undefined ? {} : { scopes }) }).setProtectedHeader({ alg: 'ES256', kid: 'f1' }).setIssuer('iss').setAudience('aud').setSubject(sub).setExpirationTime('1m').sign(privateKey);
    const everything = { providers: null, accounts: null, regions: null };
    expect(await verify(await sign(['viewer', 'operator', 'other']))).toEqual({ id: 'bob', role: 'operator', grants: everything });
    expect(await verify(await sign('admin'))).toEqual({ id: 'bob', role: 'admin', grants: everything });
    expect(await verify(await sign('viewer', 'eve', { accounts: ['111111111111'], regions: ['eu-west-1'] }))).toEqual({
      id: 'eve',
      role: 'viewer',
      grants: { providers: null, accounts: ['111111111111'], regions: ['eu-west-1'] },
    });
    // A scopes claim that cannot be read grants nothing: the token is refused rather than read as "everything".
    expect(await verify(await sign('viewer', 'eve', { accounts: 'not-a-list' }))).toBeNull();
    expect(await verify(await sign(['other']))).toBeNull();
    expect(await verify('not.a.jwt')).toBeNull();
  });

  it('stops start-up on a JWKS file it cannot read, naming it', async () => {
    await expect(jwtVerifier({ jwksFile: '/nonexistent/jwks.json', issuer: 'i', audience: 'a', clockSkewSeconds: 0, roleClaim: 'r', scopesClaim: 's' })).rejects.toThrow(/auth\.jwt\.jwksFile: cannot read a JWKS from \/nonexistent\/jwks\.json/);
  });
});
