// The Azure ActionAdapter against the emulator over the wire (real SDK clients, HTTPS, ARM's
// async operations polled through the SDK's restored poller): every action to SUCCEEDED with the
// listing following, Compute's refusals as ProviderError categories with ARM's codes, a failure
// mid-way as FAILED, dry runs that write nothing, PUT idempotency by name.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WRITES, S, failure, freshVm, idOf, run, startWorld, type World } from './actions-support.js';

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

const writes = () => w.emulator.requests.entries().filter((e) => WRITES.test(e.action)).length;
const listed = async (id: string) => (await w.adapter.list('vm', S)).find((v) => v.nativeId === id.toLowerCase());

describe('VM power', () => {
  it('deallocates, starts and restarts, each to SUCCEEDED with the listing following', async () => {
    const vm = freshVm(w.fleet, 'running');
    expect(await run(w.actions, { kind: 'stopVm', vm: idOf('vm', vm), hibernate: false })).toEqual({ status: 'SUCCEEDED', resourceId: null });
    expect((await listed(vm.id))!.providerState).toContain('deallocated');
    expect(await run(w.actions, { kind: 'startVm', vm: idOf('vm', vm) })).toMatchObject({ status: 'SUCCEEDED' });
    expect((await listed(vm.id))!.state).toBe('RUNNING');
    expect(await run(w.actions, { kind: 'rebootVm', vm: idOf('vm', vm) })).toMatchObject({ status: 'SUCCEEDED' });
    expect(w.fleet.azure.findVm(vm.id)!.vm.sim.condition).toBe('running');
  });
});

describe('resize', () => {
  it('resizes in place within the hardware cluster, and refuses another family without allowRestart (CONFLICT, nothing sent)', async () => {
    const vm = freshVm(w.fleet, 'running', (v) => v.properties.hardwareProfile.vmSize === 'Standard_D2s_v5');
    expect(await run(w.actions, { kind: 'resizeVm', vm: idOf('vm', vm), instanceType: 'Standard_D4s_v5', allowRestart: false })).toMatchObject({ status: 'SUCCEEDED' });
    expect((await listed(vm.id))!.instanceType).toBe('Standard_D4s_v5');
    w.emulator.requests.reset();
    const refused = await failure(w.actions.start({ kind: 'resizeVm', vm: idOf('vm', vm), instanceType: 'Standard_E4s_v5', allowRestart: false }, { idempotencyKey: 'r1', dryRun: false }));
    expect(refused.category).toBe('CONFLICT');
    expect(writes()).toBe(0);
  });

  it('with allowRestart deallocates, resizes and starts again', async () => {
    const vm = freshVm(w.fleet, 'running', (v) => v.properties.hardwareProfile.vmSize === 'Standard_D2s_v5');
    expect(await run(w.actions, { kind: 'resizeVm', vm: idOf('vm', vm), instanceType: 'Standard_E4s_v5', allowRestart: true })).toMatchObject({ status: 'SUCCEEDED' });
    const after = (await listed(vm.id))!;
    expect([after.instanceType, after.state]).toEqual(['Standard_E4s_v5', 'RUNNING']);
    expect(w.emulator.requests.entries().filter((e) => WRITES.test(e.action)).map((e) => e.action)).toEqual(['virtualMachines.deallocate', 'virtualMachines.update', 'virtualMachines.start']);
  });

  it('a size the location does not offer is INVALID_INPUT', async () => {
    const vm = freshVm(w.fleet, 'running');
    const error = await failure(w.actions.start({ kind: 'resizeVm', vm: idOf('vm', vm), instanceType: 'Standard_ND96asr_v4', allowRestart: true }, { idempotencyKey: 'r2', dryRun: false }));
    expect([error.category, error.providerCode]).toEqual(['INVALID_INPUT', 'SkuNotAvailable']);
  });
});

describe('errors', () => {
  it('a missing VM is NOT_FOUND; a restart of a deallocated VM is CONFLICT with OperationNotAllowed', async () => {
    const vm = freshVm(w.fleet, 'deallocated');
    const missing = { ...idOf('vm', vm), nativeId: vm.id.toLowerCase() + '-gone' };
    expect((await failure(w.actions.start({ kind: 'startVm', vm: missing }, { idempotencyKey: 'e1', dryRun: false }))).category).toBe('NOT_FOUND');
    const conflict = await failure(w.actions.start({ kind: 'rebootVm', vm: idOf('vm', vm) }, { idempotencyKey: 'e2', dryRun: false }));
    expect([conflict.category, conflict.providerCode]).toEqual(['CONFLICT', 'OperationNotAllowed']);
  });

  it('an injected throttle and a missing permission surface as THROTTLED and AUTH', async () => {
    const vm = freshVm(w.fleet, 'running');
    w.emulator.faults.add({ action: 'virtualMachines.deallocate', kind: 'forbidden' });
    const auth = await failure(w.actions.start({ kind: 'stopVm', vm: idOf('vm', vm), hibernate: false }, { idempotencyKey: 'e3', dryRun: false }));
    expect([auth.category, auth.providerCode]).toEqual(['AUTH', 'AuthorizationFailed']);
    w.emulator.faults.clear();
    w.emulator.faults.add({ action: 'virtualMachines.deallocate', kind: 'throttle', retryAfterSeconds: 0 });
    expect((await failure(w.actions.start({ kind: 'stopVm', vm: idOf('vm', vm), hibernate: false }, { idempotencyKey: 'e4', dryRun: false }))).category).toBe('THROTTLED');
  });

  it('a start where the location has no capacity ends FAILED with AllocationFailed', async () => {
    const vm = freshVm(w.fleet, 'deallocated');
    w.emulator.setLocationExhausted(vm.location, true);
    try {
      const progress = await run(w.actions, { kind: 'startVm', vm: idOf('vm', vm) });
      expect(progress).toMatchObject({ status: 'FAILED', providerCode: 'AllocationFailed' });
    } finally {
      w.emulator.setLocationExhausted(vm.location, false);
    }
    expect(w.fleet.azure.findVm(vm.id)!.vm.sim.condition).toBe('deallocated');
  });
});

describe('dry runs', () => {
  it('validate with reads and write nothing', async () => {
    const vm = freshVm(w.fleet, 'running');
    expect(await w.actions.start({ kind: 'stopVm', vm: idOf('vm', vm), hibernate: false }, { idempotencyKey: 'd1', dryRun: true })).toBeNull();
    expect(await w.actions.start({ kind: 'resizeVm', vm: idOf('vm', vm), instanceType: 'Standard_B2s', allowRestart: true }, { idempotencyKey: 'd2', dryRun: true })).toBeNull();
    const conflict = await failure(w.actions.start({ kind: 'rebootVm', vm: idOf('vm', freshVm(w.fleet, 'deallocated')) }, { idempotencyKey: 'd3', dryRun: true }));
    expect(conflict.category).toBe('CONFLICT');
    expect(writes()).toBe(0);
    expect(w.fleet.azure.findVm(vm.id)!.vm.sim.condition).toBe('running');
  });
});
