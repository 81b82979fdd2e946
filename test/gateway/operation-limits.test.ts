// What one operation may ask for: each structural limit (tokens, depth, aliases, directives), the
// cost limit over page sizes and metric windows, the response size and the request time, each
// refused with OPERATION_LIMIT_EXCEEDED naming the setting, its maximum and what was asked, and
// (for everything checked before execution) with no request reaching a cloud.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { gatewayUrl, startTestApp } from '../support/app.js';

interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function post(app: RunningApp, query: string, variables?: Record<string, unknown>): Promise<Answer> {
  const response = await fetch(gatewayUrl(app), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

/** The issue's query: 2,000 aliases of a 1,000-VM page with each VM's volumes (133 KB). */
const ALIAS_BOMB = `{ ${Array.from({ length: 2000 }, (_, i) => `a${i}: vms(first: 1000) { nodes { id volumes { id } } }`).join('\n')} }`;

function refusal(answer: Answer) {
  expect(answer.body.data ?? null).toBeNull();
  expect(answer.body.errors).toHaveLength(1);
  return answer.body.errors![0]!;
}

describe('operation limits with the defaults', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('refuses the 2,000-alias query before any cloud is asked', async () => {
    app.sandbox!.aws!.requests.reset();
    const error = refusal(await post(app, ALIAS_BOMB));
    expect(error.extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'maxTokens', max: 5000 });
    expect(error.message).toContain('server.limits.maxTokens');
    expect(app.sandbox!.aws!.requests.count()).toBe(0);
  });

  it('refuses a metrics window whose points outweigh the cost limit, and serves a short one', async () => {
    app.sandbox!.aws!.requests.reset();
    const metrics = (from: string, period: number) =>
      `{ vms(first: 100) { nodes { id metrics(names: [CPU_UTILIZATION, NETWORK_IN_BYTES], from: "${from}", to: "2026-12-04T00:00:00Z", period: ${period}) { points { value } } } } }`;
    // 100 VMs × 2 series × 4,320 points (3 days at 60 s) × (point + value) ≈ 1.7 million > 1 million.
    const error = refusal(await post(app, metrics('2026-12-01T00:00:00Z', 60)));
    expect(error.extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'maxCost', max: 1_000_000 });
    expect(error.extensions!.found as number).toBeGreaterThan(1_700_000);
    expect(app.sandbox!.aws!.requests.count()).toBe(0);
    // The same VMs over one hour at 300 s: 100 × 2 × 12 points.
    const served = await post(app, metrics('2026-12-03T23:00:00Z', 300));
    expect(served.body.errors).toBeUndefined();
    expect((served.body.data!.vms as { nodes: unknown[] }).nodes.length).toBeGreaterThan(0);
  });
});

describe('operation limits as configured', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({
      server: { limits: { maxTokens: 200_000, maxAliases: 5, maxDepth: 4, maxCost: 10_000, maxDirectives: 2, maxResponseBytes: 4096, requestTimeoutSeconds: 2 } },
    });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('counts the aliases of the 2,000-alias query when tokens allow it', async () => {
    app.sandbox!.aws!.requests.reset();
    const error = refusal(await post(app, ALIAS_BOMB));
    expect(error.extensions).toEqual({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'maxAliases', max: 5, found: 2000 });
    expect(app.sandbox!.aws!.requests.count()).toBe(0);
  });

  it('refuses 3 pages of 1,000 VMs past maxCost, and serves a page of 5', async () => {
    app.sandbox!.aws!.requests.reset();
    const pages = `{ ${['a', 'b', 'c'].map((alias) => `${alias}: vms(first: 1000) { nodes { id name state } }`).join(' ')} }`;
    const error = refusal(await post(app, pages));
    // Each page: connection 1 + 1,000 × (VM 1 + 3 fields) = 4,001.
    expect(error.extensions).toEqual({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'maxCost', max: 10_000, found: 3 * 4001 });
    expect(app.sandbox!.aws!.requests.count()).toBe(0);
    const served = await post(app, '{ vms(first: 5) { nodes { id name state } } }');
    expect(served.body.errors).toBeUndefined();
  });

  it('refuses selections nested deeper than maxDepth', async () => {
    const error = refusal(await post(app, '{ vms { nodes { volumes { attachments { vm { id } } } } } }'));
    expect(error.extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'maxDepth', max: 4, found: 6 });
  });

  it('refuses more directives than maxDirectives', async () => {
    const error = refusal(await post(app, '{ vms(first: 1) { totalCount @include(if: true) nodes @include(if: true) { id @skip(if: false) } } }'));
    expect(error.extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'maxDirectives', max: 2, found: 3 });
  });

  it('replaces an answer larger than maxResponseBytes with one error, and serves a small one', async () => {
    const error = refusal(await post(app, '{ vms(first: 50) { nodes { id name tags { key value } } } }'));
    expect(error.extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'maxResponseBytes', max: 4096 });
    expect(error.extensions!.found as number).toBeGreaterThan(4096);
    const small = await post(app, '{ vms(first: 2) { nodes { id } } }');
    expect(small.body.errors).toBeUndefined();
  });

  it('answers a request still running after requestTimeoutSeconds with an error naming the limit', async () => {
    app.sandbox!.aws!.faults.add({ kind: 'latency', latencyMs: 5000, action: 'DescribeVolumes' });
    const answer = await post(app, '{ volumes(first: 1) { nodes { id } } }');
    expect(answer.status).toBe(503);
    expect(refusal(answer).extensions).toEqual({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'requestTimeoutSeconds', max: 2 });
    app.sandbox!.aws!.faults.clear();
  });
});
