// The three-cloud part of `npm run bench`: one query over ~1,000 VMs of AWS, Azure and GCP with
// volumes, security groups and CPU metrics — upstream calls against the floor per provider on a
// cold cache, then p50/p99 with a warm cache and with no cache at all (every request cold). The
// fleet holds still: a VM changing mid-query would rightly have its scope read again (on Azure,
// a listing), which is not what the floor measures.
import { startApp, type RunningApp } from '../src/app.js';
import { parseConfig } from '../src/config/load.js';
import { load, type LoadResult } from './load.js';

const VMS_PER_SCOPE = 84; // 3 clouds × 2 accounts × 2 regions × 84 ≈ 1,000 VMs
const QUERY = `query Three($from: DateTime!, $to: DateTime!) {
  vms(first: 1000) { totalCount nodes { id provider account region
    volumes { id } securityGroups { id }
    metrics(names: [CPU_UTILIZATION], from: $from, to: $to, period: 300) { available } } }
}`;

function start(ttlSeconds?: Record<string, number>): Promise<RunningApp> {
  return startApp(
    parseConfig({ server: { port: 0 }, logLevel: 'silent', cache: ttlSeconds ? { ttlSeconds } : {}, sandbox: { clouds: ['aws', 'azure', 'gcp'], seed: 42, vmsPerScope: VMS_PER_SCOPE, changesPerMinute: 0 } }),
  );
}

function variables() {
  const to = new Date();
  return { from: new Date(to.getTime() - 3600_000).toISOString(), to: to.toISOString() };
}

/** Calls of the VM listing and metrics operations per provider, against the floor the API limits allow. */
function callsVersusFloor(app: RunningApp): Record<string, string | number>[] {
  const sandbox = app.sandbox!;
  const fleet = sandbox.fleet;
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const awsScopes = fleet.aws.scopes();
  const azureScopes = fleet.azure.scopes();
  const gcpProjects = fleet.gcp.projects.map((p) => fleet.gcp.project(p.projectId)!);
  const rows: [string, string, number, number][] = [
    ['aws', 'DescribeInstances', sandbox.aws!.requests.count({ action: 'DescribeInstances' }), sum(awsScopes.map((s) => Math.ceil(s.instances.length / 1000)))],
    ['aws', 'GetMetricData', sandbox.aws!.requests.count({ action: 'GetMetricData' }), sum(awsScopes.map((s) => Math.ceil(s.instances.length / 500)))],
    [
      'azure',
      'virtualMachines.listAll',
      sandbox.azure!.requests.count({ action: 'virtualMachines.listAll' }),
      sum(fleet.azure.subscriptions.map((sub) => Math.ceil(sum(azureScopes.filter((s) => s.subscriptionId === sub.subscriptionId).map((s) => s.virtualMachines.length)) / 50))),
    ],
    ['azure', 'metrics.getBatch', sandbox.azure!.requests.count({ action: 'metrics.getBatch' }), sum(azureScopes.map((s) => Math.ceil(s.virtualMachines.length / 50)))],
    [
      'gcp',
      'instances.aggregatedList',
      sandbox.gcp!.requests.count({ action: 'instances.aggregatedList' }),
      sum(gcpProjects.map((p) => Math.ceil(sum(p.regions.map((r) => r.instances.length)) / 500))),
    ],
    ['gcp', 'timeSeries.list', sandbox.gcp!.requests.count({ action: 'timeSeries.list' }), gcpProjects.length],
  ];
  return rows.map(([provider, call, calls, floor]) => ({ provider, call, calls, floor, 'calls / floor': (calls / floor).toFixed(2) }));
}

function table(results: LoadResult[]): void {
  console.table(results.map((r) => ({ run: r.label, 'req/s': Math.round(r.requestsPerSecond), 'p50 ms': r.p50, 'p99 ms': r.p99, errors: r.errors })));
}

export async function multiCloud(seconds: number): Promise<void> {
  const app = await start();
  const cold = await start({ vm: 0, volume: 0, securityGroup: 0, metrics: 0 });
  try {
    const response = await fetch(app.gateway!.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY, variables: variables() }),
    });
    const body = (await response.json()) as { data: { vms: { totalCount: number } } };
    console.log(`\n4. three clouds, ${body.data.vms.totalCount} VMs with volumes, security groups and CPU: upstream calls on a cold cache`);
    console.table(callsVersusFloor(app));
    console.log(`\n5. the same query, ${seconds}s each, 2 connections`);
    table([await load('warm cache', app.gateway!.url, QUERY, variables(), seconds, 2), await load('no cache (every request cold)', cold.gateway!.url, QUERY, variables(), seconds, 2)]);
  } finally {
    await Promise.all([app.stop(), cold.stop()]);
  }
}
