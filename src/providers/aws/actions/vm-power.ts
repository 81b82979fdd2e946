// startVm, stopVm (Hibernate), rebootVm and deleteVm: one EC2 call each, followed through the
// instance's state (a reboot leaves it running; EC2 shows no state for it).
import { RebootInstancesCommand, StartInstancesCommand, StopInstancesCommand, TerminateInstancesCommand } from '@aws-sdk/client-ec2';
import type { ActionOptions, ActionRequest, StartedAction } from '../../types.js';
import { requestIdOf, scopeOfId, sendWrite, type ActionContextFor, type Ec2Call } from './context.js';
import type { AwsTracking, InstanceGoal } from './tracking.js';

type PowerRequest = Extract<ActionRequest, { kind: 'startVm' | 'stopVm' | 'rebootVm' | 'deleteVm' }>;

interface PowerCall {
  operation: string;
  goal: InstanceGoal;
  send(instanceId: string, dryRun: boolean): Ec2Call<unknown>;
}

function powerCall(request: PowerRequest): PowerCall {
  switch (request.kind) {
    case 'startVm':
      return { operation: 'StartInstances', goal: 'running', send: (id, DryRun) => (ec2) => ec2.send(new StartInstancesCommand({ InstanceIds: [id], DryRun })) };
    case 'stopVm':
      return {
        operation: 'StopInstances',
        goal: 'stopped',
        send: (id, DryRun) => (ec2) => ec2.send(new StopInstancesCommand({ InstanceIds: [id], DryRun, ...(request.hibernate ? { Hibernate: true } : {}) })),
      };
    case 'rebootVm':
      return { operation: 'RebootInstances', goal: 'running', send: (id, DryRun) => (ec2) => ec2.send(new RebootInstancesCommand({ InstanceIds: [id], DryRun })) };
    case 'deleteVm':
      return { operation: 'TerminateInstances', goal: 'terminated', send: (id, DryRun) => (ec2) => ec2.send(new TerminateInstancesCommand({ InstanceIds: [id], DryRun })) };
  }
}

export async function startPower(contextFor: ActionContextFor, request: PowerRequest, options: ActionOptions): Promise<StartedAction | null> {
  const call = powerCall(request);
  const ctx = contextFor(scopeOfId(request.vm), call.operation);
  const instanceId = request.vm.nativeId;
  const out = await sendWrite(ctx, call.operation, call.send(instanceId, options.dryRun), options.dryRun);
  if (options.dryRun) return null;
  const tracking: AwsTracking = { follow: 'instance', instanceId, goal: call.goal, created: false };
  return { providerOperationId: requestIdOf(out as { $metadata?: { requestId?: string } }), tracking, resourceId: null };
}
