// What is never answered stale, through the running gateway, with the memory cache and with
// Redis: data older than resilience.stale.maxAgeSeconds, entries an event invalidated, and data
// whose refresh was refused for lack of permission (which also never opens a circuit).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../../src/app.js';
import { ProviderBreakersDocument, ResilienceVmDocument, ResilienceVmsDocument } from '../../generated/operations.js';
import { gatewayUrl, startTestApp } from '../../support/app.js';
import { execute } from '../../support/graphql.js';
import { SHARED_REDIS_URL, sleep } from '../../support/redis.js';

const VMS_PER_SCOPE = 4;
const TTL_SECONDS = 1;
const MAX_AGE_SECONDS = 3;

type Scope = { account: string; region: string };
type Errors = { message: string; extensions?: Record<string, unknown> }[] | undefined;
const codes = (errors: Errors) => (errors ?? []).map((e) => e.extensions?.code);

describe.each([
  { cache: 'memory', redisUrl: undefined },
  { cache: 'redis', redisUrl: SHARED_REDIS_URL },
])('stale data that is not served ($cache cache)', ({ redisUrl }) => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({
      vmsPerScope: VMS_PER_SCOPE,
      ttlSeconds: { vm: TTL_SECONDS },
      // One failure opens a circuit, which then stays open for the whole test.
      resilience: { breaker: { failures: 1, halfOpenAfterSeconds: 600 }, stale: { maxAgeSeconds: MAX_AGE_SECONDS } },
      ...(redisUrl ? { redisUrl } : {}),
    });
  });
  afterAll(async () => {
    await app?.stop();
  });
  afterEach(() => {
    app.sandbox!.aws!.faults.clear();
  });

  const listScope = (scope: Scope) => execute(gatewayUrl(app), ResilienceVmsDocument, { filter: { accounts: [scope.account], regions: [scope.region] } });
  const breakerOf = async (scope: Scope) => {
    const result = await execute(gatewayUrl(app), ProviderBreakersDocument, {});
    return result.data!.providers[0]!.accounts.find((a) => a.id === scope.account)!.regions.find((r) => r.region === scope.region)!;
  };
  const warm = async (scope: Scope) => {
    const result = await listScope(scope);
    expect(result.errors).toBeUndefined();
    expect(result.data!.vms.totalCount).toBe(VMS_PER_SCOPE);
    return result.data!.vms.nodes;
  };

  it('does not serve data older than the maximum age', async () => {
    const scope = { account: '222222222222', region: 'us-east-1' };
    await warm(scope);
    app.sandbox!.aws!.faults.add({ service: 'ec2', action: 'DescribeInstances', ...scope, kind: 'unavailable' });
    await sleep(MAX_AGE_SECONDS * 1000 + 300);

    const failed = await listScope(scope);
    expect(failed.data!.vms.totalCount).toBe(0);
    expect(codes(failed.errors)).toEqual(['PROVIDER_UNAVAILABLE']);
    expect(failed.errors![0]!.extensions).toMatchObject(scope);

    app.sandbox!.aws!.requests.reset();
    const refused = await listScope(scope);
    expect(codes(refused.errors)).toEqual(['PROVIDER_UNAVAILABLE']);
    expect(refused.errors![0]!.message).toContain('circuit open');
    expect(app.sandbox!.aws!.requests.count(scope)).toBe(0);
    expect(await breakerOf(scope)).toMatchObject({ breaker: 'OPEN' });
  });

  it('does not serve an entry an event invalidated', async () => {
    const scope = { account: '222222222222', region: 'eu-west-1' };
    const [changed] = await warm(scope);
    await app.events!.recorder.record([{ vmId: changed!.id, state: 'STOPPING', providerState: 'stopping', observedAt: new Date(), source: 'PUSH' }]);
    app.sandbox!.aws!.faults.add({ service: 'ec2', action: 'DescribeInstances', ...scope, kind: 'unavailable' });
    await sleep(TTL_SECONDS * 1000 + 200);

    const listed = await listScope(scope);
    expect(listed.data!.vms.totalCount).toBe(0);
    expect(codes(listed.errors)).toEqual(['PROVIDER_UNAVAILABLE']);
    const byId = await execute(gatewayUrl(app), ResilienceVmDocument, { id: changed!.id });
    expect(byId.data?.vm ?? null).toBeNull();
    expect(codes(byId.errors)).toEqual(['PROVIDER_UNAVAILABLE']);
  });

  it('neither opens the circuit nor serves stale data when the refresh is refused for lack of permission', async () => {
    const scope = { account: '111111111111', region: 'eu-west-1' };
    await warm(scope);
    app.sandbox!.aws!.faults.add({ service: 'ec2', action: 'DescribeInstances', ...scope, kind: 'forbidden' });
    await sleep(TTL_SECONDS * 1000 + 200);

    app.sandbox!.aws!.requests.reset();
    for (let i = 1; i <= 3; i++) {
      const result = await listScope(scope);
      expect(result.data!.vms.totalCount).toBe(0);
      expect(codes(result.errors)).toEqual(['PROVIDER_AUTH_FAILED']);
      expect(app.sandbox!.aws!.requests.count({ action: 'DescribeInstances', ...scope })).toBe(i);
    }
    expect(await breakerOf(scope)).toMatchObject({ breaker: 'CLOSED', breakerOpenedAt: null, health: 'FAILING' });
  });
});
