// disks.update (PATCH): a larger size, or tags. Shrinking is refused (400 InvalidParameter); an
// OS disk grows only while its VM is deallocated (409 OperationNotAllowed otherwise), a data disk
// also online. The new size and performance tier apply when the operation's step runs.
import { diskPerformance, type AzureDiskSkuName } from '../fleet/catalogue.js';
import type { AzureDisk } from '../fleet/types.js';
import { armErrors } from '../errors.js';
import { ArmReply } from './async-operations.js';
import { isAllocated } from './capacity.js';
import { requireDisk, type WriteContext, type WriteTarget } from './context.js';

type Body = Record<string, unknown>;
const obj = (value: unknown): Body => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Body) : {});
const GIB = 1024 ** 3;

export function updateDisk(ctx: WriteContext, t: WriteTarget, body: Body): ArmReply {
  const disk = requireDisk(ctx, t);
  const wanted = obj(body['properties'])['diskSizeGB'];
  const steps: (() => void)[] = [];
  if (wanted !== undefined && Number(wanted) !== disk.properties.diskSizeGB) {
    const size = Number(wanted);
    checkResize(ctx, disk, size);
    steps.push(() => resize(disk, size));
  }
  if (body['tags'] !== undefined) disk.tags = Object.fromEntries(Object.entries(obj(body['tags'])).map(([k, v]) => [k, String(v)]));
  const operation = ctx.operations.start(t.subscriptionId, disk.location, steps);
  return new ArmReply(202, null, ctx.operations.headersOf(operation, t.origin, false));
}

function checkResize(ctx: WriteContext, disk: AzureDisk, size: number): void {
  if (!Number.isInteger(size) || size < 1) throw armErrors.invalidParameter('diskSizeGB', `The value '${size}' of parameter 'diskSizeGB' is not valid: a whole number of GiB is required.`);
  if (size < disk.properties.diskSizeGB) {
    throw armErrors.invalidParameter('diskSizeGB', `Disk size ${size} GB is smaller than the current size ${disk.properties.diskSizeGB} GB. Shrinking a disk is not supported.`);
  }
  const vm = disk.managedBy ? ctx.fleet.findVm(disk.managedBy)?.vm : undefined;
  if (vm && disk.properties.osType && isAllocated(vm)) {
    throw armErrors.operationNotAllowed(`Disk resizing is allowed only when creating a VM or when the VM is deallocated. Disk '${disk.name}' is the OS disk of VM '${vm.name}', which is ${vm.sim.condition}.`);
  }
}

function resize(disk: AzureDisk, size: number): void {
  const perf = diskPerformance(disk.sku.name as AzureDiskSkuName, size);
  disk.properties.diskSizeGB = size;
  disk.properties.diskSizeBytes = size * GIB;
  disk.properties.diskIOPSReadWrite = perf.iops;
  disk.properties.diskMBpsReadWrite = perf.mbps;
  if (disk.sku.name.startsWith('Premium')) disk.properties.tier = perf.tier;
}
