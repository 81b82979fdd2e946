// npm run bench, section 12: a large estate. The emulators hold SCALE_VMS VMs (100,000 by
// default) in a child process; FleetGraph (gateway and subgraphs, memory cache) runs here against
// them as against real clouds. Measured: the first (cold) page, then 1,000 warm first pages of 50
// (p50, p99, RSS, upstream calls while the listings are fresh: the goal is none) and a filtered
// page (one account, one state). The VM TTL is set past the run so every page is warm; what a
// refresh costs is the cold number.
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { startApp } from '../src/app.js';
import { parseConfig } from '../src/config/load.js';

const TOTAL_VMS = Number(process.env.SCALE_VMS ?? 100_000);
/** Account-region units the sandbox fleet spreads vmsPerScope over (60,000 VMs at 5,000 per scope). */
const SCOPE_UNITS = 12;
const WARM_REQUESTS = 1000;
const FILTERED_REQUESTS = 200;

const FIRST_PAGE = '{ vms(first: 50) { totalCount nodes { id name state } } }';
const FILTERED_PAGE = `query ($account: String!) { vms(first: 50, filter: { accounts: [$account], states: [RUNNING] }) { totalCount nodes { id name state } } }`;

type Counts = { aws: number; azure: number; gcp: number };

export async function scaleBench(): Promise<void> {
  const vmsPerScope = Math.ceil(TOTAL_VMS / SCOPE_UNITS);
  console.log(`\n12. a large estate: ~${TOTAL_VMS.toLocaleString('en')} VMs (sandbox.vmsPerScope ${vmsPerScope}), emulators in a child process`);
  const child = fork(fileURLToPath(new URL('./emulators-process.ts', import.meta.url)), [String(vmsPerScope)], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const [line] = (await once(child.stdout!, 'data')) as [Buffer];
  const { providers } = JSON.parse(line.toString()) as { providers: Record<string, unknown> };
  const counts = async (): Promise<number> => {
    child.send('count');
    const [reply] = (await once(child, 'message')) as [Counts];
    return reply.aws + reply.azure + reply.gcp;
  };
  const app = await startApp(
    parseConfig({ server: { host: '127.0.0.1', port: 0 }, logLevel: 'silent', providers, cache: { ttlSeconds: { vm: 3600 } }, events: { pollIntervalSeconds: 0 } }),
  );
  try {
    const url = app.gateway!.url;
    const cold = await coldPage(url);
    console.log(
      `first page, cold (every scope listed): ${cold.ms.toFixed(0)} ms, ${cold.totalCount.toLocaleString('en')} VMs answered, ${cold.unlisted} scope(s) named as not listed yet (cache.coldWaitSeconds)${cold.otherErrors ? `, other errors: ${cold.otherErrors}` : ''}`,
    );
    // Listings that outlast cache.coldWaitSeconds go on in the background: wait for them.
    let ready: Awaited<ReturnType<typeof timed>> | null = null;
    while (!ready) ready = await timed(url, FIRST_PAGE, {}).catch(() => null);
    console.log(`totalCount ${ready.totalCount.toLocaleString('en')}; ${memoryNow()}`);
    const account = (providers.aws as { accounts: { id: string }[] }).accounts[0]!.id;
    const before = await counts();
    const warm = await repeat(url, FIRST_PAGE, {}, WARM_REQUESTS);
    const filtered = await repeat(url, FILTERED_PAGE, { account }, FILTERED_REQUESTS);
    const calls = (await counts()) - before;
    const rssMb = process.memoryUsage().rss / 2 ** 20;
    console.log(`after the warm pages: ${memoryNow()}`);
    console.table([
      { page: `first 50 of all, warm (${WARM_REQUESTS}x)`, 'p50 ms': warm.p50, 'p99 ms': warm.p99, goal: 'p50 <= 50, p99 <= 200' },
      { page: `first 50, one account + RUNNING (${FILTERED_REQUESTS}x)`, 'p50 ms': filtered.p50, 'p99 ms': filtered.p99, goal: 'p50 <= 50' },
    ]);
    console.log(`upstream calls during the warm pages: ${calls} (goal 0); RSS of the FleetGraph process after them: ${rssMb.toFixed(0)} MB (goal <= 1024)`);
  } finally {
    await app.stop();
    child.disconnect();
  }
}

/** RSS and the JS heap in use, the heap after a full collection when the bench runs with --expose-gc (npm run bench does). */
function memoryNow(): string {
  (globalThis as { gc?: () => void }).gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  return `RSS ${(rss / 2 ** 20).toFixed(0)} MB, JS heap in use ${(heapUsed / 2 ** 20).toFixed(0)} MB${'gc' in globalThis ? ' after a full GC' : ''}`;
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
