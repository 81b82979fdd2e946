// snapshots.createOrUpdate (PUT, idempotent by name: an existing snapshot only takes new tags) and
// snapshots.delete. A new snapshot copies its source disk, appears at once Creating / Pending
// and is Succeeded / Available after the operation's steps. Deleting a snapshot that does not
// exist answers 204, as ARM does.
import type { AzureSnapshot } from '../fleet/types.js';
import { armTime } from '../fleet/time.js';
import { armErrors } from '../errors.js';
import { ArmReply } from './async-operations.js';
import { diskById, findSnapshot, type WriteContext, type WriteTarget } from './context.js';
const serializeSnapshot = (snapshot: AzureSnapshot): object => snapshot;

type Body = Record<string, unknown>;
const obj = (value: unknown): Body => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Body) : {});
const tagsOf = (value: unknown) => Object.fromEntries(Object.entries(obj(value)).map(([k, v]) => [k, String(v)]));

export function putSnapshot(ctx: WriteContext, t: WriteTarget, body: Body): ArmReply {
  const existing = findSnapshot(ctx, t);
  if (existing) {
    if (body['tags'] !== undefined) existing.tags = tagsOf(body['tags']);
    const operation = ctx.operations.start(t.subscriptionId, existing.location, []);
    return new ArmReply(200, serializeSnapshot(existing), ctx.operations.headersOf(operation, t.origin, false));
  }
  const creation = obj(obj(body['properties'])['creationData']);
  const sourceId = String(creation['sourceResourceId'] ?? '');
  const disk = diskById(ctx, sourceId);
  if (!disk) throw armErrors.notFound(sourceId || 'creationData.sourceResourceId');
  const location = String(body['location'] ?? disk.location).toLowerCase();
  if (location !== disk.location.toLowerCase()) throw armErrors.invalidParameter('location', `The snapshot must be in the location of its source disk ('${disk.location}'), not '${location}'.`);
  const incremental = obj(body['properties'])['incremental'] === true;
  const snapshot: AzureSnapshot = {
    id: `/subscriptions/${t.subscriptionId}/resourceGroups/${t.resourceGroup}/providers/Microsoft.Compute/snapshots/${t.name}`,
    name: t.name,
    type: 'Microsoft.Compute/snapshots',
    location: disk.location,
    tags: tagsOf(body['tags']),
    sku: { name: 'Standard_LRS', tier: 'Standard' },
    properties: {
      ...(disk.properties.osType ? { osType: disk.properties.osType, hyperVGeneration: disk.properties.hyperVGeneration } : {}),
      creationData: { createOption: 'Copy', sourceResourceId: disk.id, sourceUniqueId: disk.properties.uniqueId },
      diskSizeGB: disk.properties.diskSizeGB,
      diskSizeBytes: disk.properties.diskSizeBytes,
      uniqueId: ctx.random.uuid(),
      provisioningState: 'Creating',
      timeCreated: armTime(ctx.now()),
      incremental,
      encryption: { type: 'EncryptionAtRestWithPlatformKey' },
      networkAccessPolicy: 'AllowAll',
      publicNetworkAccess: 'Enabled',
      completionPercent: 0,
      snapshotAccessState: 'Pending',
      diskState: 'Unattached',
    },
  };
  ctx.fleet.addResource('snapshots', snapshot);
  const steps = [
    () => void (snapshot.properties.completionPercent = 50),
    () => {
      snapshot.properties.completionPercent = 100;
      snapshot.properties.provisioningState = 'Succeeded';
      snapshot.properties.snapshotAccessState = 'Available';
    },
  ];
  const operation = ctx.operations.start(t.subscriptionId, snapshot.location, steps);
  return new ArmReply(201, serializeSnapshot(snapshot), ctx.operations.headersOf(operation, t.origin, false));
}

export function deleteSnapshot(ctx: WriteContext, t: WriteTarget): ArmReply {
  const snapshot = findSnapshot(ctx, t);
  if (!snapshot) return new ArmReply(204, null);
  const operation = ctx.operations.start(t.subscriptionId, snapshot.location, [() => ctx.fleet.removeResource('snapshots', snapshot.id)]);
  return new ArmReply(202, null, ctx.operations.headersOf(operation, t.origin, true));
}
