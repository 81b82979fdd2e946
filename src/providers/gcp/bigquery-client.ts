// The BigQuery client the billing adapter queries the export through, built on first use (the
// package is large). `query()` makes these REST calls, each through the client's `request`:
//   POST {endpoint}/bigquery/v2/projects/{p}/queries          jobs.query (first page; jobComplete)
//   GET  {endpoint}/bigquery/v2/projects/{p}/queries/{jobId}  jobs.getQueryResults (?pageToken=…,
//        also while jobComplete is false)
// The library's own retries (retry-request: 2^n s backoff, no Retry-After) are switched off;
// `request` is where every HTTP attempt passes, so it is overridden once to retry with the shared
// policy and count each attempt in fleetgraph_upstream_requests_total{service="bigquery"}.
import type { BigQuery } from '@google-cloud/bigquery';
import type { GcpProjectConfig } from '../../config/schema.js';
import { countUpstreamRequest } from '../../telemetry/metrics.js';
import { ProviderError } from '../errors.js';
import { withRetries, type RetryPolicy } from '../retry.js';
import { resolveAuthClient } from './auth.js';
import { LazyBigQueryAuth } from './bigquery-auth.js';
import { normaliseBigQueryError, OPERATION, type BigQueryOperation } from './bigquery-errors.js';
import { ATTEMPTS, CredentialError, classifyGcpError } from './errors.js';
import type { CallLabels } from './rest-fetch.js';

/** One result row, by column name: every column the queries select is a STRING (or NULL). */
export type ResultRow = Record<string, string | null>;

export interface ExportQuery {
  query: string;
  params: Record<string, unknown>;
  /** Types of the parameters whose values do not say it (empty arrays, INT64 written as strings). */
  types: Record<string, string | string[] | Record<string, string | string[]>[]>;
}

export interface ExportQueryClient {
  /** Every row of the query, all pages read. */
  run(query: ExportQuery): Promise<ResultRow[]>;
}

export interface ExportQueryClientOptions {
  /** The project the query jobs run in (its credentials and endpoint are used). */
  project: GcpProjectConfig;
  policy: RetryPolicy;
  /** Waits before each attempt (for a rate-limit token); a ProviderError it throws fails the query, unsent. */
  beforeAttempt?(labels: CallLabels): Promise<void>;
  onRetry?(event: { operation: BigQueryOperation; attempt: number; delayMs: number; status: number | undefined }): void;
}

type RequestArgs = Parameters<BigQuery['request']>;
type RequestOptions = RequestArgs[0];
type RequestCallback = RequestArgs[1];

export async function createExportQueryClient(options: ExportQueryClientOptions): Promise<ExportQueryClient> {
  const { BigQuery } = await import('@google-cloud/bigquery');
  const { project, policy, onRetry, beforeAttempt } = options;

  class CountedBigQuery extends BigQuery {
    override request(reqOpts: RequestOptions, callback: RequestCallback): void {
      const operation = operationOfRequest(reqOpts);
      const attempt = async () => {
        await beforeAttempt?.({ service: 'bigquery', operation });
        return new Promise<Parameters<RequestCallback>>((resolve, reject) => {
          super.request(reqOpts, (error, ...rest) => {
            // A credential failure happens before anything is sent.
            if (!(error instanceof CredentialError)) countUpstreamRequest('gcp', 'bigquery', operation, error ? 'error' : 'ok');
            if (error) reject(error);
            else resolve([null, ...rest]);
          });
        });
      };
      retried(attempt, operation, policy, onRetry).then(
        (args) => callback(...args),
        (error: unknown) => callback(error as Error, undefined, (error as { response?: never }).response),
      );
    }
  }

  const client = new CountedBigQuery({
    projectId: project.id,
    ...(project.endpoint ? { apiEndpoint: project.endpoint.replace(/\/+$/, '') } : {}),
    authClient: new LazyBigQueryAuth(() => resolveAuthClient(project)) as never,
    retryOptions: { autoRetry: false, maxRetries: 0 },
  });
  return {
    async run({ query, params, types }) {
      const [rows] = await client.query({ query, params, types, useLegacySql: false });
      return rows as ResultRow[];
    },
  };
}

function operationOfRequest(reqOpts: RequestOptions): BigQueryOperation {
  return (reqOpts.method ?? 'GET').toUpperCase() === 'POST' ? 'bigquery.query' : 'bigquery.getQueryResults';
}

/** Retries one request by the shared policy; the error it finally fails with says which call and how many attempts. */
async function retried<T>(attempt: () => Promise<T>, operation: BigQueryOperation, policy: RetryPolicy, onRetry: ExportQueryClientOptions['onRetry']): Promise<T> {
  let attempts = 0;
  try {
    return await withRetries(
      () => {
        attempts++;
        return attempt();
      },
      policy,
      {
        classify(error) {
          if (error instanceof ProviderError) return { category: error.category, retryAfterMs: null, final: true };
          const info = classifyGcpError(normaliseBigQueryError(error));
          return { category: info.category, retryAfterMs: info.retryAfterMs };
        },
        onRetry: ({ attempt: n, delayMs, error }) => onRetry?.({ operation, attempt: n, delayMs, status: classifyGcpError(normaliseBigQueryError(error)).status }),
      },
    );
  } catch (error) {
    if (typeof error === 'object' && error !== null) {
      Object.defineProperty(error, OPERATION, { value: operation, enumerable: false, configurable: true });
      Object.defineProperty(error, ATTEMPTS, { value: attempts, enumerable: false, configurable: true });
    }
    throw error;
  }
}
