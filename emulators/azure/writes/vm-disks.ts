// attachDetachDataDisks: data disks attached to and detached from a VM in one operation. The
// disks' state follows at once in the model (ARM shows the change with the VM Updating) and is
// settled by the operation's step. A disk held by another VM, a detach of a disk the VM does not
// hold, the OS disk, or more disks than the size takes: 409 OperationNotAllowed.
import { azureVmSizeInfo } from '../fleet/catalogue.js';
import type { AzureDisk, AzureVirtualMachine } from '../fleet/types.js';
import { armErrors } from '../errors.js';
import { ArmReply } from './async-operations.js';
import { diskById, requireIdle, requireVm, type WriteContext, type WriteTarget } from './context.js';

type Body = Record<string, unknown>;
const listOf = (value: unknown): Body[] => (Array.isArray(value) ? (value as Body[]) : []);
const eq = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function attachDetachDisks(ctx: WriteContext, t: WriteTarget, body: Body): ArmReply {
  const vm = requireVm(ctx, t);
  requireIdle(vm, 'attachDetachDataDisks');
  const attach = listOf(body['dataDisksToAttach']).map((d) => ({ disk: requireDiskId(ctx, d['diskId']), lun: d['lun'] }));
  const detach = listOf(body['dataDisksToDetach']).map((d) => requireDiskId(ctx, d['diskId']));
  for (const disk of detach) checkDetach(vm, disk);
  for (const { disk } of attach) checkAttach(vm, disk);
  const max = azureVmSizeInfo(vm.properties.hardwareProfile.vmSize)?.maxDataDiskCount ?? 64;
  if (vm.properties.storageProfile.dataDisks.length - detach.length + attach.length > max) {
    throw armErrors.operationNotAllowed(`The maximum number of data disks allowed to be attached to a VM of this size is ${max}.`);
  }
  vm.properties.provisioningState = 'Updating';
  const step = () => {
    for (const disk of detach) detachDisk(vm, disk);
    for (const { disk, lun } of attach) attachDisk(vm, disk, typeof lun === 'number' ? lun : null);
  };
  const operation = ctx.operations.start(
    t.subscriptionId,
    vm.location,
    [step],
    () => {
      vm.properties.provisioningState = 'Succeeded';
    },
    () => vm.properties.storageProfile,
  );
  return new ArmReply(202, null, ctx.operations.headersOf(operation, t.origin, true));
}

function requireDiskId(ctx: WriteContext, id: unknown): AzureDisk {
  if (typeof id !== 'string' || id === '') throw armErrors.invalidParameter('diskId', "Required parameter 'diskId' is missing (null).");
  const disk = diskById(ctx, id);
  if (!disk) throw armErrors.notFound(id);
  return disk;
}

function checkAttach(vm: AzureVirtualMachine, disk: AzureDisk): void {
  if (disk.managedBy && !eq(disk.managedBy, vm.id)) throw armErrors.operationNotAllowed(`Disk '${disk.name}' is already attached to VM '${disk.managedBy}'.`);
  if (disk.managedBy) throw armErrors.operationNotAllowed(`Disk '${disk.name}' is already attached to VM '${vm.id}'.`);
  if (!eq(disk.location, vm.location)) throw armErrors.invalidParameter('dataDisksToAttach', `Disk '${disk.id}' is in location '${disk.location}', not in the VM's location '${vm.location}'.`);
}

function checkDetach(vm: AzureVirtualMachine, disk: AzureDisk): void {
  if (eq(vm.properties.storageProfile.osDisk.managedDisk.id, disk.id)) throw armErrors.operationNotAllowed(`Disk '${disk.name}' is the OS disk of VM '${vm.name}' and cannot be detached.`);
  if (!vm.properties.storageProfile.dataDisks.some((d) => eq(d.managedDisk.id, disk.id))) {
    throw armErrors.operationNotAllowed(`Disk '${disk.name}' is not attached to VM '${vm.name}'.`);
  }
}

function attachDisk(vm: AzureVirtualMachine, disk: AzureDisk, lun: number | null): void {
  const used = new Set(vm.properties.storageProfile.dataDisks.map((d) => d.lun));
  let free = lun ?? 0;
  while (lun === null && used.has(free)) free++;
  vm.properties.storageProfile.dataDisks.push({
    lun: free,
    name: disk.name,
    createOption: 'Attach',
    caching: 'None',
    managedDisk: { id: disk.id, storageAccountType: disk.sku.name },
    deleteOption: 'Detach',
    diskSizeGB: disk.properties.diskSizeGB,
    toBeDetached: false,
  });
  disk.managedBy = vm.id;
  disk.properties.diskState = vm.sim.condition === 'deallocated' || vm.sim.condition === 'hibernated' ? 'Reserved' : 'Attached';
}

function detachDisk(vm: AzureVirtualMachine, disk: AzureDisk): void {
  const disks = vm.properties.storageProfile.dataDisks;
  disks.splice(disks.findIndex((d) => eq(d.managedDisk.id, disk.id)), 1);
  delete disk.managedBy;
  disk.properties.diskState = 'Unattached';
}
