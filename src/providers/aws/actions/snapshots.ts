// createSnapshot and deleteSnapshot: CreateSnapshot answers the new snapshot's id at once (it is
// `pending` until EBS has copied the volume); DeleteSnapshot removes it at once.
import { CreateSnapshotCommand, DeleteSnapshotCommand, type Tag } from '@aws-sdk/client-ec2';
import { globalId } from '../../ids.js';
import type { ActionOptions, ActionRequest, StartedAction } from '../../types.js';
import { requestIdOf, scopeOfId, sendWrite, type ActionContextFor } from './context.js';
import type { AwsTracking } from './tracking.js';

type CreateSnapshotRequest = Extract<ActionRequest, { kind: 'createSnapshot' }>;
type DeleteSnapshotRequest = Extract<ActionRequest, { kind: 'deleteSnapshot' }>;

export async function startCreateSnapshot(contextFor: ActionContextFor, request: CreateSnapshotRequest, options: ActionOptions): Promise<StartedAction | null> {
  const ctx = contextFor(scopeOfId(request.volume), 'CreateSnapshot');
  const tags: Tag[] = [...(request.name ? [{ Key: 'Name', Value: request.name }] : []), ...request.tags.filter((t) => t.key !== 'Name' || !request.name).map((t) => ({ Key: t.key, Value: t.value }))];
  const out = await sendWrite(
    ctx,
    'CreateSnapshot',
    (ec2) =>
      ec2.send(
        new CreateSnapshotCommand({
          VolumeId: request.volume.nativeId,
          DryRun: options.dryRun,
          ...(request.description !== null ? { Description: request.description } : {}),
          ...(tags.length > 0 ? { TagSpecifications: [{ ResourceType: 'snapshot', Tags: tags }] } : {}),
        }),
      ),
    options.dryRun,
  );
  if (!out?.SnapshotId) return null;
  const tracking: AwsTracking = { follow: 'snapshot', snapshotId: out.SnapshotId };
  return { providerOperationId: requestIdOf(out), tracking, resourceId: globalId(ctx.scope, 'snapshot', out.SnapshotId) };
}

export async function startDeleteSnapshot(contextFor: ActionContextFor, request: DeleteSnapshotRequest, options: ActionOptions): Promise<StartedAction | null> {
  const ctx = contextFor(scopeOfId(request.snapshot), 'DeleteSnapshot');
  const snapshotId = request.snapshot.nativeId;
  const out = await sendWrite(ctx, 'DeleteSnapshot', (ec2) => ec2.send(new DeleteSnapshotCommand({ SnapshotId: snapshotId, DryRun: options.dryRun })), options.dryRun);
  if (!out) return null;
  const tracking: AwsTracking = { follow: 'snapshotDeleted', snapshotId };
  return { providerOperationId: requestIdOf(out), tracking, resourceId: null };
}
