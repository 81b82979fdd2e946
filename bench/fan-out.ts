// The subscription fan-out part of `npm run bench`: 10,000 graphql-ws subscribers (each its own
// WebSocket, one vmStateChanged subscription) on one gateway, then a burst of events published
// to the bus; prints delivery latency (receive time − publish time) and the memory each idle
// subscriber costs the gateway and the compute subgraph. Four processes, so each is measured
// alone: this one (orchestration only), the gateway, the subgraphs with the in-memory bus, and
// the clients. Everything on loopback; the section stops by itself within DEADLINE_MS.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { CollectRequest, CollectResult, OpenResult } from './fan-out-clients.js';
import { forkChild, type BenchChild, type Memory } from './fan-out-ipc.js';
import type { PublishRequest, Published } from './fan-out-subgraphs.js';

export interface FanOutOptions {
  subscribers: number;
  events: number;
  spacingMs: number;
  /** A directory to write CPU profiles of the gateway and subgraphs during the big burst to. */
  profileDir?: string;
}

const GOAL_P99_MS = 1000;
const GOAL_KB_PER_SUBSCRIBER = 30;
const DEADLINE_MS = 170_000;
const OPEN_BATCH = 500;
const CONNECT_TIMEOUT_MS = 10_000;
const WARM_UP_WAIT_MS = 10_000;
const LIVE_TIMEOUT_MS = 40_000;
const DELIVERY_TIMEOUT_MS = 60_000;
/** No delivery for this long after the first: the missing ones are lost, not late. */
const DELIVERY_QUIET_MS = 10_000;

interface Processes {
  subgraphs: BenchChild;
  gateway: BenchChild;
  clients: BenchChild;
}

type Measured = 'gateway' | 'subgraphs';
type MemoryOf = Record<Measured, Memory>;

interface Burst {
  result: CollectResult;
  expected: number;
  /** Date.now() just before the first event was published. */
  publishedAt: number;
  published: Published;
  /** CPU seconds each process spent from the first publish until the clients stopped waiting. */
  cpuSeconds: Record<keyof Processes, number>;
  wallSeconds: number;
}

interface BurstRun {
  opened: OpenResult;
  live: number;
  burst: Burst;
  idleMemory?: MemoryOf;
  /** One more event after the burst: do the subscriptions still work? */
  after: Burst;
}

export function fanOutOptionsFromEnv(): FanOutOptions {
  return {
    subscribers: Number(process.env.BENCH_FANOUT_SUBSCRIBERS ?? 10_000),
    events: Number(process.env.BENCH_FANOUT_EVENTS ?? 20),
    spacingMs: Number(process.env.BENCH_FANOUT_SPACING_MS ?? 5),
    ...(process.env.BENCH_FANOUT_PROFILE ? { profileDir: process.env.BENCH_FANOUT_PROFILE } : {}),
  };
}

export async function subscriptionFanOut(options: FanOutOptions = fanOutOptionsFromEnv()): Promise<void> {
  console.log(`\n6. Subscription fan-out: ${options.subscribers} graphql-ws subscribers on one gateway, a burst of ${options.events} events ${options.spacingMs} ms apart`);
  const children: BenchChild[] = [];
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the fan-out bench did not finish within ${DEADLINE_MS / 1000} s`)), DEADLINE_MS);
  });
  try {
    await Promise.race([run(options, children), deadline]);
  } finally {
    clearTimeout(timer);
    await Promise.all(children.map((child) => child.stop()));
  }
}

async function run(options: FanOutOptions, children: BenchChild[]): Promise<void> {
  const processes = await startProcesses(options.subscribers, children);
  console.log(
    `Processes: gateway, subgraphs + in-memory bus, clients (${availableParallelism()} CPUs shared); open-file limit: gateway ${processes.gateway.info.openFiles}, clients ${processes.clients.info.openFiles}`,
  );
  // The 1-subscriber run also warms the gateway up, so "no subscriber" below is a warm process.
  const baseline = await subscribeAndBurst(processes, { ...options, subscribers: 1 }, 'baseline');
  await processes.clients.request('closeAll');
  const none = await memoryOf(processes);
  const fanOut = await subscribeAndBurst(processes, options, 'fan-out', () => memoryOf(processes));
  report(options, baseline, fanOut, none);
  reportWarnings(processes);
}

async function startProcesses(subscribers: number, children: BenchChild[]): Promise<Processes> {
  const measured = { nodeOptions: ['--expose-gc'] };
  const subgraphs = await forkChild({ entry: './fan-out-subgraphs.ts', ...measured });
  children.push(subgraphs);
  const gateway = await forkChild({ entry: './fan-out-gateway.ts', args: [JSON.stringify(subgraphs.info.urls)], ...measured });
  children.push(gateway);
  const clients = await forkChild({ entry: './fan-out-clients.ts' });
  children.push(clients);
  // A socket each, plus the process's own files.
  const needed = subscribers + 1024;
  for (const [name, child] of [['gateway', gateway], ['clients', clients]] as const) {
    if (child.info.openFiles < needed) console.log(`Warning: the ${name} process may open only ${child.info.openFiles} files (ulimit -Hn), fewer than the ${needed} it needs`);
  }
  return { subgraphs, gateway, clients };
}

async function memoryOf({ gateway, subgraphs }: Processes): Promise<MemoryOf> {
  return { gateway: await gateway.request<Memory>('memory'), subgraphs: await subgraphs.request<Memory>('memory') };
}

/** Opens the subscribers, waits until each has had an event, optionally measures them idle, then publishes the burst. */
async function subscribeAndBurst(processes: Processes, options: FanOutOptions, label: string, measureIdle?: () => Promise<MemoryOf>): Promise<BurstRun> {
  const url = (processes.gateway.info.url as string).replace(/^http/, 'ws');
  const open = { url, count: options.subscribers, batchSize: OPEN_BATCH, timeoutMs: CONNECT_TIMEOUT_MS };
  const opened = await processes.clients.request<OpenResult>('open', open, 120_000);
  if (opened.failed > 0) console.log(`${label}: ${opened.failed} of ${options.subscribers} connections failed (first: ${opened.firstFailure})`);
  const live = await untilLive(processes, `${label}-warm-up`);
  const idleMemory = measureIdle ? await measureIdle() : undefined;
  const burst = await publishBurst(processes, options, `${label}-burst`);
  const after = await publishBurst(processes, { subscribers: options.subscribers, events: 1, spacingMs: 0 }, `${label}-after`);
  return { opened, live, burst, after, ...(idleMemory ? { idleMemory } : {}) };
}

/**
 * Publishes a warm-up event, and another while some open subscriber has not received one within
 * WARM_UP_WAIT_MS (its subscription was not yet live end to end), up to LIVE_TIMEOUT_MS.
 */
async function untilLive({ subgraphs, clients }: Processes, vm: string): Promise<number> {
  let settled = false;
  const live = clients.request<number>('awaitLive', { timeoutMs: LIVE_TIMEOUT_MS }, LIVE_TIMEOUT_MS + 10_000).finally(() => {
    settled = true;
  });
  while (!settled) {
    await subgraphs.request('publish', { vm, count: 1, spacingMs: 0 } satisfies PublishRequest);
    await Promise.race([live, new Promise((resolve) => setTimeout(resolve, WARM_UP_WAIT_MS))]);
  }
  return live;
}

async function publishBurst(processes: Processes, options: FanOutOptions, vm: string): Promise<Burst> {
  const { subgraphs, clients } = processes;
  const expected = options.subscribers * options.events;
  const vmId = await subgraphs.request<string>('vmId', vm);
  await clients.request('record', { vmId, expected, timeoutMs: DELIVERY_TIMEOUT_MS, quietMs: DELIVERY_QUIET_MS } satisfies CollectRequest);
  const profiled = options.profileDir && options.subscribers > 1 ? (['gateway', 'subgraphs'] as const) : [];
  await Promise.all(profiled.map((name) => processes[name].request('profileStart')));
  const cpuBefore = await cpuOf(processes);
  const publishedAt = Date.now();
  const published = await subgraphs.request<Published>('publish', { vm, count: options.events, spacingMs: options.spacingMs } satisfies PublishRequest);
  const result = await clients.request<CollectResult>('collected', undefined, DELIVERY_TIMEOUT_MS + 10_000);
  const wallSeconds = (Date.now() - publishedAt) / 1000;
  const cpuAfter = await cpuOf(processes);
  for (const name of profiled) {
    console.log(`CPU profile of the ${name} during the burst: ${await processes[name].request<string>('profileStop', join(options.profileDir!, `fan-out-${name}.cpuprofile`))}`);
  }
  const cpuSeconds = { gateway: cpuAfter.gateway - cpuBefore.gateway, subgraphs: cpuAfter.subgraphs - cpuBefore.subgraphs, clients: cpuAfter.clients - cpuBefore.clients };
  return { result, expected, publishedAt, published, cpuSeconds, wallSeconds };
}

async function cpuOf(processes: Processes): Promise<Record<keyof Processes, number>> {
  const seconds = async (child: BenchChild) => {
    const { user, system } = await child.request<NodeJS.CpuUsage>('cpu');
    return (user + system) / 1e6;
  };
  return { subgraphs: await seconds(processes.subgraphs), gateway: await seconds(processes.gateway), clients: await seconds(processes.clients) };
}

interface LatencySummary {
  p50: number;
  p99: number;
  max: number;
}

function summarise(latencies: readonly number[]): LatencySummary {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted[sorted.length - 1] ?? NaN };
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const MB = 1024 * 1024;
const KB = 1024;

function report(options: FanOutOptions, baseline: BurstRun, fanOut: BurstRun, none: MemoryOf): void {
  const { opened, live } = fanOut;
  console.log(`Connections: ${opened.opened} of ${options.subscribers} opened in ${opened.seconds.toFixed(1)} s (batches of ${OPEN_BATCH}); ${live} received a warm-up event`);
  const perSubscriber = memoryTable(none, fanOut.idleMemory!, opened.opened);
  const one = summarise(baseline.burst.result.latenciesMs);
  const many = summarise(fanOut.burst.result.latenciesMs);
  console.log('Delivery latency: receive time − publish time, over every (subscriber, event)');
  console.table([latencyRow('1 subscriber', baseline.burst, one), latencyRow(`${options.subscribers} subscribers`, fanOut.burst, many)]);
  burstNotes(fanOut.burst);
  const after = fanOut.after.result;
  console.log(`One more event after the burst reached ${after.latenciesMs.length} of ${fanOut.after.expected} subscribers (p99 ${summarise(after.latenciesMs).p99} ms)`);
  console.log(`p50 / p99 with ${options.subscribers} subscribers vs 1: ${(many.p50 / one.p50).toFixed(1)}x / ${(many.p99 / one.p99).toFixed(1)}x`);
  goals(fanOut.burst, many, perSubscriber);
}

/** Prints memory per idle subscriber; returns the gateway's, in KB. */
function memoryTable(none: MemoryOf, idle: MemoryOf, subscribers: number): { rssKb: number; heapKb: number } {
  const kbEach = (name: Measured, field: keyof Memory) => (idle[name][field] - none[name][field]) / KB / subscribers;
  console.log(`Memory after forced GC, with no subscriber and with ${subscribers} idle ones`);
  console.table(
    (['gateway', 'subgraphs'] as const).map((name) => ({
      process: name === 'gateway' ? 'gateway' : 'compute subgraph + bus',
      'RSS none MB': +(none[name].rss / MB).toFixed(1),
      'RSS idle MB': +(idle[name].rss / MB).toFixed(1),
      'RSS KB / subscriber': +kbEach(name, 'rss').toFixed(1),
      'heap KB / subscriber': +kbEach(name, 'heapUsed').toFixed(1),
      'external KB / subscriber': +kbEach(name, 'external').toFixed(1),
    })),
  );
  return { rssKb: kbEach('gateway', 'rss'), heapKb: kbEach('gateway', 'heapUsed') };
}

function latencyRow(run: string, burst: Burst, summary: LatencySummary): Record<string, string | number> {
  return { run, deliveries: `${burst.result.latenciesMs.length} / ${burst.expected}`, 'p50 ms': summary.p50, 'p99 ms': summary.p99, 'max ms': summary.max };
}

function burstNotes({ result, expected, cpuSeconds, wallSeconds, publishedAt, published }: Burst): void {
  const delivered = result.latenciesMs.length;
  console.log(`The events were published over ${published.lastAt - published.firstAt} ms (the compute subgraph's process publishes them between its own deliveries)`);
  const lastAfter = result.lastDeliveryAt === null ? 'none came' : `the last came ${((result.lastDeliveryAt - publishedAt) / 1000).toFixed(2)} s after the first publish`;
  console.log(
    `CPU from the first publish until the clients stopped waiting (${wallSeconds.toFixed(1)} s; ${lastAfter}): gateway ${cpuSeconds.gateway.toFixed(2)} s, compute subgraph ${cpuSeconds.subgraphs.toFixed(2)} s, clients ${cpuSeconds.clients.toFixed(2)} s` +
      (delivered > 0 ? `; per delivery: gateway ${((cpuSeconds.gateway / delivered) * 1e6).toFixed(0)} µs, compute subgraph ${((cpuSeconds.subgraphs / delivered) * 1e6).toFixed(0)} µs` : ''),
  );
  if (result.errors || result.completed || Object.keys(result.closeCodes).length > 0) {
    console.log(`Subscriptions ended early: ${result.errors} errors, ${result.completed} completed, sockets closed by code: ${JSON.stringify(result.closeCodes)}`);
  }
  const stoppedAt = publishedAt + wallSeconds * 1000;
  if (delivered < expected && result.lastDeliveryAt !== null && stoppedAt - result.lastDeliveryAt >= DELIVERY_QUIET_MS) {
    console.log(`${expected - delivered} deliveries were lost, not late: none came in the last ${DELIVERY_QUIET_MS / 1000} s the clients waited`);
  }
}

function goals(burst: Burst, latency: LatencySummary, gateway: { rssKb: number; heapKb: number }): void {
  const missing = burst.expected - burst.result.latenciesMs.length;
  const latencyPass = missing === 0 && latency.p99 <= GOAL_P99_MS;
  // RSS moves with what the allocator keeps, heap with what is live: judge on the larger.
  const memoryPass = Math.max(gateway.rssKb, gateway.heapKb) <= GOAL_KB_PER_SUBSCRIBER;
  const verdict = (pass: boolean) => (pass ? 'PASS' : 'FAIL');
  console.log(`${verdict(latencyPass)} delivery: every subscriber has every event, p99 ${latency.p99} ms (goal <= ${GOAL_P99_MS} ms${missing === 0 ? '' : `; ${missing} deliveries missing`})`);
  console.log(
    `${verdict(memoryPass)} memory: gateway RSS ${gateway.rssKb.toFixed(1)} KB, heap ${gateway.heapKb.toFixed(1)} KB per idle subscriber (goal <= ${GOAL_KB_PER_SUBSCRIBER} KB)`,
  );
}

/** What the gateway and the compute subgraph logged at warn or above, grouped by message. */
function reportWarnings({ gateway, subgraphs }: Processes): void {
  for (const [name, child] of [['gateway', gateway], ['compute subgraph', subgraphs]] as const) {
    const counts = new Map<string, number>();
    for (const line of child.output) counts.set(describeLogLine(line), (counts.get(describeLogLine(line)) ?? 0) + 1);
    const summary = [...counts].map(([message, count]) => `${count}x ${message}`).join('; ');
    console.log(`Logged by the ${name}: ${summary || 'nothing'}`);
  }
}

function describeLogLine(line: string): string {
  try {
    const { msg, queued } = JSON.parse(line) as { msg?: string; queued?: number };
    return queued === undefined ? String(msg) : `${msg} (${queued} messages queued)`;
  } catch {
    return line.slice(0, 160);
  }
}
