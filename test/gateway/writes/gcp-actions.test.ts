// Mutations end to end on GCP, through two gateway replicas sharing one Redis and one emulated
// cloud: an action accepted by one replica is followed to its end on the other (operationUpdated
// over WebSocket), its VM's state changes arrive as ACTION events, a retried idempotency key sent
// to both replicas at once acts once, a dry run acts never, and a refusal by the cloud ends the
// operation FAILED with the cloud's reason — each in the audit log.
import { parse } from 'graphql';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../../../src/app.js';
import { parseConfig } from '../../../src/config/load.js';
import { startSandboxEmulators, type SandboxEmulators } from '../../../src/sandbox/emulators.js';
import { execute } from '../../support/graphql.js';
import { deletePrefix } from '../../support/redis.js';
import { subscribe } from '../../support/subscriptions.js';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const keyPrefix = `fleetgraph-writes-gcp-test:${process.pid}:${Date.now()}:`;

const VMS = parse('{ vms(filter: { providers: [GCP], states: [RUNNING] }, first: 20) { nodes { id name state instanceType } } }');
const VM = parse('query($id: ID!) { vm(id: $id) { id state providerState instanceType } }');
const STOP = parse('mutation($id: ID!, $key: String!, $dryRun: Boolean) { stopVm(id: $id, idempotencyKey: $key, dryRun: $dryRun) { id status kind target dryRun requestedBy } }');
const START = parse('mutation($id: ID!, $key: String!) { startVm(id: $id, idempotencyKey: $key) { id status } }');
const RESIZE = parse('mutation($id: ID!, $type: String!, $key: String!) { resizeVm(id: $id, instanceType: $type, idempotencyKey: $key) { id status } }');
const OPERATION = parse('query($id: ID!) { operation(id: $id) { id status error { code message providerCode } finishedAt } }');
const OPERATIONS = parse('{ operations(first: 10) { nodes { id kind status } } }');
const UPDATES = parse('subscription($id: ID!) { operationUpdated(id: $id) { id status providerOperationId } }');
const EVENTS = parse('subscription($ids: [ID!]) { vmStateChanged(filter: { ids: $ids }, since: "0-0") { vmId newState source } }');
const AUDIT = parse('query($id: ID!) { auditLog(filter: { targets: [$id] }, first: 50) { nodes { decision outcome errorCode operationId } } }');

type Vm = { id: string; name: string; state: string; instanceType: string };
let emulators: SandboxEmulators;
const replicas: RunningApp[] = [];
const url = (i: number) => replicas[i]!.gateway!.url;
const writes = () => emulators.gcp!.requests.count((e) => e.action.startsWith('instances.') && e.action !== 'instances.get' && e.action !== 'instances.aggregatedList' && e.action !== 'instances.list');
let running: Vm[] = [];

beforeAll(async () => {
  emulators = await startSandboxEmulators({ clouds: ['gcp'], seed: 42, vmsPerScope: 3, changesPerMinute: 0, push: false, actionStepMs: 30 });
  const config = parseConfig({
    server: { host: '127.0.0.1', port: 0 },
    logLevel: 'silent',
    cache: { redisUrl: REDIS_URL, keyPrefix },
    events: { pollIntervalSeconds: 0 },
    providers: emulators.providers,
    costs: { gcp: { enabled: false } },
    writes: { enabled: true, pollSeconds: 0.05 },
  });
  for (let i = 0; i < 2; i++) replicas.push(await startApp(config));
  running = ((await execute(url(0), VMS)).data as { vms: { nodes: Vm[] } }).vms.nodes;
}, 90_000);

afterAll(async () => {
  for (const replica of replicas) await replica.stop().catch(() => undefined);
  await emulators?.stop();
  const admin = new Redis(REDIS_URL);
  await deletePrefix(admin, keyPrefix);
  admin.disconnect();
});

describe('GCP mutations through two replicas', () => {
  it('stops a VM: accepted by one replica, followed to its end on the other, its changes ACTION events', async () => {
    const vm = running[0]!;
    const events = subscribe(url(1), EVENTS as never, { ids: [vm.id] });
    await events.connected;
    const accepted = await execute(url(0), STOP, { id: vm.id, key: 'stop-once' });
    expect(accepted.errors).toBeUndefined();
    const operation = (accepted.data as { stopVm: { id: string; status: string } }).stopVm;
    expect(accepted.data).toMatchObject({ stopVm: { status: 'RUNNING', kind: 'STOP_VM', target: vm.id, dryRun: false, requestedBy: 'anonymous' } });
    const updates = subscribe(url(1), UPDATES as never, { id: operation.id });
    try {
      const seen: string[] = [];
      while (!seen.includes('SUCCEEDED') && !seen.includes('FAILED')) {
        const [update] = await updates.take(1, 20_000);
        seen.push((update!.data as { operationUpdated: { status: string } }).operationUpdated.status);
      }
      expect(seen.at(-1)).toBe('SUCCEEDED');
      const stopped = await execute(url(1), VM, { id: vm.id });
      expect(stopped.data).toMatchObject({ vm: { state: 'STOPPED', providerState: 'TERMINATED' } });
      const states: { newState: string; source: string }[] = [];
      while (!states.some((e) => e.newState === 'STOPPED')) {
        const [event] = await events.take(1, 20_000);
        states.push((event!.data as { vmStateChanged: { newState: string; source: string } }).vmStateChanged);
      }
      expect(states.every((e) => e.source === 'ACTION')).toBe(true);
    } finally {
      await updates.dispose();
      await events.dispose();
    }
  });

  it('acts once for one idempotency key sent to both replicas at once', async () => {
    const vm = running[0]!; // stopped by the test before
    const before = emulators.gcp!.requests.count({ action: 'instances.start' });
    const [a, b] = await Promise.all([execute(url(0), START, { id: vm.id, key: 'start-once' }), execute(url(1), START, { id: vm.id, key: 'start-once' })]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    const idOf = (r: typeof a) => (r.data as { startVm: { id: string } }).startVm.id;
    expect(idOf(a)).toBe(idOf(b));
    const again = await execute(url(1), START, { id: vm.id, key: 'start-once' });
    expect(idOf(again)).toBe(idOf(a));
    expect(emulators.gcp!.requests.count({ action: 'instances.start' }) - before).toBe(1);
  });

  it('validates a dry run and acts never', async () => {
    const vm = running[1]!;
    const before = writes();
    const result = await execute(url(0), STOP, { id: vm.id, key: 'dry-1', dryRun: true });
    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({ stopVm: { status: 'SUCCEEDED', dryRun: true } });
    expect(writes()).toBe(before);
    expect((await execute(url(0), VM, { id: vm.id })).data).toMatchObject({ vm: { state: 'RUNNING' } });
  });

  it("ends FAILED with the cloud's reason when the cloud refuses, and says so in the audit log", async () => {
    const vm = running[2]!;
    const unknown = await execute(url(0), RESIZE, { id: vm.id, type: 'e2-standard-8', key: 'resize-unknown-type' });
    expect(unknown.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', providerCode: 'notFound' });
    const result = await execute(url(0), RESIZE, { id: vm.id, type: 'n2-standard-8', key: 'resize-no-restart' });
    const error = result.errors![0]!;
    expect(error.extensions).toMatchObject({ code: 'RESOURCE_STATE_CONFLICT', operationId: expect.any(String) });
    const failed = await execute(url(1), OPERATION, { id: error.extensions!.operationId });
    expect(failed.data).toMatchObject({ operation: { status: 'FAILED', error: { code: 'RESOURCE_STATE_CONFLICT' }, finishedAt: expect.any(String) } });
    const audit = await execute(url(1), AUDIT, { id: vm.id });
    const entries = (audit.data as { auditLog: { nodes: { decision: string; outcome: string; errorCode: string | null }[] } }).auditLog.nodes;
    expect(entries.some((e) => e.outcome === 'FAILED' && e.errorCode === 'RESOURCE_STATE_CONFLICT')).toBe(true);
    expect(entries.some((e) => e.outcome === 'FAILED' && e.errorCode === 'BAD_USER_INPUT')).toBe(true);
    expect((await execute(url(0), VM, { id: vm.id })).data).toMatchObject({ vm: { state: 'RUNNING', instanceType: vm.instanceType } });
  });

  it('lists operations newest first, and records each accepted one and how it ended', async () => {
    const listed = (await execute(url(1), OPERATIONS)).data as { operations: { nodes: { kind: string; status: string }[] } };
    // The dry run left no operation behind.
    expect(listed.operations.nodes.map((n) => n.kind)).toEqual(['RESIZE_VM', 'RESIZE_VM', 'START_VM', 'STOP_VM']);
    expect(listed.operations.nodes.map((n) => n.status).slice(0, 2)).toEqual(['FAILED', 'FAILED']);
    const audit = await execute(url(0), AUDIT, { id: running[0]!.id });
    const outcomes = (audit.data as { auditLog: { nodes: { outcome: string }[] } }).auditLog.nodes.map((n) => n.outcome);
    expect(outcomes).toEqual(expect.arrayContaining(['ACCEPTED', 'SUCCEEDED']));
    const operation = (await execute(url(0), OPERATION, { id: 'no-such-operation' })).data;
    expect(operation).toEqual({ operation: null });
  });

  it("ends FAILED with the cloud's reason when the cloud fails the action mid-way", async () => {
    const vm = running[2]!;
    const untilEnded = async (id: string) => {
      for (let i = 0; i < 200; i++) {
        const operation = ((await execute(url(1), OPERATION, { id })).data as { operation: { status: string; error: { code: string; providerCode: string | null } | null } }).operation;
        if (operation.status === 'SUCCEEDED' || operation.status === 'FAILED') return operation;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`operation ${id} did not end`);
    };
    const stopped = await execute(url(0), STOP, { id: vm.id, key: 'stop-before-exhaustion' });
    expect(await untilEnded((stopped.data as { stopVm: { id: string } }).stopVm.id)).toMatchObject({ status: 'SUCCEEDED' });
    const zone = ((await execute(url(0), parse('query($id: ID!) { vm(id: $id) { zone } }'), { id: vm.id })).data as { vm: { zone: string } }).vm.zone;
    emulators.gcp!.setZoneExhausted(zone, true);
    try {
      const started = await execute(url(0), START, { id: vm.id, key: 'start-into-exhaustion' });
      expect(started.errors).toBeUndefined();
      const ended = await untilEnded((started.data as { startVm: { id: string } }).startVm.id);
      expect(ended).toMatchObject({ status: 'FAILED', error: { code: 'PROVIDER_ERROR', providerCode: 'ZONE_RESOURCE_POOL_EXHAUSTED' } });
      const audit = await execute(url(1), AUDIT, { id: vm.id });
      const entries = (audit.data as { auditLog: { nodes: { outcome: string; errorCode: string | null }[] } }).auditLog.nodes;
      expect(entries[0]).toMatchObject({ outcome: 'FAILED', errorCode: 'PROVIDER_ERROR' });
      expect((await execute(url(1), VM, { id: vm.id })).data).toMatchObject({ vm: { state: 'STOPPED' } });
    } finally {
      emulators.gcp!.setZoneExhausted(zone, false);
    }
  });

  it('finishes an operation on the other replica when the one following it stops', async () => {
    const vm = running[1]!;
    const accepted = await execute(url(0), STOP, { id: vm.id, key: 'stop-then-replica-dies' });
    const id = (accepted.data as { stopVm: { id: string } }).stopVm.id;
    // No one can see the operation end until the first replica has gone.
    emulators.gcp!.faults.add({ action: 'zoneOperations.get', kind: 'unavailable' });
    await replicas[0]!.stop(); // its follower goes with it; its lease lapses
    expect(((await execute(url(1), OPERATION, { id })).data as { operation: { status: string } }).operation.status).toBe('RUNNING');
    emulators.gcp!.faults.clear();
    let status = 'RUNNING';
    const deadline = Date.now() + 30_000;
    while (status === 'RUNNING' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      status = ((await execute(url(1), OPERATION, { id })).data as { operation: { status: string } }).operation.status;
    }
    expect(status).toBe('SUCCEEDED');
    const audit = await execute(url(1), AUDIT, { id: vm.id });
    const entries = (audit.data as { auditLog: { nodes: { outcome: string; operationId: string | null }[] } }).auditLog.nodes;
    expect(entries.some((e) => e.operationId === id && e.outcome === 'SUCCEEDED')).toBe(true);
  }, 40_000);
});
