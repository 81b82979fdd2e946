// containerd through the whole product: a real containerd in the sandbox beside AWS, one query
// across both with containers as workloads of kind CONTAINER, the exact gRPC calls a listing
// costs (one Tasks/List per namespace), mutations refused, and a task stopped on the host
// reaching subscribers by polling.
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { gatewayUrl, startTestApp, untilEveryScopePolled } from '../support/app.js';
import { execute } from '../support/graphql.js';
import { subscribe } from '../support/subscriptions.js';

const VMS = parse(`query($filter: VmFilter, $first: Int) {
  vms(first: $first, filter: $filter) { nodes { id kind provider account name state providerState volumeIds tags { key value } } }
}`);
const STOP = parse('mutation($id: ID!) { stopVm(id: $id, idempotencyKey: "ctr-read-only", dryRun: true) { id status } }');
const EVENTS = parse('subscription { vmStateChanged(filter: { providers: [CONTAINERD] }) { vmId source previousState newState newProviderState } }');

type Vm = { id: string; kind: string; provider: string; name: string; state: string; providerState: string; volumeIds: string[] };
const vmsOf = (result: { data?: unknown }) => (result.data as { vms: { nodes: Vm[] } }).vms.nodes;

let app: RunningApp;

beforeAll(async () => {
  app = await startTestApp({ clouds: ['aws', 'containerd'], vmsPerScope: 4, pollIntervalSeconds: 0.3, writes: { enabled: true } });
  await untilEveryScopePolled(app);
}, 60_000);

afterAll(async () => {
  await app?.stop();
});

describe('containerd in the sandbox', () => {
  it('answers containers as CONTAINER workloads beside AWS virtual machines, with their task states', async () => {
    const result = await execute(gatewayUrl(app), VMS, { first: 1000 });
    expect(result.errors).toBeUndefined();
    const vms = vmsOf(result);
    expect(new Set(vms.filter((v) => v.provider === 'AWS').map((v) => v.kind))).toEqual(new Set(['VIRTUAL_MACHINE']));
    const containers = vms.filter((v) => v.provider === 'CONTAINERD');
    expect(containers).toHaveLength(app.sandbox!.containerd!.workloads.length);
    for (const container of containers) expect(container).toMatchObject({ kind: 'CONTAINER', volumeIds: [] });
    expect(new Set(containers.map((c) => c.providerState))).toEqual(new Set(['RUNNING', 'PAUSED', 'STOPPED', 'no task']));
  });

  it('refuses a mutation on a container before any call: FleetGraph only reads containerd', async () => {
    const all = await execute(gatewayUrl(app), VMS, { first: 1, filter: { providers: ['CONTAINERD'] } });
    const result = await execute(gatewayUrl(app), STOP, { id: vmsOf(all)[0]!.id });
    expect(result.errors?.[0]?.extensions?.code).toBe('PROVIDER_NOT_CONFIGURED');
  });

  it('delivers a task killed on the host to subscribers, found by polling', async () => {
    const subscription = subscribe(gatewayUrl(app), EVENTS as never, {});
    try {
      await subscription.connected;
      await new Promise((r) => setTimeout(r, 500));
      const daemon = app.sandbox!.containerd!;
      const running = daemon.workloads.find((w) => w.state === 'running' && w.namespace === 'fleet-jobs')!;
      await daemon.ctr(running.namespace, 'tasks', 'kill', '-s', 'SIGKILL', running.id);
      const [event] = await subscription.take(1);
      expect(event!.errors).toBeUndefined();
      expect((event!.data as { vmStateChanged: unknown }).vmStateChanged).toMatchObject({ source: 'POLL', previousState: 'RUNNING', newState: 'STOPPED', newProviderState: 'STOPPED' });
    } finally {
      await subscription.dispose();
    }
  });
});

describe('a cold listing', () => {
  let cold: RunningApp;
  beforeAll(async () => {
    cold = await startTestApp({ clouds: ['containerd'], vmsPerScope: 4 });
  });
  afterAll(async () => {
    await cold?.stop();
  });

  it('costs one Namespaces/List, and one Containers/List and one Tasks/List per namespace, as containerd counts them', async () => {
    const daemon = cold.sandbox!.containerd!;
    const methods = ['Namespaces/List', 'Containers/List', 'Tasks/List', 'Tasks/Metrics'];
    const before = await Promise.all(methods.map((m) => daemon.handled(m)));
    const result = await execute(gatewayUrl(cold), VMS, { first: 1000 });
    expect(result.errors).toBeUndefined();
    expect(vmsOf(result)).toHaveLength(daemon.workloads.length);
    const after = await Promise.all(methods.map((m) => daemon.handled(m)));
    expect(after.map((n, i) => n - before[i]!)).toEqual([1, 2, 2, 0]);
  });
});
