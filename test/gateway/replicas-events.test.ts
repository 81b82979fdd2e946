// Live events across replicas: two FleetGraph processes (gateway + compute subgraph each) on one
// Redis, both polling the same emulated AWS accounts. Each scope is polled by exactly one of them
// (its lease holder); a change reaches subscribers on both gateways exactly once; when the
// process holding leases is killed (no clean shutdown), the other takes its scopes over.
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandboxEmulators, type SandboxEmulators } from '../../src/sandbox/emulators.js';
import { globalId } from '../../src/providers/ids.js';
import { VmStateChangedIdsDocument } from '../generated/operations.js';
import { freePort, SHARED_REDIS_URL, sleep } from '../support/redis.js';
import { startReplica, writeReplicaConfig } from '../support/replicas.js';
import { subscribe } from '../support/subscriptions.js';

const LEASE_SECONDS = 2;
let emulators: SandboxEmulators;
const replicas: { port: number; child: ChildProcess }[] = [];

/** scope → 1/0 from a replica's fleetgraph_poll_lease_held gauge. */
async function leasesHeld(port: number): Promise<Map<string, number>> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  const held = new Map<string, number>();
  for (const line of text.split('\n')) {
    const match = /^fleetgraph_poll_lease_held\{scope="([^"]+)"\} (\d+)/.exec(line);
    if (match) held.set(match[1]!, Number(match[2]));
  }
  return held;
}

/** Polls that listed a scope successfully, by this replica (fleetgraph_vm_polls_total, outcome ok). */
async function pollsDone(port: number): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  const match = /^fleetgraph_vm_polls_total\{[^}]*outcome="ok"[^}]*\} (\d+)/m.exec(text);
  return match ? Number(match[1]) : 0;
}

/**
 * Waits until each holder has listed its scopes at least twice: a scope's first poll only seeds
 * the ledger (a change made before it is the state it starts from, not an event), and that first
 * poll also loads the cloud's SDK, which takes a while on a busy machine.
 */
async function untilPolled(owners: Map<string, number>, timeoutMs = 15_000): Promise<void> {
  const held = new Map<number, number>();
  for (const port of owners.values()) held.set(port, (held.get(port) ?? 0) + 1);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const done = await Promise.all([...held].map(async ([port, scopes]) => (await pollsDone(port)) >= 2 * scopes));
    if (done.every(Boolean)) return;
    if (Date.now() > deadline) throw new Error('the replicas have not polled their scopes twice');
    await sleep(100);
  }
}

const scopeKeys = (): string[] => emulators.fleet.aws.scopes().map((s) => `aws:${s.account}:${s.region}`);

/** Waits until every scope is held by exactly one of the live replicas; returns scope → port. */
async function holders(ports: number[], timeoutMs = 15_000): Promise<Map<string, number>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const byPort = await Promise.all(ports.map(async (port) => [port, await leasesHeld(port)] as const));
    const owners = new Map<string, number[]>(scopeKeys().map((key) => [key, []]));
    for (const [port, held] of byPort) for (const [scope, value] of held) if (value === 1) owners.get(scope)?.push(port);
    if ([...owners.values()].every((list) => list.length === 1)) return new Map([...owners].map(([scope, [port]]) => [scope, port!]));
    if (Date.now() > deadline) throw new Error(`leases not settled: ${JSON.stringify([...owners])}`);
    await sleep(200);
  }
}

beforeAll(async () => {
  emulators = await startSandboxEmulators({ clouds: ['aws'], seed: 42, vmsPerScope: 3, changesPerMinute: 0, push: false });
  const config = writeReplicaConfig({
    cache: { redisUrl: SHARED_REDIS_URL, keyPrefix: `fleetgraph-replicas-test:${process.pid}:${Date.now()}:` },
    events: { pollIntervalSeconds: 0.3, leaseSeconds: LEASE_SECONDS },
    providers: emulators.providers,
  });
  const ports = [await freePort(), await freePort()];
  const children = await Promise.all(ports.map((port) => startReplica(config, port)));
  ports.forEach((port, i) => replicas.push({ port, child: children[i]! }));
}, 120_000);

afterAll(async () => {
  for (const { child } of replicas) child.kill('SIGKILL');
  await emulators?.stop();
});

describe('two replicas on one Redis', () => {
  it('poll each scope from exactly one replica, and deliver one change once to subscribers on both gateways', async () => {
    await untilPolled(await holders(replicas.map((r) => r.port)));
    const scope = emulators.fleet.aws.scopes()[0]!;
    const instance = scope.instances.find((i) => i.state === 'running')!;
    const vmId = globalId({ provider: 'aws', account: scope.account, region: scope.region }, 'vm', instance.instanceId);
    // since "0-0": everything retained, then live — so a change made before the subscription is
    // live upstream is replayed rather than missed (this run's stream starts empty).
    const subscriptions = replicas.map(({ port }) => subscribe(`http://127.0.0.1:${port}/graphql`, VmStateChangedIdsDocument, { filter: { ids: [vmId] }, since: '0-0' }));
    try {
      await Promise.all(subscriptions.map((s) => s.connected));
      emulators.fleet.aws.setInstanceState(instance.instanceId, 'stopping');
      const [a, b] = await Promise.all(subscriptions.map((s) => s.take(1)));
      expect(a![0]!.data!.vmStateChanged).toMatchObject({ vmId, newState: 'STOPPING', source: 'POLL' });
      expect(b![0]!.data!.vmStateChanged).toEqual(a![0]!.data!.vmStateChanged);
      await sleep(1500); // several more polls by whichever replica holds the scope
      expect(subscriptions.map((s) => s.received.length)).toEqual([0, 0]);
    } finally {
      await Promise.all(subscriptions.map((s) => s.dispose()));
    }
  });

  it('moves the scopes of a killed replica to the other within one lease period', async () => {
    const before = await holders(replicas.map((r) => r.port));
    const victim = replicas.find(({ port }) => [...before.values()].includes(port))!;
    const survivor = replicas.find((r) => r !== victim)!;
    victim.child.kill('SIGKILL');
    const killedAt = Date.now();
    const after = await holders([survivor.port], (LEASE_SECONDS + 3) * 1000);
    // The lease expires at most one period after the victim's last renewal; the survivor's next
    // renewal round (a third of a period) then takes it.
    expect(Date.now() - killedAt).toBeLessThan((LEASE_SECONDS * 4 / 3 + 1) * 1000);
    expect([...after.values()].every((port) => port === survivor.port)).toBe(true);
    expect(after.size).toBe(scopeKeys().length);
  });
});
