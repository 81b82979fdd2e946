// Who is calling: from an HTTP request's `Authorization: Bearer <api key | JWT>` or `x-api-key`,
// or a WebSocket's connection_init payload (`authorization` / `apiKey`). With `auth.mode: none`
// every caller is the anonymous one. A caller that cannot be authenticated is null: the gateway
// answers UNAUTHENTICATED (HTTP 401, WebSocket close 4401) and says nothing more.
import type { IncomingHttpHeaders } from 'node:http';
import type { AuthConfig } from '../../config/auth-schema.js';
import { ANONYMOUS, type Caller } from '../../auth/caller.js';
import { callerOfApiKey, keyIdOf, looksLikeApiKey } from './api-keys.js';
import { jwtVerifier } from './jwt.js';
import type { KeyStore } from './key-store.js';

export { ANONYMOUS, type Caller } from '../../auth/caller.js';

export interface Authenticator {
  readonly required: boolean;
  fromHeaders(headers: IncomingHttpHeaders): Promise<Caller | null>;
  fromConnectionParams(params: Readonly<Record<string, unknown>> | undefined): Promise<Caller | null>;
}

/** `auth.mode: none`: nothing asked, every caller anonymous. */
export const NO_AUTH: Authenticator = { required: false, fromHeaders: async () => ANONYMOUS, fromConnectionParams: async () => ANONYMOUS };

export async function createAuthenticator(config: AuthConfig, keys: KeyStore): Promise<Authenticator> {
  if (config.mode === 'none') return NO_AUTH;
  const verifyJwt = config.jwt ? await jwtVerifier(config.jwt) : null;
  const fromCredential = async (credential: string | null): Promise<Caller | null> => {
    if (!credential) return null;
    if (looksLikeApiKey(credential)) {
      const id = keyIdOf(credential);
      const caller = id === null ? null : callerOfApiKey(credential, await keys.find(id));
      return caller && { ...caller, via: 'apiKey' };
    }
    const caller = verifyJwt ? await verifyJwt(credential) : null;
    return caller && { ...caller, via: 'jwt' };
  };
  return {
    required: true,
    fromHeaders: (headers) => fromCredential(bearer(headers.authorization) ?? single(headers['x-api-key'])),
    fromConnectionParams: (params) => {
      const authorization = stringOf(params?.authorization);
      return fromCredential((authorization && (bearer(authorization) ?? authorization)) ?? stringOf(params?.apiKey) ?? null);
    },
  };
}

function bearer(value: string | undefined): string | null {
  const match = value ? /^Bearer\s+(\S+)$/i.exec(value.trim()) : null;
  return match ? match[1]! : null;
}

function single(value: string | string[] | undefined): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
