// Paging, end to end: the emulator's small pages are followed to the last one, and the
// gateway's cursors walk every VM exactly once. Every EC2 state reaches the client mapped, with
// the raw value kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { EC2_INSTANCE_STATES } from '../../emulators/fleet.js';
import { VmStatesDocument, type VmStatesQuery } from '../generated/operations.js';
import { gatewayUrl, startTestApp } from '../support/app.js';
import { execute } from '../support/graphql.js';

const VMS_PER_SCOPE = 40;
const EXPECTED_STATE: Record<string, string> = {
  pending: 'PENDING',
  running: 'RUNNING',
  stopping: 'STOPPING',
  stopped: 'STOPPED',
  'shutting-down': 'TERMINATING',
  terminated: 'TERMINATED',
};

describe('paging and states', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ vmsPerScope: VMS_PER_SCOPE, ttlSeconds: { vm: 0 } });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('follows small upstream pages to a complete result', async () => {
    const emulator = app.sandbox!.aws!;
    emulator.setMaxPageSize(7);
    emulator.requests.reset();
    try {
      const result = await execute(gatewayUrl(app), VmStatesDocument, { first: 1000 });
      expect(result.errors).toBeUndefined();
      const ids = result.data!.vms.edges.map((e) => e.node.id);
      expect(ids).toHaveLength(VMS_PER_SCOPE * 4);
      expect(new Set(ids).size).toBe(ids.length);
      for (const scope of app.sandbox!.fleet.aws.scopes()) {
        const pages = emulator.requests.count({ action: 'DescribeInstances', account: scope.account, region: scope.region });
        expect(pages).toBe(Math.ceil(VMS_PER_SCOPE / 7));
      }
    } finally {
      emulator.setMaxPageSize(null);
    }
  });

  it('walks every VM exactly once with cursors, in name order', async () => {
    const seen: VmStatesQuery['vms']['edges'][number]['node'][] = [];
    let after: string | null | undefined;
    let pages = 0;
    do {
      const result = await execute(gatewayUrl(app), VmStatesDocument, { first: 25, after });
      expect(result.errors).toBeUndefined();
      seen.push(...result.data!.vms.edges.map((e) => e.node));
      after = result.data!.vms.pageInfo.hasNextPage ? result.data!.vms.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(Math.ceil((VMS_PER_SCOPE * 4) / 25));
    expect(new Set(seen.map((vm) => vm.id)).size).toBe(VMS_PER_SCOPE * 4);
    const names = seen.map((vm) => (vm.name == null ? '\uffff' : vm.name.toLowerCase())); // unnamed last
    expect(names).toEqual([...names].sort());
  });

  it('orders by launch time descending, filters by name, and refuses a cursor from another order', async () => {
    const newestFirst = await execute(gatewayUrl(app), VmStatesDocument, { first: 1000, orderBy: { field: 'LAUNCHED_AT', direction: 'DESC' } });
    const ids = newestFirst.data!.vms.edges.map((e) => e.node.id);
    const launched = new Map(app.sandbox!.fleet.aws.scopes().flatMap((s) => s.instances.map((i) => [i.instanceId, i.launchTime.getTime()] as const)));
    const times = ids.map((id) => launched.get(id.split(':').at(-1)!)!);
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const someName = newestFirst.data!.vms.edges.find((e) => e.node.name)!.node.name!;
    const fragment = someName.slice(1, 5).toUpperCase();
    const byName = await execute(gatewayUrl(app), VmStatesDocument, { first: 1000, filter: { nameContains: fragment } });
    const expected = newestFirst.data!.vms.edges.filter((e) => (e.node.name ?? '').toLowerCase().includes(fragment.toLowerCase())).length;
    expect(byName.data!.vms.totalCount).toBe(expected);

    const cursor = newestFirst.data!.vms.pageInfo.endCursor ?? newestFirst.data!.vms.edges[0]!.cursor;
    const mixed = await execute(gatewayUrl(app), VmStatesDocument, { first: 5, after: cursor });
    expect(mixed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('maps every EC2 state and keeps the raw value', async () => {
    const result = await execute(gatewayUrl(app), VmStatesDocument, { first: 1000 });
    const vms = result.data!.vms.edges.map((e) => e.node);
    const rawStates = new Set(vms.map((vm) => vm.providerState));
    expect([...rawStates].sort()).toEqual([...EC2_INSTANCE_STATES].sort());
    for (const vm of vms) expect(vm.state, vm.providerState).toBe(EXPECTED_STATE[vm.providerState]);
  });

  it('filters by state, pushed down to EC2: only the matching VMs cross the wire', async () => {
    const emulator = app.sandbox!.aws!;
    emulator.setMaxPageSize(3);
    emulator.requests.reset();
    try {
      const result = await execute(gatewayUrl(app), VmStatesDocument, { first: 1000, filter: { states: ['STOPPED'] } });
      expect(result.errors).toBeUndefined();
      expect(result.data!.vms.edges.every((e) => e.node.providerState === 'stopped')).toBe(true);
      let total = 0;
      for (const scope of app.sandbox!.fleet.aws.scopes()) {
        const stopped = scope.instances.filter((i) => i.state === 'stopped').length;
        total += stopped;
        // Pages of 3 over the stopped VMs only; unfiltered it would be ⌈VMS_PER_SCOPE / 3⌉.
        const pages = emulator.requests.count({ action: 'DescribeInstances', account: scope.account, region: scope.region });
        expect(pages).toBe(Math.max(1, Math.ceil(stopped / 3)));
      }
      expect(result.data!.vms.totalCount).toBe(total);
      expect(total).toBeLessThan(VMS_PER_SCOPE * 4);
    } finally {
      emulator.setMaxPageSize(null);
    }
  });
});
