// Every AWS action end to end through the adapter against the emulator: started, followed to
// SUCCEEDED, and the listing shows the result.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EC2_INSTANCE_TYPES } from '../../../emulators/fleet.js';
import { globalId } from '../../../src/providers/ids.js';
import type { ActionRequest, CreateVmSpec, Tracking } from '../../../src/providers/types.js';
import { US, followToEnd, idOf, runAction, startActionHarness, takeInstances, usScope, type ActionHarness } from './actions-support.js';

let h: ActionHarness;
const taken = new Set<string>();

beforeAll(async () => {
  h = await startActionHarness();
});
afterAll(() => h?.close());
beforeEach(() => {
  h.emulator.requests.reset();
  h.emulator.faults.clear();
  h.emulator.writes.failures.clear();
});

const vmListed = async (instanceId: string) => (await h.adapter.get('vm', US, [instanceId]))[0];

/** A stopped instance of this test's own: the fleet's, or a running one stopped first. */
async function stoppedInstance(): Promise<string> {
  const [instance] = takeInstances(h.fleet, taken, 'running');
  h.fleet.aws.setInstanceState(instance!.instanceId, 'stopping');
  h.fleet.aws.setInstanceState(instance!.instanceId, 'stopped');
  return instance!.instanceId;
}

/** A type other than the instance's, of its architecture. */
function otherType(instanceId: string): string {
  const instance = usScope(h.fleet).instances.find((i) => i.instanceId === instanceId)!;
  return EC2_INSTANCE_TYPES.find((t) => t.instanceType !== instance.instanceType && t.architectures.includes(instance.architecture))!.instanceType;
}

describe('AWS actions: each to SUCCEEDED, seen in the listing', () => {
  it('startVm: a stopped instance is running', async () => {
    const id = await stoppedInstance();
    const request: ActionRequest = { kind: 'startVm', vm: idOf('vm', id) };
    const started = await h.actions.start(request, { idempotencyKey: 'start-1', dryRun: false });
    expect(started?.providerOperationId).toBeTruthy();
    expect((await vmListed(id))?.state).toBe('PENDING');
    expect(await followToEnd(h.actions, request, started!.tracking)).toEqual({ status: 'SUCCEEDED', resourceId: null });
    expect((await vmListed(id))?.state).toBe('RUNNING');
  });

  it('stopVm: a running instance is stopped; hibernate keeps EC2\u2019s hibernate reason', async () => {
    const [plain, hibernated] = takeInstances(h.fleet, taken, 'running', 2);
    expect((await runAction(h.actions, { kind: 'stopVm', vm: idOf('vm', plain!.instanceId), hibernate: false }, 'stop-1')).status).toBe('SUCCEEDED');
    expect((await runAction(h.actions, { kind: 'stopVm', vm: idOf('vm', hibernated!.instanceId), hibernate: true }, 'stop-2')).status).toBe('SUCCEEDED');
    expect((await vmListed(plain!.instanceId))?.state).toBe('STOPPED');
    expect((await vmListed(hibernated!.instanceId))?.state).toBe('STOPPED');
    expect(h.emulator.requests.count({ action: 'StopInstances' })).toBe(2);
    expect(usScope(h.fleet).instances.find((i) => i.instanceId === hibernated!.instanceId)?.stateReason?.code).toBe('Client.UserInitiatedHibernate');
  });

  it('rebootVm: the instance stays running', async () => {
    const [instance] = takeInstances(h.fleet, taken, 'running');
    expect(await runAction(h.actions, { kind: 'rebootVm', vm: idOf('vm', instance!.instanceId) }, 'reboot-1')).toEqual({ status: 'SUCCEEDED', resourceId: null });
    expect(h.emulator.requests.count({ action: 'RebootInstances', status: 200 })).toBe(1);
    expect((await vmListed(instance!.instanceId))?.state).toBe('RUNNING');
  });

  it('resizeVm of a stopped instance: the type changes, the instance stays stopped', async () => {
    const id = await stoppedInstance();
    const type = otherType(id);
    const result = await runAction(h.actions, { kind: 'resizeVm', vm: idOf('vm', id), instanceType: type, allowRestart: false }, 'resize-1');
    expect(result.status).toBe('SUCCEEDED');
    const vm = await vmListed(id);
    expect([vm?.instanceType, vm?.state]).toEqual([type, 'STOPPED']);
    expect(h.emulator.requests.count({ action: 'StartInstances' })).toBe(0);
  });

  it('resizeVm of a running instance with allowRestart: stop → modify → start, running with the new type', async () => {
    const [instance] = takeInstances(h.fleet, taken, 'running');
    const type = otherType(instance!.instanceId);
    const result = await runAction(h.actions, { kind: 'resizeVm', vm: idOf('vm', instance!.instanceId), instanceType: type, allowRestart: true }, 'resize-2');
    expect(result.status).toBe('SUCCEEDED');
    const vm = await vmListed(instance!.instanceId);
    expect([vm?.instanceType, vm?.state]).toEqual([type, 'RUNNING']);
    for (const action of ['StopInstances', 'ModifyInstanceAttribute', 'StartInstances']) expect(h.emulator.requests.count({ action, status: 200 })).toBe(1);
  });

  it('a resize started on one replica is carried on by others, from its tracking as JSON', async () => {
    const [instance] = takeInstances(h.fleet, taken, 'running');
    const type = otherType(instance!.instanceId);
    const request: ActionRequest = { kind: 'resizeVm', vm: idOf('vm', instance!.instanceId), instanceType: type, allowRestart: true };
    const started = await h.actions.start(request, { idempotencyKey: 'resize-3', dryRun: false });
    let tracking = JSON.parse(JSON.stringify(started!.tracking)) as Tracking;
    const steps: string[] = [];
    for (let look = 0; look < 300; look++) {
      const progress = await h.replica().actions!.progress(request, tracking);
      if (progress.status !== 'RUNNING') {
        expect(progress.status).toBe('SUCCEEDED');
        break;
      }
      if (progress.tracking !== undefined) {
        tracking = JSON.parse(JSON.stringify(progress.tracking)) as Tracking;
        steps.push((progress.tracking as { step: string }).step);
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(steps).toEqual(['modifying', 'starting']);
    expect((await vmListed(instance!.instanceId))?.instanceType).toBe(type);
  });

  it('deleteVm: the instance is terminated and its root volume is gone', async () => {
    const [instance] = takeInstances(h.fleet, taken, 'running');
    const root = usScope(h.fleet).volumes.find((v) => v.attachments.some((a) => a.instanceId === instance!.instanceId && a.device === instance!.rootDeviceName))!;
    expect((await runAction(h.actions, { kind: 'deleteVm', vm: idOf('vm', instance!.instanceId) }, 'delete-1')).status).toBe('SUCCEEDED');
    expect((await vmListed(instance!.instanceId))?.state).toBe('TERMINATED');
    expect(await h.adapter.get('volume', US, [root.volumeId])).toEqual([]);
  });

  it('createVm: a new instance with its disks and tags, running, its global id known at once', async () => {
    const subnet = usScope(h.fleet).subnets[0]!;
    const image = usScope(h.fleet).instances.find((i) => i.architecture === 'x86_64')!.imageId;
    const spec: CreateVmSpec = {
      scope: US,
      zone: null,
      name: 'created-by-test',
      image,
      instanceType: 't3.medium',
      subnetId: globalId(US, 'subnet', subnet.subnetId),
      securityGroupIds: [],
      bootDiskGiB: 40,
      dataDisks: [{ sizeGiB: 100, volumeType: 'gp3' }],
      tags: [{ key: 'team', value: 'qa' }],
    };
    const started = await h.actions.start({ kind: 'createVm', spec }, { idempotencyKey: 'create-1', dryRun: false });
    expect(started?.resourceId).toMatch(/^aws:111111111111:us-east-1:vm:i-0[0-9a-f]{16}$/);
    const done = await followToEnd(h.actions, { kind: 'createVm', spec }, started!.tracking);
    expect(done).toEqual({ status: 'SUCCEEDED', resourceId: started!.resourceId });
    const nativeId = started!.resourceId!.split(':')[4]!;
    const vm = await vmListed(nativeId);
    expect(vm).toMatchObject({ state: 'RUNNING', instanceType: 't3.medium', name: 'created-by-test', subnetId: globalId(US, 'subnet', subnet.subnetId) });
    expect(vm?.tags).toContainEqual({ key: 'team', value: 'qa' });
    const volumes = await h.adapter.get('volume', US, vm!.volumeIds.map((v) => v.split(':')[4]!));
    expect(volumes.map((v) => v.sizeGiB).sort((a, b) => a - b)).toEqual([40, 100]);
    expect(vm?.privateIp).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it('attachVolume then detachVolume: a loose volume is attached at a free device, then available again', async () => {
    const [instance] = takeInstances(h.fleet, taken, 'running');
    const volume = looseVolumeIn(instance!.availabilityZone);
    const attach: ActionRequest = { kind: 'attachVolume', volume: idOf('volume', volume), vm: idOf('vm', instance!.instanceId), device: null };
    expect((await runAction(h.actions, attach, 'attach-1')).status).toBe('SUCCEEDED');
    const attached = (await h.adapter.get('volume', US, [volume]))[0]!;
    expect(attached.state).toBe('IN_USE');
    expect(attached.attachments[0]).toMatchObject({ vmId: globalId(US, 'vm', instance!.instanceId), state: 'ATTACHED' });
    expect(attached.attachments[0]?.device).toMatch(/^\/dev\/sd[f-p]$/);
    const detach: ActionRequest = { kind: 'detachVolume', volume: idOf('volume', volume), vm: idOf('vm', instance!.instanceId), force: false };
    expect((await runAction(h.actions, detach, 'detach-1')).status).toBe('SUCCEEDED');
    const detached = (await h.adapter.get('volume', US, [volume]))[0]!;
    expect([detached.state, detached.attachments]).toEqual(['AVAILABLE', []]);
  });

  it('resizeVolume: the volume has its new size', async () => {
    const volume = looseVolumeIn(null);
    const size = usScope(h.fleet).volumes.find((v) => v.volumeId === volume)!.size + 50;
    expect((await runAction(h.actions, { kind: 'resizeVolume', volume: idOf('volume', volume), sizeGiB: size }, 'grow-1')).status).toBe('SUCCEEDED');
    expect((await h.adapter.get('volume', US, [volume]))[0]?.sizeGiB).toBe(size);
  });

  it('createSnapshot then deleteSnapshot: a completed snapshot appears, then is gone', async () => {
    const volume = usScope(h.fleet).volumes[0]!.volumeId;
    const request: ActionRequest = { kind: 'createSnapshot', volume: idOf('volume', volume), name: 'before-upgrade', description: 'test snapshot', tags: [{ key: 'k', value: 'v' }] };
    const started = await h.actions.start(request, { idempotencyKey: 'snap-1', dryRun: false });
    expect(started?.resourceId).toMatch(/^aws:111111111111:us-east-1:snapshot:snap-/);
    expect(await followToEnd(h.actions, request, started!.tracking)).toEqual({ status: 'SUCCEEDED', resourceId: started!.resourceId });
    const snapshotId = started!.resourceId!.split(':')[4]!;
    const [snapshot] = await h.adapter.get('snapshot', US, [snapshotId]);
    expect(snapshot).toMatchObject({ state: 'COMPLETED', name: 'before-upgrade', description: 'test snapshot', volumeId: globalId(US, 'volume', volume) });
    const remove: ActionRequest = { kind: 'deleteSnapshot', snapshot: idOf('snapshot', snapshotId) };
    expect((await runAction(h.actions, remove, 'unsnap-1')).status).toBe('SUCCEEDED');
    expect(await h.adapter.get('snapshot', US, [snapshotId])).toEqual([]);
  });
});

/** An available volume of the scope not used by another test (in the zone, when given). */
function looseVolumeIn(zone: string | null): string {
  const volume = usScope(h.fleet).volumes.find((v) => v.state === 'available' && v.attachments.length === 0 && (zone === null || v.availabilityZone === zone) && !taken.has(v.volumeId));
  if (volume) {
    taken.add(volume.volumeId);
    return volume.volumeId;
  }
  throw new Error(`no loose volume${zone ? ` in ${zone}` : ''}`);
}
