// One bounded load run against a loopback GraphQL endpoint (autocannon), returning req/s and
// latency percentiles. Each run is preceded by an unmeasured one of WARM_SECONDS, so that every
// target is measured warm (JIT, caches, pools), not in its first seconds.
import autocannon from 'autocannon';

const WARM_SECONDS = 2;

export interface LoadResult {
  label: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

export async function load(label: string, url: string, query: string, variables: unknown, seconds: number, connections = 10): Promise<LoadResult> {
  const body = JSON.stringify({ query, variables });
  const check = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const checked = (await check.json()) as { errors?: unknown[] };
  if (checked.errors) throw new Error(`${label}: the benchmark query fails: ${JSON.stringify(checked.errors).slice(0, 500)}`);
  const run = (duration: number) => autocannon({ url, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections, duration });
  await run(WARM_SECONDS);
  const result = await run(seconds);
  return {
    label,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}
