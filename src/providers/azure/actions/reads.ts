// The reads writes make first: a VM with its instance view (its power state decides what a dry run
// says, and whether a resize needs a restart), the sizes its hardware cluster offers, the sizes
// its location offers, a disk, a snapshot.
import type { Disk, Snapshot, VirtualMachine } from '@azure/arm-compute';
import type { SubscriptionContext } from '../context.js';
import type { Target } from './targets.js';
import { writeCall } from './write-errors.js';

/** Power states in which an operation on the VM is still running. */
export const TRANSITIONAL = new Set(['starting', 'stopping', 'deallocating']);

export async function getVm(t: Target): Promise<VirtualMachine> {
  const client = t.ctx.pool.compute(t.ctx.subscriptionId);
  return writeCall(t.ctx, 'virtualMachines.get', () => client.virtualMachines.get(t.resourceGroup, t.name, { expand: 'instanceView' }));
}

/** `running`, `deallocated`, … from the instance view's PowerState status ('unknown' without one). */
export function powerOf(vm: VirtualMachine): string {
  const code = vm.instanceView?.statuses?.find((s) => s.code?.startsWith('PowerState/'))?.code;
  return code ? code.slice('PowerState/'.length).toLowerCase() : 'unknown';
}

export const isUpdating = (vm: VirtualMachine) => ['updating', 'creating', 'deleting'].includes((vm.provisioningState ?? '').toLowerCase());

/** Sizes the VM can change to where it is (its hardware cluster; every size once it is deallocated). */
export async function clusterSizes(t: Target): Promise<Set<string>> {
  const client = t.ctx.pool.compute(t.ctx.subscriptionId);
  const sizes = await writeCall(t.ctx, 'virtualMachines.listAvailableSizes', async () => {
    const names: string[] = [];
    for await (const size of client.virtualMachines.listAvailableSizes(t.resourceGroup, t.name)) if (size.name) names.push(size.name.toLowerCase());
    return names;
  });
  return new Set(sizes);
}

/** Whether the location offers the VM size (Resource SKUs, the adapter's catalogue shared with listings). */
export async function offersSize(ctx: SubscriptionContext, location: string, size: string): Promise<boolean> {
  const client = ctx.pool.compute(ctx.subscriptionId);
  return writeCall(ctx, 'resourceSkus.list', async () => {
    for await (const sku of client.resourceSkus.list({ filter: `location eq '${location}'` })) {
      if (sku.resourceType === 'virtualMachines' && sku.name?.toLowerCase() === size.toLowerCase() && (sku.restrictions ?? []).length === 0) return true;
    }
    return false;
  });
}

export async function getDisk(t: Target): Promise<Disk> {
  const client = t.ctx.pool.compute(t.ctx.subscriptionId);
  return writeCall(t.ctx, 'disks.get', () => client.disks.get(t.resourceGroup, t.name));
}

export async function getSnapshot(t: Target): Promise<Snapshot> {
  const client = t.ctx.pool.compute(t.ctx.subscriptionId);
  return writeCall(t.ctx, 'snapshots.get', () => client.snapshots.get(t.resourceGroup, t.name));
}
