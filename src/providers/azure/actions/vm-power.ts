// startVm (virtualMachines.start), stopVm (deallocate — compute billing stops; hibernate=true
// hibernates), rebootVm (restart) and deleteVm (delete): each one ARM action answered with an
// async operation that `progress` polls. A dry run reads the VM and says what Compute would
// refuse: an operation already in progress, a restart or hibernation of a VM not running, a
// hibernation the VM is not enabled for.
import type { ActionOptions, ActionRequest, StartedAction } from '../../actions.js';
import { getVm, isUpdating, powerOf, TRANSITIONAL } from './reads.js';
import { targetOf, type ContextFor, type Target } from './targets.js';
import { begin, type Poller } from './tracking.js';
import { refused } from './write-errors.js';

export type PowerRequest = Extract<ActionRequest, { kind: 'startVm' | 'stopVm' | 'rebootVm' | 'deleteVm' }>;

export const POWER_OPERATIONS: Readonly<Record<PowerRequest['kind'], string>> = {
  startVm: 'virtualMachines.start',
  stopVm: 'virtualMachines.deallocate',
  rebootVm: 'virtualMachines.restart',
  deleteVm: 'virtualMachines.delete',
};

export async function startPower(contextFor: ContextFor, request: PowerRequest, options: ActionOptions): Promise<StartedAction | null> {
  const operation = POWER_OPERATIONS[request.kind];
  const t = targetOf(contextFor, request.vm, operation);
  if (options.dryRun) {
    await checkPower(t, request);
    return null;
  }
  return begin(t.ctx, operation, () => send(t, request), null);
}

async function checkPower(t: Target, request: PowerRequest): Promise<void> {
  const vm = await getVm(t);
  const power = powerOf(vm);
  const operation = POWER_OPERATIONS[request.kind];
  const conflict = (why: string) => refused('CONFLICT', t.ctx.scope, operation, why, 'OperationNotAllowed');
  if (TRANSITIONAL.has(power) || isUpdating(vm)) throw refused('CONFLICT', t.ctx.scope, operation, `VM ${t.name} is ${power} (${vm.provisioningState}): another operation is in progress`, 'Conflict');
  if (request.kind === 'rebootVm' && power !== 'running') throw conflict(`VM ${t.name} is ${power}; only a running VM can be restarted`);
  if (request.kind === 'stopVm' && request.hibernate) {
    if (!vm.additionalCapabilities?.hibernationEnabled) throw conflict(`hibernation is not enabled for VM ${t.name}`);
    if (power !== 'running') throw conflict(`VM ${t.name} is ${power}; only a running VM can be hibernated`);
  }
}

function send(t: Target, request: PowerRequest): Poller {
  const vms = t.ctx.pool.compute(t.ctx.subscriptionId).virtualMachines;
  switch (request.kind) {
    case 'startVm':
      return vms.start(t.resourceGroup, t.name);
    case 'stopVm':
      return vms.deallocate(t.resourceGroup, t.name, request.hibernate ? { hibernate: true } : {});
    case 'rebootVm':
      return vms.restart(t.resourceGroup, t.name);
    case 'deleteVm':
      return vms.delete(t.resourceGroup, t.name);
  }
}
