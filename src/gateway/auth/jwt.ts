// JWT bearer tokens from an OIDC issuer, checked with jose against the issuer's JWKS (fetched from
// its URL and cached by jose, or read from a file): signature, issuer, audience, expiry and
// not-before, with the configured clock skew. The caller's role comes from one claim, its grants
// (providers, accounts, regions) from another.
import { readFile } from 'node:fs/promises';
import { createLocalJWKSet, createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { grantsSchema, ROLES, type AuthConfig, type Role } from '../../config/auth-schema.js';
import type { Grants } from '../../auth/grants.js';
import { grantsOf } from './api-keys.js';

type JwtConfig = NonNullable<AuthConfig['jwt']>;

export interface TokenCaller {
  id: string;
  role: Role;
  grants: Grants;
}

export async function jwtVerifier(config: JwtConfig): Promise<(token: string) => Promise<TokenCaller | null>> {
  const keys = await keySet(config);
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, keys, { issuer: config.issuer, audience: config.audience, clockTolerance: config.clockSkewSeconds });
      const role = roleOf(payload, config.roleClaim);
      const scopes = grantsSchema.optional().safeParse(payload[config.scopesClaim]);
      // A scopes claim that cannot be read grants nothing: the token is refused.
      return role && payload.sub && scopes.success ? { id: payload.sub, role, grants: grantsOf(scopes.data) } : null;
    } catch {
      // Expired, forged, for another audience, or the JWKS unreachable: all the same to the caller.
      return null;
    }
  };
}

async function keySet(config: JwtConfig): Promise<JWTVerifyGetKey> {
  if (config.jwksUrl) return createRemoteJWKSet(new URL(config.jwksUrl));
  let document: unknown;
  try {
    document = JSON.parse(await readFile(config.jwksFile!, 'utf8'));
  } catch (error) {
    throw new Error(`auth.jwt.jwksFile: cannot read a JWKS from ${config.jwksFile}: ${(error as Error).message}`);
  }
  return createLocalJWKSet(document as Parameters<typeof createLocalJWKSet>[0]);
}

/** The highest known role the claim names (a string or an array of strings); null for none. */
function roleOf(payload: JWTPayload, claim: string): Role | null {
  const value = payload[claim];
  const named = (Array.isArray(value) ? value : [value]).filter((v): v is Role => typeof v === 'string' && (ROLES as readonly string[]).includes(v));
  return named.sort((a, b) => ROLES.indexOf(b) - ROLES.indexOf(a))[0] ?? null;
}
