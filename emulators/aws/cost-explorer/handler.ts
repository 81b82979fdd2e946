// Cost Explorer (AWS JSON 1.1, X-Amz-Target AWSInsightsIndexService.<Operation>) over the fleet's
// bill. The payer (management) account sees every linked account; a member account sees itself.
// Resource-level data needs the calling account's opt-in.
import type { BillableItem } from '../../kit/billing.js';
import { costExplorerErrors } from './errors.js';
import type { CeExpression } from './expression.js';
import { getCostForecast, type ForecastRequest } from './forecast.js';
import { COMPUTE_SERVICE, getCostAndUsage, type UsageRequest } from './usage.js';

export const COST_EXPLORER_TARGET_PREFIX = 'AWSInsightsIndexService.';
export const COST_EXPLORER_OPERATIONS = ['GetCostAndUsage', 'GetCostAndUsageWithResources', 'GetCostForecast'] as const;

/** What the emulator's Cost Explorer is set to; tests change it through the emulator's controls. */
export interface CostExplorerSettings {
  /** The management account: it sees the bill of every account. */
  payerAccount: string;
  /** Accounts that enabled resource-level data in their Cost Explorer preferences. */
  resourceLevelOptIn: Set<string>;
  /** Groups (period × group key) per page before NextPageToken. */
  maxGroupsPerPage: number;
  /** Accounts whose caller has no ce:* permission (AccessDeniedException). */
  deniedAccounts: Set<string>;
}

export interface CostExplorerCall {
  caller: string;
  /** Every billable item of the fleet, all accounts. */
  items: readonly BillableItem[];
  settings: CostExplorerSettings;
  now: Date;
}

export function costExplorerOperation(target: string): string {
  return target.startsWith(COST_EXPLORER_TARGET_PREFIX) ? target.slice(COST_EXPLORER_TARGET_PREFIX.length) : '';
}

export function handleCostExplorer(operation: string, rawBody: string, call: CostExplorerCall): string {
  if (call.settings.deniedAccounts.has(call.caller)) {
    throw costExplorerErrors.accessDenied(call.caller, operation);
  }
  const request = parseBody(rawBody);
  const items = call.caller === call.settings.payerAccount ? call.items : call.items.filter((item) => item.account === call.caller);
  switch (operation) {
    case 'GetCostAndUsage':
      return JSON.stringify(getCostAndUsage(request as UsageRequest, usageContext(call, items, false)));
    case 'GetCostAndUsageWithResources':
      checkResourceLevel(call, request as UsageRequest);
      return JSON.stringify(getCostAndUsage(request as UsageRequest, usageContext(call, items, true)));
    case 'GetCostForecast':
      return JSON.stringify(getCostForecast(request as ForecastRequest, items, call.now));
    default:
      throw costExplorerErrors.unknownOperation(operation);
  }
}

function usageContext(call: CostExplorerCall, items: readonly BillableItem[], withResources: boolean) {
  return { items, now: call.now, maxGroupsPerPage: call.settings.maxGroupsPerPage, withResources };
}

function checkResourceLevel(call: CostExplorerCall, request: UsageRequest): void {
  if (!call.settings.resourceLevelOptIn.has(call.caller)) {
    throw costExplorerErrors.dataUnavailable(
      `Resource-level data is not enabled for account ${call.caller}: enable it in the Cost Explorer preferences of the management account`,
    );
  }
  if (!namesService(request.Filter, COMPUTE_SERVICE)) {
    throw costExplorerErrors.validation(`GetCostAndUsageWithResources needs a Filter on SERVICE = "${COMPUTE_SERVICE}"`);
  }
}

function namesService(filter: CeExpression | undefined, service: string): boolean {
  if (!filter) return false;
  if (filter.Dimensions) return filter.Dimensions.Key === 'SERVICE' && (filter.Dimensions.Values ?? []).includes(service);
  return (filter.And ?? []).some((part) => namesService(part, service));
}

function parseBody(rawBody: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(rawBody || '{}');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // answered below
  }
  throw costExplorerErrors.validation('The request body is not a JSON object');
}
