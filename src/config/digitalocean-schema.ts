// The `providers.digitalocean` section: one entry per DigitalOcean team (the API token's account),
// its token from the environment (the default, DIGITALOCEAN_ACCESS_TOKEN as doctl reads it), a
// file or the config itself, and the regions wanted (every region when absent: the API lists a
// team's resources in all regions at once).
import { z } from 'zod';

const tokenSource = z.discriminatedUnion('type', [
  /** An environment variable holding the token. */
  z.object({ type: z.literal('env'), variable: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be an environment variable name') }).strict(),
  /** A file holding the token (a mounted secret); surrounding whitespace is ignored. */
  z.object({ type: z.literal('file'), path: z.string().min(1) }).strict(),
  /** The token itself (prefer env or file: a config file is easily shared). */
  z.object({ type: z.literal('token'), token: z.string().min(1) }).strict(),
]);

export const digitalOceanAccountSchema = z
  .object({
    /** The team's UUID (`doctl account get` → Team UUID; GET /v2/account → account.team.uuid). */
    id: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'must be a team UUID'),
    name: z.string().min(1).optional(),
    /** Region slugs (nyc3, ams3, …) whose resources are listed; all of them when absent. */
    regions: z.array(z.string().regex(/^[a-z]{3}\d$/, 'must be a region slug such as nyc3 or ams3')).min(1).optional(),
    credentials: tokenSource.default({ type: 'env', variable: 'DIGITALOCEAN_ACCESS_TOKEN' }),
    /** Overrides the API's base URL (the emulator): http(s)://host:port, the API under /v2. */
    endpoint: z.url().optional(),
  })
  .strict();

export const digitalOceanProviderSchema = z
  .object({
    accounts: z.array(digitalOceanAccountSchema).min(1),
    /** Attempts per request, including the first (429 and 5xx are retried). */
    maxAttempts: z.number().int().min(1).max(10).default(3),
  })
  .strict();

export type DigitalOceanProviderConfig = z.infer<typeof digitalOceanProviderSchema>;
export type DigitalOceanAccountConfig = z.infer<typeof digitalOceanAccountSchema>;
export type DigitalOceanTokenSource = DigitalOceanAccountConfig['credentials'];
