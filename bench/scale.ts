// npm run bench, section 12: a large estate. The emulators hold SCALE_VMS VMs (100,000 by
// default) in a child process; FleetGraph runs as a process of its own (`fleetgraph start` from the
// build, memory cache) against them as against real clouds, so its memory is its own. Measured:
// the first (cold) page, then 1,000 warm first pages of 50 (p50, p99, upstream calls while the
// listings are fresh: the goal is none, and the process's RSS after them) and a filtered page (one
// account, one state). Twice: with Node's default heap sizing, then with the heap limit the
// deployment sets (deploy/Dockerfile's NODE_OPTIONS). The VM TTL is set past the run so every page
// is warm; what a refresh costs is the cold number.
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from '../scripts/build.mjs';
import { readyUrl } from './ready-line.js';

const TOTAL_VMS = Number(process.env.SCALE_VMS ?? 100_000);
/** Account-region units the sandbox fleet spreads vmsPerScope over (60,000 VMs at 5,000 per scope). */
const SCOPE_UNITS = 12;
const WARM_REQUESTS = 1000;
const FILTERED_REQUESTS = 200;
const BIN = fileURLToPath(new URL('../bin/fleetgraph.js', import.meta.url));
/** What deploy/Dockerfile sets: V8 collects before its heap passes this, instead of growing to ~2.5x what is live. */
const DEPLOYED_NODE_OPTIONS = /NODE_OPTIONS="([^"]*)"/.exec(readFileSync(new URL('../deploy/Dockerfile', import.meta.url), 'utf8'))?.[1] ?? '';

const FIRST_PAGE = '{ vms(first: 50) { totalCount nodes { id name state } } }';
const FILTERED_PAGE = `query ($account: String!) { vms(first: 50, filter: { accounts: [$account], states: [RUNNING] }) { totalCount nodes { id name state } } }`;

type Counts = { aws: number; azure: number; gcp: number };
type Providers = Record<string, unknown>;

export async function scaleBench(): Promise<void> {
  const vmsPerScope = Math.ceil(TOTAL_VMS / SCOPE_UNITS);
  console.log(`\n12. a large estate: ~${TOTAL_VMS.toLocaleString('en')} VMs (sandbox.vmsPerScope ${vmsPerScope}), emulators in a child process, FleetGraph in another`);
  await ensureBuilt();
  const emulators = fork(fileURLToPath(new URL('./emulators-process.ts', import.meta.url)), [String(vmsPerScope)], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  try {
    const [line] = (await once(emulators.stdout!, 'data')) as [Buffer];
    const { providers } = JSON.parse(line.toString()) as { providers: Providers };
    const rows = [];
    for (const [heap, nodeOptions] of [['Node default', ''], [`deployed (${DEPLOYED_NODE_OPTIONS})`, DEPLOYED_NODE_OPTIONS]] as const) {
      rows.push({ heap, ...(await measure(emulators, providers, nodeOptions)) });
    }
    console.table(rows);
    console.log(`goals: warm p50 <= 50 ms, p99 <= 200 ms; filtered p50 <= 50 ms; 0 upstream calls; RSS <= 1024 MB after ${WARM_REQUESTS} requests`);
  } finally {
    emulators.disconnect();
  }
}

async function measure(emulators: ChildProcess, providers: Providers, nodeOptions: string) {
  const fleetgraph = await startFleetGraph(providers, nodeOptions);
  try {
    const { url } = fleetgraph;
    const cold = await coldPage(url);
    console.log(
      `[${nodeOptions || 'Node default'}] first page, cold (every scope listed): ${cold.ms.toFixed(0)} ms, ${cold.totalCount.toLocaleString('en')} VMs answered, ${cold.unlisted} scope(s) named as not listed yet (cache.coldWaitSeconds)${cold.otherErrors ? `, other errors: ${cold.otherErrors}` : ''}`,
    );
    // Listings that outlast cache.coldWaitSeconds go on in the background: wait for them.
    let ready: Awaited<ReturnType<typeof timed>> | null = null;
    while (!ready) ready = await timed(url, FIRST_PAGE, {}).catch(() => null);
    const listedRss = fleetgraph.rssMb();
    const account = (providers.aws as { accounts: { id: string }[] }).accounts[0]!.id;
    const before = await upstreamCalls(emulators);
    const warm = await repeat(url, FIRST_PAGE, {}, WARM_REQUESTS);
    const filtered = await repeat(url, FILTERED_PAGE, { account }, FILTERED_REQUESTS);
    return {
      VMs: ready.totalCount,
      'warm p50 ms': warm.p50,
      'warm p99 ms': warm.p99,
      'filtered p50 ms': filtered.p50,
      'upstream calls': (await upstreamCalls(emulators)) - before,
      'RSS listed MB': listedRss,
      'RSS after MB': fleetgraph.rssMb(),
      'JS heap used MB': await heapUsedMb(url),
    };
  } finally {
    await fleetgraph.stop();
  }
}

async function upstreamCalls(emulators: ChildProcess): Promise<number> {
  emulators.send('count');
  const [reply] = (await once(emulators, 'message')) as [Counts];
  return reply.aws + reply.azure + reply.gcp;
}

/** `fleetgraph start` from the build in an empty directory holding only a config pointing at the emulators. */
async function startFleetGraph(providers: Providers, nodeOptions: string) {
  const cwd = mkdtempSync(join(tmpdir(), 'fleetgraph-scale-'));
  const config = { logLevel: 'fatal', providers, cache: { ttlSeconds: { vm: 3600 } }, events: { pollIntervalSeconds: 0 } };
  writeFileSync(join(cwd, 'fleetgraph.yaml'), JSON.stringify(config)); // JSON is YAML
  const child = spawn(process.execPath, [BIN, 'start'], {
    cwd,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', NODE_ENV: 'production', NODE_OPTIONS: nodeOptions },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await readyUrl(child);
  return {
    url,
    /** The process's resident set now (Linux). */
    rssMb: () => Math.round(Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024),
    stop: async () => {
      child.kill('SIGTERM');
      if (child.exitCode === null) await once(child, 'exit');
      rmSync(cwd, { recursive: true, force: true });
    },
  };
}

/** The JS heap in use as the process's own metrics report it (garbage not yet collected included). */
async function heapUsedMb(url: string): Promise<number> {
  const text = await (await fetch(new URL('/metrics', url))).text();
  const bytes = text.split('\n').find((line) => line.startsWith('fleetgraph_nodejs_heap_size_used_bytes '))?.split(' ')[1];
  return Math.round(Number(bytes) / 2 ** 20);
}

/** The first page on a cold index: how long, how many VMs it answered, and how many scopes it named as not listed yet. */
async function coldPage(url: string): Promise<{ ms: number; totalCount: number; unlisted: number; otherErrors: number }> {
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: FIRST_PAGE }) });
  const body = (await response.json()) as { data?: { vms: { totalCount: number } } | null; errors?: { message: string }[] };
  const errors = body.errors ?? [];
  const unlisted = errors.filter((error) => error.message.includes('has not finished')).length;
  return { ms: performance.now() - started, totalCount: body.data?.vms.totalCount ?? 0, unlisted, otherErrors: errors.length - unlisted };
}

async function timed(url: string, query: string, variables: unknown): Promise<{ ms: number; totalCount: number }> {
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: { vms: { totalCount: number } }; errors?: unknown[] };
  const ms = performance.now() - started;
  if (body.errors || !body.data) throw new Error(`the scale query failed: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return { ms, totalCount: body.data.vms.totalCount };
}

async function repeat(url: string, query: string, variables: unknown, times: number): Promise<{ p50: number; p99: number }> {
  const latencies: number[] = [];
  for (let i = 0; i < times; i++) latencies.push((await timed(url, query, variables)).ms);
  latencies.sort((a, b) => a - b);
  const at = (q: number) => Number(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!.toFixed(1));
  return { p50: at(0.5), p99: at(0.99) };
}
