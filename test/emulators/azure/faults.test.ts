// Injected throttling, unavailability, missing permissions and latency as Azure answers them, the SDK's retries
// against them, and the request log that records every attempt.
import { afterEach, describe, expect, it } from 'vitest';
import { SUB_A, SUB_B, all, rawRequest, rejectionOf, useHarness } from './helpers.js';

const h = useHarness({ vmsPerScope: 6 });

afterEach(() => {
  h.emu.faults.clear();
  h.emu.requests.reset();
});

/** One metrics:getBatch call for the first VM of a location. */
const cpuOf = (location = 'westeurope') => {
  const vm = h.fleet.azure.scope(SUB_A, location)!.virtualMachines[0]!;
  return h.metrics().queryResources([vm.id], ['Percentage CPU'], 'Microsoft.Compute/virtualMachines', { interval: 'PT5M' });
};

describe('fault injection', () => {
  it('throttles ARM with 429 SubscriptionRequestsThrottled and a Retry-After, metrics with 429 TooManyRequests', async () => {
    h.emu.faults.add({ kind: 'throttle', retryAfterSeconds: 7 });
    const arm = await rejectionOf(all(h.compute().virtualMachines.listAll()));
    expect(arm).toMatchObject({ name: 'RestError', code: 'SubscriptionRequestsThrottled', statusCode: 429 });
    expect(arm.response!.headers.get('retry-after')).toBe('7');
    expect(arm.response!.headers.get('x-ms-ratelimit-remaining-subscription-reads')).toBe('0');
    const metrics = await rejectionOf(cpuOf());
    expect(metrics).toMatchObject({ code: 'TooManyRequests', statusCode: 429 });
    expect(h.emu.requests.entries()).toEqual([
      { service: 'compute', action: 'virtualMachines.listAll', account: SUB_A, region: null, status: 429 },
      { service: 'monitor', action: 'metrics.getBatch', account: SUB_A, region: 'westeurope', status: 429 },
    ]);
  });

  it('makes a service unavailable with 503 ServiceUnavailable', async () => {
    h.emu.faults.add({ kind: 'unavailable', service: 'network' });
    const e = await rejectionOf(all(h.network().networkInterfaces.listAll()));
    expect(e).toMatchObject({ code: 'ServiceUnavailable', statusCode: 503 });
    await all(h.compute().disks.list());
    expect(h.emu.requests.entries().map((r) => r.status)).toEqual([503, 200]);
  });

  it('forbids with 403 AuthorizationFailed naming the caller, the action and the subscription, as a role without the permission', async () => {
    h.emu.faults.add({ kind: 'forbidden', action: 'virtualNetworks.listAll' });
    h.emu.faults.add({ kind: 'forbidden', action: 'resourceSkus.list', region: 'eastus' });
    h.emu.faults.add({ kind: 'forbidden', service: 'monitor', times: 1 });
    const vnets = await rejectionOf(all(h.network().virtualNetworks.listAll()));
    expect(vnets).toMatchObject({ name: 'RestError', code: 'AuthorizationFailed', statusCode: 403 });
    const principal = /^The client '([0-9a-f-]{36})' with object id '\1' does not have authorization to perform action 'Microsoft\.Network\/virtualNetworks\/read' over scope '\/subscriptions\/([0-9a-f-]+)' or the scope is invalid\. If access was recently granted, please refresh your credentials\.$/.exec(vnets.message);
    expect(principal?.[2]).toBe(SUB_A);
    // Sizes of one location refused, of another answered; the other listings untouched.
    const skus = await rejectionOf(all(h.compute().resourceSkus.list({ filter: "location eq 'eastus'" })));
    // The compute SDK's pager keeps the code, not ARM's message: the raw answer has it.
    expect(skus).toMatchObject({ code: 'AuthorizationFailed', statusCode: 403 });
    const raw = await rawRequest(h.emu, `/subscriptions/${SUB_A}/providers/Microsoft.Compute/skus?$filter=${encodeURIComponent("location eq 'eastus'")}`, {
      token: h.fleet.azure.token(SUB_A),
    });
    expect(raw.status).toBe(403);
    expect(JSON.parse(raw.body).error.message).toContain("to perform action 'Microsoft.Compute/skus/read' over scope '/subscriptions/" + SUB_A + "'");
    expect((await all(h.compute().resourceSkus.list({ filter: "location eq 'westeurope'" }))).length).toBeGreaterThan(0);
    await all(h.network().networkInterfaces.listAll());
    const metrics = await rejectionOf(cpuOf());
    expect(metrics).toMatchObject({ code: 'AuthorizationFailed', statusCode: 403 });
    expect(metrics.message).toContain("'Microsoft.Insights/metrics/read'");
    expect(h.emu.requests.entries().map((e) => [e.action, e.region, e.status])).toEqual([
      ['virtualNetworks.listAll', null, 403],
      ['resourceSkus.list', 'eastus', 403],
      ['resourceSkus.list', 'eastus', 403],
      ['resourceSkus.list', 'westeurope', 200],
      ['networkInterfaces.listAll', null, 200],
      ['metrics.getBatch', 'westeurope', 403],
    ]);
  });

  it('delays answers by latencyMs', async () => {
    h.emu.faults.add({ kind: 'latency', latencyMs: 400, action: 'snapshots.list', times: 1 });
    const started = Date.now();
    await all(h.compute().snapshots.list());
    expect(Date.now() - started).toBeGreaterThanOrEqual(390);
    await all(h.compute().snapshots.list());
    expect(h.emu.faults.active()).toEqual([]); // used up: no further request waits
  });

  it('the SDK waits the Retry-After of a 429, then succeeds; 503s are retried with backoff', async () => {
    h.emu.faults.add({ kind: 'throttle', action: 'disks.list', times: 1, retryAfterSeconds: 1 });
    const started = Date.now();
    const disks = await all(h.compute(SUB_A, { maxRetries: 3 }).disks.list());
    expect(disks.length).toBe(h.fleet.azure.resources(SUB_A, 'disks').length);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(h.emu.requests.entries().map((e) => e.status)).toEqual([429, 200]);

    h.emu.requests.reset();
    h.emu.faults.add({ kind: 'unavailable', times: 2 });
    await all(h.network(SUB_A, { maxRetries: 3 }).virtualNetworks.listAll());
    expect(h.emu.requests.entries().map((e) => e.status)).toEqual([503, 503, 200]);
    expect(h.emu.faults.active()).toEqual([]);
  });

  it('matches rules by service, action, account and region', async () => {
    h.emu.faults.add({ kind: 'throttle', account: SUB_B, retryAfterSeconds: 0 });
    h.emu.faults.add({ kind: 'unavailable', service: 'monitor', region: 'eastus' });
    await all(h.compute(SUB_A).virtualMachines.listAll());
    expect((await rejectionOf(all(h.compute(SUB_B).virtualMachines.listAll()))).statusCode).toBe(429);
    await cpuOf('westeurope');
    expect((await rejectionOf(cpuOf('eastus'))).statusCode).toBe(503);
    expect(h.emu.requests.count()).toBe(4);
    expect(h.emu.requests.count({ account: SUB_B })).toBe(1);
    expect(h.emu.requests.count({ service: 'monitor', region: 'eastus', status: 503 })).toBe(1);
    h.emu.requests.reset();
    expect(h.emu.requests.entries()).toEqual([]);
  });

  it('refuses a nonsensical rule', () => {
    expect(() => h.emu.faults.add({ kind: 'throttle', times: 0 })).toThrow();
    expect(() => h.emu.faults.add({ kind: 'throttle', retryAfterSeconds: -1 })).toThrow();
  });
});
