// Where a provider's API token comes from: an environment variable, a file (a mounted secret) or
// the config itself. Shared by the providers whose credential is one token (DigitalOcean, Proxmox VE).
import { z } from 'zod';

export const secretSourceSchema = z.discriminatedUnion('type', [
  /** An environment variable holding the token. */
  z.object({ type: z.literal('env'), variable: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be an environment variable name') }).strict(),
  /** A file holding the token (a mounted secret); surrounding whitespace is ignored. */
  z.object({ type: z.literal('file'), path: z.string().min(1) }).strict(),
  /** The token itself (prefer env or file: a config file is easily shared). */
  z.object({ type: z.literal('token'), token: z.string().min(1) }).strict(),
]);

export type SecretSource = z.infer<typeof secretSourceSchema>;
