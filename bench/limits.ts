// The operation-limits part of `npm run bench`: the 2,000-alias query (133 KB, each alias
// a page of 1,000 VMs with their volumes) sent again and again to one gateway, against a trivial
// query as the baseline in the same run. Printed: p50/p99 of each, the ratio, the process's RSS
// before and after, and the requests the emulators received meanwhile (goal: refused about as
// fast as the baseline, RSS flat, no upstream request). Once with the defaults (the token limit
// refuses it), once with tokens and aliases allowed (the cost limit refuses it).
import { startApp } from '../src/app.js';
import { parseConfig } from '../src/config/load.js';

const ROUNDS = 200;
const ALIAS_BOMB = `{ ${Array.from({ length: 2000 }, (_, i) => `a${i}: vms(first: 1000) { nodes { id volumes { id } } }`).join('\n')} }`;
const BASELINE = '{ __typename }';

async function timed(url: string, query: string): Promise<{ ms: number[]; refused: number }> {
  const ms: number[] = [];
  let refused = 0;
  const body = JSON.stringify({ query });
  for (let i = 0; i < ROUNDS; i++) {
    const started = performance.now();
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const answer = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    ms.push(performance.now() - started);
    if (answer.errors?.[0]?.extensions?.code === 'OPERATION_LIMIT_EXCEEDED') refused += 1;
  }
  return { ms: ms.sort((a, b) => a - b), refused };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const rssMiB = () => Math.round(process.memoryUsage().rss / 1024 / 1024);

async function run(label: string, limits: Record<string, number>): Promise<Record<string, string | number>> {
  const app = await startApp(parseConfig({ server: { port: 0, limits }, logLevel: 'silent', sandbox: { clouds: ['aws'], seed: 42, vmsPerScope: 250, changesPerMinute: 0 } }));
  try {
    const url = app.gateway!.url;
    await timed(url, BASELINE); // warm-up
    const baseline = await timed(url, BASELINE);
    app.sandbox!.aws!.requests.reset();
    const before = rssMiB();
    const bomb = await timed(url, ALIAS_BOMB);
    const after = rssMiB();
    return {
      limits: label,
      'refused / sent': `${bomb.refused} / ${ROUNDS}`,
      'p50 ms': percentile(bomb.ms, 50).toFixed(1),
      'p99 ms': percentile(bomb.ms, 99).toFixed(1),
      'baseline p50 ms': percentile(baseline.ms, 50).toFixed(1),
      'p50 / baseline': (percentile(bomb.ms, 50) / percentile(baseline.ms, 50)).toFixed(1),
      'RSS before MiB': before,
      'RSS after MiB': after,
      'upstream requests': app.sandbox!.aws!.requests.count(),
    };
  } finally {
    await app.stop();
  }
}

export async function limitsBench(): Promise<void> {
  console.log(`\n11. operation limits: the 2,000-alias query (${Math.round(ALIAS_BOMB.length / 1024)} KB) ${ROUNDS} times, against { __typename }`);
  console.table([
    await run('defaults (maxTokens refuses)', {}),
    await run('tokens and aliases allowed (maxCost refuses)', { maxTokens: 1_000_000, maxAliases: 10_000 }),
  ]);
}
