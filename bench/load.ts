// One bounded load run against a loopback GraphQL endpoint (autocannon), returning req/s and
// latency percentiles.
import autocannon from 'autocannon';

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
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections,
    duration: seconds,
  });
  return {
    label,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}
