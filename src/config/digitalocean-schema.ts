// The `providers.digitalocean` section: one entry per DigitalOcean team (the API token's account),
// its token from the environment (the default, DIGITALOCEAN_ACCESS_TOKEN as doctl reads it), a
// file or the config itself, and the regions wanted (every region when absent: the API lists a
// team's resources in all regions at once).
import { z } from 'zod';
import { isSafeTokenEndpoint } from './loopback.js';
import { secretSourceSchema } from './secret-source-schema.js';

export const digitalOceanAccountSchema = z
  .object({
    /** The team's UUID (`doctl account get` → Team UUID; GET /v2/account → account.team.uuid). */
    id: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'must be a team UUID'),
    name: z.string().min(1).optional(),
    /** Region slugs (nyc3, ams3, …) whose resources are listed; all of them when absent. */
    regions: z.array(z.string().regex(/^[a-z]{3}\d$/, 'must be a region slug such as nyc3 or ams3')).min(1).optional(),
    credentials: secretSourceSchema.default({ type: 'env', variable: 'DIGITALOCEAN_ACCESS_TOKEN' }),
    /** Overrides the API's base URL: https://host:port (http only on loopback: the emulator), the API under /v2. */
    endpoint: z
      .url()
      .refine(isSafeTokenEndpoint, 'must be an https:// URL (the token travels in a header); http:// only to this machine (localhost, 127.0.0.1)')
      .optional(),
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
