// Scale-out as the README describes it: every subgraph and the gateway as separate processes
// (`fleetgraph subgraph <name>`, `fleetgraph gateway`), two compute replicas behind two
// gateways, one Redis, callers authenticated (auth.mode required) and the processes trusting
// each other through one FLEETGRAPH_INTERNAL_SECRET. What one replica fetched is a cache hit for
// the other. Every process sends its spans to one collector (a receiver on loopback), and a
// request's trace runs from the gateway's process into the subgraph's by W3C `traceparent`.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintApiKey } from '../../src/gateway/auth/api-keys.js';
import { VmStatesDocument } from '../generated/operations.js';
import { execute } from '../support/graphql.js';
import { freePort } from '../support/redis.js';
import { startOtlpReceiver, type OtlpReceiver } from '../support/otlp-receiver.js';

const children: ChildProcess[] = [];
let collector: OtlpReceiver;
const key = mintApiKey('scale-test');
const auth = { authorization: `Bearer ${key.key}` };

function fleetgraph(args: string[], env: Record<string, string>, readyLine: RegExp): Promise<void> {
  const child = spawn(process.execPath, ['bin/fleetgraph.js', ...args], {
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`${args.join(' ')} did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (readyLine.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}:\n${output}`)));
  });
}

async function upstreamCalls(metricsUrl: string, operation: string): Promise<number> {
  const text = await (await fetch(metricsUrl)).text();
  return text
    .split('\n')
    .filter((line) => line.startsWith('fleetgraph_upstream_requests_total{') && line.includes(`operation="${operation}"`))
    .reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);
}

describe('scale-out: separate processes sharing one Redis', () => {
  const ports: Record<string, number> = {};
  beforeAll(async () => {
    collector = await startOtlpReceiver();
    for (const name of ['computeA', 'computeB', 'storage', 'network', 'metrics', 'costs', 'gatewayA', 'gatewayB']) ports[name] = await freePort();
    const dir = mkdtempSync(join(tmpdir(), 'fleetgraph-scale-'));
    const config = join(dir, 'fleetgraph.yaml');
    writeFileSync(config, `auth:\n  mode: required\n  apiKeys: [{ id: scale-test, role: viewer, sha256: ${key.sha256} }]\ncache:\n  redisUrl: redis://127.0.0.1:6379/0\n  keyPrefix: "fleetgraph-scale-test:${process.pid}:${Date.now()}:"\nevents:\n  pollIntervalSeconds: 0\ntracing:\n  endpoint: ${collector.url}\nsandbox:\n  clouds: [aws]\n  seed: 42\n  vmsPerScope: 15\n  changesPerMinute: 0\n`);
    const env = { FLEETGRAPH_CONFIG: config, FLEETGRAPH_INTERNAL_SECRET: randomBytes(48).toString('base64') };
    const subgraph = (name: string, port: number) =>
      fleetgraph(['subgraph', name], { ...env, PORT: String(port), METRICS_PORT: String(port + 1000), OTEL_SERVICE_NAME: `fleetgraph-${name}-${port}` }, /subgraph listening/);
    await Promise.all([
      subgraph('compute', ports.computeA!),
      subgraph('compute', ports.computeB!),
      subgraph('storage', ports.storage!),
      subgraph('network', ports.network!),
      subgraph('metrics', ports.metrics!),
      subgraph('costs', ports.costs!),
    ]);
    const url = (port: number) => `http://127.0.0.1:${port}/graphql`;
    const gateway = (port: number, compute: number) =>
      fleetgraph(
        ['gateway'],
        {
          ...env,
          PORT: String(port),
          OTEL_SERVICE_NAME: `fleetgraph-gateway-${port}`,
          FLEETGRAPH_COMPUTE_URL: url(compute),
          FLEETGRAPH_STORAGE_URL: url(ports.storage!),
          FLEETGRAPH_NETWORK_URL: url(ports.network!),
          FLEETGRAPH_METRICS_URL: url(ports.metrics!),
          FLEETGRAPH_COSTS_URL: url(ports.costs!),
        },
        /FleetGraph ready at/,
      );
    await Promise.all([gateway(ports.gatewayA!, ports.computeA!), gateway(ports.gatewayB!, ports.computeB!)]);
  }, 120_000);

  afterAll(async () => {
    for (const child of children) child.kill('SIGTERM');
    await collector?.close();
  });

  it('serves the same answer from both gateways; the second compute replica finds it all in Redis', async () => {
    const metricsA = `http://127.0.0.1:${ports.computeA! + 1000}/metrics`;
    const metricsB = `http://127.0.0.1:${ports.computeB! + 1000}/metrics`;
    const a = await execute(`http://127.0.0.1:${ports.gatewayA}/graphql`, VmStatesDocument, { first: 100 }, auth);
    expect(a.errors).toBeUndefined();
    expect(a.data!.vms.totalCount).toBe(60);
    expect(await upstreamCalls(metricsA, 'DescribeInstances')).toBe(4);

    const b = await execute(`http://127.0.0.1:${ports.gatewayB}/graphql`, VmStatesDocument, { first: 100 }, auth);
    expect(b).toEqual(a);
    expect(await upstreamCalls(metricsB, 'DescribeInstances')).toBe(0);

    const ready = await fetch(`http://127.0.0.1:${ports.gatewayB}/readyz`);
    expect(ready.status).toBe(200);
  });

  it('refuses callers without credentials at the gateways, and requests the gateways did not sign at the subgraphs', async () => {
    expect((await fetch(`http://127.0.0.1:${ports.gatewayA}/graphql?query={__typename}`)).status).toBe(401);
    const direct = await execute(`http://127.0.0.1:${ports.computeA}/graphql`, VmStatesDocument, { first: 1 });
    expect(direct.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("carries a request's trace from the gateway's process into the subgraph's by W3C traceparent", async () => {
    const traceId = randomBytes(16).toString('hex');
    const traceparent = `00-${traceId}-${randomBytes(8).toString('hex')}-01`;
    const result = await execute(`http://127.0.0.1:${ports.gatewayA}/graphql`, VmStatesDocument, { first: 5 }, { ...auth, traceparent });
    expect(result.errors).toBeUndefined();
    // Each process sends its own batch, within about a second: wait for the subgraph's span and the one that called it.
    const trace = () => collector.spans.filter((span) => span.traceId === traceId);
    const subgraphSpan = () => trace().find((span) => span.name === 'subgraph compute');
    const callerArrived = () => trace().some((span) => span.spanId === subgraphSpan()?.parentSpanId);
    const deadline = Date.now() + 20_000;
    while (!callerArrived() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    const spans = trace();
    const subgraph = subgraphSpan();
    expect(subgraph?.service).toBe(`fleetgraph-compute-${ports.computeA}`);
    const caller = spans.find((span) => span.spanId === subgraph!.parentSpanId);
    expect(caller?.service).toBe(`fleetgraph-gateway-${ports.gatewayA}`);
    // A cached answer (the first test listed everything) needs no cloud call; the subgraph's span is still there.
    expect(new Set(spans.map((span) => span.service))).toEqual(new Set([`fleetgraph-gateway-${ports.gatewayA}`, `fleetgraph-compute-${ports.computeA}`]));
  });
});
