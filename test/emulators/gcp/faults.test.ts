// Injected throttling, unavailability, missing permissions and latency in Google's own error
// shape, the request log that records them, and who may call: sandbox tokens map to projects.
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_AFTER_SECONDS } from '../../../emulators/gcp/index.js';
import { DEV, PROD, collect, rejectionOf, useHarness } from './helpers.js';

const h = useHarness({ vmsPerScope: 6 });

afterEach(() => {
  h.emu.faults.clear();
  h.emu.requests.reset();
  h.emu.setRetryAfter(DEFAULT_RETRY_AFTER_SECONDS);
});

const paging = { autoPaginate: false } as const;
const listNetworks = (project = PROD) => collect(h.clients(project).networks.listAsync({ project }, paging));
const timeSeries = () =>
  h.get(`/v3/projects/${PROD}/timeSeries?filter=${encodeURIComponent('metric.type = "compute.googleapis.com/instance/cpu/utilization"')}&interval.endTime=${new Date().toISOString()}`);

describe('fault injection', () => {
  it('throttles with 429 RESOURCE_EXHAUSTED, a Retry-After and the rateLimitExceeded reason', async () => {
    h.emu.faults.add({ kind: 'throttle' });
    const compute = await h.get(`/compute/v1/projects/${PROD}/global/networks`);
    expect(compute.status).toBe(429);
    expect(compute.headers.get('retry-after')).toBe('1');
    expect(compute.body).toMatchObject({
      error: {
        code: 429,
        status: 'RESOURCE_EXHAUSTED',
        message: expect.stringContaining("of service 'compute.googleapis.com'"),
        errors: [{ domain: 'usageLimits', reason: 'rateLimitExceeded' }],
        details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'RATE_LIMIT_EXCEEDED' }],
      },
    });
    const monitoring = await timeSeries();
    expect(monitoring.status).toBe(429);
    expect(monitoring.body).toMatchObject({ error: { message: expect.stringContaining("'monitoring.googleapis.com'") } });
    const viaSdk = await rejectionOf(listNetworks());
    expect(viaSdk.status).toBe(429);
    expect(viaSdk.response!.headers.get('retry-after')).toBe('1');
    expect(h.emu.requests.entries().map((e) => [e.service, e.action, e.account, e.region, e.status])).toEqual([
      ['compute', 'networks.list', PROD, '*', 429],
      ['monitoring', 'timeSeries.list', PROD, '*', 429],
      ['compute', 'networks.list', PROD, '*', 429],
    ]);
  });

  it('sends the Retry-After it is told to, or none', async () => {
    h.emu.faults.add({ kind: 'throttle', times: 2 });
    h.emu.setRetryAfter(7);
    expect((await h.get(`/compute/v1/projects/${PROD}/global/networks`)).headers.get('retry-after')).toBe('7');
    h.emu.setRetryAfter(null);
    const none = await h.get(`/compute/v1/projects/${PROD}/global/networks`);
    expect(none.status).toBe(429);
    expect(none.headers.get('retry-after')).toBeNull();
    expect(() => h.emu.setRetryAfter(-1)).toThrow();
  });

  it('makes a service unavailable with 503 UNAVAILABLE / backendError', async () => {
    h.emu.faults.add({ kind: 'unavailable', service: 'monitoring' });
    expect((await listNetworks()).length).toBeGreaterThan(0);
    const down = await timeSeries();
    expect(down.status).toBe(503);
    expect(down.body).toEqual({
      error: {
        code: 503,
        message: 'The service is currently unavailable.',
        errors: [{ message: 'The service is currently unavailable.', domain: 'global', reason: 'backendError' }],
        status: 'UNAVAILABLE',
      },
    });
  });

  it("denies a permission with 403 PERMISSION_DENIED in each service's own words", async () => {
    h.emu.faults.add({ kind: 'forbidden', action: 'globalAddresses.list', account: PROD });
    h.emu.faults.add({ kind: 'forbidden', action: 'addresses.aggregatedList', account: PROD });
    h.emu.faults.add({ kind: 'forbidden', service: 'monitoring' });
    const global = await rejectionOf(collect(h.clients(PROD).globalAddresses.listAsync({ project: PROD }, paging)));
    expect(global.status).toBe(403);
    expect(JSON.parse(global.message)).toEqual({
      error: {
        code: 403,
        message: `Required 'compute.globalAddresses.list' permission for 'projects/${PROD}'`,
        errors: [{ message: `Required 'compute.globalAddresses.list' permission for 'projects/${PROD}'`, domain: 'global', reason: 'forbidden' }],
        status: 'PERMISSION_DENIED',
      },
    });
    // An aggregated list needs the collection's list permission.
    expect((await h.get(`/compute/v1/projects/${PROD}/aggregated/addresses`)).body).toMatchObject({
      error: { code: 403, status: 'PERMISSION_DENIED', message: `Required 'compute.addresses.list' permission for 'projects/${PROD}'` },
    });
    expect((await timeSeries()).body).toMatchObject({
      error: { code: 403, status: 'PERMISSION_DENIED', message: `Permission monitoring.timeSeries.list denied on resource projects/${PROD} (or it may not exist).` },
    });
    // Only what the rules name: another project, another method.
    expect((await h.get(`/compute/v1/projects/${DEV}/global/addresses`, DEV)).status).toBe(200);
    expect((await listNetworks()).length).toBeGreaterThan(0);
    expect(h.emu.requests.count({ status: 403 })).toBe(3);
  });

  it('delays answers by latencyMs, `times` times', async () => {
    h.emu.faults.add({ kind: 'latency', latencyMs: 800, action: 'networks.list', times: 1 });
    const networks = `/compute/v1/projects/${PROD}/global/networks`;
    const started = Date.now();
    expect((await h.get(networks)).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(790);
    expect((await h.get(networks)).status).toBe(200); // the rule was used up
    expect(h.emu.faults.active()).toEqual([]);
  });

  it('matches rules by service, action, account and region', async () => {
    h.emu.faults.add({ kind: 'throttle', account: DEV });
    h.emu.faults.add({ kind: 'unavailable', action: 'instances.list', region: 'europe-west1' });
    await listNetworks(PROD);
    expect((await rejectionOf(listNetworks(DEV))).status).toBe(429);
    expect((await h.get(`/compute/v1/projects/${PROD}/zones/europe-west1-b/instances`)).status).toBe(503);
    expect((await h.get(`/compute/v1/projects/${PROD}/zones/us-central1-a/instances`)).status).toBe(200);
    expect(h.emu.requests.count({ account: DEV })).toBe(1);
    expect(h.emu.requests.count({ region: 'europe-west1' })).toBe(1);
    expect(h.emu.requests.count({ service: 'compute', status: 200 })).toBe(2);
    expect(() => h.emu.faults.add({ kind: 'throttle', times: 0 })).toThrow();
  });
});

describe('who may call', () => {
  it('401 UNAUTHENTICATED without a token or with an unknown one', async () => {
    const missing = await h.get(`/compute/v1/projects/${PROD}/global/networks`, null);
    expect(missing.status).toBe(401);
    expect(missing.body).toMatchObject({ error: { code: 401, status: 'UNAUTHENTICATED', errors: [{ reason: 'required', location: 'Authorization', locationType: 'header' }] } });
    const unknown = await rejectionOf(listNetworks('ya29.not-a-sandbox-token'));
    expect(unknown.status).toBe(401);
    expect(JSON.parse(unknown.message)).toMatchObject({ error: { status: 'UNAUTHENTICATED', errors: [{ reason: 'authError' }] } });
    expect(unknown.response!.headers.get('www-authenticate')).toContain('invalid_token');
  });

  it("403 PERMISSION_DENIED for another project's resources, or a project that does not exist", async () => {
    const other = await rejectionOf(collect(h.clients(PROD).networks.listAsync({ project: DEV }, paging)));
    expect(other.status).toBe(403);
    expect(JSON.parse(other.message)).toMatchObject({
      error: { code: 403, status: 'PERMISSION_DENIED', message: `Required 'compute.networks.list' permission for 'projects/${DEV}'` },
    });
    expect((await h.get('/compute/v1/projects/no-such-project/aggregated/instances')).status).toBe(403);
  });

  it('404 for a path that names no method; 405 for anything but GET', async () => {
    expect((await h.get(`/compute/v1/projects/${PROD}/global/routers`)).status).toBe(404);
    const post = await fetch(`${h.emu.url}/compute/v1/projects/${PROD}/global/networks`, {
      method: 'POST',
      headers: { authorization: `Bearer ${h.fleet.gcp.accessToken(PROD)}` },
      body: '{}',
    });
    expect(post.status).toBe(405);
  });
});
