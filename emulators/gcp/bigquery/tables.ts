// The Cloud Billing export tables the emulator holds: `project.dataset.table`, in a location (the
// detailed export must live in the US or EU multi-region), standard
// (gcp_billing_export_v1_<ACCOUNT>) or detailed (gcp_billing_export_resource_v1_<ACCOUNT>, with
// the resource columns). Every one holds the whole fleet's bill: one billing account pays for
// every project.
import { bigQueryErrors } from './errors.js';

export interface BillingExportTable {
  project: string;
  dataset: string;
  table: string;
  /** Where the dataset lives: 'US' or 'EU'. */
  location: string;
}

/** The sandbox billing account (XXXXXX-XXXXXX-XXXXXX), as it appears in table names. */
export const SANDBOX_BILLING_ACCOUNT = '01A2B3_C4D5E6_F7A8B9';
export const SANDBOX_EXPORT_DATASET = 'billing_export';
export const DEFAULT_EXPORT_LOCATION = 'US';

/** The two tables the sandbox exports into, in the first project's `billing_export` dataset. */
export function sandboxExportTables(project: string): BillingExportTable[] {
  return ['gcp_billing_export_v1_', 'gcp_billing_export_resource_v1_'].map((prefix) => ({
    project,
    dataset: SANDBOX_EXPORT_DATASET,
    table: `${prefix}${SANDBOX_BILLING_ACCOUNT}`,
    location: DEFAULT_EXPORT_LOCATION,
  }));
}

export function tableId(t: BillingExportTable): string {
  return `${t.project}.${t.dataset}.${t.table}`;
}

/** Only the detailed export has `resource.name` and `resource.global_name`. */
export function isDetailed(t: BillingExportTable): boolean {
  return t.table.startsWith('gcp_billing_export_resource_v1_');
}

/**
 * The table a query names (`project.dataset.table`, as written between backticks), checked against
 * the tables held and the job's location when the caller gave one.
 */
export function resolveTable(reference: string, tables: readonly BillingExportTable[], jobLocation: string | undefined): BillingExportTable {
  const parts = reference.split('.');
  if (parts.length !== 3 || parts.some((p) => p === '')) {
    throw bigQueryErrors.invalidQuery(`Table name "${reference}" missing dataset while no default dataset is set in the request.`);
  }
  const [project, dataset, table] = parts as [string, string, string];
  const location = jobLocation ?? DEFAULT_EXPORT_LOCATION;
  const inDataset = tables.filter((t) => t.project === project && t.dataset === dataset && sameLocation(t.location, location, jobLocation));
  if (inDataset.length === 0) throw bigQueryErrors.datasetNotFound(project, dataset, location);
  const found = inDataset.find((t) => t.table === table);
  if (!found) throw bigQueryErrors.tableNotFound(project, dataset, table, location);
  return found;
}

/** Without a job location BigQuery runs the job where the table is. */
function sameLocation(tableLocation: string, location: string, given: string | undefined): boolean {
  return given === undefined || tableLocation.toUpperCase() === location.toUpperCase();
}
