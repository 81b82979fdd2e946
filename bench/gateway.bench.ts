// npm run bench — not a test. On the sandbox, with a warm cache:
//   1. a 100-VM query with entity fetches from two other subgraphs, through FleetGraph (Rust
//      and JS planners) and through @apollo/gateway over the same subgraphs;
//   2. a compute-only 100-VM query through FleetGraph and against the compute subgraph alone
//      (what the gateway adds);
//   3. upstream calls for a full-account query against the theoretical floor;
//   4./5. a three-cloud query over ~1,000 VMs: calls / floor per provider, p50/p99 warm and cold;
//   5b. DigitalOcean, Proxmox VE, libvirt and containerd: calls / floor per provider, p50/p99 warm
//      (bench/more-providers.ts);
//   6. subscription fan-out: 10,000 graphql-ws subscribers on one gateway, delivery latency of a
//      burst and memory per idle subscriber (bench/fan-out.ts);
//   7./8. costs + savings over ~1,000 VMs: billing, catalog and metric calls / floor per
//      provider, warm p50 (bench/costs.ts);
//   9./10. faults: every emulator throttling 30% of requests and small client-side buckets:
//      answers complete, and each bucket's busiest second / what it allows (bench/faults.ts);
//   11. operation limits: the 2,000-alias query refused, time and RSS against a trivial query
//      (bench/limits.ts);
//   12. a large estate: 100,000 VMs, cold and warm first pages, a filtered page, upstream calls
//      and RSS (bench/scale.ts);
//   13. start-up of `fleetgraph start` to its ready line, median of 5 (bench/startup.ts).
// The subgraphs run in a child process, so the gateways under test have this process to
// themselves. Everything listens on loopback, runs a fixed number of seconds, and stops.
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { SubgraphName } from '../src/subgraphs/catalog.js';
import { readSupergraph } from '../src/gateway/compose.js';
import { startGateway } from '../src/gateway/server.js';
import { startApolloGateway } from './apollo-gateway.js';
import { subscriptionFanOut } from './fan-out.js';
import { load, type LoadResult } from './load.js';
import { costsBench } from './costs.js';
import { faultsBench } from './faults.js';
import { limitsBench } from './limits.js';
import { scaleBench } from './scale.js';
import { startupBench } from './startup.js';
import { multiCloud } from './multi-cloud.js';
import { moreProviders } from './more-providers.js';
import { upstreamVersusFloor } from './upstream-floor.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);

const FEDERATED = `query Bench($first: Int) {
  vms(first: $first) { nodes { id name state instanceType
    volumes { id sizeGiB volumeType }
    securityGroups { id name rules { protocol fromPort toPort } } } }
}`;
const COMPUTE_ONLY = `query Bench($first: Int) { vms(first: $first) { nodes { id name state instanceType vcpus memoryMiB } } }`;

async function startSubgraphsProcess() {
  const child = fork(fileURLToPath(new URL('./subgraphs-process.ts', import.meta.url)), {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const [line] = (await once(child.stdout!, 'data')) as [Buffer];
  return { urls: JSON.parse(line.toString()) as Record<SubgraphName, string>, stop: () => child.disconnect() };
}

function table(results: LoadResult[]): void {
  console.table(
    results.map((r) => ({ target: r.label, 'req/s': Math.round(r.requestsPerSecond), 'p50 ms': r.p50, 'p99 ms': r.p99, errors: r.errors })),
  );
}

async function queryBenchmarks(): Promise<void> {
  const subgraphs = await startSubgraphsProcess();
  const supergraphSdl = await readSupergraph();
  const gateway = (planner: 'rust' | 'js') => startGateway({ host: '127.0.0.1', port: 0, planner, supergraphSdl, subgraphUrls: subgraphs.urls, maxQueuedPerSubscriber: 1000 });
  const rust = await gateway('rust');
  const js = await gateway('js');
  const apollo = await startApolloGateway(supergraphSdl, subgraphs.urls);
  const variables = { first: 100 };
  try {
    console.log(`\n1. 100 VMs with volumes and security groups (3 subgraphs), warm cache, ${SECONDS}s each`);
    const federated = [
      await load('FleetGraph (Rust planner)', rust.url, FEDERATED, variables, SECONDS),
      await load('FleetGraph (JS planner)', js.url, FEDERATED, variables, SECONDS),
      await load('Apollo Gateway', apollo.url, FEDERATED, variables, SECONDS),
    ];
    table(federated);
    const [fleet, fleetJs, apolloResult] = federated as [LoadResult, LoadResult, LoadResult];
    console.log(`FleetGraph / Apollo Gateway throughput: ${(fleet.requestsPerSecond / apolloResult.requestsPerSecond).toFixed(2)}x (goal >= 2.00x)`);
    console.log(`JS planner / Apollo Gateway throughput: ${(fleetJs.requestsPerSecond / apolloResult.requestsPerSecond).toFixed(2)}x`);

    // One connection: the latency one request sees. (Under concurrency the gateway also
    // deduplicates identical in-flight subgraph requests, which would flatter it here.)
    console.log(`\n2. 100 VMs, compute fields only, warm cache, one connection, ${SECONDS}s each`);
    const direct = [
      await load('compute subgraph alone', subgraphs.urls.compute, COMPUTE_ONLY, variables, SECONDS, 1),
      await load('FleetGraph gateway', rust.url, COMPUTE_ONLY, variables, SECONDS, 1),
    ];
    table(direct);
    const [alone, through] = direct as [LoadResult, LoadResult];
    console.log(`p50 added by the gateway: ${(through.p50 - alone.p50).toFixed(2)} ms (goal <= 3 ms)`);
  } finally {
    await apollo.stop();
    await Promise.all([rust.stop(), js.stop()]);
    subgraphs.stop();
  }
  console.log('\n3. upstream calls for every VM of an account with volumes, security groups and 2 metric series (cold cache)');
  console.table(await upstreamVersusFloor());
  await multiCloud(SECONDS);
  await moreProviders(SECONDS);
}

async function main(): Promise<void> {
  // BENCH_ONLY=gateway (sections 1-5), =fanout, =costs, =faults, =limits, =scale or =startup runs that alone.
  const only = process.env.BENCH_ONLY;
  if (!only || only === 'gateway') await queryBenchmarks();
  if (!only || only === 'fanout') await subscriptionFanOut();
  if (!only || only === 'costs') await costsBench(SECONDS);
  if (!only || only === 'faults') await faultsBench(SECONDS);
  if (!only || only === 'limits') await limitsBench();
  if (!only || only === 'scale') await scaleBench();
  if (!only || only === 'startup') await startupBench();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
