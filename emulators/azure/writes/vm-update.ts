// Changes to an existing VM: a new size (virtualMachines.update, PATCH — a PUT of an existing VM
// comes here too), data disks attached and detached (attachDetachDataDisks), and the sizes it
// can move to (listAvailableSizes). A running VM is resized in place with a restart when its
// hardware cluster offers the size, and refused (409 OperationNotAllowed) when it does not: it
// must be deallocated first. A deallocated VM takes any size the location offers.
import { AZURE_VM_SIZES, azureVmSizeInfo } from '../fleet/catalogue.js';
import type { AzureVirtualMachine } from '../fleet/types.js';
import { serializeVm } from '../joins.js';
import { vmSizes } from '../skus.js';
import { armErrors } from '../errors.js';
import { ArmReply } from './async-operations.js';
import { isAllocated, requireSize } from './capacity.js';
import { requireIdle, requireVm, type WriteContext, type WriteTarget } from './context.js';

type Body = Record<string, unknown>;
const objectOf = (value: unknown): Body => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Body) : {});

/** PATCH: a new size and/or tags; 200 with the VM (provisioningState Updating) and the async operation. */
export function updateVm(ctx: WriteContext, t: WriteTarget, body: Body): ArmReply {
  const vm = requireVm(ctx, t);
  return applyUpdate(ctx, t, vm, body);
}

export function applyUpdate(ctx: WriteContext, t: WriteTarget, vm: AzureVirtualMachine, body: Body): ArmReply {
  requireIdle(vm, 'update');
  const properties = objectOf(body['properties']);
  const size = objectOf(properties['hardwareProfile'])['vmSize'];
  const steps: (() => void)[] = [];
  if (size !== undefined && String(size).toLowerCase() !== vm.properties.hardwareProfile.vmSize.toLowerCase()) steps.push(...resizeSteps(ctx, vm, size));
  if (body['tags'] !== undefined) vm.tags = Object.fromEntries(Object.entries(objectOf(body['tags'])).map(([k, v]) => [k, String(v)]));
  if (steps.length > 0) vm.properties.provisioningState = 'Updating';
  const operation = ctx.operations.start(t.subscriptionId, vm.location, steps, () => {
    if (vm.properties.provisioningState === 'Updating') vm.properties.provisioningState = 'Succeeded';
  });
  return new ArmReply(200, serializeVm(vm, false), ctx.operations.headersOf(operation, t.origin, false));
}

function resizeSteps(ctx: WriteContext, vm: AzureVirtualMachine, name: unknown): (() => void)[] {
  const size = requireSize(name, vm.location);
  const apply = () => {
    vm.properties.hardwareProfile = { vmSize: size.name };
  };
  if (!isAllocated(vm)) return [apply];
  const cluster = ctx.capacity.clusterSizes(vm, AZURE_VM_SIZES);
  if (!cluster.some((s) => s.name === size.name)) {
    throw armErrors.operationNotAllowed(
      `Unable to resize the VM '${vm.name}' because the requested size ${size.name} is not available in the current hardware cluster. The available sizes in this cluster are: ${cluster.map((s) => s.name).join(', ')}. Read more on VM resizing strategy at https://aka.ms/azure-resizevm.`,
    );
  }
  const current = azureVmSizeInfo(vm.properties.hardwareProfile.vmSize)?.vCPUs ?? 0;
  ctx.capacity.requireCores(vm.id.split('/')[2]!, vm.location, size.vCPUs - current);
  if (vm.sim.condition !== 'running') return [apply];
  // A running VM restarts onto the new size.
  return [() => void ctx.fleet.setVmCondition(vm.id, 'stopping'), () => (apply(), ctx.fleet.setVmCondition(vm.id, 'starting')), () => void ctx.fleet.setVmCondition(vm.id, 'running')];
}

/** GET …/vmSizes: what the VM can be resized to without being deallocated. */
export function availableSizes(ctx: WriteContext, t: WriteTarget): object {
  const vm = requireVm(ctx, t);
  const names = new Set(ctx.capacity.clusterSizes(vm, AZURE_VM_SIZES).map((s) => s.name));
  return { value: vmSizes().filter((s) => names.has((s as { name: string }).name)) };
}
