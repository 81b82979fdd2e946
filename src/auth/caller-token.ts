// How the gateway tells a subgraph who the caller is: a token in each subgraph request's
// `extensions` (over HTTP and over the shared graphql-ws connection alike), HMAC-SHA256-signed with
// the secret the gateway and subgraphs share (`auth.internalSecret`; one made up at start when both
// run in one process). A subgraph trusts nothing else: without a valid token, and with
// `auth.mode: required`, it answers UNAUTHENTICATED.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { ROLES } from '../config/auth-schema.js';
import { PROVIDERS } from '../providers/types.js';
import { ANONYMOUS, type Caller } from './caller.js';

/** The key of the token in a subgraph request's `extensions`. */
export const CALLER_EXTENSION = 'fleetgraphCaller';

/** A token older than this is refused (a subscription's is checked once, when it starts). */
const MAX_AGE_MS = 5 * 60_000;

export class CallerTokens {
  private readonly key: Buffer;

  constructor(
    /** With `auth.mode: none`, every request is the anonymous caller's and tokens are not looked at. */
    readonly required: boolean,
    secret: string | null,
  ) {
    this.key = secret === null ? randomBytes(32) : Buffer.from(secret, 'utf8');
  }

  sign(caller: Caller, now = Date.now()): string {
    const body = Buffer.from(JSON.stringify({ caller, at: now })).toString('base64url');
    return `${body}.${this.mac(body)}`;
  }

  /** The caller the extensions name; ANONYMOUS when auth is not required; null when the token is missing, forged or stale. */
  callerOf(extensions: Readonly<Record<string, unknown>> | null | undefined, now = Date.now()): Caller | null {
    if (!this.required) return ANONYMOUS;
    const token = extensions?.[CALLER_EXTENSION];
    if (typeof token !== 'string') return null;
    const [body, mac] = token.split('.');
    if (!body || !mac || !this.sameMac(this.mac(body), mac)) return null;
    const decoded = parse(body);
    if (!decoded || Math.abs(now - decoded.at) > MAX_AGE_MS) return null;
    return decoded.caller;
  }

  private mac(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }

  private sameMac(expected: string, presented: string): boolean {
    const a = Buffer.from(expected);
    const b = Buffer.from(presented);
    return a.length === b.length && timingSafeEqual(a, b);
  }
}

function parse(body: string): { caller: Caller; at: number } | null {
  try {
    const value = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { caller?: Caller; at?: number };
    const caller = value.caller;
    if (typeof value.at !== 'number' || !caller || typeof caller.id !== 'string' || !ROLES.includes(caller.role)) return null;
    const providers = caller.grants?.providers;
    if (providers && !providers.every((p) => PROVIDERS.includes(p))) return null;
    return { caller, at: value.at };
  } catch {
    return null;
  }
}

/**
 * The tokens of a process. `split`: the gateway and the subgraphs run in separate processes, which
 * must then share `auth.internalSecret` to trust each other.
 */
export function callerTokensFor(auth: { mode: 'none' | 'required'; internalSecret?: string | undefined }, split: boolean): CallerTokens {
  if (auth.mode === 'required' && split && !auth.internalSecret) {
    throw new Error('auth.internalSecret (or FLEETGRAPH_INTERNAL_SECRET) must be set, the same in every process, when the gateway and subgraphs run apart with auth.mode "required"');
  }
  return new CallerTokens(auth.mode === 'required', auth.internalSecret ?? null);
}
