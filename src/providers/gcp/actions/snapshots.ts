// createSnapshot (snapshots.insert — a global snapshot of a zonal or regional disk, followed by
// its global operation) and deleteSnapshot (snapshots.delete). An unnamed snapshot is named
// after its disk and the idempotency key, so a retried create names the same snapshot.
import { createHash } from 'node:crypto';
import type { ActionOptions, ActionRequest, StartedAction } from '../../actions.js';
import { getDisk } from './reads.js';
import { requestIdOf } from './request-ids.js';
import { targetOf, type ContextFor } from './targets.js';
import { operationOf, startedBy } from './tracking.js';
import { writeCall } from './write-errors.js';
import { GLOBAL, gcpId, isZone } from '../urls.js';

type CreateRequest = Extract<ActionRequest, { kind: 'createSnapshot' }>;
type DeleteRequest = Extract<ActionRequest, { kind: 'deleteSnapshot' }>;

export async function startCreateSnapshot(contextFor: ContextFor, request: CreateRequest, options: ActionOptions): Promise<StartedAction | null> {
  const disk = targetOf(contextFor, request.volume, 'snapshots.insert', 'zoneOrRegion');
  const zonal = isZone(disk.location);
  if (options.dryRun) {
    await getDisk(disk, zonal);
    return null;
  }
  const name = request.name ?? `${disk.name.slice(0, 48)}-${createHash('sha256').update(options.idempotencyKey).digest('hex').slice(0, 12)}`;
  const sourceDisk = `projects/${disk.project}/${zonal ? 'zones' : 'regions'}/${disk.location}/disks/${disk.name}`;
  const snapshotResource = {
    name,
    sourceDisk,
    ...(request.description ? { description: request.description } : {}),
    labels: Object.fromEntries(request.tags.map((t) => [t.key, t.value])),
  };
  const clients = await disk.ctx.clients();
  const operation = await writeCall(disk.ctx, 'snapshots.insert', async () =>
    operationOf(await clients.snapshots.insert({ project: disk.project, requestId: requestIdOf(options.idempotencyKey, 'snapshot'), snapshotResource })),
  );
  return startedBy(operation, gcpId(disk.project, GLOBAL, 'snapshot', name));
}

export async function startDeleteSnapshot(contextFor: ContextFor, request: DeleteRequest, options: ActionOptions): Promise<StartedAction | null> {
  const t = targetOf(contextFor, request.snapshot, 'snapshots.delete', 'global');
  const clients = await t.ctx.clients();
  if (options.dryRun) {
    await writeCall(t.ctx, 'snapshots.get', () => clients.snapshots.get({ project: t.project, snapshot: t.name }));
    return null;
  }
  const operation = await writeCall(t.ctx, 'snapshots.delete', async () =>
    operationOf(await clients.snapshots.delete({ project: t.project, snapshot: t.name, requestId: requestIdOf(options.idempotencyKey, 'delete') })),
  );
  return startedBy(operation, null);
}
