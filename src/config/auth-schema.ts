// Who may call the API. `none` asks nothing (the sandbox, loopback use); `required` takes API keys
// (stored only as SHA-256 hashes: `fleetgraph apikey create` mints one) and/or JWTs from an OIDC
// issuer, on HTTP (Authorization / x-api-key) and WebSocket (connection_init payload) alike.
import { z } from 'zod';

export const ROLES = ['viewer', 'operator', 'admin'] as const;

const apiKeySchema = z
  .object({
    /** Names the caller in logs (and later the audit log); part of the key itself. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be lower-case letters, digits and dashes'),
    /** SHA-256 of the key's secret part, hex, as `fleetgraph apikey create` prints it. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 hex digits (the SHA-256 fleetgraph apikey create prints)'),
    role: z.enum(ROLES).default('viewer'),
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
  })
  .strict()
  .refine((jwt) => (jwt.jwksUrl === undefined) !== (jwt.jwksFile === undefined), { message: 'give exactly one of jwksUrl and jwksFile' });

export const authSchema = z
  .object({
    mode: z.enum(['none', 'required']).default('none'),
    apiKeys: z.array(apiKeySchema).default([]),
    jwt: jwtSchema.optional(),
  })
  .strict()
  .refine((auth) => auth.mode === 'none' || auth.apiKeys.length > 0 || auth.jwt !== undefined, {
    message: 'mode "required" needs apiKeys or jwt: otherwise no caller could be authenticated',
  })
  .refine((auth) => new Set(auth.apiKeys.map((k) => k.id)).size === auth.apiKeys.length, { message: 'apiKeys ids must be unique' });

export type AuthConfig = z.infer<typeof authSchema>;
export type Role = (typeof ROLES)[number];
