// The Azure ActionAdapter's creating and storage actions against the emulator: createVm (and its
// idempotency by name), deleteVm, attach/detach/resize of disks, snapshots created and deleted,
// the regional vCPU quota as QUOTA_EXCEEDED.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CreateVmSpec } from '../../../src/providers/actions.js';
import { globalId, parseGlobalId } from '../../../src/providers/ids.js';
import { S, SUB, WRITES, failure, freshVm, idOf, run, startWorld, type World } from './actions-support.js';

let w: World;
beforeAll(async () => {
  w = await startWorld();
});
afterAll(async () => {
  await w?.adapter.close();
  await w?.emulator.close();
});
beforeEach(() => {
  w.emulator.requests.reset();
  w.emulator.faults.clear();
});

const writes = (action: string) => w.emulator.requests.entries().filter((e) => e.action === action).length;
const location = 'westeurope';
function spec(name: string, instanceType = 'Standard_B2s'): CreateVmSpec {
  const vnet = w.fleet.azure.scope(SUB, location)!.virtualNetworks[0]!;
  const subnet = vnet.properties.subnets[0]!;
  return {
    scope: { provider: 'azure', account: SUB, region: location },
    zone: null,
    name,
    image: 'Canonical:ubuntu-24_04-lts:server:latest',
    instanceType,
    subnetId: globalId({ provider: 'azure', account: SUB, region: location }, 'subnet', subnet.id.toLowerCase()),
    securityGroupIds: [],
    bootDiskGiB: null,
    dataDisks: [{ sizeGiB: 64, volumeType: 'StandardSSD_LRS' }],
    tags: [{ key: 'team', value: 'fleet' }],
  };
}

describe('createVm and deleteVm', () => {
  it('creates a VM with its disks and NIC, listed RUNNING under the id start returned; the same name again makes no second VM', async () => {
    const request = { kind: 'createVm' as const, spec: spec('fg-created-1') };
    const progress = await run(w.actions, request, 'create-1');
    expect(progress.status).toBe('SUCCEEDED');
    const id = (progress as { resourceId: string }).resourceId;
    const vm = (await w.adapter.list('vm', S)).find((v) => v.id === id)!;
    expect([vm.state, vm.instanceType, vm.volumeIds.length]).toEqual(['RUNNING', 'Standard_B2s', 2]);
    expect(vm.tags).toContainEqual({ key: 'team', value: 'fleet' });
    expect(await run(w.actions, request, 'create-1')).toMatchObject({ status: 'SUCCEEDED', resourceId: id });
    expect(w.fleet.azure.resources(SUB, 'virtualMachines').filter((v) => v.name === 'fg-created-1')).toHaveLength(1);

    expect(await run(w.actions, { kind: 'deleteVm', vm: parseGlobalId(id) })).toMatchObject({ status: 'SUCCEEDED' });
    expect((await w.adapter.list('vm', S)).some((v) => v.id === id)).toBe(false);
    expect(w.fleet.azure.resources(SUB, 'disks').some((d) => d.name.startsWith('fg-created-1_'))).toBe(false);
  });

  it('a VM past the regional vCPU quota is QUOTA_EXCEEDED with ARM\'s OperationNotAllowed', async () => {
    w.emulator.faults.clear();
    const quota = await failure(w.actions.start({ kind: 'createVm', spec: spec('fg-too-big', 'Standard_E4s_v5') }, { idempotencyKey: 'q0', dryRun: false }).then(async () => {
      // One E4s_v5 fits; keep creating until the regional limit refuses.
      for (let i = 1; i < 40; i++) await w.actions.start({ kind: 'createVm', spec: spec(`fg-big-${i}`, 'Standard_E4s_v5') }, { idempotencyKey: `q${i}`, dryRun: false });
    }));
    expect([quota.category, quota.providerCode]).toEqual(['QUOTA_EXCEEDED', 'OperationNotAllowed']);
  });

  it('a dry run checks the size and the subnet and sends no PUT', async () => {
    expect(await w.actions.start({ kind: 'createVm', spec: spec('fg-dry') }, { idempotencyKey: 'dry', dryRun: true })).toBeNull();
    const bad = await failure(w.actions.start({ kind: 'createVm', spec: spec('fg-dry', 'Standard_Nope') }, { idempotencyKey: 'dry2', dryRun: true }));
    expect(bad.category).toBe('INVALID_INPUT');
    expect(writes('virtualMachines.createOrUpdate')).toBe(0);
  });
});

describe('volumes and snapshots', () => {
  it('detaches a data disk, attaches it again, grows it; a smaller size is INVALID_INPUT', async () => {
    const vm = freshVm(w.fleet, 'running', (v) => v.properties.storageProfile.dataDisks.length > 0);
    const diskId = vm.properties.storageProfile.dataDisks[0]!.managedDisk.id;
    const disk = w.fleet.azure.resources(SUB, 'disks').find((d) => d.id.toLowerCase() === diskId.toLowerCase())!;
    const volume = idOf('volume', disk);
    expect(await run(w.actions, { kind: 'detachVolume', volume, vm: idOf('vm', vm), force: false })).toMatchObject({ status: 'SUCCEEDED' });
    expect((await w.adapter.list('volume', S)).find((v) => v.nativeId === diskId.toLowerCase())!.attachments).toEqual([]);
    expect(await run(w.actions, { kind: 'attachVolume', volume, vm: idOf('vm', vm), device: 'lun9' })).toMatchObject({ status: 'SUCCEEDED' });
    expect(w.fleet.azure.findVm(vm.id)!.vm.properties.storageProfile.dataDisks.some((d) => d.lun === 9)).toBe(true);
    const bigger = disk.properties.diskSizeGB + 64;
    expect(await run(w.actions, { kind: 'resizeVolume', volume, sizeGiB: bigger })).toMatchObject({ status: 'SUCCEEDED' });
    expect((await w.adapter.list('volume', S)).find((v) => v.nativeId === diskId.toLowerCase())!.sizeGiB).toBe(bigger);
    const smaller = await failure(w.actions.start({ kind: 'resizeVolume', volume, sizeGiB: 1 }, { idempotencyKey: 'small', dryRun: false }));
    expect([smaller.category, smaller.providerCode]).toEqual(['INVALID_INPUT', 'InvalidParameter']);
    const again = await failure(w.actions.start({ kind: 'attachVolume', volume, vm: idOf('vm', vm), device: null }, { idempotencyKey: 'again', dryRun: false }));
    expect(again.category).toBe('CONFLICT');
  });

  it('creates a snapshot (the same key twice is one snapshot) and deletes it', async () => {
    const disk = w.fleet.azure.resources(SUB, 'disks')[3]!;
    const request = { kind: 'createSnapshot' as const, volume: idOf('volume', disk), name: null, description: 'before upgrade', tags: [] };
    const first = await run(w.actions, request, 'snap-key');
    expect(first.status).toBe('SUCCEEDED');
    const id = (first as { resourceId: string }).resourceId;
    const listed = (await w.adapter.list('snapshot', S)).find((s) => s.id === id)!;
    expect([listed.state, listed.volumeId]).toEqual(['COMPLETED', globalId({ provider: 'azure', account: SUB, region: disk.location }, 'volume', disk.id.toLowerCase())]);
    await run(w.actions, request, 'snap-key');
    expect(w.fleet.azure.resources(SUB, 'snapshots').filter((s) => s.id.toLowerCase() === parseGlobalId(id).nativeId)).toHaveLength(1);
    expect(await run(w.actions, { kind: 'deleteSnapshot', snapshot: parseGlobalId(id) })).toMatchObject({ status: 'SUCCEEDED' });
    expect((await w.adapter.list('snapshot', S)).some((s) => s.id === id)).toBe(false);
    expect((await failure(w.actions.start({ kind: 'deleteSnapshot', snapshot: parseGlobalId(id) }, { idempotencyKey: 'gone', dryRun: false }))).category).toBe('NOT_FOUND');
  });
});
