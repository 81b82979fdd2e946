// How a started action is followed, as JSON any replica can read: which resource, and the state
// it must reach. One look per `progress`: done, still on its way, or stopped where EC2 left it
// (with EC2's state reason as the failure's reason).
import { DescribeSnapshotsCommand, DescribeVolumesCommand, DescribeVolumesModificationsCommand } from '@aws-sdk/client-ec2';
import { ProviderError } from '../../errors.js';
import { globalId } from '../../ids.js';
import type { ActionProgress, Tracking } from '../../types.js';
import { sendRead, type ActionContext } from './context.js';
import { readInstance, stateOf } from './instance-reads.js';

export type InstanceGoal = 'running' | 'stopped' | 'terminated';

export type AwsTracking =
  | { follow: 'instance'; instanceId: string; goal: InstanceGoal; created: boolean }
  | { follow: 'attach' | 'detach'; volumeId: string; instanceId: string }
  | { follow: 'modifyVolume'; volumeId: string }
  | { follow: 'snapshot'; snapshotId: string }
  | { follow: 'snapshotDeleted'; snapshotId: string };

/** The states an instance passes through on its way to each goal. */
const ON_THE_WAY: Record<InstanceGoal, readonly string[]> = {
  running: ['pending'],
  stopped: ['stopping'],
  terminated: ['shutting-down'],
};

export function followTracking(ctx: ActionContext, tracking: Tracking): Promise<ActionProgress> {
  const t = tracking as AwsTracking;
  switch (t.follow) {
    case 'instance':
      return followInstance(ctx, t);
    case 'attach':
    case 'detach':
      return followAttachment(ctx, t);
    case 'modifyVolume':
      return followModification(ctx, t.volumeId);
    case 'snapshot':
      return followSnapshot(ctx, t.snapshotId, false);
    case 'snapshotDeleted':
      return followSnapshot(ctx, t.snapshotId, true);
  }
}

async function followInstance(ctx: ActionContext, t: Extract<AwsTracking, { follow: 'instance' }>): Promise<ActionProgress> {
  const instance = await readInstance(ctx, t.instanceId);
  const resourceId = t.created ? globalId(ctx.scope, 'vm', t.instanceId) : null;
  // A new instance may not be visible yet (EC2 is eventually consistent); a terminated one may be gone.
  if (!instance) return t.goal === 'terminated' ? { status: 'SUCCEEDED', resourceId } : { status: 'RUNNING' };
  const state = stateOf(instance);
  if (state === t.goal) return { status: 'SUCCEEDED', resourceId };
  if (ON_THE_WAY[t.goal].includes(state)) return { status: 'RUNNING' };
  return {
    status: 'FAILED',
    providerCode: instance.StateReason?.Code ?? null,
    message: `instance ${t.instanceId} is ${state}, not ${t.goal}${instance.StateReason?.Message ? `: ${instance.StateReason.Message}` : ''}`,
  };
}

async function followAttachment(ctx: ActionContext, t: Extract<AwsTracking, { follow: 'attach' | 'detach' }>): Promise<ActionProgress> {
  const out = await sendRead(ctx, 'DescribeVolumes', (ec2) => ec2.send(new DescribeVolumesCommand({ VolumeIds: [t.volumeId] })));
  const volume = out.Volumes?.[0];
  const attachment = volume?.Attachments?.find((a) => a.InstanceId === t.instanceId);
  const state = attachment?.State ?? 'detached';
  if (t.follow === 'detach') return state === 'detached' ? { status: 'SUCCEEDED', resourceId: null } : { status: 'RUNNING' };
  if (state === 'attached') return { status: 'SUCCEEDED', resourceId: null };
  if (state === 'attaching') return { status: 'RUNNING' };
  return { status: 'FAILED', providerCode: null, message: `volume ${t.volumeId} is ${volume?.State ?? 'gone'} and not attached to ${t.instanceId}` };
}

/** The new size is usable from `optimizing` on, so the action is done then. */
async function followModification(ctx: ActionContext, volumeId: string): Promise<ActionProgress> {
  const out = await sendRead(ctx, 'DescribeVolumesModifications', (ec2) => ec2.send(new DescribeVolumesModificationsCommand({ VolumeIds: [volumeId] })));
  const modification = out.VolumesModifications?.[0];
  const state = modification?.ModificationState;
  if (state === 'optimizing' || state === 'completed') return { status: 'SUCCEEDED', resourceId: null };
  if (state === 'failed') return { status: 'FAILED', providerCode: null, message: modification?.StatusMessage ?? `the modification of ${volumeId} failed` };
  return { status: 'RUNNING' };
}

async function followSnapshot(ctx: ActionContext, snapshotId: string, deleting: boolean): Promise<ActionProgress> {
  let snapshot;
  try {
    const out = await sendRead(ctx, 'DescribeSnapshots', (ec2) => ec2.send(new DescribeSnapshotsCommand({ SnapshotIds: [snapshotId] })));
    snapshot = out.Snapshots?.[0];
  } catch (error) {
    if (!(error instanceof ProviderError && error.category === 'NOT_FOUND')) throw error;
  }
  if (deleting) return snapshot ? { status: 'RUNNING' } : { status: 'SUCCEEDED', resourceId: null };
  if (!snapshot || snapshot.State === 'pending') return { status: 'RUNNING' };
  if (snapshot.State === 'completed') return { status: 'SUCCEEDED', resourceId: globalId(ctx.scope, 'snapshot', snapshotId) };
  return { status: 'FAILED', providerCode: null, message: snapshot.StateMessage ?? `snapshot ${snapshotId} is ${snapshot.State}` };
}
