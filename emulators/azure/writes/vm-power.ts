// The VM power actions: start, deallocate (hibernate=true hibernates), powerOff, restart and
// delete. Each answers 202 with the async operation and moves the VM through Azure's transitional
// power states one step at a time. Starting a running VM or deallocating a deallocated one is a
// no-op operation that succeeds, as on Azure; a restart needs a running VM, a hibernation a
// running VM with hibernation enabled.
import type { AzureVirtualMachine } from '../fleet/types.js';
import { azureVmSizeInfo } from '../fleet/catalogue.js';
import { armErrors } from '../errors.js';
import { ArmReply } from './async-operations.js';
import { isAllocated } from './capacity.js';
import { diskById, requireIdle, requireVm, scopeOf, type WriteContext, type WriteTarget } from './context.js';

export type PowerVerb = 'start' | 'deallocate' | 'powerOff' | 'restart' | 'delete';

export function powerAction(ctx: WriteContext, t: WriteTarget, verb: PowerVerb, params: URLSearchParams): ArmReply {
  const vm = requireVm(ctx, t);
  requireIdle(vm, verb);
  const steps = stepsOf(ctx, vm, verb, params.get('hibernate')?.toLowerCase() === 'true');
  // The VM is Updating from the moment the write is accepted: a second write meanwhile is a conflict.
  if (steps.length > 0) vm.properties.provisioningState = vm.properties.provisioningState === 'Creating' ? 'Creating' : 'Updating';
  const operation = ctx.operations.start(t.subscriptionId, vm.location, steps, (failed) => {
    if (failed && vm.properties.provisioningState === 'Updating') vm.properties.provisioningState = 'Succeeded';
  });
  return new ArmReply(202, null, ctx.operations.headersOf(operation, t.origin, true));
}

function stepsOf(ctx: WriteContext, vm: AzureVirtualMachine, verb: PowerVerb, hibernate: boolean): (() => void)[] {
  const set = (condition: Parameters<WriteContext['fleet']['setVmCondition']>[1]) => () => void ctx.fleet.setVmCondition(vm.id, condition);
  const condition = vm.sim.condition;
  switch (verb) {
    case 'start': {
      if (condition === 'running') return [];
      if (!isAllocated(vm)) ctx.capacity.requireCores(vm.id.split('/')[2]!, vm.location, azureVmSizeInfo(vm.properties.hardwareProfile.vmSize)?.vCPUs ?? 0);
      return [() => (ctx.capacity.allocate(vm.location, vm.properties.hardwareProfile.vmSize), ctx.fleet.setVmCondition(vm.id, 'starting')), set('running')];
    }
    case 'deallocate':
      if (hibernate) {
        if (!vm.properties.additionalCapabilities?.hibernationEnabled) {
          throw armErrors.operationNotAllowed(`Hibernation is not enabled for the VM '${vm.name}'. Enable hibernation (additionalCapabilities.hibernationEnabled) to hibernate the VM.`);
        }
        if (condition !== 'running') throw armErrors.operationNotAllowed(`Hibernating the VM '${vm.name}' is not allowed since it is ${condition}; only a running VM can be hibernated.`);
        return [set('deallocating'), set('hibernated')];
      }
      if (condition === 'deallocated' || condition === 'hibernated') return [];
      return [set('deallocating'), set('deallocated')];
    case 'powerOff':
      if (condition === 'stopped' || !isAllocated(vm)) return [];
      return [set('stopping'), set('stopped')];
    case 'restart':
      if (condition !== 'running') throw armErrors.operationNotAllowed(`Operation 'restart' is not allowed on VM '${vm.name}' since the VM is ${condition}.`);
      return [set('stopping'), set('starting'), set('running')];
    case 'delete':
      return [set('deleting'), () => removeVm(ctx, vm)];
  }
}

/** Deletes the VM and what it was created to delete with it (deleteOption Delete); other disks are left unattached. */
export function removeVm(ctx: WriteContext, vm: AzureVirtualMachine): void {
  const scope = scopeOf(ctx, vm);
  const storage = vm.properties.storageProfile;
  for (const attached of [storage.osDisk, ...storage.dataDisks]) {
    const disk = diskById(ctx, attached.managedDisk.id);
    if (!disk) continue;
    if (attached.deleteOption === 'Delete') {
      ctx.fleet.removeResource('disks', disk.id);
    } else {
      delete disk.managedBy;
      disk.properties.diskState = 'Unattached';
    }
  }
  for (const nic of vm.properties.networkProfile.networkInterfaces) {
    const owned = scope.networkInterfaces.find((n) => n.id.toLowerCase() === nic.id.toLowerCase());
    if (!owned) continue;
    if (nic.properties.deleteOption === 'Delete') ctx.fleet.removeResource('networkInterfaces', owned.id);
    else delete owned.properties.virtualMachine;
  }
  ctx.fleet.removeResource('virtualMachines', vm.id);
}
