// createSnapshot (snapshots.createOrUpdate: a full copy of the disk, in its resource group and
// location) and deleteSnapshot (snapshots.delete). ARM's PUT is idempotent by name, so a
// snapshot without a requested name is named from the idempotency key: the same key twice is one
// snapshot. Azure snapshots have no description; it is kept as the tag `description`. ARM
// answers a delete of a missing snapshot 204, so the snapshot is read first (NOT_FOUND).
import type { ActionOptions, ActionRequest, StartedAction } from '../../actions.js';
import { globalId } from '../../ids.js';
import { canonicalArmId } from '../arm-ids.js';
import { getDisk, getSnapshot } from './reads.js';
import { targetOf, type ContextFor } from './targets.js';
import { begin } from './tracking.js';

type CreateRequest = Extract<ActionRequest, { kind: 'createSnapshot' }>;
type DeleteRequest = Extract<ActionRequest, { kind: 'deleteSnapshot' }>;

/** ARM names: up to 80 characters of letters, digits, _ . - */
const nameFrom = (disk: string, key: string) => `${disk}-snap-${key}`.replace(/[^A-Za-z0-9_.-]/g, '-').slice(0, 80);

export async function startCreateSnapshot(contextFor: ContextFor, request: CreateRequest, options: ActionOptions): Promise<StartedAction | null> {
  const disk = targetOf(contextFor, request.volume, 'snapshots.createOrUpdate');
  if (options.dryRun) {
    await getDisk(disk);
    return null;
  }
  const name = request.name ?? nameFrom(disk.name, options.idempotencyKey);
  const tags = Object.fromEntries([...request.tags.map((t) => [t.key, t.value] as const), ...(request.description ? [['description', request.description] as const] : [])]);
  const id = `/subscriptions/${disk.ctx.subscriptionId}/resourceGroups/${disk.resourceGroup}/providers/Microsoft.Compute/snapshots/${name}`;
  const resourceId = globalId({ provider: 'azure', account: disk.ctx.subscriptionId, region: disk.location }, 'snapshot', canonicalArmId(id));
  const snapshots = disk.ctx.pool.compute(disk.ctx.subscriptionId).snapshots;
  const body = { location: disk.location, tags, creationData: { createOption: 'Copy' as const, sourceResourceId: disk.armId } };
  return begin(disk.ctx, 'snapshots.createOrUpdate', () => snapshots.createOrUpdate(disk.resourceGroup, name, body), resourceId);
}

export async function startDeleteSnapshot(contextFor: ContextFor, request: DeleteRequest, options: ActionOptions): Promise<StartedAction | null> {
  const t = targetOf(contextFor, request.snapshot, 'snapshots.delete');
  await getSnapshot(t);
  if (options.dryRun) return null;
  const snapshots = t.ctx.pool.compute(t.ctx.subscriptionId).snapshots;
  return begin(t.ctx, 'snapshots.delete', () => snapshots.delete(t.resourceGroup, t.name), null);
}
