// attachVolume and detachVolume (virtualMachines.attachDetachDataDisks: one operation, no
// read-modify-write of the VM's storage profile) and resizeVolume (disks.update with a larger
// diskSizeGB). Azure addresses data disks by LUN: `device` is a LUN ("3" or "lun3"), or null
// for the lowest free one. Dry runs read the VM and the disk and say what Compute would refuse.
import type { ActionOptions, ActionRequest, StartedAction } from '../../actions.js';
import { getDisk, getVm, isUpdating, powerOf, TRANSITIONAL } from './reads.js';
import { targetOf, type ContextFor, type Target } from './targets.js';
import { begin } from './tracking.js';
import { refused } from './write-errors.js';

type AttachRequest = Extract<ActionRequest, { kind: 'attachVolume' }>;
type DetachRequest = Extract<ActionRequest, { kind: 'detachVolume' }>;
type ResizeVolumeRequest = Extract<ActionRequest, { kind: 'resizeVolume' }>;

const ATTACH = 'virtualMachines.attachDetachDataDisks';
const same = (a: string | undefined, b: string) => a !== undefined && a.toLowerCase() === b.toLowerCase();

export async function startAttach(contextFor: ContextFor, request: AttachRequest, options: ActionOptions): Promise<StartedAction | null> {
  const vm = targetOf(contextFor, request.vm, ATTACH);
  const disk = targetOf(contextFor, request.volume, ATTACH);
  const lun = lunOf(vm, request.device);
  if (options.dryRun) {
    await requireIdleVm(vm);
    const found = await getDisk(disk);
    if (found.managedBy) throw refused('CONFLICT', vm.ctx.scope, ATTACH, `disk ${disk.name} is already attached to ${found.managedBy}`, 'OperationNotAllowed');
    return null;
  }
  const vms = vm.ctx.pool.compute(vm.ctx.subscriptionId).virtualMachines;
  return begin(vm.ctx, ATTACH, () => vms.attachDetachDataDisks(vm.resourceGroup, vm.name, { dataDisksToAttach: [{ diskId: disk.armId, ...(lun !== null ? { lun } : {}) }] }), null);
}

export async function startDetach(contextFor: ContextFor, request: DetachRequest, options: ActionOptions): Promise<StartedAction | null> {
  const vm = targetOf(contextFor, request.vm, ATTACH);
  const disk = targetOf(contextFor, request.volume, ATTACH);
  if (options.dryRun) {
    await requireIdleVm(vm);
    const found = await getDisk(disk);
    if (!same(found.managedBy, vm.armId)) throw refused('CONFLICT', vm.ctx.scope, ATTACH, `disk ${disk.name} is not attached to VM ${vm.name}`, 'OperationNotAllowed');
    return null;
  }
  const vms = vm.ctx.pool.compute(vm.ctx.subscriptionId).virtualMachines;
  const detach = { diskId: disk.armId, ...(request.force ? { detachOption: 'ForceDetach' as const } : {}) };
  return begin(vm.ctx, ATTACH, () => vms.attachDetachDataDisks(vm.resourceGroup, vm.name, { dataDisksToDetach: [detach] }), null);
}

export async function startResizeVolume(contextFor: ContextFor, request: ResizeVolumeRequest, options: ActionOptions): Promise<StartedAction | null> {
  const t = targetOf(contextFor, request.volume, 'disks.update');
  if (options.dryRun) {
    const disk = await getDisk(t);
    if (request.sizeGiB < (disk.diskSizeGB ?? 0)) throw refused('INVALID_INPUT', t.ctx.scope, 'disks.update', `${request.sizeGiB} GiB is smaller than the disk's ${disk.diskSizeGB} GiB: Azure does not shrink disks`, 'InvalidParameter');
    return null;
  }
  const disks = t.ctx.pool.compute(t.ctx.subscriptionId).disks;
  return begin(t.ctx, 'disks.update', () => disks.update(t.resourceGroup, t.name, { diskSizeGB: request.sizeGiB }), null);
}

/** A LUN from "3" or "lun3"; INVALID_INPUT for anything else. */
function lunOf(t: Target, device: string | null): number | null {
  if (device === null) return null;
  const m = /^(?:lun)?(\d{1,2})$/i.exec(device.trim());
  if (!m) throw refused('INVALID_INPUT', t.ctx.scope, ATTACH, `"${device}" is not a LUN: Azure addresses data disks by LUN ("3" or "lun3")`);
  return Number(m[1]);
}

async function requireIdleVm(t: Target): Promise<void> {
  const vm = await getVm(t);
  const power = powerOf(vm);
  if (TRANSITIONAL.has(power) || isUpdating(vm)) throw refused('CONFLICT', t.ctx.scope, ATTACH, `VM ${t.name} is ${power} (${vm.provisioningState}): another operation is in progress`, 'Conflict');
}
