// GetCostAndUsage and GetCostAndUsageWithResources over the fleet's cost lines: filtered, grouped
// by at most two keys, split into DAILY or MONTHLY periods, paged by groups with NextPageToken.
// The sandbox has no reservations or savings plans, so every cost metric has the same amount.
import { costLines, sumLines, type BillableItem, type CostLine } from '../../kit/billing.js';
import { DAY } from '../../kit/time.js';
import { costExplorerErrors } from './errors.js';
import { dimensionOf, matches, type CeExpression } from './expression.js';
import { checkGranularity, dateText, parseTimePeriod, periodsOf, type CeTimePeriod, type Window } from './periods.js';

export const COST_METRICS = ['UnblendedCost', 'AmortizedCost', 'BlendedCost', 'NetUnblendedCost', 'NetAmortizedCost'] as const;
export const COMPUTE_SERVICE = 'Amazon Elastic Compute Cloud - Compute';
/** How far back resource-level data reaches. */
export const RESOURCE_LEVEL_DAYS = 14;
/** How far back Cost Explorer keeps data (months, plus the current one). */
export const HISTORY_MONTHS = 13;

export interface CeGroupDefinition {
  Type?: string;
  Key?: string;
}

export interface UsageRequest {
  TimePeriod?: CeTimePeriod;
  Granularity?: string;
  Filter?: CeExpression;
  Metrics?: string[];
  GroupBy?: CeGroupDefinition[];
  NextPageToken?: string;
}

export interface UsageContext {
  /** The items the caller may see (the payer sees every linked account; a member only itself). */
  items: readonly BillableItem[];
  now: Date;
  maxGroupsPerPage: number;
  withResources: boolean;
}

interface PageEntry {
  period: Window;
  keys: string[] | null;
  amount: string;
}

export function getCostAndUsage(request: UsageRequest, context: UsageContext): object {
  const window = parseTimePeriod(request.TimePeriod);
  const granularity = checkGranularity(request.Granularity, context.withResources ? ['DAILY', 'HOURLY'] : ['DAILY', 'MONTHLY']);
  if (granularity === 'HOURLY') throw costExplorerErrors.validation('Hourly granularity needs hourly opt-in, which this account has not enabled');
  const metrics = checkMetrics(request.Metrics);
  const groupBy = checkGroupBy(request.GroupBy ?? [], context.withResources);
  checkHistory(window, context);
  const lines = costLines(context.items, new Date(window.from), new Date(window.to), context.now).filter((line) => matches(line, request.Filter));
  const entries = periodsOf(window, granularity).flatMap((period) => entriesOf(period, lines, groupBy));
  const offset = pageOffset(request.NextPageToken, entries.length);
  const page = entries.slice(offset, offset + context.maxGroupsPerPage);
  const next = offset + page.length < entries.length ? Buffer.from(String(offset + page.length)).toString('base64') : undefined;
  return {
    GroupDefinitions: groupBy.length > 0 ? groupBy : undefined,
    ResultsByTime: resultsByTime(page, metrics, groupBy.length > 0, context.now),
    DimensionValueAttributes: [],
    ...(next ? { NextPageToken: next } : {}),
  };
}

function entriesOf(period: Window, lines: readonly CostLine[], groupBy: readonly CeGroupDefinition[]): PageEntry[] {
  const inPeriod = lines.filter((line) => line.day.getTime() >= period.from && line.day.getTime() < period.to);
  if (groupBy.length === 0) {
    const total = sumLines(inPeriod, () => 'total', (k) => k)[0];
    return [{ period, keys: null, amount: total ? total.amount.toFixed(10) : '0' }];
  }
  return sumLines(inPeriod, (line) => groupBy.map((g) => groupKey(line, g)), (keys) => keys.join('\u0000'))
    .sort((a, b) => a.key.join('\u0000').localeCompare(b.key.join('\u0000')))
    .map(({ key, amount }) => ({ period, keys: key, amount: amount.toFixed(10) }));
}

function groupKey(line: CostLine, group: CeGroupDefinition): string {
  if (group.Type === 'TAG') return `${group.Key}$${line.item.tags[group.Key!] ?? ''}`;
  return dimensionOf(line, group.Key!);
}

function resultsByTime(page: readonly PageEntry[], metrics: readonly string[], grouped: boolean, now: Date): object[] {
  const byPeriod = new Map<number, { period: Window; entries: PageEntry[] }>();
  for (const entry of page) {
    const slot = byPeriod.get(entry.period.from) ?? { period: entry.period, entries: [] };
    slot.entries.push(entry);
    byPeriod.set(entry.period.from, slot);
  }
  return [...byPeriod.values()].map(({ period, entries }) => ({
    TimePeriod: { Start: dateText(period.from), End: dateText(period.to) },
    Total: grouped ? {} : metricValues(metrics, entries[0]!.amount),
    Groups: grouped ? entries.map((e) => ({ Keys: e.keys, Metrics: metricValues(metrics, e.amount) })) : [],
    // The bill of a period that has not ended is not final.
    Estimated: period.to > Math.floor(now.getTime() / DAY) * DAY,
  }));
}

function metricValues(metrics: readonly string[], amount: string): Record<string, { Amount: string; Unit: string }> {
  return Object.fromEntries(metrics.map((m) => [m, { Amount: amount, Unit: 'USD' }]));
}

function checkMetrics(metrics: string[] | undefined): string[] {
  if (!metrics || metrics.length === 0) throw costExplorerErrors.validation('Metrics must name at least one metric');
  const unknown = metrics.find((m) => !(COST_METRICS as readonly string[]).includes(m));
  if (unknown) throw costExplorerErrors.validation(`Metric ${unknown} is not supported; use one of ${COST_METRICS.join(', ')}`);
  return metrics;
}

function checkGroupBy(groupBy: CeGroupDefinition[], withResources: boolean): CeGroupDefinition[] {
  if (groupBy.length > 2) throw costExplorerErrors.validation('GroupBy accepts at most two keys');
  for (const group of groupBy) {
    if (!group.Key || (group.Type !== 'DIMENSION' && group.Type !== 'TAG')) {
      throw costExplorerErrors.validation('Each GroupBy needs Type DIMENSION or TAG and a Key');
    }
    if (group.Type === 'DIMENSION' && group.Key === 'RESOURCE_ID' && !withResources) {
      throw costExplorerErrors.validation('RESOURCE_ID is only available with GetCostAndUsageWithResources');
    }
  }
  return groupBy;
}

function checkHistory(window: Window, context: UsageContext): void {
  const now = context.now.getTime();
  if (context.withResources) {
    const earliest = Math.floor(now / DAY) * DAY - RESOURCE_LEVEL_DAYS * DAY;
    if (window.from < earliest) {
      throw costExplorerErrors.validation(`Resource-level data is available for the last ${RESOURCE_LEVEL_DAYS} days only: Start must be ${dateText(earliest)} or later`);
    }
    return;
  }
  const d = new Date(now);
  const earliest = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - HISTORY_MONTHS + 1, 1);
  if (window.from < earliest) throw costExplorerErrors.validation(`Start must be ${dateText(earliest)} or later: Cost Explorer keeps ${HISTORY_MONTHS} months`);
}

function pageOffset(token: string | undefined, total: number): number {
  if (token === undefined) return 0;
  const offset = Number(Buffer.from(token, 'base64').toString('utf8'));
  if (!Number.isInteger(offset) || offset <= 0 || offset >= total) throw costExplorerErrors.invalidNextToken();
  return offset;
}
