// /healthz says the process is alive; /readyz says every subgraph answers, so a load balancer
// sends no traffic to a gateway whose subgraphs are down.
export interface ReadinessReport {
  ready: boolean;
  subgraphs: Record<string, 'ok' | string>;
}

/** `extensions`: what the probe's request carries (the signed probe caller, with auth required). */
export async function probeSubgraphs(urls: Record<string, string>, extensions?: Record<string, unknown>, timeoutMs = 2000): Promise<ReadinessReport> {
  const entries = await Promise.all(
    Object.entries(urls).map(async ([name, url]) => [name, await probe(url, extensions, timeoutMs)] as const),
  );
  return { ready: entries.every(([, status]) => status === 'ok'), subgraphs: Object.fromEntries(entries) };
}

async function probe(url: string, extensions: Record<string, unknown> | undefined, timeoutMs: number): Promise<string> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', ...(extensions ? { extensions } : {}) }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    return response.ok ? 'ok' : `HTTP ${response.status}`;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
