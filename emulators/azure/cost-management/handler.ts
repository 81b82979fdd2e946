// Cost Management's Query and Forecast at subscription scope:
//   POST /subscriptions/{id}/providers/Microsoft.CostManagement/query?api-version=…
//   POST /subscriptions/{id}/providers/Microsoft.CostManagement/forecast?api-version=…
// over the subscription's share of the fleet's bill. api-version is ignored (clients send recent
// ones). A definition that matches nothing answers 200 with no rows (or 204 when set so: the API
// documents both).
import type { BillableItem } from '../../kit/billing.js';
import type { EmulatorReply } from '../../kit/server.js';
import { forecastDefinition, queryDefinition, readBody } from './definition.js';
import { costManagementErrors } from './errors.js';
import { pageBody } from './answer.js';
import { forecastTable, queryTable } from './table.js';

export const COST_MANAGEMENT_ACTIONS = { query: 'costManagement.query', forecast: 'costManagement.forecast' } as const;
/** Rows per page unless set otherwise. */
export const DEFAULT_ROWS_PER_PAGE = 1000;

/** What the emulator's Cost Management is set to; tests change it through the emulator's controls. */
export interface CostManagementSettings {
  /** Rows per page before nextLink. */
  maxRowsPerPage: number;
  /** Answer 204 No Content rather than 200 with no rows when nothing matches. */
  noContentWhenEmpty: boolean;
}

export function defaultCostManagementSettings(): CostManagementSettings {
  return { maxRowsPerPage: DEFAULT_ROWS_PER_PAGE, noContentWhenEmpty: false };
}

/** A request matched to an operation: enough to log it, fault it and authorise it before running it. */
export interface CostManagementTarget {
  kind: 'query' | 'forecast';
  /** `costManagement.query` or `costManagement.forecast`. */
  action: string;
  /** The subscription the path names, lower-cased. */
  subscriptionId: string;
  /** The RBAC action (named in AuthorizationFailed answers). */
  permission: string;
}

const PATH = /^\/subscriptions\/([^/]+)\/providers\/microsoft\.costmanagement\/(query|forecast)\/?$/i;

/** The operation a path names; null when it is not a Cost Management query or forecast. */
export function costManagementTarget(pathname: string): CostManagementTarget | null {
  const m = PATH.exec(pathname);
  if (!m) return null;
  const kind = m[2]!.toLowerCase() as 'query' | 'forecast';
  return { kind, action: COST_MANAGEMENT_ACTIONS[kind], subscriptionId: m[1]!.toLowerCase(), permission: `Microsoft.CostManagement/${kind}/action` };
}

export interface CostManagementRequest {
  method: string;
  /** The full request URL: nextLinks are built from its origin, path and query. */
  url: URL;
  body: string;
}

export interface CostManagementCall {
  /** Every billable item of the fleet (all subscriptions); the answer covers the target's subscription. */
  items: readonly BillableItem[];
  settings: CostManagementSettings;
  /** A cap below the page size (the emulator's setMaxPageSize), or null. */
  pageCap?: number | null;
  now: Date;
}

/** The answer to an authorised request; failures are thrown as ArmError (the server answers them in ARM's shape). */
export function handleCostManagement(target: CostManagementTarget, request: CostManagementRequest, call: CostManagementCall): EmulatorReply {
  if (request.method.toUpperCase() !== 'POST') throw costManagementErrors.methodNotAllowed(request.method);
  const definition = readBody(request.body);
  const items = call.items.filter((item) => item.account.toLowerCase() === target.subscriptionId);
  const table =
    target.kind === 'query' ? queryTable(queryDefinition(definition, call.now), items, call.now) : forecastTable(forecastDefinition(definition, call.now), items, call.now);
  if (table.rows.length === 0 && call.settings.noContentWhenEmpty) return { status: 204, body: '' };
  const pageSize = Math.min(call.settings.maxRowsPerPage, call.pageCap ?? Number.POSITIVE_INFINITY);
  return { status: 200, body: pageBody(table, { url: request.url, definition, subscriptionId: target.subscriptionId, kind: target.kind, pageSize }) };
}
