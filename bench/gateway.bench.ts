// npm run bench — not a test. On the sandbox, with a warm cache:
//   1. a 100-VM query with entity fetches from two other subgraphs, through FleetGraph (Rust
//      and JS planners) and through @apollo/gateway over the same subgraphs;
//   2. a compute-only 100-VM query through FleetGraph and against the compute subgraph alone
//      (what the gateway adds);
//   3. upstream calls for a full-account query against the theoretical floor.
// Everything runs on loopback, for a fixed number of seconds, and stops by itself.
import { startApp, type RunningApp } from '../src/app.js';
import { parseConfig } from '../src/config/load.js';
import { readSupergraph } from '../src/gateway/compose.js';
import { startApolloGateway } from './apollo-gateway.js';
import { load, type LoadResult } from './load.js';
import { upstreamVersusFloor } from './upstream-floor.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);

const FEDERATED = `query Bench($first: Int) {
  vms(first: $first) { nodes { id name state instanceType
    volumes { id sizeGiB volumeType }
    securityGroups { id name rules { protocol fromPort toPort } } } }
}`;
const COMPUTE_ONLY = `query Bench($first: Int) { vms(first: $first) { nodes { id name state instanceType vcpus memoryMiB } } }`;

async function startBenchApp(planner: 'rust' | 'js'): Promise<RunningApp> {
  const config = parseConfig({ server: { port: 0 }, planner, logLevel: 'silent', sandbox: { seed: 42, vmsPerScope: 60 } });
  return startApp(config);
}

function table(results: LoadResult[]): void {
  console.table(
    results.map((r) => ({
      target: r.label,
      'req/s': Math.round(r.requestsPerSecond),
      'p50 ms': r.p50,
      'p99 ms': r.p99,
      errors: r.errors,
    })),
  );
}

async function main(): Promise<void> {
  const rust = await startBenchApp('rust');
  const js = await startBenchApp('js');
  const apollo = await startApolloGateway(await readSupergraph(), rust.subgraphs);
  const compute = rust.subgraphs.find((s) => s.name === 'compute')!;
  const variables = { first: 100 };
  try {
    console.log(`\n1. 100 VMs with volumes and security groups (3 subgraphs), warm cache, ${SECONDS}s each`);
    const federated = [
      await load('FleetGraph (Rust planner)', rust.gateway!.url, FEDERATED, variables, SECONDS),
      await load('FleetGraph (JS planner)', js.gateway!.url, FEDERATED, variables, SECONDS),
      await load('Apollo Gateway', apollo.url, FEDERATED, variables, SECONDS),
    ];
    table(federated);
    const [fleet, fleetJs, apolloResult] = federated as [LoadResult, LoadResult, LoadResult];
    console.log(`FleetGraph / Apollo Gateway throughput: ${(fleet.requestsPerSecond / apolloResult.requestsPerSecond).toFixed(2)}x (goal >= 2.00x)`);
    console.log(`JS planner / Apollo Gateway throughput: ${(fleetJs.requestsPerSecond / apolloResult.requestsPerSecond).toFixed(2)}x`);

    console.log(`\n2. 100 VMs, compute fields only, warm cache, ${SECONDS}s each`);
    const direct = [
      await load('compute subgraph alone', compute.url, COMPUTE_ONLY, variables, SECONDS),
      await load('FleetGraph gateway', rust.gateway!.url, COMPUTE_ONLY, variables, SECONDS),
    ];
    table(direct);
    const [alone, through] = direct as [LoadResult, LoadResult];
    console.log(`p50 added by the gateway: ${(through.p50 - alone.p50).toFixed(2)} ms (goal <= 3 ms)`);

    console.log('\n3. upstream calls for every VM of an account with volumes, security groups and 2 metric series (cold cache)');
    console.table(await upstreamVersusFloor());
  } finally {
    await apollo.stop();
    await Promise.all([rust.stop(), js.stop()]);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
