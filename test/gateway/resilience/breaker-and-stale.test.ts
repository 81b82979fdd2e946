// Circuit breakers and stale data through the running gateway, with the memory cache and with
// Redis: after repeated unavailable answers from one region its circuit opens, so further queries
// cost that region nothing while the others still answer; VMs cached before the outage and past
// their TTL are answered marked stale with their age; after the probe delay one call closes the
// circuit again; Query.providers shows OPEN, then CLOSED.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../../src/app.js';
import { ProviderBreakersDocument, ResilienceVmDocument, ResilienceVmsDocument } from '../../generated/operations.js';
import { gatewayUrl, startTestApp } from '../../support/app.js';
import { execute } from '../../support/graphql.js';
import { SHARED_REDIS_URL, sleep } from '../../support/redis.js';

const DEAD = { account: '222222222222', region: 'us-east-1' };
const VMS_PER_SCOPE = 5;
const SCOPES = 4; // two accounts × two regions
const FAILURES = 2;
const TTL_SECONDS = 1;
/** SDK attempts per call (the sandbox's maxAttempts): a failed call is this many requests. */
const ATTEMPTS = 3;

type Errors = { message: string; extensions?: Record<string, unknown> }[] | undefined;
const withCode = (errors: Errors, code: string) => (errors ?? []).filter((e) => e.extensions?.code === code);

describe.each([
  { cache: 'memory', redisUrl: undefined },
  { cache: 'redis', redisUrl: SHARED_REDIS_URL },
])('a region that stops answering ($cache cache)', ({ redisUrl }) => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({
      vmsPerScope: VMS_PER_SCOPE,
      ttlSeconds: { vm: TTL_SECONDS },
      resilience: { breaker: { failures: FAILURES, halfOpenAfterSeconds: 6 }, stale: { maxAgeSeconds: 60 } },
      ...(redisUrl ? { redisUrl } : {}),
    });
  });
  afterAll(async () => {
    await app?.stop();
  });

  const listAll = () => execute(gatewayUrl(app), ResilienceVmsDocument, {});
  const breakers = async () => {
    const result = await execute(gatewayUrl(app), ProviderBreakersDocument, {});
    return result.data!.providers[0]!.accounts.flatMap((account) => account.regions.map((region) => ({ account: account.id, ...region })));
  };
  const deadBreaker = async () => (await breakers()).find((r) => r.account === DEAD.account && r.region === DEAD.region)!;

  it('opens the circuit, answers stale data with its age meanwhile, and closes after one probe', async () => {
    const aws = app.sandbox!.aws!;
    const warm = await listAll();
    expect(warm.errors).toBeUndefined();
    expect(warm.data!.vms.totalCount).toBe(SCOPES * VMS_PER_SCOPE);
    const deadVm = warm.data!.vms.nodes.find((vm) => vm.account === DEAD.account && vm.region === DEAD.region)!;

    aws.faults.add({ service: 'ec2', action: 'DescribeInstances', ...DEAD, kind: 'unavailable' });
    await sleep(TTL_SECONDS * 1000 + 200); // every listing is now past its TTL

    // Each failed refresh is answered from the cache, marked; FAILURES of them open the circuit.
    aws.requests.reset();
    for (let i = 0; i < FAILURES; i++) {
      const result = await listAll();
      expect(result.data!.vms.totalCount).toBe(SCOPES * VMS_PER_SCOPE);
      expect(result.errors).toHaveLength(1);
      expect(result.errors![0]!.extensions).toMatchObject({ code: 'STALE_DATA', stale: true, provider: 'aws', ...DEAD, operation: 'list vm', reason: 'PROVIDER_UNAVAILABLE' });
      expect(result.errors![0]!.extensions!.ageSeconds).toBeGreaterThanOrEqual(TTL_SECONDS);
    }
    expect(aws.requests.count({ action: 'DescribeInstances', ...DEAD })).toBe(FAILURES * ATTEMPTS);

    const open = await deadBreaker();
    expect(open).toMatchObject({ breaker: 'OPEN', health: 'FAILING' });
    expect(Date.parse(open.breakerOpenedAt!)).toBeLessThanOrEqual(Date.now());
    expect((await breakers()).filter((r) => r.breaker !== 'CLOSED')).toHaveLength(1);

    // Open: the dead region costs nothing, its VMs come from the cache, the others answer fresh.
    await sleep(TTL_SECONDS * 1000 + 200); // so the other regions are asked again
    aws.requests.reset();
    const whileOpen = await listAll();
    expect(aws.requests.count(DEAD)).toBe(0);
    expect(aws.requests.count({ action: 'DescribeInstances' })).toBe(SCOPES - 1);
    expect(whileOpen.data!.vms.totalCount).toBe(SCOPES * VMS_PER_SCOPE);
    expect(whileOpen.errors).toHaveLength(1);
    expect(whileOpen.errors![0]!.extensions).toMatchObject({ code: 'STALE_DATA', stale: true, ...DEAD, operation: 'list vm', reason: 'CIRCUIT_OPEN' });
    expect(whileOpen.errors![0]!.message).toContain('circuit open');

    // A lookup by id in the dead region: answered stale too, without a call.
    const byId = await execute(gatewayUrl(app), ResilienceVmDocument, { id: deadVm.id });
    expect(byId.data!.vm).toMatchObject({ id: deadVm.id, name: deadVm.name });
    expect(byId.errors?.map((e) => e.extensions)).toEqual([
      expect.objectContaining({ code: 'STALE_DATA', stale: true, ...DEAD, operation: 'get vm', reason: 'CIRCUIT_OPEN', ageSeconds: expect.any(Number) }),
    ]);
    expect(aws.requests.count(DEAD)).toBe(0);

    // The region comes back; after the probe delay, the next call probes it and closes the circuit.
    aws.faults.clear();
    await waitUntil(async () => (await deadBreaker()).breaker === 'HALF_OPEN', 15_000);
    aws.requests.reset();
    const afterProbe = await listAll();
    expect(afterProbe.errors).toBeUndefined();
    expect(afterProbe.data!.vms.totalCount).toBe(SCOPES * VMS_PER_SCOPE);
    expect(aws.requests.count({ action: 'DescribeInstances', ...DEAD })).toBe(1);
    expect(await deadBreaker()).toMatchObject({ breaker: 'CLOSED', breakerOpenedAt: null, health: 'HEALTHY' });
  });
});

async function waitUntil(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(100);
  }
}
