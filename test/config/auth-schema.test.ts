// The `auth` section: none by default; `required` needs a way to authenticate; keys are hashes.
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config/load.js';

const SHA = 'a'.repeat(64);

function problems(auth: unknown): string {
  try {
    parseConfig({ auth });
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  return '';
}

describe('auth config', () => {
  it('defaults to mode none with no keys', () => {
    expect(parseConfig({}).auth).toEqual({ mode: 'none', apiKeys: [] });
  });

  it('takes hashed keys with a role (viewer by default) and a JWT issuer', () => {
    const auth = parseConfig({ auth: { mode: 'required', apiKeys: [{ id: 'ci', sha256: SHA }], jwt: { jwksUrl: 'https://id.example.com/jwks', issuer: 'i', audience: 'a' } } }).auth;
    expect(auth.apiKeys).toEqual([{ id: 'ci', sha256: SHA, role: 'viewer' }]);
    expect(auth.jwt).toMatchObject({ clockSkewSeconds: 30, roleClaim: 'fleetgraph_role' });
  });

  it('refuses what could never authenticate anyone, or is not a hash', () => {
    expect(problems({ mode: 'required' })).toMatch(/auth: mode "required" needs apiKeys or jwt/);
    expect(problems({ mode: 'required', apiKeys: [{ id: 'ci', sha256: 'my-secret-key' }] })).toMatch(/auth\.apiKeys\.0\.sha256: must be 64 hex digits/);
    expect(problems({ mode: 'required', apiKeys: [{ id: 'ci', sha256: SHA }, { id: 'ci', sha256: SHA }] })).toMatch(/ids must be unique/);
    expect(problems({ mode: 'required', jwt: { issuer: 'i', audience: 'a' } })).toMatch(/exactly one of jwksUrl and jwksFile/);
    expect(problems({ mode: 'required', apiKeys: [{ id: 'ci', sha256: SHA, role: 'root' }] })).toMatch(/auth\.apiKeys\.0\.role/);
  });
});
