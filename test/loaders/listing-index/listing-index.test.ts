// The listing index through the running gateway, on Redis: a warm page costs no upstream call;
// pages walk the fleet once in order across scopes, with filters and counts answered from the
// index; cursors stay valid across a refresh; a VM that changes state between pages is shown as
// it is now; a slow refresh never holds a request (the previous listing answers, and the next
// request after the refresh sees the new one); another replica reads the listing one replica
// fetched without asking its own cloud; a scope whose first listing outlasts cache.coldWaitSeconds
// is left out of the page with an error naming it, and is there, fetched once, the next time.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../../src/app.js';
import { globalId } from '../../../src/providers/ids.js';
import { VmStatesDocument, type VmStatesQuery, type VmStatesQueryVariables } from '../../generated/operations.js';
import { gatewayUrl, startTestApp } from '../../support/app.js';
import { execute } from '../../support/graphql.js';
import { SHARED_REDIS_URL, sleep } from '../../support/redis.js';

const VMS_PER_SCOPE = 25;
const SCOPES = 4;
const TTL_SECONDS = 3;
const SLOW_MS = 4000;

type Vm = VmStatesQuery['vms']['edges'][number]['node'];

describe('the listing index', () => {
  const keyPrefix = `fleetgraph-test:${process.pid}:index:${Date.now()}:`;
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ vmsPerScope: VMS_PER_SCOPE, ttlSeconds: { vm: TTL_SECONDS }, refreshWaitMs: 100, redisUrl: SHARED_REDIS_URL, keyPrefix });
  });
  afterAll(async () => {
    await app?.stop();
  });
  afterEach(() => {
    app.sandbox!.aws!.faults.clear();
  });

  const aws = () => app.sandbox!.aws!;
  const listCalls = () => aws().requests.count({ action: 'DescribeInstances' });
  const query = async (variables: VmStatesQueryVariables, url = gatewayUrl(app)) => {
    const result = await execute(url, VmStatesDocument, variables);
    expect(result.errors).toBeUndefined();
    return result.data!.vms;
  };
  const walk = async (variables: VmStatesQueryVariables): Promise<Vm[]> => {
    const seen: Vm[] = [];
    let after: string | null = null;
    for (;;) {
      const page: VmStatesQuery['vms'] = await query({ ...variables, after });
      seen.push(...page.edges.map((edge) => edge.node));
      if (!page.pageInfo.hasNextPage) return seen;
      after = page.pageInfo.endCursor ?? null;
    }
  };
  /** A fresh index of every scope: past the TTL, then one request that waits for the refreshes. */
  const refreshed = async () => {
    await sleep(TTL_SECONDS * 1000 + 100);
    await waitFor(async () => {
      const before = listCalls();
      await query({ first: 1 });
      return listCalls() === before;
    });
  };
  const fleetVms = () => app.sandbox!.fleet.aws.scopes().flatMap((scope) => scope.instances.map((instance) => ({ scope, instance })));

  it('walks every VM once, in name order across scopes, and a warm page costs no call', async () => {
    aws().requests.reset();
    const vms = await walk({ first: 7, orderBy: { field: 'NAME', direction: 'ASC' } });
    expect(listCalls()).toBe(SCOPES); // the cold index: one listing per scope, for every page after it too
    expect(vms).toHaveLength(SCOPES * VMS_PER_SCOPE);
    expect(new Set(vms.map((vm) => vm.id)).size).toBe(vms.length);
    const byName = [...vms].sort((a, b) => (a.name ?? '\uffff').toLowerCase().localeCompare((b.name ?? '\uffff').toLowerCase()) || (a.id < b.id ? -1 : 1));
    expect(vms.map((vm) => vm.id)).toEqual(byName.map((vm) => vm.id));

    aws().requests.reset();
    const descending = await walk({ first: 30, orderBy: { field: 'NAME', direction: 'DESC' } });
    expect(descending.map((vm) => vm.id)).toEqual(vms.map((vm) => vm.id).reverse());
    expect(aws().requests.count()).toBe(0);
  });

  it('filters and counts from the index, with no call', async () => {
    await query({ first: 1 });
    aws().requests.reset();
    const account = '222222222222';
    const expected = fleetVms().filter(({ scope, instance }) => scope.account === account && instance.state === 'stopped');
    const page = await query({ first: 3, filter: { accounts: [account], states: ['STOPPED'] } });
    expect(page.totalCount).toBe(expected.length);
    expect(expected.length).toBeGreaterThan(3);
    expect(page.edges.every(({ node }) => node.providerState === 'stopped' && node.id.includes(account))).toBe(true);
    const all = await walk({ first: 4, filter: { accounts: [account], states: ['STOPPED'] } });
    expect(all.map((vm) => vm.id).sort()).toEqual(expected.map(({ scope, instance }) => globalId({ provider: 'aws', account, region: scope.region }, 'vm', instance.instanceId)).sort());
    expect(aws().requests.count()).toBe(0);
  });

  it('keeps a cursor valid across a refresh: the next page starts after it in the new listing', async () => {
    const order = { field: 'NAME', direction: 'ASC' } as const;
    const first = await query({ first: 10, orderBy: order });
    const last = first.edges.at(-1)!.node;
    // Between the pages, a VM shown on the first page is terminated and gone by the refresh.
    const gone = first.edges[3]!.node;
    app.sandbox!.fleet.aws.setInstanceState(nativeId(gone.id), 'terminated');
    await refreshed();
    const all = await walk({ first: 1000, orderBy: order });
    const second = await query({ first: 10, after: first.pageInfo.endCursor, orderBy: order });
    const expected = all.slice(all.findIndex((vm) => vm.id === last.id) + 1).slice(0, 10);
    expect(second.edges.map((edge) => edge.node.id)).toEqual(expected.map((vm) => vm.id));
    expect(all.find((vm) => vm.id === gone.id)?.providerState).toBe('terminated');
  });

  it('shows a VM that changed state between pages as it is now, while the refresh is still running', async () => {
    await refreshed();
    const running = { states: ['RUNNING' as const] };
    const first = await query({ first: 5, filter: running });
    const upcoming = (await walk({ first: 1000, filter: running })).slice(5);
    const [stopping, ...rest] = upcoming;
    // The VM stops, an event says so, and the scope's next listing is slow to come.
    app.sandbox!.fleet.aws.setInstanceState(nativeId(stopping!.id), 'stopped');
    await app.events!.recorder.record([{ vmId: stopping!.id, state: 'STOPPED', providerState: 'stopped', observedAt: new Date(), source: 'PUSH' }]);
    aws().faults.add({ action: 'DescribeInstances', kind: 'latency', latencyMs: SLOW_MS, times: SCOPES });
    const second = await query({ first: 5, after: first.pageInfo.endCursor, filter: running });
    expect(second.edges.map((edge) => edge.node.id)).toEqual(rest.slice(0, 5).map((vm) => vm.id));
    const direct = await execute(gatewayUrl(app), VmStatesDocument, { first: 1000, filter: { ids: [stopping!.id] } });
    expect(direct.data!.vms.edges.map((edge) => edge.node.state)).toEqual(['STOPPED']);
  });

  it('answers from the previous listing while a slow refresh runs, and from the new one after it', async () => {
    await refreshed();
    const { scope, instance } = fleetVms().find(({ instance }) => instance.state === 'running')!;
    const id = (await walk({ first: 1000 })).find((vm) => vm.id.endsWith(instance.instanceId))!.id;
    // The cloud changes with no event, and its next listing takes SLOW_MS.
    app.sandbox!.fleet.aws.setInstanceState(instance.instanceId, 'stopped');
    aws().faults.add({ action: 'DescribeInstances', account: scope.account, region: scope.region, kind: 'latency', latencyMs: SLOW_MS, times: 1 });
    await sleep(TTL_SECONDS * 1000 + 100);
    aws().requests.reset();
    const scopeCalls = () => aws().requests.count({ action: 'DescribeInstances', account: scope.account, region: scope.region });
    for (let i = 0; i < 3; i++) {
      const during = await query({ first: 1000, filter: { ids: [id] } });
      // Answered from the previous listing, before the refresh it started came back (the emulator logs a call when it answers).
      expect(during.edges.map((edge) => edge.node.providerState)).toEqual(['running']);
      expect(scopeCalls()).toBe(0);
    }
    await waitFor(async () => (await query({ first: 1000, filter: { ids: [id] } })).edges[0]?.node.providerState === 'stopped');
    expect(scopeCalls()).toBe(1); // one refresh, however many requests came meanwhile
  });

  it('lets another replica read the listing this one fetched, with no call of its own', async () => {
    // The other replica counts a listing fresh for a minute, so the one this replica fetches stays fresh for it.
    const other = await startTestApp({ vmsPerScope: VMS_PER_SCOPE, ttlSeconds: { vm: 60 }, redisUrl: SHARED_REDIS_URL, keyPrefix });
    try {
      await refreshed();
      other.sandbox!.aws!.requests.reset();
      const page = await query({ first: 50 }, gatewayUrl(other));
      expect(page.totalCount).toBe(SCOPES * VMS_PER_SCOPE);
      expect(other.sandbox!.aws!.requests.count()).toBe(0);
    } finally {
      await other.stop();
    }
  });
});

function nativeId(globalId: string): string {
  return decodeURIComponent(globalId.split(':').at(-1)!);
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(100);
  }
}

describe('a first listing slower than cache.coldWaitSeconds', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ vmsPerScope: VMS_PER_SCOPE, coldWaitSeconds: 1 });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('answers without that scope, naming it, and from its listing (fetched once) once it is done', async () => {
    const aws = app.sandbox!.aws!;
    const slow = { account: app.sandbox!.fleet.aws.accounts[1]!.accountId, region: 'eu-west-1' };
    aws.faults.add({ kind: 'latency', latencyMs: SLOW_MS, action: 'DescribeInstances', ...slow });
    const first = await execute(gatewayUrl(app), VmStatesDocument, { first: 500 });
    expect(first.errors).toHaveLength(1);
    expect(first.errors![0]!.extensions).toMatchObject({ code: 'PROVIDER_UNAVAILABLE', provider: 'aws', ...slow, operation: 'list vm' });
    expect(first.errors![0]!.message).toMatch(/has not finished/);
    const answered = first.data!.vms.edges.map((edge) => edge.node.id);
    expect(answered).toHaveLength((SCOPES - 1) * VMS_PER_SCOPE);
    expect(answered.some((id) => id.includes(slow.account) && id.includes(slow.region))).toBe(false);

    // Until the listing is done (its requests meanwhile wait at most a second each, and join it).
    let second = first;
    await waitFor(async () => {
      second = await execute(gatewayUrl(app), VmStatesDocument, { first: 500 });
      return second.errors === undefined;
    });
    expect(second.data!.vms.totalCount).toBe(SCOPES * VMS_PER_SCOPE);
    expect(aws.requests.count({ action: 'DescribeInstances', ...slow })).toBe(1);
  });
});

describe('cache.concurrentListings', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ vmsPerScope: VMS_PER_SCOPE, concurrentListings: 1 });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('fetches no more scope listings at once than it allows, and answers every scope', async () => {
    const aws = app.sandbox!.aws!;
    const latencyMs = 600;
    aws.faults.add({ kind: 'latency', latencyMs, action: 'DescribeInstances' });
    const page = await execute(gatewayUrl(app), VmStatesDocument, { first: 500 });
    expect(page.errors).toBeUndefined();
    expect(page.data!.vms.totalCount).toBe(SCOPES * VMS_PER_SCOPE);
    expect(aws.requests.count({ action: 'DescribeInstances' })).toBe(SCOPES);
    // One at a time: each listing's answer comes at least `latencyMs` after the one before.
    expect(aws.requests.peakRate({ action: 'DescribeInstances' }, latencyMs - 100)).toBe(1);
  });
});
