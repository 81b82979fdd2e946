// GCP spend from the Cloud Billing export to BigQuery (costs.gcp.billingExportTable), the only
// place GCP's actual cost is. Each method is one query job: jobs.query, then one
// jobs.getQueryResults per further page. Jobs run in (and are billed to) the table's project when
// it is a configured one, else the first configured project, with that project's credentials and
// endpoint. What the export can and cannot say:
//   - ACTUAL = cost + credits. AMORTIZED: the export has no amortised figure for on-demand usage
//     (committed-use fees appear as they are charged), so it answers the same as ACTUAL.
//   - Forecast: BigQuery has none; the run rate of the last 7 complete days carried over the
//     window, with no prediction interval (lower and upper null).
//   - Per-resource spend needs the detailed export (gcp_billing_export_resource_v1_…), and covers
//     Compute Engine instances and disks, named as the model names them (their resource name).
import type { Logger } from 'pino';
import type { CostsConfig, GcpProjectConfig, GcpProviderConfig } from '../../config/schema.js';
import { logger as rootLogger } from '../../telemetry/logger.js';
import type { BillingAdapter, ForecastQuery, ResourceSpendQuery, SpendQuery } from '../billing.js';
import { ProviderError } from '../errors.js';
import type { RateLimitOptions } from '../rate-limits/limiter.js';
import { retryPolicy, type RetryPolicy } from '../retry.js';
import type { Scope } from '../types.js';
import { secretsOf } from './auth.js';
import { rateLimitHook } from './clients.js';
import { createExportQueryClient, type ExportQuery, type ExportQueryClient, type ResultRow } from './bigquery-client.js';
import { normaliseBigQueryError, operationOf } from './bigquery-errors.js';
import { coveredProjects, exportTableOf, forecastQuery, resourceSpendQuery, spendQuery, type ExportTable } from './billing-export-queries.js';
import { forecastOf, resourceSpendOf, spendRowsOf } from './billing-export-rows.js';
import { toProviderError } from './errors.js';
import { gcpBilling } from './outline.js';
import type { CallLabels } from './rest-fetch.js';

export interface GcpBillingOptions extends RateLimitOptions {
  logger?: Logger;
  /** Backoff timings (the attempt count comes from the config's maxAttempts). */
  retry?: Partial<Omit<RetryPolicy, 'maxAttempts'>>;
  /** "Now" for the forecast's basis window and for `estimated`. */
  clock?: () => Date;
}

export function createGcpBillingAdapter(gcp: GcpProviderConfig, costs: CostsConfig, options: GcpBillingOptions = {}): BillingAdapter | undefined {
  const tableId = costs.gcp.billingExportTable;
  if (!tableId) return undefined;
  const table = exportTableOf(tableId);
  const caller = callerProject(gcp, table);
  const scope: Scope = { provider: 'gcp', account: caller.id, region: '' };
  const configured = gcp.projects.map((p) => p.id);
  const clock = options.clock ?? (() => new Date());
  const run = runner(caller, table, retryPolicy(gcp.maxAttempts, options.retry), options.logger ?? rootLogger('providers.gcp.billing'), rateLimitHook(options.rateLimits, caller.id));

  return {
    provider: 'gcp',
    ...gcpBilling(tableId),
    async spend(query: SpendQuery) {
      const projects = coveredProjects(configured, query.filter);
      if (projects.length === 0) return [];
      return spendRowsOf(await run(spendQuery(table, query, projects, scope)), query, clock());
    },
    async resourceSpend(query: ResourceSpendQuery) {
      if (!table.detailed) {
        throw new ProviderError('NOT_CONFIGURED', scope, 'bigquery.query', null, `${table.id} is the standard export, which names no resources: configure the detailed export (gcp_billing_export_resource_v1_…)`);
      }
      return resourceSpendOf(await run(resourceSpendQuery(table, query)));
    },
    async forecast(query: ForecastQuery) {
      const projects = coveredProjects(configured, query.filter);
      if (projects.length === 0) return { total: { amount: '0', currency: costs.gcp.currency }, lower: null, upper: null };
      const answer = forecastOf(await run(forecastQuery(table, query, projects, clock())), costs.gcp.currency);
      if ('currencies' in answer) throw new ProviderError('UNKNOWN', scope, 'bigquery.query', null, `the billing export holds several currencies (${answer.currencies.join(', ')})`);
      return answer;
    },
    async close() {
      // The BigQuery client holds no connection of its own to close.
    },
  };
}

/** The table's project when configured (its credentials can read its own dataset), else the first configured project. */
function callerProject(gcp: GcpProviderConfig, table: ExportTable): GcpProjectConfig {
  return gcp.projects.find((p) => p.id === table.project) ?? gcp.projects[0]!;
}

/** Runs export queries through one lazily built client; every failure leaves as a ProviderError. */
function runner(
  caller: GcpProjectConfig,
  table: ExportTable,
  policy: RetryPolicy,
  log: Logger,
  beforeAttempt: (labels: CallLabels) => Promise<void>,
): (query: ExportQuery) => Promise<ResultRow[]> {
  const scope: Scope = { provider: 'gcp', account: caller.id, region: '' };
  let client: Promise<ExportQueryClient> | undefined;
  const clientOf = () => {
    if (!client) {
      const pending = createExportQueryClient({
        project: caller,
        policy,
        beforeAttempt,
        onRetry: (event) => log.debug({ ...event, table: table.id }, 'bigquery call retried'),
      });
      client = pending;
      pending.catch(() => {
        if (client === pending) client = undefined;
      });
    }
    return client;
  };
  return async (query) => {
    try {
      return await (await clientOf()).run(query);
    } catch (error) {
      throw failure(error, scope, table, secretsOf(caller));
    }
  };
}

/** The ProviderError of a failed query; a missing table is named as configured. */
function failure(error: unknown, scope: Scope, table: ExportTable, secrets: readonly string[]): ProviderError {
  if (error instanceof ProviderError) return error;
  const wrapped = toProviderError(normaliseBigQueryError(error), scope, operationOf(error) ?? 'bigquery.query', secrets);
  if (wrapped.category !== 'NOT_FOUND' || wrapped.operation !== 'bigquery.query') return wrapped;
  const detail = wrapped.message.slice(wrapped.message.indexOf(': ') + 2);
  return new ProviderError('NOT_FOUND', scope, wrapped.operation, wrapped.providerCode, `${detail} (costs.gcp.billingExportTable is ${table.id})`, { cause: wrapped.cause });
}
