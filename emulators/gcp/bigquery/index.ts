// BigQuery over the Cloud Billing export, for the GCP server to route `/bigquery/v2/…` to.
export { COMPUTE_ENGINE_SERVICE, gcpBillableItems, type GcpBillableItem, type GcpBillingPrices } from './billable.js';
export { bigQueryErrors } from './errors.js';
export { EXPORT_COST_DECIMALS } from './export-rows.js';
export {
  BIGQUERY_ACTIONS,
  BIGQUERY_SERVICE,
  DEFAULT_MAX_ROWS_PER_PAGE,
  bigQueryTarget,
  handleBigQuery,
  type BigQueryAction,
  type BigQueryContext,
  type BigQueryRequest,
  type BigQuerySettings,
  type BigQueryTarget,
} from './handler.js';
export { QueryJobs } from './jobs.js';
export { SANDBOX_BILLING_ACCOUNT, sandboxExportTables, tableId, type BillingExportTable } from './tables.js';
