// AWS spend from Cost Explorer, called once per query shape through the costs account (the payer
// sees every linked account). Every request, each page included, is billed ($0.01): the counting
// middleware puts each one in fleetgraph_upstream_requests_total{service="costexplorer"}.
import {
  CostExplorerClient,
  GetCostAndUsageCommand,
  GetCostAndUsageWithResourcesCommand,
  GetCostForecastCommand,
  type GetCostAndUsageCommandOutput,
} from '@aws-sdk/client-cost-explorer';
import { Decimal } from 'decimal.js';
import type { AwsProviderConfig, CostsConfig } from '../../config/schema.js';
import type { BillingAdapter, ForecastQuery, ResourceSpendQuery, SpendQuery, SpendRow } from '../billing.js';
import { ProviderError } from '../errors.js';
import type { RateLimitOptions } from '../rate-limits/limiter.js';
import { costsAccount, type CostsAccount } from './costs-account.js';
import {
  COMPUTE_SERVICE,
  FORECAST_METRIC,
  USAGE_METRIC,
  ceDate,
  coveredAccounts,
  filterExpression,
  groupDefinition,
  rowsOf,
} from './cost-explorer-requests.js';
import { instrumentClient } from './clients.js';
import { toProviderError } from './errors.js';
import { AWS_BILLING } from './outline.js';

export function createAwsBillingAdapter(aws: AwsProviderConfig, costs: CostsConfig, options: RateLimitOptions = {}): BillingAdapter {
  const costsAt = costsAccount(aws, costs);
  const client = new CostExplorerClient(costsAt.clientConfig);
  instrumentClient(client, 'costexplorer', { ...costsAt.scope, provider: 'aws' }, options.rateLimits);
  const configured = aws.accounts.map((a) => a.id);
  const guarded = <T>(operation: string, run: () => Promise<T>) => guard(costsAt, operation, run);

  return {
    provider: 'aws',
    ...AWS_BILLING,
    spend: (query) => guarded('GetCostAndUsage', () => spend(client, query, coveredAccounts(configured, query.filter))),
    resourceSpend: (query) => guarded('GetCostAndUsageWithResources', () => resourceSpend(client, query)),
    forecast: (query) => guarded('GetCostForecast', () => forecast(client, query, coveredAccounts(configured, query.filter))),
    close: async () => client.destroy(),
  };
}

async function guard<T>(costsAt: CostsAccount, operation: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ProviderError) throw error;
    throw toProviderError(error, costsAt.scope, operation, costsAt.secrets);
  }
}

async function spend(client: CostExplorerClient, query: SpendQuery, accounts: string[]): Promise<SpendRow[]> {
  if (accounts.length === 0) return [];
  const rows: SpendRow[] = [];
  let token: string | undefined;
  do {
    const page: GetCostAndUsageCommandOutput = await client.send(
      new GetCostAndUsageCommand({
        TimePeriod: { Start: ceDate(query.from), End: ceDate(query.to) },
        Granularity: query.granularity,
        Metrics: [USAGE_METRIC[query.costType]],
        GroupBy: query.groupBy.map(groupDefinition),
        Filter: filterExpression(query.filter, accounts),
        NextPageToken: token,
      }),
    );
    rows.push(...rowsOf(page, query.groupBy, query.costType));
    token = page.NextPageToken;
  } while (token);
  return rows;
}

/** One query for the account's whole compute bill by resource, summed per resource over the window. */
async function resourceSpend(client: CostExplorerClient, query: ResourceSpendQuery) {
  const totals = new Map<string, { amount: Decimal; currency: string }>();
  let token: string | undefined;
  do {
    const page = await client.send(
      new GetCostAndUsageWithResourcesCommand({
        TimePeriod: { Start: ceDate(query.from), End: ceDate(query.to) },
        Granularity: 'DAILY',
        Metrics: [USAGE_METRIC[query.costType]],
        GroupBy: [{ Type: 'DIMENSION', Key: 'RESOURCE_ID' }],
        Filter: filterExpression({}, [query.account], [{ Dimensions: { Key: 'SERVICE', Values: [COMPUTE_SERVICE] } }]),
        NextPageToken: token,
      }),
    );
    for (const result of page.ResultsByTime ?? []) {
      for (const group of result.Groups ?? []) {
        const id = group.Keys?.[0];
        const value = group.Metrics?.[USAGE_METRIC[query.costType]];
        if (!id || !value?.Amount) continue;
        const total = totals.get(id) ?? { amount: new Decimal(0), currency: value.Unit ?? 'USD' };
        total.amount = total.amount.plus(value.Amount);
        totals.set(id, total);
      }
    }
    token = page.NextPageToken;
  } while (token);
  return [...totals].map(([resourceId, t]) => ({ resourceId, amount: { amount: t.amount.toFixed(), currency: t.currency } }));
}

async function forecast(client: CostExplorerClient, query: ForecastQuery, accounts: string[]) {
  const answer = await client.send(
    new GetCostForecastCommand({
      TimePeriod: { Start: ceDate(query.from), End: ceDate(query.to) },
      Metric: FORECAST_METRIC[query.costType],
      Granularity: 'MONTHLY',
      Filter: filterExpression(query.filter, accounts),
      PredictionIntervalLevel: 80,
    }),
  );
  const currency = answer.Total?.Unit ?? 'USD';
  const sum = (pick: (r: NonNullable<typeof answer.ForecastResultsByTime>[number]) => string | undefined) => {
    const values = (answer.ForecastResultsByTime ?? []).map(pick);
    return values.every((v) => v !== undefined) && values.length > 0
      ? { amount: values.reduce((s, v) => s.plus(v!), new Decimal(0)).toFixed(), currency }
      : null;
  };
  return {
    total: { amount: answer.Total?.Amount ?? '0', currency },
    lower: sum((r) => r.PredictionIntervalLowerBound),
    upper: sum((r) => r.PredictionIntervalUpperBound),
  };
}
