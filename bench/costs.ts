// The costs part of `npm run bench`: one `costs` (with forecast) + `savings` query over the
// ~1,000-VM three-cloud sandbox. Upstream billing, catalog and metric calls per provider on a cold
// cache against the floor the APIs allow (goal 1.00), then p50/p99 with a warm cache.
import { startApp, type RunningApp } from '../src/app.js';
import { parseConfig } from '../src/config/load.js';
import { load } from './load.js';

const VMS_PER_SCOPE = 84; // 3 clouds × 2 accounts × 2 regions × 84 ≈ 1,000 VMs
const DAY = 86_400_000;

const QUERY = `query Costs($from: Date!, $to: Date!) {
  costs(from: $from, to: $to, groupBy: [{ dimension: PROVIDER }, { dimension: SERVICE }]) {
    totals { amount currency }
    forecast { monthEnd { amount currency } }
  }
  savings(first: 1000) { totalCount totalMonthlySaving { amount currency } }
}`;

function variables() {
  const today = Math.floor(Date.now() / DAY) * DAY;
  return { from: new Date(today - 30 * DAY).toISOString().slice(0, 10), to: new Date(today).toISOString().slice(0, 10) };
}

/** What savings prices: VMs running now (by region and OS) and the storage regions. */
function distinct(values: string[]): number {
  return new Set(values).size;
}

function callsVersusFloor(app: RunningApp): Record<string, string | number>[] {
  const { aws, azure, gcp, fleet } = app.sandbox!;
  const awsRunning = fleet.aws.scopes().flatMap((s) => s.instances.filter((i) => i.state === 'running').map((i) => `${s.region}/${i.platform ?? 'linux'}`));
  const subscriptions = fleet.azure.subscriptions.length;
  const rows: [string, string, number, number][] = [
    // costs: one GetCostAndUsage (the window), one for month to date, one forecast: the payer covers both accounts.
    ['aws', 'GetCostAndUsage', aws!.requests.count({ action: 'GetCostAndUsage' }), 2],
    ['aws', 'GetCostForecast', aws!.requests.count({ action: 'GetCostForecast' }), 1],
    ['aws', 'GetProducts (instances + storage)', aws!.requests.count({ action: 'GetProducts' }), distinct(awsRunning) + fleet.aws.regions.length],
    ['aws', 'GetMetricData', aws!.requests.count({ action: 'GetMetricData' }), fleet.aws.scopes().length],
    ['azure', 'costManagement.query', azure!.requests.count({ action: 'costManagement.query' }), 2 * subscriptions],
    ['azure', 'costManagement.forecast', azure!.requests.count({ action: 'costManagement.forecast' }), subscriptions],
    ['gcp', 'bigquery jobs.query', gcp!.requests.count({ action: 'jobs.query' }), 3],
    ['gcp', 'skus.list (catalog)', gcp!.requests.count({ action: 'skus.list' }), 1],
  ];
  return rows.map(([provider, call, calls, floor]) => ({ provider, call, calls, floor, 'calls / floor': (calls / floor).toFixed(2) }));
}

export async function costsBench(seconds: number): Promise<void> {
  const app = await startApp(parseConfig({ server: { port: 0 }, logLevel: 'silent', sandbox: { clouds: ['aws', 'azure', 'gcp'], seed: 42, vmsPerScope: VMS_PER_SCOPE, changesPerMinute: 0 } }));
  try {
    const response = await fetch(app.gateway!.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY, variables: variables() }) });
    const body = (await response.json()) as { data?: { savings: { totalCount: number } }; errors?: unknown[] };
    if (body.errors) throw new Error(`the costs benchmark query fails: ${JSON.stringify(body.errors).slice(0, 500)}`);
    console.log(`\n7. costs (30 days by provider and service, month-end forecast) + savings (${body.data!.savings.totalCount} findings) over ~1,000 VMs: upstream calls on a cold cache`);
    console.table(callsVersusFloor(app));
    console.log(`\n8. the same query, warm cache, ${seconds}s, 2 connections`);
    const warm = await load('costs + savings, warm cache', app.gateway!.url, QUERY, variables(), seconds, 2);
    console.table([{ run: warm.label, 'req/s': Math.round(warm.requestsPerSecond), 'p50 ms': warm.p50, 'p99 ms': warm.p99, errors: warm.errors }]);
  } finally {
    await app.stop();
  }
}
