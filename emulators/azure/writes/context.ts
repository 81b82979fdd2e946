// What every write handler works with, and the lookups they share: a resource by group and name
// (404 ResourceNotFound as ARM words it), and the refusal of a write to a VM another operation is
// still changing.
import type { Random } from '../../kit/prng.js';
import type { AzureFleet } from '../fleet/fleet.js';
import type { AzureDisk, AzureScopeData, AzureSnapshot, AzureVirtualMachine, AzureVmCondition } from '../fleet/types.js';
import { armErrors } from '../errors.js';
import type { AsyncOperations } from './async-operations.js';
import type { Capacity } from './capacity.js';

export interface WriteContext {
  fleet: AzureFleet;
  operations: AsyncOperations;
  capacity: Capacity;
  /** For the ids and GUIDs of what writes create. */
  random: Random;
  now(): Date;
}

/** A write's target: its subscription (lower-case), resource group and name, as the path names them. */
export interface WriteTarget {
  subscriptionId: string;
  resourceGroup: string;
  name: string;
  /** `https://host:port`, for the operation URLs. */
  origin: string;
}

const eq = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function find<T extends { id: string; name: string }>(items: readonly T[], t: WriteTarget): T | undefined {
  return items.find((r) => eq(r.name, t.name) && eq(r.id.split('/')[4] ?? '', t.resourceGroup));
}

export function findVm(ctx: WriteContext, t: WriteTarget): AzureVirtualMachine | undefined {
  return find(ctx.fleet.resources(t.subscriptionId, 'virtualMachines'), t);
}

export function requireVm(ctx: WriteContext, t: WriteTarget): AzureVirtualMachine {
  const vm = findVm(ctx, t);
  if (!vm) throw armErrors.resourceNotFound('Microsoft.Compute/virtualMachines', t.name, t.resourceGroup);
  return vm;
}

export function findDisk(ctx: WriteContext, t: WriteTarget): AzureDisk | undefined {
  return find(ctx.fleet.resources(t.subscriptionId, 'disks'), t);
}

export function requireDisk(ctx: WriteContext, t: WriteTarget): AzureDisk {
  const disk = findDisk(ctx, t);
  if (!disk) throw armErrors.resourceNotFound('Microsoft.Compute/disks', t.name, t.resourceGroup);
  return disk;
}

export function findSnapshot(ctx: WriteContext, t: WriteTarget): AzureSnapshot | undefined {
  return find(ctx.fleet.resources(t.subscriptionId, 'snapshots'), t);
}

/** A disk by ARM id (what a VM's storage profile and a snapshot's source name). */
export function diskById(ctx: WriteContext, id: string): AzureDisk | undefined {
  return ctx.fleet.scopeOfResource(id)?.disks.find((d) => eq(d.id, id));
}

export function scopeOf(ctx: WriteContext, resource: { id: string; location: string }): AzureScopeData {
  return ctx.fleet.scope(resource.id.split('/')[2]!, resource.location)!;
}

/** Conditions in which an operation on the VM is still running. */
export const BUSY: ReadonlySet<AzureVmCondition> = new Set(['creating', 'starting', 'stopping', 'deallocating', 'deleting']);

/** 409 Conflict while another operation changes the VM. */
export function requireIdle(vm: AzureVirtualMachine, operation: string): void {
  if (BUSY.has(vm.sim.condition) || vm.properties.provisioningState === 'Updating') {
    throw armErrors.conflict(`Operation '${operation}' is not allowed on VM '${vm.name}' since another operation is in progress on it (the VM is ${vm.sim.condition}). Retry after the other operation completes.`);
  }
}
