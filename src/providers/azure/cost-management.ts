// Azure spend from Cost Management (Query and Forecast), asked per subscription: the query scope
// is the subscription, and each subscription is asked with its own credentials. A spend query
// asks every configured subscription the filter covers (in parallel), each over as many windows
// as the granularity's limit needs (one after another: Cost Management throttles per scope), and
// merges the rows. Every request, each page included, counts into
// fleetgraph_upstream_requests_total{service="costmanagement"}.
import { Decimal } from 'decimal.js';
import type { AzureProviderConfig, AzureSubscriptionConfig, CostsConfig } from '../../config/schema.js';
import type { BillingAdapter, Forecast, ForecastQuery, ResourceSpend, ResourceSpendQuery, SpendQuery, SpendRow } from '../billing.js';
import { ProviderError } from '../errors.js';
import type { Scope } from '../types.js';
import { secretsOf, type ClientPoolOptions } from './clients.js';
import { costManagementClient, type CostManagementClient, type CostManagementPage } from './cost-management-client.js';
import {
  SPEND_GRANULARITY,
  dimension,
  filterOf,
  forecastBody,
  groupingsOf,
  queryBody,
  queryUrl,
  windowsOf,
  type QueryShape,
} from './cost-management-requests.js';
import { PageReader, Totals, mergeRows, spendRowsOf } from './cost-management-rows.js';
import { toProviderError } from './errors.js';
import { AZURE_BILLING } from './outline.js';

const QUERY = 'costManagement.query';
const FORECAST = 'costManagement.forecast';
/** The resource types per-resource spend names: VMs and managed disks. */
const RESOURCE_TYPES = ['microsoft.compute/virtualmachines', 'microsoft.compute/disks'];

interface Subscription {
  /** Lower-case, as every id the adapter builds. */
  id: string;
  config: AzureSubscriptionConfig;
  scope: Scope;
  client: CostManagementClient;
}

export interface AzureBillingOptions extends ClientPoolOptions {
  /** The clock that says which month is still open (its bill an estimate). Default: the system clock. */
  now?: () => Date;
}

export function createAzureBillingAdapter(azure: AzureProviderConfig, costs: CostsConfig, options: AzureBillingOptions = {}): BillingAdapter {
  const { now = () => new Date(), ...tuning } = options;
  const subscriptions = azure.subscriptions.map((config): Subscription => {
    const id = config.id.toLowerCase();
    return { id, config, scope: { provider: 'azure', account: id, region: '' }, client: costManagementClient(config, azure.maxRetries, tuning) };
  });
  const currency = costs.azure.currency;
  const covered = (accounts: string[] | undefined) =>
    accounts?.length ? subscriptions.filter((s) => accounts.some((a) => a.toLowerCase() === s.id)) : subscriptions;

  return {
    provider: 'azure',
    ...AZURE_BILLING,
    spend: async (query) => mergeRows((await Promise.all(covered(query.filter.accounts).map((s) => spendOf(s, query, { currency, now: now() })))).flat()),
    resourceSpend: async (query) => resourceSpend(subscriptionOf(subscriptions, query.account), query, currency),
    forecast: async (query) => totalOf(await Promise.all(covered(query.filter.accounts).map((s) => forecastOf(s, query, currency))), currency),
    close: async () => undefined,
  };
}

function spendOf(subscription: Subscription, query: SpendQuery, at: { currency: string; now: Date }): Promise<SpendRow[]> {
  return guard(subscription, QUERY, async () => {
    const granularity = SPEND_GRANULARITY[query.granularity];
    const filter = filterOf(query.filter, subscription.scope, QUERY);
    const context = { grouping: query.groupBy, granularity: query.granularity, subscriptionId: subscription.id, to: query.to, ...at };
    const rows: SpendRow[] = [];
    for (const window of windowsOf({ from: query.from, to: query.to }, granularity)) {
      const shape: QueryShape = { costType: query.costType, window, granularity, grouping: groupingsOf(query.groupBy), filter };
      for await (const page of pagesOf(subscription, 'query', queryBody(shape))) rows.push(...spendRowsOf(page, context));
    }
    return rows;
  });
}

/** One query per window (a year at most) for the subscription's bill by resource, summed per resource over the whole window. */
function resourceSpend(subscription: Subscription, query: ResourceSpendQuery, currency: string): Promise<ResourceSpend[]> {
  return guard(subscription, QUERY, async () => {
    const totals = new Totals();
    const filter = dimension('ResourceType', RESOURCE_TYPES);
    for (const window of windowsOf({ from: query.from, to: query.to }, 'None')) {
      const body = queryBody({ costType: query.costType, window, granularity: 'None', grouping: [{ type: 'Dimension', name: 'ResourceId' }], filter });
      for await (const page of pagesOf(subscription, 'query', body)) {
        const reader = new PageReader(page);
        // ResourceId comes back as the ARM id in lower case: the model's native id (canonicalArmId).
        for (const row of page.rows) totals.add(reader.text(row, 'ResourceId').toLowerCase(), reader.currency(row, currency), reader.amount(row));
      }
    }
    return totals.entries().filter((e) => e.key !== '').map((e) => ({ resourceId: e.key, amount: e.money }));
  });
}

/** The subscription's forecast over the window: the sum of its Forecast rows, per currency. */
function forecastOf(subscription: Subscription, query: ForecastQuery, currency: string): Promise<Totals> {
  return guard(subscription, FORECAST, async () => {
    const totals = new Totals();
    const body = forecastBody(query.costType, { from: query.from, to: query.to }, filterOf(query.filter, subscription.scope, FORECAST));
    for await (const page of pagesOf(subscription, 'forecast', body)) {
      const reader = new PageReader(page);
      for (const row of page.rows) {
        const status = reader.text(row, 'CostStatus');
        if (status === '' || status.toLowerCase() === 'forecast') totals.add('total', reader.currency(row, currency), reader.amount(row));
      }
    }
    return totals;
  });
}

/** Cost Management gives no prediction interval. */
function totalOf(perSubscription: readonly Totals[], currency: string): Forecast {
  const merged = new Totals();
  for (const totals of perSubscription) for (const { money } of totals.entries()) merged.add('total', money.currency, new Decimal(money.amount));
  const [first, ...others] = merged.entries();
  if (others.length > 0) {
    throw new ProviderError('UNKNOWN', { provider: 'azure', account: '', region: '' }, FORECAST, null, 'the subscriptions forecast in more than one currency');
  }
  return { total: first?.money ?? { amount: '0', currency }, lower: null, upper: null };
}

/** Every page of one query or forecast: the next page is the same body POSTed to nextLink. */
async function* pagesOf(subscription: Subscription, kind: 'query' | 'forecast', body: string): AsyncGenerator<CostManagementPage> {
  let url: string | null = queryUrl(subscription.client.endpoint, subscription.id, kind);
  while (url) {
    const page: CostManagementPage = await subscription.client.post(url, body);
    yield page;
    url = page.nextLink;
  }
}

function subscriptionOf(subscriptions: readonly Subscription[], account: string): Subscription {
  const found = subscriptions.find((s) => s.id === account.toLowerCase());
  if (!found) {
    throw new ProviderError('NOT_CONFIGURED', { provider: 'azure', account, region: '' }, QUERY, null, `subscription ${account} is not one of providers.azure.subscriptions`);
  }
  return found;
}

async function guard<T>(subscription: Subscription, operation: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toProviderError(error, subscription.scope, operation, secretsOf(subscription.config));
  }
}
