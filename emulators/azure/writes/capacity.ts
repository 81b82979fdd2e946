// What limits a write besides state: the regional vCPU quota per subscription (what the location
// used when the emulator started plus a fixed headroom; deallocated VMs hold no cores), which
// sizes the hardware cluster a running VM sits on offers (its own size family: a move to another
// family needs the VM deallocated first), and locations tests take out of capacity (starts,
// creates and resizes there fail mid-way with AllocationFailed).
import type { AzureFleet } from '../fleet/fleet.js';
import { azureVmSizeInfo, type AzureVmSizeInfo } from '../fleet/catalogue.js';
import type { AzureVirtualMachine, AzureVmCondition } from '../fleet/types.js';
import { armErrors } from '../errors.js';
import { AsyncFailure } from './async-operations.js';

export const VCPU_HEADROOM = 64;

/** A deallocated (or hibernated) VM holds no cores; a stopped but allocated one still does. */
const FREE_CONDITIONS = new Set<AzureVmCondition>(['deallocated', 'hibernated', 'deallocating']);

export function isAllocated(vm: AzureVirtualMachine): boolean {
  return !FREE_CONDITIONS.has(vm.sim.condition);
}

/** The size a write names: SkuNotAvailable for a VM size the location does not offer, InvalidParameter for no size at all. */
export function requireSize(name: unknown, location: string): AzureVmSizeInfo {
  if (typeof name !== 'string' || name.trim() === '') throw armErrors.invalidParameter('hardwareProfile.vmSize', 'Required parameter \'hardwareProfile.vmSize\' is missing (null).');
  const size = azureVmSizeInfo(name);
  if (size) return size;
  if (/^Standard_/i.test(name)) throw armErrors.skuNotAvailable(name, location);
  throw armErrors.invalidParameter('hardwareProfile.vmSize', `The value ${name} provided for the VM size is not valid. Use a size listed by the Resource SKUs API for location '${location}'.`);
}

export class Capacity {
  private readonly limits = new Map<string, number>();
  private readonly exhausted = new Set<string>();

  constructor(private readonly fleet: AzureFleet) {
    for (const scope of fleet.scopes()) this.limits.set(key(scope.subscriptionId, scope.location), this.usage(scope.subscriptionId, scope.location) + VCPU_HEADROOM);
  }

  /** Refuses (409 OperationNotAllowed, the quota message) when `more` vCPUs would pass the location's limit. */
  requireCores(subscriptionId: string, location: string, more: number): void {
    if (more <= 0) return;
    const limit = this.limits.get(key(subscriptionId, location)) ?? 0;
    const usage = this.usage(subscriptionId, location);
    if (usage + more > limit) throw armErrors.quotaExceeded(location, limit, usage, more);
  }

  /** Sizes a VM may move to without leaving its hardware cluster (every size once it is deallocated). */
  clusterSizes(vm: AzureVirtualMachine, all: readonly AzureVmSizeInfo[]): AzureVmSizeInfo[] {
    if (!isAllocated(vm)) return [...all];
    const family = azureVmSizeInfo(vm.properties.hardwareProfile.vmSize)?.family;
    return all.filter((s) => s.family === family);
  }

  setExhausted(location: string, exhausted: boolean): void {
    if (exhausted) this.exhausted.add(location.toLowerCase());
    else this.exhausted.delete(location.toLowerCase());
  }

  /** Throws, inside an operation's step, when the location has no capacity left. */
  allocate(location: string, size: string): void {
    if (!this.exhausted.has(location.toLowerCase())) return;
    throw new AsyncFailure(
      'AllocationFailed',
      `Allocation failed. We do not have sufficient capacity for the requested VM size ${size} in this region. Read more about improving likelihood of allocation success at http://aka.ms/allocation-guidance`,
    );
  }

  private usage(subscriptionId: string, location: string): number {
    const scope = this.fleet.scope(subscriptionId, location);
    if (!scope) return 0;
    return scope.virtualMachines.reduce((n, vm) => n + (isAllocated(vm) ? (azureVmSizeInfo(vm.properties.hardwareProfile.vmSize)?.vCPUs ?? 0) : 0), 0);
  }
}

function key(subscriptionId: string, location: string): string {
  return `${subscriptionId.toLowerCase()}/${location.toLowerCase()}`;
}
