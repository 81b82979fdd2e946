// The normalised spend questions as billing-export queries (their named parameters and types),
// and the export table they run over.
import type { ForecastQuery, ResourceSpendQuery, SpendFilter, SpendQuery } from '../billing.js';
import { ProviderError } from '../errors.js';
import type { Scope } from '../types.js';
import type { ExportQuery } from './bigquery-client.js';
import { forecastSql, resourceSpendSql, spendSql } from './billing-export-sql.js';

export interface ExportTable {
  /** project.dataset.table */
  id: string;
  project: string;
  /** The detailed export (gcp_billing_export_resource_v1_…) names resources; the standard one does not. */
  detailed: boolean;
}

/** Days of complete spend the forecast's run rate is taken over. */
export const RUN_RATE_BASIS_DAYS = 7;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export function exportTableOf(id: string): ExportTable {
  const [project, , table] = id.split('.') as [string, string, string];
  return { id, project, detailed: table.startsWith('gcp_billing_export_resource_v1_') };
}

const FILTER_TYPES = {
  projects: ['STRING'],
  start_time: 'TIMESTAMP',
  end_time: 'TIMESTAMP',
  regions: ['STRING'],
  services: ['STRING'],
  label_filters: [{ key: 'STRING', accepted: ['STRING'] }],
};

function filterParams(filter: SpendFilter, projects: readonly string[], from: Date, to: Date) {
  return {
    projects: [...projects],
    start_time: from,
    end_time: to,
    regions: filter.regions ?? [],
    services: filter.services ?? [],
    label_filters: (filter.tags ?? []).map((t) => ({ key: t.key, accepted: [...t.values] })),
  };
}

export function spendQuery(table: ExportTable, query: SpendQuery, projects: readonly string[], scope: Scope): ExportQuery {
  if (query.groupBy.length > 2) throw invalid(scope, 'spend groups by at most two dimensions');
  const groups = [query.groupBy[0], query.groupBy[1]].map((g) => {
    if (g?.dimension === 'TAG' && !g.tagKey) throw invalid(scope, 'grouping by TAG needs a tag (label) key');
    return { dimension: g?.dimension ?? '', label: g?.dimension === 'TAG' ? g.tagKey! : '' };
  });
  return {
    query: spendSql(table.id),
    params: {
      ...filterParams(query.filter, projects, query.from, query.to),
      granularity: query.granularity,
      group_1: groups[0]!.dimension,
      group_1_label: groups[0]!.label,
      group_2: groups[1]!.dimension,
      group_2_label: groups[1]!.label,
    },
    types: { ...FILTER_TYPES, granularity: 'STRING', group_1: 'STRING', group_1_label: 'STRING', group_2: 'STRING', group_2_label: 'STRING' },
  };
}

export function resourceSpendQuery(table: ExportTable, query: ResourceSpendQuery): ExportQuery {
  return {
    query: resourceSpendSql(table.id),
    params: { project: query.account, start_time: query.from, end_time: query.to },
    types: { project: 'STRING', start_time: 'TIMESTAMP', end_time: 'TIMESTAMP' },
  };
}

/**
 * BigQuery has no forecast: the run rate of the last RUN_RATE_BASIS_DAYS complete UTC days before
 * `now`, carried over the forecast window hour for hour.
 */
export function forecastQuery(table: ExportTable, query: ForecastQuery, projects: readonly string[], now: Date): ExportQuery {
  const today = Math.floor(now.getTime() / DAY) * DAY;
  const forecastHours = Math.max(0, Math.round((query.to.getTime() - query.from.getTime()) / HOUR));
  return {
    query: forecastSql(table.id),
    params: {
      ...filterParams(query.filter, projects, new Date(today - RUN_RATE_BASIS_DAYS * DAY), new Date(today)),
      forecast_hours: String(forecastHours),
      basis_hours: String(RUN_RATE_BASIS_DAYS * 24),
    },
    types: { ...FILTER_TYPES, forecast_hours: 'INT64', basis_hours: 'INT64' },
  };
}

/** The projects a query may cover: the configured ones, narrowed by the filter's accounts. */
export function coveredProjects(configured: readonly string[], filter: SpendFilter): string[] {
  return filter.accounts?.length ? configured.filter((p) => filter.accounts!.includes(p)) : [...configured];
}

function invalid(scope: Scope, message: string): ProviderError {
  return new ProviderError('INVALID_INPUT', scope, 'bigquery.query', null, message);
}
