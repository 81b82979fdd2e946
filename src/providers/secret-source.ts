// A provider's API token, read where the config says (environment, file, or the config itself)
// when the first request needs it, and read again after a failure (a secret mounted late, rotated).
import { readFile } from 'node:fs/promises';
import type { SecretSource } from '../config/secret-source-schema.js';

/** The token could not be read: raised before any request is sent. */
export class TokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TokenError';
  }
}

/** `what` names the token in errors ("DigitalOcean token", "Proxmox VE API token"). */
export async function readSecret(source: SecretSource, what: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  switch (source.type) {
    case 'token':
      return source.token;
    case 'env': {
      const token = env[source.variable]?.trim();
      if (!token) throw new TokenError(`environment variable ${source.variable} holds no ${what}`);
      return token;
    }
    case 'file': {
      let text: string;
      try {
        text = await readFile(source.path, 'utf8');
      } catch (error) {
        throw new TokenError(`cannot read the token file ${source.path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      }
      if (!text.trim()) throw new TokenError(`the token file ${source.path} is empty`);
      return text.trim();
    }
  }
}

/** The token itself when the config holds it (scrubbed from every failure); a token read from elsewhere is added once read. */
export function configuredSecrets(source: SecretSource): string[] {
  return source.type === 'token' ? [source.token] : [];
}
