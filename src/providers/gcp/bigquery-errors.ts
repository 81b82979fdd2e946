// The BigQuery client's failures in the shape errors.ts reads. @google-cloud/common rejects with
// an ApiError whose `code` is the HTTP status and whose `response` is teeny-request's
// ({statusCode, headers as a plain object, body as text or JSON}); Google's JSON error (status
// name, legacy reasons such as rateLimitExceeded) is in that body. Network failures and
// CredentialError pass through: errors.ts reads them as they are.
import { ATTEMPTS, CredentialError } from './errors.js';

export type BigQueryOperation = 'bigquery.query' | 'bigquery.getQueryResults';

/** Set on the error a request finally failed with: which of the two calls it was. */
export const OPERATION = Symbol.for('fleetgraph.gcp.bigquery.operation');

interface ApiErrorShape {
  code?: unknown;
  message?: unknown;
  errors?: unknown;
  response?: { statusCode?: unknown; headers?: unknown; body?: unknown };
}

/** `{response: {status, headers, data: {error}}}`, as classifyGcpError reads a Google error; other errors unchanged. */
export function normaliseBigQueryError(error: unknown): unknown {
  if (error instanceof CredentialError || typeof error !== 'object' || error === null) return error;
  const e = error as ApiErrorShape;
  const status = typeof e.response?.statusCode === 'number' ? e.response.statusCode : typeof e.code === 'number' ? e.code : undefined;
  if (status === undefined) return error;
  const data = googleError(e.response?.body) ?? { error: { code: status, message: typeof e.message === 'string' ? e.message : '', errors: e.errors } };
  const normalised = Object.assign(new Error(data.error.message ?? ''), {
    name: 'BigQueryError',
    response: { status, headers: e.response?.headers ?? {}, data },
  });
  for (const key of [ATTEMPTS, OPERATION]) {
    const value = (error as Record<symbol, unknown>)[key];
    if (value !== undefined) Object.defineProperty(normalised, key, { value, enumerable: false });
  }
  return normalised;
}

export function operationOf(error: unknown): BigQueryOperation | undefined {
  return typeof error === 'object' && error !== null ? ((error as Record<symbol, unknown>)[OPERATION] as BigQueryOperation | undefined) : undefined;
}

function googleError(body: unknown): { error: { message?: string } } | null {
  let value = body;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return null;
    }
  }
  if (typeof value !== 'object' || value === null || !('error' in value)) return null;
  const inner = (value as { error: unknown }).error;
  return typeof inner === 'object' && inner !== null ? (value as { error: { message?: string } }) : null;
}
