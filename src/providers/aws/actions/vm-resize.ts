// resizeVm: EC2 changes the type of a stopped instance only. A stopped instance is modified at
// once; a running one, only with `allowRestart`, is stopped, modified and started again — a step
// machine whose step rides in the tracking, so any replica can move it on. The type is checked
// (it exists, fits the instance's architecture) before anything is stopped.
import { DescribeInstanceTypesCommand, ModifyInstanceAttributeCommand, StartInstancesCommand, StopInstancesCommand } from '@aws-sdk/client-ec2';
import { ProviderError } from '../../errors.js';
import type { ActionOptions, ActionProgress, ActionRequest, StartedAction, Tracking } from '../../types.js';
import { requestIdOf, scopeOfId, sendRead, sendWrite, type ActionContext, type ActionContextFor } from './context.js';
import { readInstance, requireInstance, stateOf } from './instance-reads.js';

type ResizeRequest = Extract<ActionRequest, { kind: 'resizeVm' }>;

/** `modified`: a stopped instance changed type, nothing more to do but see it. */
export interface ResizeTracking {
  follow: 'resize';
  instanceId: string;
  instanceType: string;
  step: 'stopping' | 'modifying' | 'starting' | 'modified';
}

export async function startResize(contextFor: ActionContextFor, request: ResizeRequest, options: ActionOptions): Promise<StartedAction | null> {
  const ctx = contextFor(scopeOfId(request.vm), 'ModifyInstanceAttribute');
  const instanceId = request.vm.nativeId;
  const instance = await requireInstance(ctx, instanceId, 'ModifyInstanceAttribute');
  const state = stateOf(instance);
  if (state === 'stopped') {
    const out = await modify(ctx, instanceId, request.instanceType, options.dryRun);
    if (options.dryRun) return null;
    return started(out, { follow: 'resize', instanceId, instanceType: request.instanceType, step: 'modified' });
  }
  if (state !== 'running' && state !== 'pending') {
    throw new ProviderError('CONFLICT', ctx.scope, 'ModifyInstanceAttribute', 'IncorrectInstanceState', `instance ${instanceId} is ${state}; only a stopped instance changes type`);
  }
  if (!request.allowRestart) {
    throw new ProviderError('CONFLICT', ctx.scope, 'ModifyInstanceAttribute', 'IncorrectInstanceState', `instance ${instanceId} is ${state}: EC2 changes the type of a stopped instance only, and allowRestart is false`);
  }
  await checkType(ctx, request.instanceType, instance.Architecture ?? null);
  const out = await sendWrite(ctx, 'StopInstances', (ec2) => ec2.send(new StopInstancesCommand({ InstanceIds: [instanceId], DryRun: options.dryRun })), options.dryRun);
  if (options.dryRun) return null;
  return started(out, { follow: 'resize', instanceId, instanceType: request.instanceType, step: 'stopping' });
}

/** One look, and the next step when the instance reached the current one's end. */
export async function resizeProgress(ctx: ActionContext, tracking: Tracking): Promise<ActionProgress> {
  const t = tracking as unknown as ResizeTracking;
  const instance = await readInstance(ctx, t.instanceId);
  if (!instance) return { status: 'FAILED', providerCode: 'InvalidInstanceID.NotFound', message: `instance ${t.instanceId} no longer exists` };
  const state = stateOf(instance);
  try {
    if (t.step === 'modified') return instance.InstanceType === t.instanceType ? { status: 'SUCCEEDED', resourceId: null } : { status: 'RUNNING' };
    if (t.step === 'stopping') {
      if (state === 'stopping') return { status: 'RUNNING' };
      if (state !== 'stopped') return stoppedHalfway(t, state);
      await modify(ctx, t.instanceId, t.instanceType, false);
      return next(t, 'modifying');
    }
    if (t.step === 'modifying') {
      if (instance.InstanceType !== t.instanceType) return { status: 'RUNNING' };
      await sendWrite(ctx, 'StartInstances', (ec2) => ec2.send(new StartInstancesCommand({ InstanceIds: [t.instanceId] })));
      return next(t, 'starting');
    }
    if (state === 'running') return { status: 'SUCCEEDED', resourceId: null };
    if (state === 'pending') return { status: 'RUNNING' };
    return { status: 'FAILED', providerCode: instance.StateReason?.Code ?? null, message: `instance ${t.instanceId} is ${state} after its type changed${reasonOf(instance.StateReason?.Message)}` };
  } catch (error) {
    return refusedMidway(error);
  }
}

function modify(ctx: ActionContext, instanceId: string, instanceType: string, dryRun: boolean) {
  return sendWrite(
    ctx,
    'ModifyInstanceAttribute',
    (ec2) => ec2.send(new ModifyInstanceAttributeCommand({ InstanceId: instanceId, InstanceType: { Value: instanceType }, DryRun: dryRun })),
    dryRun,
  );
}

/** The type exists and runs the instance's architecture; INVALID_INPUT otherwise, before the instance is stopped. */
async function checkType(ctx: ActionContext, instanceType: string, architecture: string | null): Promise<void> {
  let info;
  try {
    const out = await sendRead(ctx, 'DescribeInstanceTypes', (ec2) => ec2.send(new DescribeInstanceTypesCommand({ InstanceTypes: [instanceType as never] })));
    info = out.InstanceTypes?.[0];
  } catch (error) {
    throw error instanceof ProviderError && (error.category === 'REJECTED' || error.category === 'NOT_FOUND')
      ? new ProviderError('INVALID_INPUT', ctx.scope, 'DescribeInstanceTypes', error.providerCode, error.message)
      : error;
  }
  const architectures: string[] = info?.ProcessorInfo?.SupportedArchitectures ?? [];
  if (!info || (architecture && !architectures.includes(architecture))) {
    throw new ProviderError('INVALID_INPUT', ctx.scope, 'DescribeInstanceTypes', 'InvalidParameterValue', `instance type ${instanceType} cannot run an instance of architecture ${architecture ?? 'unknown'}`);
  }
}

function started(out: unknown, tracking: ResizeTracking): StartedAction {
  return { providerOperationId: requestIdOf(out as { $metadata?: { requestId?: string } }), tracking: { ...tracking }, resourceId: null };
}

function next(t: ResizeTracking, step: ResizeTracking['step']): ActionProgress {
  return { status: 'RUNNING', tracking: { ...t, step } };
}

function stoppedHalfway(t: ResizeTracking, state: string): ActionProgress {
  return { status: 'FAILED', providerCode: null, message: `instance ${t.instanceId} became ${state} instead of stopped; its type was not changed` };
}

/** EC2 refusing a step (a state, a limit, the type) ends the action with its reason; a transient failure is tried again on the next look. */
function refusedMidway(error: unknown): ActionProgress {
  if (!(error instanceof ProviderError) || error.category === 'THROTTLED' || error.category === 'UNAVAILABLE') throw error;
  return { status: 'FAILED', providerCode: error.providerCode, message: error.message };
}

const reasonOf = (message: string | undefined): string => (message ? `: ${message}` : '');
