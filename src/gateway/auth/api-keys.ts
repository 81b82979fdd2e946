// API keys: `fgk_<id>_<secret>`. Only the SHA-256 of the secret is ever stored (in config); a key
// is checked by hashing what the caller presents and comparing in constant time. The secret is
// 32 random bytes, so a fast hash is enough: there is nothing to guess.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { GrantsConfig, Role } from '../../config/auth-schema.js';
import type { Grants } from '../../auth/grants.js';

const PREFIX = 'fgk_';

export interface MintedKey {
  /** The key to hand to the caller, once: it is not stored anywhere. */
  key: string;
  /** What goes into `auth.apiKeys[].sha256`. */
  sha256: string;
}

export function mintApiKey(id: string): MintedKey {
  const secret = randomBytes(32).toString('base64url');
  return { key: `${PREFIX}${id}_${secret}`, sha256: sha256Hex(secret) };
}

export function looksLikeApiKey(presented: string): boolean {
  return presented.startsWith(PREFIX);
}

export interface KeyCaller {
  id: string;
  role: Role;
  grants: Grants;
}

/** What a key is checked against: where it came from (config or Redis) does not matter here. */
export interface StoredKey {
  id: string;
  role: Role;
  sha256: string;
  scopes?: GrantsConfig | undefined;
}

/** The id part of a presented key (`fgk_<id>_<secret>`); null when it is not shaped like one. */
export function keyIdOf(presented: string): string | null {
  if (!looksLikeApiKey(presented)) return null;
  const rest = presented.slice(PREFIX.length);
  const split = rest.indexOf('_');
  return split > 0 ? rest.slice(0, split) : null;
}

/** The caller a presented key belongs to, checked against the stored entry of its id; null when it does not match. */
export function callerOfApiKey(presented: string, entry: StoredKey | undefined): KeyCaller | null {
  const id = keyIdOf(presented);
  if (id === null || !entry || entry.id !== id) return null;
  const expected = Buffer.from(entry.sha256, 'hex');
  const actual = Buffer.from(sha256Hex(presented.slice(PREFIX.length + id.length + 1)), 'hex');
  return timingSafeEqual(expected, actual) ? { id: entry.id, role: entry.role, grants: grantsOf(entry.scopes) } : null;
}

export function grantsOf(scopes: GrantsConfig | undefined): Grants {
  return { providers: scopes?.providers ?? null, accounts: scopes?.accounts ?? null, regions: scopes?.regions ?? null };
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
