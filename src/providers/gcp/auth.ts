// Credentials → a resolved google-auth-library client, per project, before any SDK client sees
// it. Resolving here (and handing the SDK only a ready client, see rest-fetch.ts) is what keeps the
// library from resolving credentials itself: given nothing, it probes the metadata server inside
// an `initialize().catch(err => { throw err })`, and that unhandled rejection ends the process.
// Here every failure is a CredentialError (→ ProviderError AUTH) on the call that needed it.
import type { AuthClient } from 'google-auth-library';
import type { GcpProjectConfig } from '../../config/schema.js';
import { CredentialError } from './errors.js';

/** Read-only scopes: Compute Engine inventory and Cloud Monitoring reads. */
export const GCP_SCOPES = [
  'https://www.googleapis.com/auth/compute.readonly',
  'https://www.googleapis.com/auth/monitoring.read',
  // The Cloud Billing Catalog (prices) and the billing export in BigQuery (spend).
  'https://www.googleapis.com/auth/cloud-billing.readonly',
  'https://www.googleapis.com/auth/bigquery.readonly',
];

export async function resolveAuthClient(project: GcpProjectConfig): Promise<AuthClient> {
  const { GoogleAuth, OAuth2Client } = await import('google-auth-library');
  const c = project.credentials;
  try {
    switch (c.type) {
      case 'accessToken': {
        // A bare token: no expiry known, nothing to refresh it with (a 401 is final).
        const client = new OAuth2Client();
        client.setCredentials({ access_token: c.token, token_type: 'Bearer' });
        return client;
      }
      case 'serviceAccountKey':
        return await new GoogleAuth({ keyFile: c.keyFile, scopes: GCP_SCOPES }).getClient();
      case 'default':
        return await new GoogleAuth({ scopes: GCP_SCOPES }).getClient();
    }
  } catch (error) {
    throw new CredentialError(`cannot load ${describe(c.type)} credentials: ${messageOf(error)}`, { cause: error });
  }
}

function describe(type: GcpProjectConfig['credentials']['type']): string {
  switch (type) {
    case 'accessToken':
      return 'access-token';
    case 'serviceAccountKey':
      return 'service account key';
    case 'default':
      return 'application default';
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Secrets of a project's config, so messages can be scrubbed of them. */
export function secretsOf(project: GcpProjectConfig): string[] {
  return project.credentials.type === 'accessToken' ? [project.credentials.token] : [];
}
