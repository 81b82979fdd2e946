// Reading one instance for an action: its state, type and reason, or null when EC2 does not
// (or no longer, or not yet) know it.
import { DescribeInstancesCommand, type Instance } from '@aws-sdk/client-ec2';
import { ProviderError } from '../../errors.js';
import { sendRead, type ActionContext } from './context.js';

export async function readInstance(ctx: ActionContext, instanceId: string): Promise<Instance | null> {
  try {
    const out = await sendRead(ctx, 'DescribeInstances', (ec2) => ec2.send(new DescribeInstancesCommand({ InstanceIds: [instanceId] })));
    return out.Reservations?.flatMap((r) => r.Instances ?? []).find((i) => i.InstanceId === instanceId) ?? null;
  } catch (error) {
    if (error instanceof ProviderError && error.category === 'NOT_FOUND') return null;
    throw error;
  }
}

/** The instance, or NOT_FOUND naming it. */
export async function requireInstance(ctx: ActionContext, instanceId: string, operation: string): Promise<Instance> {
  const instance = await readInstance(ctx, instanceId);
  if (!instance) throw new ProviderError('NOT_FOUND', ctx.scope, operation, 'InvalidInstanceID.NotFound', `The instance ID '${instanceId}' does not exist`);
  return instance;
}

export const stateOf = (instance: Instance): string => instance.State?.Name ?? 'unknown';
