// The GCP ActionAdapter against the emulator over the wire: every action to SUCCEEDED and the
// listing showing it, Compute Engine's refusals as ProviderError categories with its own codes, a
// failure mid-way as FAILED, dry runs that write nothing, requestId dedupe across retries.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFleet, type Fleet } from '../../../emulators/fleet.js';
import { startGcpEmulator, type GcpEmulator } from '../../../emulators/gcp/index.js';
import type { GceInstance } from '../../../emulators/gcp/fleet/types.js';
import type { ActionAdapter, ActionProgress, ActionRequest, CreateVmSpec } from '../../../src/providers/actions.js';
import { ProviderError } from '../../../src/providers/errors.js';
import { parseGlobalId, type GlobalId } from '../../../src/providers/ids.js';
import type { ProviderAdapter } from '../../../src/providers/types.js';
import { PROD, adapterFor, scopeOf } from './support.js';

const P = scopeOf(PROD);
const WRITES = /^(instances\.(insert|delete|start|stop|suspend|resume|reset|setMachineType|attachDisk|detachDisk)|disks\.resize|regionDisks\.resize|snapshots\.(insert|delete))$/;

let fleet: Fleet;
let emulator: GcpEmulator;
let adapter: ProviderAdapter;
let actions: ActionAdapter;
let keys = 0;

beforeAll(async () => {
  fleet = createFleet({ seed: 5, vmsPerScope: 12 });
  emulator = await startGcpEmulator({ fleet, actionStepMs: 20 });
  adapter = adapterFor(emulator, fleet);
  actions = adapter.actions!;
});

afterAll(async () => {
  await adapter?.close();
  await emulator?.close();
});

beforeEach(() => {
  emulator.requests.reset();
  emulator.faults.clear();
});

const lastSegment = (url: string) => url.slice(url.lastIndexOf('/') + 1);
const instances = () => fleet.gcp.project(PROD)!.regions.flatMap((r) => r.instances);
const used = new Set<string>();
/** A VM of the fleet no other test has touched, moved to `status` first when none is in it. */
function freshVm(status: 'RUNNING' | 'TERMINATED'): GceInstance {
  const free = instances().filter((i) => !i.deletionProtection && !used.has(i.name) && i.disks.length > 0);
  const vm = free.find((i) => i.status === status) ?? free.find((i) => i.status === 'RUNNING' || i.status === 'TERMINATED')!;
  used.add(vm.name);
  if (vm.status !== status) fleet.gcp.setInstanceStatus(PROD, lastSegment(vm.zone), vm.name, status);
  return vm;
}
const vmId = (vm: GceInstance): GlobalId => ({ provider: 'gcp', account: PROD, region: lastSegment(vm.zone), kind: 'vm', nativeId: vm.name });
const diskId = (zone: string, name: string): GlobalId => ({ provider: 'gcp', account: PROD, region: zone, kind: 'volume', nativeId: name });
const writes = () => emulator.requests.entries().filter((e) => WRITES.test(e.action)).length;

async function run(request: ActionRequest, key = `key-${++keys}`): Promise<ActionProgress> {
  const started = await actions.start(request, { idempotencyKey: key, dryRun: false });
  let tracking = JSON.parse(JSON.stringify(started!.tracking));
  for (let i = 0; i < 500; i++) {
    const progress = await actions.progress(request, tracking);
    if (progress.status !== 'RUNNING') return progress;
    if (progress.tracking !== undefined) tracking = progress.tracking;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error('action never finished');
}

async function failure(promise: Promise<unknown>): Promise<ProviderError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ProviderError);
    return error as ProviderError;
  }
  throw new Error('expected a ProviderError');
}

const vmInListing = async (vm: GceInstance) => (await adapter.list('vm', P)).find((v) => v.nativeId === vm.name);

describe('VM power', () => {
  it('stops, starts, suspends (hibernate), resumes and reboots, each to SUCCEEDED with the listing following', async () => {
    const vm = freshVm('RUNNING');
    expect(await run({ kind: 'stopVm', vm: vmId(vm), hibernate: false })).toEqual({ status: 'SUCCEEDED', resourceId: null });
    expect((await vmInListing(vm))?.providerState).toBe('TERMINATED');
    expect((await run({ kind: 'startVm', vm: vmId(vm) })).status).toBe('SUCCEEDED');
    expect((await vmInListing(vm))?.providerState).toBe('RUNNING');
    expect((await run({ kind: 'stopVm', vm: vmId(vm), hibernate: true })).status).toBe('SUCCEEDED');
    expect((await vmInListing(vm))?.providerState).toBe('SUSPENDED');
    emulator.requests.reset();
    expect((await run({ kind: 'startVm', vm: vmId(vm) })).status).toBe('SUCCEEDED');
    expect(emulator.requests.count({ action: 'instances.resume' })).toBe(1);
    expect((await run({ kind: 'rebootVm', vm: vmId(vm) })).status).toBe('SUCCEEDED');
    expect((await vmInListing(vm))?.providerState).toBe('RUNNING');
  });

  it('a start in a zone out of capacity ends FAILED with ZONE_RESOURCE_POOL_EXHAUSTED', async () => {
    const vm = freshVm('TERMINATED');
    emulator.setZoneExhausted(lastSegment(vm.zone), true);
    try {
      const progress = await run({ kind: 'startVm', vm: vmId(vm) });
      expect(progress).toMatchObject({ status: 'FAILED', providerCode: 'ZONE_RESOURCE_POOL_EXHAUSTED' });
      expect((progress as { message: string }).message).toMatch(/does not have enough resources/);
    } finally {
      emulator.setZoneExhausted(lastSegment(vm.zone), false);
    }
  });

  it('the same idempotency key twice sends the same requestId: one operation, one stop', async () => {
    const vm = freshVm('RUNNING');
    const request: ActionRequest = { kind: 'stopVm', vm: vmId(vm), hibernate: false };
    const a = await actions.start(request, { idempotencyKey: 'same-key', dryRun: false });
    const b = await actions.start(request, { idempotencyKey: 'same-key', dryRun: false });
    expect(b!.providerOperationId).toBe(a!.providerOperationId);
    const seen: string[] = [];
    const off = fleet.gcp.onInstanceStatusChange((c) => c.instance === vm.name && seen.push(c.status));
    await run(request, 'same-key');
    off();
    expect(vm.status).toBe('TERMINATED');
    expect(seen.filter((s) => s === 'STOPPING').length).toBeLessThanOrEqual(1);
  });

  it('dry runs read and never write; a state that forbids the action is CONFLICT', async () => {
    const vm = freshVm('TERMINATED');
    expect(await actions.start({ kind: 'startVm', vm: vmId(vm) }, { idempotencyKey: 'dry-1', dryRun: true })).toBeNull();
    const reboot = await failure(actions.start({ kind: 'rebootVm', vm: vmId(vm) }, { idempotencyKey: 'dry-2', dryRun: true }));
    expect(reboot.category).toBe('CONFLICT');
    expect(writes()).toBe(0);
    expect(vm.status).toBe('TERMINATED');
  });

  it('refuses a target in an unconfigured project (INVALID_INPUT, no call) and a missing VM (NOT_FOUND)', async () => {
    const other = await failure(actions.start({ kind: 'startVm', vm: { ...vmId(freshVm('RUNNING')), account: 'not-configured' } }, { idempotencyKey: 'k', dryRun: false }));
    expect(other.category).toBe('INVALID_INPUT');
    expect(emulator.requests.entries().length).toBe(0);
    const missing = await failure(actions.start({ kind: 'stopVm', vm: { ...vmId(freshVm('RUNNING')), nativeId: 'no-such-vm' }, hibernate: false }, { idempotencyKey: 'k2', dryRun: false }));
    expect(missing).toMatchObject({ category: 'NOT_FOUND', providerCode: 'notFound' });
  });

  it('a suspend of a stopped VM is CONFLICT with Compute Engine’s reason', async () => {
    const vm = freshVm('TERMINATED');
    const e = await failure(actions.start({ kind: 'stopVm', vm: vmId(vm), hibernate: true }, { idempotencyKey: 'k3', dryRun: false }));
    expect(e).toMatchObject({ category: 'CONFLICT', providerCode: 'invalidResourceUsage' });
  });
});

describe('resizeVm', () => {
  it('refuses a running VM without allowRestart (CONFLICT, nothing written)', async () => {
    const vm = freshVm('RUNNING');
    const e = await failure(actions.start({ kind: 'resizeVm', vm: vmId(vm), instanceType: 'e2-standard-4', allowRestart: false }, { idempotencyKey: 'r1', dryRun: false }));
    expect(e.category).toBe('CONFLICT');
    expect(writes()).toBe(0);
  });

  it('with allowRestart stops, changes the type and starts again', async () => {
    const vm = freshVm('RUNNING');
    const type = lastSegment(vm.machineType) === 'n2-standard-8' ? 'e2-standard-4' : 'n2-standard-8';
    expect((await run({ kind: 'resizeVm', vm: vmId(vm), instanceType: type, allowRestart: true })).status).toBe('SUCCEEDED');
    const listed = await vmInListing(vm);
    expect(listed).toMatchObject({ instanceType: type, providerState: 'RUNNING' });
    expect(['instances.stop', 'instances.setMachineType', 'instances.start'].map((action) => emulator.requests.count({ action }))).toEqual([1, 1, 1]);
  });

  it('resizes a stopped VM and leaves it stopped; an unknown type is INVALID_INPUT', async () => {
    const vm = freshVm('TERMINATED');
    expect((await run({ kind: 'resizeVm', vm: vmId(vm), instanceType: 'c3-standard-4', allowRestart: false })).status).toBe('SUCCEEDED');
    expect(await vmInListing(vm)).toMatchObject({ instanceType: 'c3-standard-4', providerState: 'TERMINATED' });
    expect(emulator.requests.count({ action: 'instances.start' })).toBe(0);
    const e = await failure(actions.start({ kind: 'resizeVm', vm: vmId(vm), instanceType: 'n9-mega-3', allowRestart: true }, { idempotencyKey: 'r2', dryRun: false }));
    expect(e.category).toBe('INVALID_INPUT');
  });
});

describe('createVm and deleteVm', () => {
  const spec = (name: string, instanceType = 'e2-standard-4'): CreateVmSpec => ({
    scope: { provider: 'gcp', account: PROD, region: 'us-central1' },
    zone: 'us-central1-b',
    name,
    image: 'projects/debian-cloud/global/images/family/debian-12',
    instanceType,
    subnetId: null,
    securityGroupIds: [],
    bootDiskGiB: 20,
    dataDisks: [{ sizeGiB: 100, volumeType: 'pd-ssd' }],
    tags: [{ key: 'team', value: 'core' }],
  });

  it('creates a VM with its data disk (listing shows both), once per key, then deletes it', async () => {
    const request: ActionRequest = { kind: 'createVm', spec: spec('created-vm') };
    const first = await actions.start(request, { idempotencyKey: 'create-1', dryRun: false });
    const again = await actions.start(request, { idempotencyKey: 'create-1', dryRun: false });
    expect(again!.providerOperationId).toBe(first!.providerOperationId);
    const done = await run(request, 'create-1');
    expect(done).toEqual({ status: 'SUCCEEDED', resourceId: first!.resourceId });
    expect(parseGlobalId(first!.resourceId!)).toMatchObject({ region: 'us-central1-b', kind: 'vm', nativeId: 'created-vm' });
    expect(instances().filter((i) => i.name === 'created-vm')).toHaveLength(1);
    const listed = (await adapter.list('vm', P)).find((v) => v.id === first!.resourceId);
    expect(listed).toMatchObject({ instanceType: 'e2-standard-4', providerState: 'RUNNING', tags: [{ key: 'team', value: 'core' }] });
    const volumes = (await adapter.list('volume', P)).filter((v) => v.nativeId.startsWith('created-vm'));
    expect(volumes.map((v) => [v.nativeId, v.sizeGiB]).sort()).toEqual([['created-vm', 20], ['created-vm-data-1', 100]]);

    expect((await run({ kind: 'deleteVm', vm: parseGlobalId(first!.resourceId!) })).status).toBe('SUCCEEDED');
    expect((await adapter.list('vm', P)).some((v) => v.id === first!.resourceId)).toBe(false);
  });

  it('surfaces quota (QUOTA_EXCEEDED, quotaExceeded), a type the zone lacks (INVALID_INPUT), a taken name on dry run (CONFLICT)', async () => {
    const quota = await failure(actions.start({ kind: 'createVm', spec: spec('huge-vm', 'n2-custom-96-98304') }, { idempotencyKey: 'q', dryRun: false }));
    expect(quota).toMatchObject({ category: 'QUOTA_EXCEEDED', providerCode: 'quotaExceeded' });
    expect(emulator.requests.count({ action: 'instances.insert' })).toBe(1); // not retried
    const arm = await failure(actions.start({ kind: 'createVm', spec: { ...spec('arm-vm', 't2a-standard-2'), zone: 'us-central1-c' } }, { idempotencyKey: 'a', dryRun: false }));
    expect(arm.category).toBe('INVALID_INPUT');
    const taken = instances().find((i) => i.zone.includes('/us-central1-'))!;
    const dup = await failure(actions.start({ kind: 'createVm', spec: { ...spec(taken.name), zone: lastSegment(taken.zone) } }, { idempotencyKey: 'd', dryRun: true }));
    expect(dup.category).toBe('CONFLICT');
    expect(emulator.requests.count({ action: 'instances.insert' })).toBe(1);
  });
});

describe('volumes and snapshots', () => {
  it('detaches a data disk, attaches it again, grows it, snapshots it and deletes the snapshot', async () => {
    const vm = instances().find((i) => i.disks.some((d) => !d.boot) && !used.has(i.name))!;
    used.add(vm.name);
    const zone = lastSegment(vm.zone);
    const data = vm.disks.find((d) => !d.boot)!;
    const volume = diskId(zone, lastSegment(data.source));
    const listedVolume = async () => (await adapter.list('volume', P)).find((v) => v.nativeId === volume.nativeId && v.zone === zone)!;

    expect((await run({ kind: 'detachVolume', volume, vm: vmId(vm), force: false })).status).toBe('SUCCEEDED');
    expect((await listedVolume()).attachments).toEqual([]);
    expect((await run({ kind: 'attachVolume', volume, vm: vmId(vm), device: null })).status).toBe('SUCCEEDED');
    expect((await listedVolume()).attachments.map((a) => a.vmId)).toEqual([`gcp:${PROD}:${zone}:vm:${vm.name}`]);

    const size = (await listedVolume()).sizeGiB;
    expect((await run({ kind: 'resizeVolume', volume, sizeGiB: size + 50 })).status).toBe('SUCCEEDED');
    expect((await listedVolume()).sizeGiB).toBe(size + 50);
    const smaller = await failure(actions.start({ kind: 'resizeVolume', volume, sizeGiB: size }, { idempotencyKey: 's', dryRun: false }));
    expect(smaller).toMatchObject({ category: 'INVALID_INPUT', providerCode: 'invalid' });
    const tooBig = await failure(actions.start({ kind: 'resizeVolume', volume, sizeGiB: size + 50 + 20_000 }, { idempotencyKey: 'b', dryRun: false }));
    expect(tooBig.category).toBe('QUOTA_EXCEEDED');

    const snap = await run({ kind: 'createSnapshot', volume, name: null, description: 'by test', tags: [] }, 'snap-key');
    expect(snap.status).toBe('SUCCEEDED');
    const snapshotId = (snap as { resourceId: string }).resourceId;
    const listed = (await adapter.list('snapshot', P)).find((s) => s.id === snapshotId);
    expect(listed).toMatchObject({ state: 'COMPLETED', volumeId: `gcp:${PROD}:${zone}:volume:${volume.nativeId}` });
    expect((await run({ kind: 'deleteSnapshot', snapshot: parseGlobalId(snapshotId) })).status).toBe('SUCCEEDED');
    expect((await adapter.list('snapshot', P)).some((s) => s.id === snapshotId)).toBe(false);
  });

  it('attaching a disk another VM uses is CONFLICT (resourceInUseByAnotherResource); dry run writes nothing', async () => {
    const owner = instances().find((i) => i.disks.some((d) => !d.boot) && !used.has(i.name))!;
    const disk = owner.disks.find((d) => !d.boot)!;
    const other = instances().find((i) => i.zone === owner.zone && i.name !== owner.name)!;
    const request: ActionRequest = { kind: 'attachVolume', volume: diskId(lastSegment(owner.zone), lastSegment(disk.source)), vm: vmId(other), device: null };
    expect((await failure(actions.start(request, { idempotencyKey: 'x', dryRun: true }))).category).toBe('CONFLICT');
    const e = await failure(actions.start(request, { idempotencyKey: 'y', dryRun: false }));
    expect(e).toMatchObject({ category: 'CONFLICT', providerCode: 'resourceInUseByAnotherResource' });
    expect(emulator.requests.count({ action: 'instances.attachDisk' })).toBe(1);
  });

  it('injected faults apply to writes: throttling is retried with the same requestId, one action', async () => {
    const vm = freshVm('RUNNING');
    emulator.setRetryAfter(null);
    emulator.faults.add({ service: 'compute', action: 'instances.stop', kind: 'throttle', times: 1 });
    expect((await run({ kind: 'stopVm', vm: vmId(vm), hibernate: false })).status).toBe('SUCCEEDED');
    emulator.setRetryAfter(1);
    expect(emulator.requests.count({ action: 'instances.stop' })).toBe(2);
    emulator.faults.add({ service: 'compute', action: 'instances.start', kind: 'forbidden' });
    const e = await failure(actions.start({ kind: 'startVm', vm: vmId(vm) }, { idempotencyKey: 'f', dryRun: false }));
    expect(e.category).toBe('AUTH');
  });
});
