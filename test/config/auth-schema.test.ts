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
    expect(parseConfig({}).auth).toEqual({ mode: 'none', apiKeys: [], redisApiKeys: true });
  });

  it('takes grants per key (providers, accounts, regions) and refuses unknown providers or empty lists', () => {
    const auth = parseConfig({ auth: { mode: 'required', apiKeys: [{ id: 'eu', sha256: SHA, scopes: { accounts: ['111111111111'], regions: ['eu-west-1'] } }] } }).auth;
    expect(auth.apiKeys[0]!.scopes).toEqual({ accounts: ['111111111111'], regions: ['eu-west-1'] });
    expect(problems({ mode: 'required', apiKeys: [{ id: 'x', sha256: SHA, scopes: { providers: ['oracle'] } }] })).toMatch(/auth\.apiKeys\.0\.scopes\.providers\.0/);
    expect(problems({ mode: 'required', apiKeys: [{ id: 'x', sha256: SHA, scopes: { accounts: [] } }] })).toMatch(/auth\.apiKeys\.0\.scopes\.accounts/);
  });

  it('refuses writes without authentication on a host others can reach, and allows them on loopback', () => {
    const refused = (() => {
      try {
        parseConfig({ server: { host: '0.0.0.0' }, writes: { enabled: true } });
      } catch (error) {
        return (error as Error).message;
      }
      return '';
    })();
    expect(refused).toMatch(/writes\.enabled: writes need auth\.mode "required" on a non-loopback host \(server\.host is 0\.0\.0\.0\)/);
    expect(parseConfig({ server: { host: '127.0.0.1' }, writes: { enabled: true } }).writes.enabled).toBe(true);
    expect(parseConfig({ server: { host: '::1' }, writes: { enabled: true } }).writes.enabled).toBe(true);
    const authenticated = parseConfig({ server: { host: '0.0.0.0' }, writes: { enabled: true }, auth: { mode: 'required', apiKeys: [{ id: 'ci', sha256: SHA }] } });
    expect(authenticated.writes.enabled).toBe(true);
    expect(parseConfig({}).writes).toMatchObject({ enabled: false, protectionTag: { key: 'fleetgraph:protected', value: 'true' }, perCallerPerMinute: 30 });
  });

  it('wants a shared internal secret of at least 32 characters', () => {
    expect(problems({ mode: 'none', internalSecret: 'short' })).toMatch(/auth\.internalSecret: must be at least 32 characters/);
  });

  it('takes hashed keys with a role (viewer by default) and a JWT issuer', () => {
    const auth = parseConfig({ auth: { mode: 'required', apiKeys: [{ id: 'ci', sha256: SHA }], jwt: { jwksUrl: 'https://id.example.com/jwks', issuer: 'i', audience: 'a' } } }).auth;
    expect(auth.apiKeys).toEqual([{ id: 'ci', sha256: SHA, role: 'viewer' }]);
    expect(auth.jwt).toMatchObject({ clockSkewSeconds: 30, roleClaim: 'fleetgraph_role' });
  });

  it('refuses what could never authenticate anyone, or is not a hash', () => {
    expect(problems({ mode: 'required' })).toMatch(/auth: mode "required" needs apiKeys, jwt, or keys in Redis/);
    expect(parseConfig({ auth: { mode: 'required' }, cache: { redisUrl: 'redis://127.0.0.1:6379' } }).auth.mode).toBe('required');
    expect(problems({ mode: 'required', apiKeys: [{ id: 'ci', sha256: 'my-secret-key' }] })).toMatch(/auth\.apiKeys\.0\.sha256: must be 64 hex digits/);
    expect(problems({ mode: 'required', apiKeys: [{ id: 'ci', sha256: SHA }, { id: 'ci', sha256: SHA }] })).toMatch(/ids must be unique/);
    expect(problems({ mode: 'required', jwt: { issuer: 'i', audience: 'a' } })).toMatch(/exactly one of jwksUrl and jwksFile/);
    expect(problems({ mode: 'required', apiKeys: [{ id: 'ci', sha256: SHA, role: 'root' }] })).toMatch(/auth\.apiKeys\.0\.role/);
  });
});
