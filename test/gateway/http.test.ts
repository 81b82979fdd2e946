// The gateway's HTTP surface for operators and tooling: probes, Prometheus metrics, an offline
// GraphiQL, and both query planners.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { FleetWithDetailsDocument, VmStatesDocument } from '../generated/operations.js';
import { gatewayUrl, startTestApp } from '../support/app.js';
import { execute } from '../support/graphql.js';

describe('gateway HTTP endpoints', () => {
  let app: RunningApp;
  let base: string;
  beforeAll(async () => {
    app = await startTestApp({ vmsPerScope: 8 });
    base = new URL('/', gatewayUrl(app)).toString();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('/healthz answers while the process lives', async () => {
    const response = await fetch(new URL('/healthz', base));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('/readyz reports every subgraph, and 503 naming the one that is down', async () => {
    const ready = await fetch(new URL('/readyz', base));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ready: true, subgraphs: { compute: 'ok', storage: 'ok', network: 'ok', metrics: 'ok', costs: 'ok' } });

    const metrics = app.subgraphs.find((s) => s.name === 'metrics')!;
    await metrics.stop();
    const notReady = await fetch(new URL('/readyz', base));
    expect(notReady.status).toBe(503);
    const report = (await notReady.json()) as { ready: boolean; subgraphs: Record<string, string> };
    expect(report.ready).toBe(false);
    expect(report.subgraphs.metrics).not.toBe('ok');
    expect(report.subgraphs.compute).toBe('ok');
  });

  it('/metrics counts upstream requests by provider, service and operation, and cache lookups', async () => {
    const before = await upstreamCount(base, 'DescribeInstances');
    const result = await execute(gatewayUrl(app), VmStatesDocument, { first: 10, filter: { regions: ['us-east-1'], accounts: ['111111111111'] } });
    expect(result.errors).toBeUndefined();
    expect(await upstreamCount(base, 'DescribeInstances')).toBe(before + 1);
    const text = await (await fetch(new URL('/metrics', base))).text();
    expect(text).toMatch(/fleetgraph_cache_requests_total\{kind="vm",result="miss"\} \d+/);
  });

  it('serves GraphiQL that loads nothing from another host', async () => {
    const response = await fetch(gatewayUrl(app), { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('GraphiQL');
    expect(html.length).toBeGreaterThan(100_000); // the bundle is inlined, not linked
    const externalAssets = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)=["'](https?:)?\/\/[^"']+/g)].map((m) => m[0]);
    expect(externalAssets).toEqual([]);
    expect(html).not.toMatch(/unpkg\.com|cdn\.jsdelivr|cdnjs\.cloudflare/);
  });
});

describe('the JavaScript query planner', () => {
  it('answers a query across all four subgraphs the same as the Rust planner', async () => {
    const rust = await startTestApp({ vmsPerScope: 5, planner: 'rust' });
    const js = await startTestApp({ vmsPerScope: 5, planner: 'js' });
    try {
      const variables = { first: 50, from: '2026-11-20T00:00:00Z', to: '2026-11-20T01:00:00Z', filter: { providers: ['AWS' as const] } };
      const [a, b] = await Promise.all([
        execute(gatewayUrl(rust), FleetWithDetailsDocument, variables),
        execute(gatewayUrl(js), FleetWithDetailsDocument, variables),
      ]);
      expect(a.errors).toBeUndefined();
      expect(b).toEqual(a);
      expect(a.data!.vms.totalCount).toBe(20);
      expect(a.data!.vms.nodes.some((vm) => vm.volumes!.length > 0 && vm.securityGroups!.length > 0 && vm.metrics!.length === 2)).toBe(true);
    } finally {
      await Promise.all([rust.stop(), js.stop()]);
    }
  });
});

async function upstreamCount(base: string, operation: string): Promise<number> {
  const text = await (await fetch(new URL('/metrics', base))).text();
  const line = text.split('\n').find((l) => l.startsWith('fleetgraph_upstream_requests_total{') && l.includes(`operation="${operation}"`) && l.includes('outcome="ok"'));
  return line ? Number(line.split(' ').at(-1)) : 0;
}
