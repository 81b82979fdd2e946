// API keys: `fgk_<id>_<secret>`. Only the SHA-256 of the secret is ever stored (in config); a key
// is checked by hashing what the caller presents and comparing in constant time. The secret is
// 32 random bytes, so a fast hash is enough: there is nothing to guess.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { AuthConfig, Role } from '../../config/auth-schema.js';

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
}

/** The caller a presented key belongs to; null for a malformed, unknown or revoked (removed) key. */
export function callerOfApiKey(presented: string, keys: AuthConfig['apiKeys']): KeyCaller | null {
  if (!looksLikeApiKey(presented)) return null;
  const rest = presented.slice(PREFIX.length);
  const split = rest.indexOf('_');
  if (split <= 0) return null;
  const id = rest.slice(0, split);
  const entry = keys.find((k) => k.id === id);
  if (!entry) return null;
  const expected = Buffer.from(entry.sha256, 'hex');
  const actual = Buffer.from(sha256Hex(rest.slice(split + 1)), 'hex');
  return timingSafeEqual(expected, actual) ? { id: entry.id, role: entry.role } : null;
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
