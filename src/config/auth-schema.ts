// Who may call the API. `none` asks nothing (the sandbox, loopback use); `required` takes API keys
// (stored only as SHA-256 hashes: `fleetgraph apikey create` mints one) and/or JWTs from an OIDC
// issuer, on HTTP (Authorization / x-api-key) and WebSocket (connection_init payload) alike.
import { z } from 'zod';

export const ROLES = ['viewer', 'operator', 'admin'] as const;

/** The part of the fleet a caller is granted; each absent list: all of it. */
export const grantsSchema = z
  .object({
    providers: z.array(z.enum(['aws', 'azure', 'gcp', 'digitalocean', 'proxmox', 'libvirt', 'containerd'])).min(1).optional(),
    accounts: z.array(z.string().min(1)).min(1).optional(),
    /** Regions (a region grants its zones too). */
    regions: z.array(z.string().min(1)).min(1).optional(),
  })
  .strict();

const apiKeySchema = z
  .object({
    /** Names the caller in logs (and later the audit log); part of the key itself. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be lower-case letters, digits and dashes'),
    /** SHA-256 of the key's secret part, hex, as `fleetgraph apikey create` prints it. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 hex digits (the SHA-256 fleetgraph apikey create prints)'),
    role: z.enum(ROLES).default('viewer'),
    /** Only these providers, accounts and regions (default: all). */
    scopes: grantsSchema.optional(),
  })
  .strict();

const jwtSchema = z
  .object({
    /** The issuer's JWKS endpoint (https://…/.well-known/jwks.json); or `jwksFile`. */
    jwksUrl: z.url().optional(),
    /** A JWKS document on disk, for issuers whose keys are distributed as files. */
    jwksFile: z.string().min(1).optional(),
    issuer: z.string().min(1),
    audience: z.string().min(1),
    clockSkewSeconds: z.number().int().min(0).max(300).default(30),
    /** The claim holding the caller's role (a string, or an array whose highest role wins). */
    roleClaim: z.string().min(1).default('fleetgraph_role'),
    /** The claim holding the caller's grants: an object like `scopes` of an API key; absent claim: all. */
    scopesClaim: z.string().min(1).default('fleetgraph_scopes'),
  })
  .strict()
  .refine((jwt) => (jwt.jwksUrl === undefined) !== (jwt.jwksFile === undefined), { message: 'give exactly one of jwksUrl and jwksFile' });

export const authSchema = z
  .object({
    mode: z.enum(['none', 'required']).default('none'),
    apiKeys: z.array(apiKeySchema).default([]),
    jwt: jwtSchema.optional(),
    /**
     * Signs the caller the gateway passes to the subgraphs (env FLEETGRAPH_INTERNAL_SECRET). Needed
     * when the gateway and subgraphs run in separate processes with mode "required"; in one process
     * a random one is made at start.
     */
    internalSecret: z.string().min(32, 'must be at least 32 characters').optional(),
    /** Also honour API keys minted into Redis (`fleetgraph apikey create --redis`), revocable at once; needs cache.redisUrl. */
    redisApiKeys: z.boolean().default(true),
  })
  .strict()
  .refine((auth) => new Set(auth.apiKeys.map((k) => k.id)).size === auth.apiKeys.length, { message: 'apiKeys ids must be unique' });

export type AuthConfig = z.infer<typeof authSchema>;

/** Why this auth config could never authenticate anyone, given whether a Redis is configured; null when it can. */
export function noWayToAuthenticate(auth: AuthConfig, redisConfigured: boolean): string | null {
  if (auth.mode === 'none' || auth.apiKeys.length > 0 || auth.jwt !== undefined || (auth.redisApiKeys && redisConfigured)) return null;
  return 'mode "required" needs apiKeys, jwt, or keys in Redis (cache.redisUrl): otherwise no caller could be authenticated';
}
export type GrantsConfig = z.infer<typeof grantsSchema>;
export type Role = (typeof ROLES)[number];
