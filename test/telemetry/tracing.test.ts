// Traces as an operator's collector receives them: FleetGraph configured with an OTLP/HTTP
// endpoint (a receiver this test runs on loopback) sends one trace per request, continuing the
// caller's W3C trace context, from the gateway through each subgraph (over HTTP, by `traceparent`)
// down to every request made to a cloud, each with its provider, account, region, operation and
// page. The cloud spans are counted against the requests the emulators received.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { gatewayUrl, startTestApp } from '../support/app.js';
import { startOtlpReceiver, type OtlpReceiver, type OtlpSpan } from '../support/otlp-receiver.js';

const TRACE_ID = randomBytes(16).toString('hex');
const CALLER_SPAN_ID = randomBytes(8).toString('hex');
let receiver: OtlpReceiver;
let app: RunningApp;
let trace: OtlpSpan[];
let requests: { aws: number; azurePages: number };

beforeAll(async () => {
  receiver = await startOtlpReceiver();
  // Azure lists a subscription's VMs 50 to a page: 2 locations × 30 VMs is two pages each.
  app = await startTestApp({ clouds: ['aws', 'azure'], vmsPerScope: 30, tracing: { endpoint: receiver.url } });
  const response = await fetch(gatewayUrl(app), {
    method: 'POST',
    headers: { 'content-type': 'application/json', traceparent: `00-${TRACE_ID}-${CALLER_SPAN_ID}-01` },
    body: JSON.stringify({ query: '{ vms(first: 5) { totalCount nodes { id name } } }' }),
  });
  const body = (await response.json()) as { data?: { vms: { totalCount: number } }; errors?: unknown };
  expect(body.errors).toBeUndefined();
  expect(body.data!.vms.totalCount).toBe(8 * 30);
  requests = {
    aws: app.sandbox!.aws!.requests.count({ action: 'DescribeInstances' }),
    azurePages: app.sandbox!.azure!.requests.count({ action: 'virtualMachines.listAll' }),
  };
  // Stopping sends what the batch still holds.
  await app.stop();
  trace = receiver.spans.filter((span) => span.traceId === TRACE_ID);
}, 60_000);

afterAll(async () => {
  await receiver?.close();
});

const byId = () => new Map(trace.map((span) => [span.spanId, span]));

/** The names of a span's ancestors, nearest first. */
function ancestors(span: OtlpSpan): string[] {
  const spans = byId();
  const names: string[] = [];
  for (let parent = spans.get(span.parentSpanId ?? ''); parent; parent = spans.get(parent.parentSpanId ?? '')) names.push(parent.name);
  return names;
}

describe('traces (tracing.endpoint set)', () => {
  it("continue the caller's trace: the gateway's root span is a child of the caller's span", () => {
    const roots = trace.filter((span) => span.parentSpanId === CALLER_SPAN_ID);
    expect(roots).toHaveLength(1);
    expect(roots[0]!.kind).toBe(2); // SERVER
  });

  it('cross into the subgraph over HTTP: its span is a child of the gateway span that called it', () => {
    const subgraph = trace.filter((span) => span.name === 'subgraph compute');
    expect(subgraph.length).toBeGreaterThanOrEqual(1);
    for (const span of subgraph) {
      const parent = byId().get(span.parentSpanId ?? '');
      expect(parent, 'the gateway span that fetched the subgraph').toBeDefined();
      expect(parent!.name).not.toMatch(/^subgraph /);
      expect(span.attributes['fleetgraph.subgraph']).toBe('compute');
    }
  });

  it('hold one span per request a cloud received, with provider, account, region, operation and page', () => {
    const aws = trace.filter((span) => span.attributes['fleetgraph.cloud.operation'] === 'DescribeInstances');
    expect(aws).toHaveLength(requests.aws);
    expect(new Set(aws.map((s) => `${s.attributes['cloud.account.id']}/${s.attributes['cloud.region']}`))).toEqual(
      new Set(app.config.providers.aws!.accounts.flatMap((a) => a.regions.map((r) => `${a.id}/${r}`))),
    );
    for (const span of aws) {
      expect(span.attributes).toMatchObject({ 'cloud.provider': 'aws', 'fleetgraph.cloud.service': 'ec2', 'fleetgraph.cloud.page': 1, 'http.response.status_code': 200 });
      expect(span.kind).toBe(3); // CLIENT
    }
    const azure = trace.filter((span) => span.attributes['fleetgraph.cloud.operation'] === 'virtualMachines.listAll');
    expect(azure).toHaveLength(requests.azurePages);
    const subscriptions = app.config.providers.azure!.subscriptions.map((s) => s.id.toLowerCase());
    for (const subscription of subscriptions) {
      const pages = azure.filter((span) => span.attributes['cloud.account.id'] === subscription).map((span) => span.attributes['fleetgraph.cloud.page']);
      expect(pages.sort()).toEqual([1, 2]);
    }
  });

  it('nest each cloud request under the listing that made it, under the subgraph request, under the gateway', () => {
    const cloudSpans = trace.filter((span) => span.attributes['fleetgraph.cloud.operation'] !== undefined);
    expect(cloudSpans.length).toBeGreaterThan(0);
    for (const span of cloudSpans) {
      const chain = ancestors(span);
      expect(chain[0]).toBe('fleetgraph list vm');
      expect(chain).toContain('subgraph compute');
      expect(chain.length).toBeGreaterThan(chain.indexOf('subgraph compute') + 1);
    }
  });
});
