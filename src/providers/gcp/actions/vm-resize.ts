// resizeVm: Compute Engine changes a machine type only on a stopped instance
// (instances.setMachineType). A stopped VM is resized and left stopped; a running (or suspended)
// one only with allowRestart — refused with CONFLICT before acting otherwise — as a step machine
// stopping → resizing → starting, each step one write whose zone operation `progress` follows
// and, when it is DONE, starts the next step's write. Every step's requestId is derived from the
// idempotency key at the start, so a replica that takes over sends the same ones.
import type { ActionOptions, ActionProgress, ActionRequest, StartedAction, Tracking } from '../../actions.js';
import { ProviderError } from '../../errors.js';
import { isRetryable } from '../../retry.js';
import type { ProjectContext } from '../context.js';
import { getInstance, requireMachineType, STOPPED, TRANSITIONAL } from './reads.js';
import { requestIdOf } from './request-ids.js';
import { projectScope, targetOf, type ContextFor } from './targets.js';
import { operationOf, progressOf, readOperation, refOf, type GceOperation, type OperationRef } from './tracking.js';
import { refused, writeCall } from './write-errors.js';

type ResizeRequest = Extract<ActionRequest, { kind: 'resizeVm' }>;
type Step = 'stopping' | 'resizing' | 'starting';

interface ResizeTracking {
  [key: string]: Tracking;
  step: Step;
  op: OperationRef;
  project: string;
  zone: string;
  name: string;
  instanceType: string;
  restart: boolean;
  requestIds: { setMachineType: string; start: string };
}

export async function startResize(contextFor: ContextFor, request: ResizeRequest, options: ActionOptions): Promise<StartedAction | null> {
  const t = targetOf(contextFor, request.vm, 'instances.setMachineType', 'zone');
  const instance = await getInstance(t);
  await requireMachineType(t, t.location, request.instanceType);
  const status = String(instance.status);
  if (TRANSITIONAL.has(status)) throw refused('CONFLICT', t.ctx.scope, 'instances.setMachineType', `instance ${t.name} is ${status}`, 'resourceNotReady');
  const restart = !STOPPED.has(status);
  if (restart && !request.allowRestart) {
    throw refused('CONFLICT', t.ctx.scope, 'instances.setMachineType', `instance ${t.name} is ${status}: GCP changes a machine type only on a stopped instance, and allowRestart is false`, 'invalidResourceUsage');
  }
  if (options.dryRun) return null;
  const base = { project: t.project, zone: t.location, name: t.name, instanceType: request.instanceType, restart };
  const requestIds = { setMachineType: requestIdOf(options.idempotencyKey, 'setMachineType'), start: requestIdOf(options.idempotencyKey, 'start') };
  const first = restart
    ? await stop(t.ctx, base, requestIdOf(options.idempotencyKey, 'stop'))
    : await setMachineType(t.ctx, base, requestIds.setMachineType);
  const tracking: ResizeTracking = { ...base, step: restart ? 'stopping' : 'resizing', op: refOf(first), requestIds };
  return { providerOperationId: first.name ?? null, tracking, resourceId: null };
}

export async function resizeProgress(contextFor: ContextFor, tracking: Tracking): Promise<ActionProgress> {
  const t = tracking as ResizeTracking;
  const ctx = contextFor(projectScope(t.project), 'instances.setMachineType');
  const now = progressOf(ctx, await readOperation(ctx, t.op), null);
  if (now.status !== 'SUCCEEDED') return now;
  const next = nextStep(t);
  if (!next) return now;
  try {
    const operation =
      next === 'resizing' ? await setMachineType(ctx, t, t.requestIds.setMachineType) : await start(ctx, t, t.requestIds.start);
    return { status: 'RUNNING', tracking: { ...t, step: next, op: refOf(operation) } };
  } catch (error) {
    // Refused for good (a quota to start again, a type gone): the action failed; a passing fault is retried by the next look.
    if (error instanceof ProviderError && !isRetryable(error.category)) return { status: 'FAILED', providerCode: error.providerCode, message: error.message };
    throw error;
  }
}

function nextStep(t: ResizeTracking): Step | null {
  if (t.step === 'stopping') return 'resizing';
  if (t.step === 'resizing' && t.restart) return 'starting';
  return null;
}

type Vm = { project: string; zone: string; name: string; instanceType?: string };

async function stop(ctx: ProjectContext, vm: Vm, requestId: string): Promise<GceOperation> {
  const clients = await ctx.clients();
  return writeCall(ctx, 'instances.stop', async () => operationOf(await clients.instances.stop({ project: vm.project, zone: vm.zone, instance: vm.name, requestId })));
}

async function setMachineType(ctx: ProjectContext, vm: Vm, requestId: string): Promise<GceOperation> {
  const clients = await ctx.clients();
  const machineType = `zones/${vm.zone}/machineTypes/${vm.instanceType}`;
  return writeCall(ctx, 'instances.setMachineType', async () =>
    operationOf(await clients.instances.setMachineType({ project: vm.project, zone: vm.zone, instance: vm.name, requestId, instancesSetMachineTypeRequestResource: { machineType } })),
  );
}

async function start(ctx: ProjectContext, vm: Vm, requestId: string): Promise<GceOperation> {
  const clients = await ctx.clients();
  return writeCall(ctx, 'instances.start', async () => operationOf(await clients.instances.start({ project: vm.project, zone: vm.zone, instance: vm.name, requestId })));
}
