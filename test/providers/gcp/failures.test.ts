// Failures through the adapter: the shared retry policy over the REST transport (which retries
// nothing itself), every attempt counted, persistent failures and bad credentials as
// ProviderErrors — never a crash, never a token in a message.
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { gcpProviderSchema } from '../../../src/config/schema.js';
import { createFleet, type Fleet } from '../../../emulators/fleet.js';
import { startGcpEmulator, type GcpEmulator } from '../../../emulators/gcp/index.js';
import { ProviderError } from '../../../src/providers/errors.js';
import { createGcpAdapter } from '../../../src/providers/gcp/index.js';
import { globalId } from '../../../src/providers/ids.js';
import type { MetricRequest, ProviderAdapter, ResourceKind } from '../../../src/providers/types.js';
import { FAST_RETRY, PROD, adapterFor, configFor, counted, scopeOf, silent } from './support.js';

const P = scopeOf(PROD);

describe('GCP adapter failures', () => {
  let fleet: Fleet;
  let emulator: GcpEmulator;
  let adapter: ProviderAdapter;

  const metricRequest = (): MetricRequest => {
    const vm = fleet.gcp.project(PROD)!.regions[0]!.instances.find((i) => i.status === 'RUNNING')!;
    const to = fleet.now();
    return {
      from: new Date(to.getTime() - 3600_000),
      to,
      queries: [{ resourceId: globalId({ provider: 'gcp', account: PROD, region: vm.zone.slice(vm.zone.lastIndexOf('/') + 1) }, 'vm', vm.name), name: 'CPU_UTILIZATION', nativeName: null, period: 300 }],
    };
  };
  const single = (credentials: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    createGcpAdapter(gcpProviderSchema.parse({ projects: [{ id: PROD, endpoint: emulator.url, credentials }], ...extra }), { logger: silent, retry: FAST_RETRY });

  beforeAll(async () => {
    fleet = createFleet({ seed: 13, vmsPerScope: 8 });
    emulator = await startGcpEmulator({ fleet });
    adapter = adapterFor(emulator, fleet);
    await adapter.list('vm', P);
  });

  afterAll(async () => {
    await adapter?.close();
    await emulator?.close();
  });

  beforeEach(() => {
    emulator.requests.reset();
    emulator.faults.clear();
    emulator.setMaxPageSize(null);
    emulator.setRetryAfter(0);
  });

  it('retries throttling and succeeds, counting every attempt', async () => {
    const ok = await counted({ service: 'compute', operation: 'networks.list', outcome: 'ok' });
    const errors = await counted({ service: 'compute', operation: 'networks.list', outcome: 'error' });
    emulator.faults.add({ service: 'compute', action: 'networks.list', account: PROD, kind: 'throttle', times: 2 });
    const networks = await adapter.list('network', P);
    expect(networks).toHaveLength(fleet.gcp.project(PROD)!.networks.length);
    expect(emulator.requests.entries().map((e) => e.status)).toEqual([429, 429, 200]);
    expect((await counted({ service: 'compute', operation: 'networks.list', outcome: 'ok' })) - ok).toBe(1);
    expect((await counted({ service: 'compute', operation: 'networks.list', outcome: 'error' })) - errors).toBe(2);
  });

  it('honours Retry-After', async () => {
    emulator.setRetryAfter(1);
    emulator.faults.add({ action: 'firewalls.list', kind: 'throttle', times: 1 });
    const started = Date.now();
    await adapter.list('securityGroup', P);
    expect(Date.now() - started).toBeGreaterThanOrEqual(990);
    expect(emulator.requests.count({ action: 'firewalls.list' })).toBe(2);
  });

  it('gives up on an attempt that gets no answer within its timeout, naming the operation, and retries it', async () => {
    const impatient = createGcpAdapter(configFor(emulator, fleet, { maxAttempts: 2 }), { logger: silent, retry: FAST_RETRY, requestTimeoutMs: 300 });
    emulator.faults.add({ action: 'firewalls.list', account: PROD, kind: 'latency', latencyMs: 3000, times: 2 });
    const error = await impatient.list('securityGroup', P).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ category: 'UNAVAILABLE', operation: 'firewalls.list' });
    expect((error as Error).message).toContain('no answer within 300 ms');
    await impatient.close();
    // Both attempts were sent (the emulator logs each when it answers, after the latency).
    await new Promise((resolve) => setTimeout(resolve, 3500));
    expect(emulator.requests.count({ action: 'firewalls.list' })).toBe(2);
  });

  it('leaves an answer that has begun to arrive to finish, however long its body takes', async () => {
    // Headers and the first bytes at once, the rest after the attempt timeout: a large page on a slow link.
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"items":[');
      setTimeout(() => res.end(']}'), 800);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const patient = createGcpAdapter(
      gcpProviderSchema.parse({ maxAttempts: 1, projects: [{ id: PROD, endpoint, credentials: { type: 'accessToken', token: 'token' } }] }),
      { logger: silent, retry: FAST_RETRY, requestTimeoutMs: 300 },
    );
    try {
      expect(await patient.list('securityGroup', P)).toEqual([]);
    } finally {
      await patient.close();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('retries each page on its own: a throttled later page does not start the listing again', async () => {
    emulator.setMaxPageSize(3);
    const vms = fleet.gcp.project(PROD)!.regions.flatMap((r) => r.instances).length;
    const pages = Math.ceil(vms / 3);
    expect(pages).toBeGreaterThan(2);
    // Once the first page has been answered, the next request (page 2) is made unavailable.
    const record = emulator.requests.record.bind(emulator.requests);
    emulator.requests.record = (entry) => {
      record(entry);
      if (entry.action === 'instances.aggregatedList' && emulator.requests.count({ action: 'instances.aggregatedList' }) === 1) {
        emulator.faults.add({ action: 'instances.aggregatedList', kind: 'unavailable', times: 1 });
      }
    };
    try {
      expect(await adapter.list('vm', P)).toHaveLength(vms);
    } finally {
      emulator.requests.record = record;
    }
    const listing = emulator.requests.entries().filter((e) => e.action === 'instances.aggregatedList');
    expect(listing.map((e) => e.status)).toEqual([200, 503, ...Array.from({ length: pages - 1 }, () => 200)]);
  });

  it('counts Cloud Monitoring attempts under monitoring', async () => {
    const errors = await counted({ service: 'monitoring', operation: 'timeSeries.list', outcome: 'error' });
    const ok = await counted({ service: 'monitoring', operation: 'timeSeries.list', outcome: 'ok' });
    emulator.faults.add({ service: 'monitoring', kind: 'unavailable', times: 1 });
    const [series] = await adapter.metrics(P, metricRequest());
    expect(series!.available).toBe(true);
    expect(emulator.requests.count({ action: 'timeSeries.list' })).toBe(2);
    expect((await counted({ service: 'monitoring', operation: 'timeSeries.list', outcome: 'error' })) - errors).toBe(1);
    expect((await counted({ service: 'monitoring', operation: 'timeSeries.list', outcome: 'ok' })) - ok).toBe(1);
  });

  it.each([
    ['unavailable', 'UNAVAILABLE', 'UNAVAILABLE'],
    ['throttle', 'THROTTLED', 'RESOURCE_EXHAUSTED'],
  ] as const)('a project that keeps failing (%s) → ProviderError %s naming provider, project, region, operation', async (kind, category, code) => {
    emulator.faults.add({ account: PROD, kind });
    for (const [k, operation] of [
      ['vm', 'instances.aggregatedList'],
      ['snapshot', 'snapshots.list'],
    ] as [ResourceKind, string][]) {
      emulator.requests.reset();
      const error = await adapter.list(k, P).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ProviderError);
      const e = error as ProviderError;
      expect(e.category).toBe(category);
      expect(e.scope).toEqual(P);
      expect(e.operation).toBe(operation);
      expect(e.message).toContain(`gcp ${PROD}/* ${operation}: ${code}`);
      expect(e.message).toContain('after 3 attempts');
      expect(emulator.requests.count({ action: operation })).toBe(3); // maxAttempts
    }
    const metrics = await adapter.metrics(P, metricRequest()).catch((e: unknown) => e);
    expect(metrics).toMatchObject({ name: 'ProviderError', category, operation: 'timeSeries.list' });
  });

  it('makes exactly maxAttempts attempts', async () => {
    const once = adapterFor(emulator, fleet, { maxAttempts: 1 });
    try {
      emulator.faults.add({ kind: 'throttle' });
      await expect(once.list('subnet', P)).rejects.toMatchObject({ category: 'THROTTLED' });
      expect(emulator.requests.count()).toBe(1);
    } finally {
      await once.close();
    }
  });

  it('a wrong token → AUTH, not retried, the token nowhere in the error', async () => {
    const token = 'ya29.wrong-token-that-must-never-be-shown';
    const bad = single({ type: 'accessToken', token });
    try {
      for (const attempt of [() => bad.list('volume', P), () => bad.metrics(P, metricRequest())]) {
        const error = await attempt().catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ProviderError);
        const e = error as ProviderError;
        expect(e.category).toBe('AUTH');
        expect(e.message).toContain('UNAUTHENTICATED');
        for (const text of [e.message, String(e.cause), JSON.stringify({ ...e, cause: { ...(e.cause as object), message: (e.cause as Error).message } })]) {
          expect(text).not.toContain(token);
          expect(text).not.toContain('wrong-token');
        }
      }
      expect(emulator.requests.count({ action: 'disks.aggregatedList' })).toBe(1);
    } finally {
      await bad.close();
    }
  });

  it("another project's token → AUTH (403 PERMISSION_DENIED)", async () => {
    const other = single({ type: 'accessToken', token: fleet.gcp.accessToken('fleet-demo-dev') });
    try {
      await expect(other.list('network', P)).rejects.toMatchObject({ name: 'ProviderError', category: 'AUTH', providerCode: 'forbidden' });
    } finally {
      await other.close();
    }
  });

  it('credentials that cannot be loaded → AUTH before any request, and no crash', async () => {
    const saved = process.env.GOOGLE_APPLICATION_CREDENTIALS;
    process.env.GOOGLE_APPLICATION_CREDENTIALS = '/nonexistent/fleetgraph/adc.json';
    const broken = join(tmpdir(), `fleetgraph-broken-key-${process.pid}.json`);
    writeFileSync(broken, '{"type": "service_account", "client_email": "x@example.iam.gserviceaccount.com"}');
    const adapters = [
      single({ type: 'default' }),
      single({ type: 'serviceAccountKey', keyFile: '/nonexistent/fleetgraph/key.json' }),
      single({ type: 'serviceAccountKey', keyFile: broken }),
    ];
    try {
      for (const a of adapters) {
        const error = await a.list('vm', P).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ProviderError);
        expect(error).toMatchObject({ category: 'AUTH', operation: 'instances.aggregatedList' });
        expect((error as Error).message).toMatch(/cannot (load|obtain)/);
        await expect(a.metrics(P, metricRequest())).rejects.toMatchObject({ category: 'AUTH' });
      }
      expect(emulator.requests.count()).toBe(0);
      // Nothing left behind to reject later: give stray promises a moment to surface.
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      await Promise.all(adapters.map((a) => a.close()));
      if (saved === undefined) delete process.env.GOOGLE_APPLICATION_CREDENTIALS;
      else process.env.GOOGLE_APPLICATION_CREDENTIALS = saved;
    }
  });

  it('refuses a scope it was not configured with, and an unknown kind, without a request', async () => {
    await expect(adapter.list('vm', scopeOf('some-other-project'))).rejects.toMatchObject({ name: 'ProviderError', category: 'INVALID_INPUT' });
    await expect(adapter.list('vm', { provider: 'gcp', account: PROD, region: 'us-central1' })).rejects.toMatchObject({ category: 'INVALID_INPUT' });
    await expect(adapter.list('bucket' as ResourceKind, P)).rejects.toMatchObject({ category: 'INVALID_INPUT' });
    expect(emulator.requests.count()).toBe(0);
  });

  it('turns a refused connection into UNAVAILABLE', async () => {
    const closed = await startGcpEmulator({ fleet });
    const url = closed.url;
    await closed.close();
    const down = createGcpAdapter(
      gcpProviderSchema.parse({ maxAttempts: 2, projects: [{ id: PROD, endpoint: url, credentials: { type: 'accessToken', token: fleet.gcp.accessToken(PROD) } }] }),
      { logger: silent, retry: FAST_RETRY },
    );
    try {
      const error = await down.list('subnet', P).catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'ProviderError', category: 'UNAVAILABLE', providerCode: 'ECONNREFUSED' });
      expect((error as Error).message).toContain('after 2 attempts');
    } finally {
      await down.close();
    }
  });
});
