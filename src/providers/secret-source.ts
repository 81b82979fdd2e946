// A provider's API token, read where the config says (environment, file, or the config itself)
// when the first request needs it, and read again after a failure to read it (a secret mounted
// late) or after the API refused it (a secret rotated where the old one was revoked).
import { readFile } from 'node:fs/promises';
import type { SecretSource } from '../config/secret-source-schema.js';
import { Reusable } from './reusable.js';

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

export interface TokenSource {
  /** The token, read once and kept. */
  get(): Promise<string>;
  /** The API refused it (401): forgotten, so the next request reads it again. */
  rejected(): void;
}

/** `secrets` collects every token read, so that failures can be scrubbed of it. */
export function tokenSource(source: SecretSource, what: string, secrets: string[]): TokenSource {
  const token = new Reusable(async () => {
    const read = await readSecret(source, what);
    if (!secrets.includes(read)) secrets.push(read);
    return read;
  });
  return { get: () => token.get(), rejected: () => void token.take() };
}
