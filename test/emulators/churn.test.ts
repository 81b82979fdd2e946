// The sandbox's self-changing fleet: rate, lifecycle paths, stop, determinism, and what it leaves alone.
import { DescribeInstancesCommand, EC2Client } from '@aws-sdk/client-ec2';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startFleetChurn } from '../../emulators/churn.js';
import { createFleet, type Fleet } from '../../emulators/fleet.js';
import { DEFAULT_SANDBOX, startSandboxEmulators } from '../../src/sandbox/emulators.js';
import type { CloudName } from '../../emulators/fleet.js';

const ALL_CLOUDS: CloudName[] = ['aws', 'azure', 'gcp', 'digitalocean', 'proxmox', 'libvirt'];

interface Change {
  cloud: CloudName;
  vm: string;
  from: string;
  to: string;
}

/** The documented lifecycle edges the churn may take (stop/deallocate/suspend and start/resume). */
const LEGAL_EDGES: Readonly<Record<CloudName, readonly string[]>> = {
  aws: ['running→stopping', 'stopping→stopped', 'stopped→pending', 'pending→running'],
  azure: [
    'running→stopping',
    'stopping→stopped',
    'running→deallocating',
    'deallocating→deallocated',
    'stopped→starting',
    'deallocated→starting',
    'hibernated→starting',
    'starting→running',
  ],
  gcp: [
    'RUNNING→STOPPING',
    'RUNNING→PENDING_STOP',
    'PENDING_STOP→STOPPING',
    'STOPPING→TERMINATED',
    'RUNNING→SUSPENDING',
    'SUSPENDING→SUSPENDED',
    'TERMINATED→PROVISIONING',
    'STOPPED→PROVISIONING',
    'SUSPENDED→PROVISIONING',
    'PROVISIONING→STAGING',
    'STAGING→RUNNING',
  ],
  // A droplet's power actions show as actions, not statuses: the status flips at once.
  digitalocean: ['active→off', 'off→active'],
  // A guest's shutdown, start, pause and resume show as tasks: its state flips at once.
  proxmox: ['running→stopped', 'stopped→running', 'running→paused', 'paused→running'],
  libvirt: ['running→shutoff', 'shutoff→running', 'running→paused', 'paused→running'],
};

/** States a VM rests in; every other state is the middle of a transition. */
const SETTLED: Readonly<Record<CloudName, readonly string[]>> = {
  aws: ['running', 'stopped', 'terminated'],
  azure: ['running', 'stopped', 'deallocated', 'hibernated', 'failed'],
  gcp: ['RUNNING', 'TERMINATED', 'STOPPED', 'SUSPENDED'],
  digitalocean: ['new', 'active', 'off', 'archive'],
  proxmox: ['running', 'stopped', 'paused'],
  libvirt: ['running', 'shutoff', 'paused'],
};

const RUNNING: Readonly<Record<CloudName, string>> = { aws: 'running', azure: 'running', gcp: 'RUNNING', digitalocean: 'active', proxmox: 'running', libvirt: 'running' };

const isSettled = (cloud: CloudName, state: string) => SETTLED[cloud].includes(state);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function recordChanges(fleet: Fleet): Change[] {
  const changes: Change[] = [];
  fleet.aws.onInstanceStateChange((c) => changes.push({ cloud: 'aws', vm: c.instanceId, from: c.previousState, to: c.state }));
  fleet.azure.onVmConditionChange((c) => changes.push({ cloud: 'azure', vm: c.vmId, from: c.previous, to: c.condition }));
  fleet.gcp.onInstanceStatusChange((c) =>
    changes.push({ cloud: 'gcp', vm: `${c.project}/${c.zone}/${c.instance}`, from: c.previousStatus, to: c.status }),
  );
  fleet.digitalocean.onChange((c) => changes.push({ cloud: 'digitalocean', vm: `${c.team}/${c.dropletId}`, from: c.previous, to: c.current }));
  fleet.proxmox.onChange((c) => changes.push({ cloud: 'proxmox', vm: `${c.cluster}/${c.vmid}`, from: c.previous, to: c.current }));
  fleet.libvirt.onChange((c) => changes.push({ cloud: 'libvirt', vm: `${c.host}/${c.domain}`, from: c.previous, to: c.current }));
  return changes;
}

/** Every VM's current state, keyed as recordChanges keys them. */
function vmStates(fleet: Fleet): { cloud: CloudName; vm: string; state: string }[] {
  const zoneOf = (url: string) => url.slice(url.lastIndexOf('/') + 1);
  return [
    ...fleet.aws.scopes().flatMap((s) => s.instances.map((i) => ({ cloud: 'aws' as const, vm: i.instanceId, state: i.state as string }))),
    ...fleet.azure.scopes().flatMap((s) => s.virtualMachines.map((v) => ({ cloud: 'azure' as const, vm: v.id, state: v.sim.condition as string }))),
    ...fleet.gcp.projects.flatMap((p) =>
      fleet.gcp.project(p.projectId)!.regions.flatMap((r) =>
        r.instances.map((i) => ({ cloud: 'gcp' as const, vm: `${p.projectId}/${zoneOf(i.zone)}/${i.name}`, state: i.status as string })),
      ),
    ),
    ...fleet.digitalocean.teams.flatMap((t) => fleet.digitalocean.droplets(t.uuid).map((d) => ({ cloud: 'digitalocean' as const, vm: `${t.uuid}/${d.id}`, state: d.status as string }))),
    ...fleet.proxmox.clusterNames.flatMap((name) =>
      fleet.proxmox.of(name).guests.filter((g) => g.template === 0).map((g) => ({ cloud: 'proxmox' as const, vm: `${name}/${g.vmid}`, state: fleet.proxmox.powerOf(g) as string })),
    ),
    ...fleet.libvirt.hostNames.flatMap((host) =>
      fleet.libvirt.of(host).domains.map((d) => ({ cloud: 'libvirt' as const, vm: `${host}/${d.name}`, state: fleet.libvirt.powerOf(d) ?? `state ${d.state}` })),
    ),
  ];
}

/** Moves started: a move's first change leaves a settled state. */
const movesIn = (changes: Change[]) => changes.filter((c) => isSettled(c.cloud, c.from));

/** VMs whose last change left them in an intermediate state. */
function vmsMidMove(changes: Change[]): string[] {
  const last = new Map<string, Change>();
  for (const change of changes) last.set(change.vm, change);
  return [...last.values()].filter((c) => !isSettled(c.cloud, c.to)).map((c) => c.vm);
}

describe('startFleetChurn in real time', () => {
  it('starts moves at about the configured rate, on every chosen cloud, and none after stop()', async () => {
    const fleet = createFleet({ seed: 3 });
    const changes = recordChanges(fleet);
    const startedAt = Date.now();
    const churn = startFleetChurn(fleet, { changesPerMinute: 6000, seed: 1, clouds: ALL_CLOUDS, stepDelayMs: 5 });
    await sleep(1000);
    churn.stop();
    const expected = ((Date.now() - startedAt) * 6000) / 60_000;
    const moves = movesIn(changes);
    expect(moves.length).toBeGreaterThan(expected * 0.7);
    expect(moves.length).toBeLessThan(expected * 1.3);
    // Each move picks a cloud at random: every one gets a share (a quarter of an even share lies over three standard deviations below it).
    for (const cloud of ALL_CLOUDS) expect(moves.filter((m) => m.cloud === cloud).length).toBeGreaterThan(expected / ALL_CLOUDS.length / 4);

    const atStop = changes.length;
    await sleep(50);
    expect(changes.length).toBe(atStop);
  });

  it('keeps no timer holding the process open', async () => {
    const activeTimeouts = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    const fleet = createFleet({ seed: 3 });
    const changes = recordChanges(fleet);
    const churn = startFleetChurn(fleet, { changesPerMinute: 6000, seed: 1, clouds: ALL_CLOUDS, stepDelayMs: 1000 });
    try {
      await sleep(100);
      expect(vmsMidMove(changes).length).toBeGreaterThan(0);
      // Clearing the churn's pending timers (the next tick and every step in flight) must not change what holds the process.
      const whileChurning = activeTimeouts();
      churn.stop();
      expect(activeTimeouts()).toBe(whileChurning);
    } finally {
      churn.stop();
    }
  });
});

describe('startFleetChurn in simulated time', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('moves only through documented lifecycle edges, via intermediate states, never terminating', () => {
    const fleet = createFleet({ seed: 11 });
    const before = vmStates(fleet);
    const changes = recordChanges(fleet);
    const churn = startFleetChurn(fleet, { changesPerMinute: 600, seed: 2, clouds: ALL_CLOUDS, stepDelayMs: 1000 });
    vi.advanceTimersByTime(120_000);
    churn.stop();

    expect(movesIn(changes).length).toBeGreaterThan(1000);
    for (const c of changes) expect(LEGAL_EDGES[c.cloud], `${c.cloud} ${c.vm}`).toContain(`${c.from}→${c.to}`);
    // Each change follows on from the VM's previous one, and settling always comes from the middle
    // of a move — but on DigitalOcean, Proxmox VE and libvirt, whose statuses have no in-between values (a
    // power action in progress is an action or a task, not a status), where a move is one change.
    const stateOf = new Map(before.map((v) => [v.vm, v.state]));
    for (const c of changes) {
      expect(c.from).toBe(stateOf.get(c.vm));
      stateOf.set(c.vm, c.to);
      if (isSettled(c.cloud, c.to) && !['digitalocean', 'proxmox', 'libvirt'].includes(c.cloud)) expect(isSettled(c.cloud, c.from)).toBe(false);
    }
    const edges = new Set(changes.map((c) => `${c.from}→${c.to}`));
    const completions = ['active→off', 'off→active', 'running→paused', 'paused→running', 'stopped→running', 'stopping→stopped', 'pending→running', 'deallocating→deallocated', 'starting→running', 'STAGING→RUNNING', 'SUSPENDING→SUSPENDED'];
    for (const edge of [...completions, 'PROVISIONING→STAGING']) expect(edges).toContain(edge);
    expect(changes.filter((c) => ['terminated', 'shutting-down', 'deleting', 'DEPROVISIONING'].includes(c.to))).toEqual([]);
  });

  it('never touches a VM that was already mid-transition', () => {
    const fleet = createFleet({ seed: 11 });
    const midTransition = vmStates(fleet).filter((v) => !isSettled(v.cloud, v.state));
    expect(midTransition.length).toBeGreaterThan(20);
    const changes = recordChanges(fleet);
    const churn = startFleetChurn(fleet, { changesPerMinute: 600, seed: 2, clouds: ALL_CLOUDS, stepDelayMs: 1000 });
    vi.advanceTimersByTime(300_000);
    churn.stop();
    const touched = new Set(changes.map((c) => c.vm));
    expect(touched.size).toBeGreaterThan(300);
    expect(midTransition.filter((v) => touched.has(v.vm))).toEqual([]);
  });

  it('keeps the number of running VMs of each cloud where it started', () => {
    const fleet = createFleet({ seed: 11 });
    const runningCount = (cloud: CloudName) => vmStates(fleet).filter((v) => v.cloud === cloud && v.state === RUNNING[cloud]).length;
    const before = Object.fromEntries(ALL_CLOUDS.map((cloud) => [cloud, runningCount(cloud)]));
    const changes = recordChanges(fleet);
    const churn = startFleetChurn(fleet, { changesPerMinute: 60, seed: 2, clouds: ALL_CLOUDS, stepDelayMs: 10 });
    vi.advanceTimersByTime(1_500_000);
    churn.stop();
    expect(movesIn(changes).length).toBeGreaterThan(1200);
    for (const cloud of ALL_CLOUDS) expect(Math.abs(runningCount(cloud) - before[cloud]!), cloud).toBeLessThanOrEqual(4);
  });

  it('stop() cancels every pending step: moves in flight never finish', () => {
    const fleet = createFleet({ seed: 11 });
    const changes = recordChanges(fleet);
    const churn = startFleetChurn(fleet, { changesPerMinute: 6000, seed: 2, clouds: ALL_CLOUDS, stepDelayMs: 1000 });
    vi.advanceTimersByTime(500);
    expect(vmsMidMove(changes).length).toBeGreaterThan(10);
    churn.stop();
    expect(vi.getTimerCount()).toBe(0);
    const atStop = changes.length;
    vi.advanceTimersByTime(600_000);
    expect(changes.length).toBe(atStop);
  });

  it('stop() from inside a change listener ends the churn at that change', () => {
    const fleet = createFleet({ seed: 11 });
    const changes = recordChanges(fleet);
    // At this rate a single timer tick starts many moves; stopping must cut the batch short too.
    const churn = startFleetChurn(fleet, { changesPerMinute: 6000, seed: 2, clouds: ALL_CLOUDS, stepDelayMs: 1000 });
    vi.advanceTimersByTime(200);
    const stopAt = changes.length + 5;
    const stopOnce = () => {
      if (changes.length === stopAt) churn.stop();
    };
    fleet.aws.onInstanceStateChange(stopOnce);
    fleet.azure.onVmConditionChange(stopOnce);
    fleet.gcp.onInstanceStatusChange(stopOnce);
    fleet.digitalocean.onChange(stopOnce);
    vi.setSystemTime(Date.now() + 10_000);
    vi.advanceTimersByTime(600_000);
    expect(changes.length).toBe(stopAt);
  });

  it('is deterministic: the same seed makes the same changes, another seed others', () => {
    const run = (seed: number) => {
      const fleet = createFleet({ seed: 5 });
      const changes = recordChanges(fleet);
      const churn = startFleetChurn(fleet, { changesPerMinute: 600, seed, clouds: ALL_CLOUDS, stepDelayMs: 2000 });
      vi.advanceTimersByTime(30_000);
      churn.stop();
      return changes.map((c) => `${c.vm} ${c.to}`);
    };
    const first = run(7);
    expect(first.length).toBeGreaterThan(300);
    expect(run(7)).toEqual(first);
    expect(run(8)).not.toEqual(first);
  });

  it('leaves the clouds not chosen untouched', () => {
    const fleet = createFleet({ seed: 11 });
    const awsBefore = JSON.stringify(fleet.aws.scopes());
    const azureBefore = JSON.stringify(fleet.azure.scopes());
    const changes = recordChanges(fleet);
    const churn = startFleetChurn(fleet, { changesPerMinute: 600, seed: 2, clouds: ['gcp'], stepDelayMs: 1000 });
    vi.advanceTimersByTime(60_000);
    churn.stop();
    expect(changes.length).toBeGreaterThan(500);
    expect(changes.filter((c) => c.cloud !== 'gcp')).toEqual([]);
    expect(JSON.stringify(fleet.aws.scopes())).toBe(awsBefore);
    expect(JSON.stringify(fleet.azure.scopes())).toBe(azureBefore);
  });

  it('changesPerMinute 0 changes nothing and sets no timer; a negative rate is refused', () => {
    const fleet = createFleet({ seed: 11 });
    const changes = recordChanges(fleet);
    const churn = startFleetChurn(fleet, { changesPerMinute: 0, seed: 2, clouds: ALL_CLOUDS });
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(600_000);
    churn.stop();
    expect(changes).toEqual([]);
    expect(() => startFleetChurn(fleet, { changesPerMinute: -1, seed: 2, clouds: ALL_CLOUDS })).toThrow(/non-negative/);
  });
});

describe('the sandbox churn', () => {
  const ACCOUNT = '111111111111';
  const REGION = 'us-east-1';

  it('changes an instance that the real EC2 client then sees changed', async () => {
    const sandbox = await startSandboxEmulators({ ...DEFAULT_SANDBOX, clouds: ['aws'], changesPerMinute: 6000 });
    const ec2 = new EC2Client({ endpoint: sandbox.aws!.url, region: REGION, credentials: sandbox.fleet.aws.credentials(ACCOUNT), maxAttempts: 1 });
    try {
      expect(sandbox.churn).toBeDefined();
      const describeStates = async () => {
        const out = await ec2.send(new DescribeInstancesCommand({}));
        return new Map(out.Reservations!.flatMap((r) => r.Instances!).map((i) => [i.InstanceId!, i.State!.Name!]));
      };
      let watching = false;
      const changed = new Promise<{ instanceId: string; state: string }>((resolve) => {
        sandbox.fleet.aws.onInstanceStateChange((c) => {
          if (!watching || c.account !== ACCOUNT || c.region !== REGION) return;
          // Freeze the fleet at this change, so the client's view can be compared exactly.
          sandbox.churn!.stop();
          resolve({ instanceId: c.instanceId, state: c.state });
        });
      });
      const before = await describeStates();
      watching = true;
      const change = await changed;
      const after = await describeStates();

      expect(after.get(change.instanceId)).toBe(change.state);
      expect(after.get(change.instanceId)).not.toBe(before.get(change.instanceId));
      const native = sandbox.fleet.aws.scope(ACCOUNT, REGION)!.instances;
      expect(after).toEqual(new Map(native.map((i) => [i.instanceId, i.state])));
    } finally {
      ec2.destroy();
      await sandbox.stop();
    }
  });

  it('stops changing the fleet when the sandbox stops, and does not churn at rate 0', async () => {
    const churning = await startSandboxEmulators({ ...DEFAULT_SANDBOX, clouds: ['aws'], changesPerMinute: 6000 });
    const changes = recordChanges(churning.fleet);
    await sleep(100);
    await churning.stop();
    expect(changes.length).toBeGreaterThan(0);
    const atStop = changes.length;
    await sleep(200);
    expect(changes.length).toBe(atStop);

    const still = await startSandboxEmulators({ ...DEFAULT_SANDBOX, clouds: ['aws'], changesPerMinute: 0 });
    await still.stop();
    expect(still.churn).toBeUndefined();
  });
});
