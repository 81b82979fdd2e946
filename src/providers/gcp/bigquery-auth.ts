// Credentials for BigQuery, resolved on first use. The BigQuery client needs its auth client when
// it is built, so it gets this stand-in: the library only ever asks it for request headers (the
// project id is always given, so it never asks for one), and credentials are resolved by auth.ts
// (whose scopes include BigQuery's read-only one), never by the library itself (which would probe
// the metadata server).
import type { AuthClient } from 'google-auth-library';
import { Reusable } from '../reusable.js';
import { CredentialError } from './errors.js';

/** The auth client handed to the BigQuery client: resolves on the first request; a failure is not remembered. */
export class LazyBigQueryAuth {
  private readonly auth: Reusable<AuthClient>;

  constructor(resolve: () => Promise<AuthClient>) {
    this.auth = new Reusable(resolve);
  }

  async getRequestHeaders(url?: string | URL): Promise<Headers> {
    const client = await this.client();
    try {
      return await client.getRequestHeaders(url);
    } catch (error) {
      throw new CredentialError(`cannot obtain an access token: ${messageOf(error)}`, { cause: error });
    }
  }

  private client(): Promise<AuthClient> {
    return this.auth.get();
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
