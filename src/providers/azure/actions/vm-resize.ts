// resizeVm (virtualMachines.update with a new hardwareProfile.vmSize). Azure resizes a running VM
// in place (restarting it) when its hardware cluster offers the size (listAvailableSizes); when
// it does not, the VM must be deallocated first — refused with CONFLICT before acting unless
// allowRestart, then a step machine deallocating → resizing → starting, each step one ARM write
// whose async operation `progress` follows and, once it Succeeded, starts the next. A VM already
// deallocated is resized and left deallocated.
import type { ActionOptions, ActionProgress, ActionRequest, StartedAction, Tracking } from '../../actions.js';
import { ProviderError } from '../../errors.js';
import { isRetryable } from '../../retry.js';
import { clusterSizes, getVm, isUpdating, offersSize, powerOf, TRANSITIONAL } from './reads.js';
import { subscriptionScope, targetOf, type ContextFor, type Target } from './targets.js';
import { begin, follow, type PollerTracking, type SourceOperation } from './tracking.js';
import { refused } from './write-errors.js';

type ResizeRequest = Extract<ActionRequest, { kind: 'resizeVm' }>;
type Step = 'deallocating' | 'resizing' | 'starting';

interface ResizeTracking {
  [key: string]: Tracking;
  step: Step;
  op: PollerTracking;
  account: string;
  resourceGroup: string;
  name: string;
  instanceType: string;
  restart: boolean;
}

const OPERATION = 'virtualMachines.update';

export async function startResize(contextFor: ContextFor, request: ResizeRequest, options: ActionOptions): Promise<StartedAction | null> {
  const t = targetOf(contextFor, request.vm, OPERATION);
  const vm = await getVm(t);
  const power = powerOf(vm);
  if (TRANSITIONAL.has(power) || isUpdating(vm)) throw refused('CONFLICT', t.ctx.scope, OPERATION, `VM ${t.name} is ${power} (${vm.provisioningState}): another operation is in progress`, 'Conflict');
  if (!(await offersSize(t.ctx, t.location, request.instanceType))) {
    throw refused('INVALID_INPUT', t.ctx.scope, OPERATION, `size ${request.instanceType} is not offered in ${t.location}`, 'SkuNotAvailable');
  }
  const deallocated = power === 'deallocated';
  const inPlace = deallocated || (await clusterSizes(t)).has(request.instanceType.toLowerCase());
  if (!inPlace && !request.allowRestart) {
    throw refused('CONFLICT', t.ctx.scope, OPERATION, `size ${request.instanceType} is not available on the hardware cluster of VM ${t.name}: it must be deallocated to resize, and allowRestart is false`, 'OperationNotAllowed');
  }
  if (options.dryRun) return null;
  const base = { account: t.ctx.subscriptionId, resourceGroup: t.resourceGroup, name: t.name, instanceType: request.instanceType, restart: !inPlace };
  const first = inPlace ? await update(t, base.instanceType) : await deallocate(t);
  const tracking: ResizeTracking = { ...base, step: inPlace ? 'resizing' : 'deallocating', op: first.tracking as PollerTracking };
  return { providerOperationId: first.providerOperationId, tracking, resourceId: null };
}

export async function resizeProgress(contextFor: ContextFor, tracking: Tracking): Promise<ActionProgress> {
  const r = tracking as ResizeTracking;
  const ctx = contextFor(subscriptionScope(r.account), OPERATION);
  const client = ctx.pool.compute(ctx.subscriptionId);
  const now = await follow(ctx, client, client.virtualMachines.update as unknown as SourceOperation, r.op);
  if (now.status !== 'SUCCEEDED') return now;
  const next: Step | null = r.step === 'deallocating' ? 'resizing' : r.step === 'resizing' && r.restart ? 'starting' : null;
  if (!next) return now;
  const t: Target = { ctx, location: '', armId: '', resourceGroup: r.resourceGroup, name: r.name };
  try {
    const started = next === 'resizing' ? await update(t, r.instanceType) : await start(t);
    return { status: 'RUNNING', tracking: { ...r, step: next, op: started.tracking } };
  } catch (error) {
    // Refused for good (a quota to start again, capacity gone): the action failed; a passing fault is retried by the next look.
    if (error instanceof ProviderError && !isRetryable(error.category)) return { status: 'FAILED', providerCode: error.providerCode, message: error.message };
    throw error;
  }
}

function update(t: Target, vmSize: string): Promise<StartedAction> {
  const vms = t.ctx.pool.compute(t.ctx.subscriptionId).virtualMachines;
  return begin(t.ctx, OPERATION, () => vms.update(t.resourceGroup, t.name, { hardwareProfile: { vmSize } }), null);
}

function deallocate(t: Target): Promise<StartedAction> {
  const vms = t.ctx.pool.compute(t.ctx.subscriptionId).virtualMachines;
  return begin(t.ctx, 'virtualMachines.deallocate', () => vms.deallocate(t.resourceGroup, t.name), null);
}

function start(t: Target): Promise<StartedAction> {
  const vms = t.ctx.pool.compute(t.ctx.subscriptionId).virtualMachines;
  return begin(t.ctx, 'virtualMachines.start', () => vms.start(t.resourceGroup, t.name), null);
}
