// The token the gateway signs the caller into for the subgraphs: what a subgraph accepts and what
// it refuses.
import { describe, expect, it } from 'vitest';
import { ANONYMOUS, type Caller } from '../../src/auth/caller.js';
import { CALLER_EXTENSION, CallerTokens, callerTokensFor } from '../../src/auth/caller-token.js';

const SECRET = 's'.repeat(40);
const alice: Caller = { id: 'alice', role: 'operator', via: 'apiKey', grants: { providers: ['aws'], accounts: ['111111111111'], regions: null } };

describe('caller tokens', () => {
  it('carry the caller from a signer to a reader that shares the secret', () => {
    const token = new CallerTokens(true, SECRET).sign(alice);
    expect(new CallerTokens(true, SECRET).callerOf({ [CALLER_EXTENSION]: token })).toEqual(alice);
  });

  it('are refused when missing, signed with another secret, tampered with, or stale', () => {
    const reader = new CallerTokens(true, SECRET);
    const token = new CallerTokens(true, SECRET).sign(alice, Date.now() - 10 * 60_000);
    const [body, mac] = new CallerTokens(true, SECRET).sign(alice).split('.');
    const promoted = Buffer.from(JSON.stringify({ caller: { ...alice, role: 'admin' }, at: Date.now() })).toString('base64url');
    expect(reader.callerOf({})).toBeNull();
    expect(reader.callerOf(null)).toBeNull();
    expect(reader.callerOf({ [CALLER_EXTENSION]: new CallerTokens(true, 'x'.repeat(40)).sign(alice) })).toBeNull();
    expect(reader.callerOf({ [CALLER_EXTENSION]: `${promoted}.${mac}` })).toBeNull();
    expect(reader.callerOf({ [CALLER_EXTENSION]: `${body}.${mac}x` })).toBeNull();
    expect(reader.callerOf({ [CALLER_EXTENSION]: token })).toBeNull();
  });

  it('are not looked at with auth.mode none: everyone is the anonymous caller', () => {
    expect(new CallerTokens(false, null).callerOf({})).toEqual(ANONYMOUS);
  });

  it('need a shared secret when the gateway and subgraphs run apart with auth required', () => {
    expect(() => callerTokensFor({ mode: 'required' }, true)).toThrow(/auth\.internalSecret \(or FLEETGRAPH_INTERNAL_SECRET\) must be set/);
    expect(callerTokensFor({ mode: 'required' }, false).required).toBe(true);
    expect(callerTokensFor({ mode: 'required', internalSecret: SECRET }, true).required).toBe(true);
    expect(callerTokensFor({ mode: 'none' }, true).required).toBe(false);
  });
});
