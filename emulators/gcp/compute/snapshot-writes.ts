// snapshots.insert (global: a snapshot of a zonal or regional disk, CREATING → UPLOADING → READY)
// and snapshots.delete (DELETING, then gone). Both answer global operations.
import { computeUrl, gcpTimestamp, regionOfZone } from '../fleet/catalogue.js';
import type { GceSnapshot } from '../fleet/types.js';
import { googleErrors } from '../errors.js';
import type { GceOperation } from './operations.js';
import { findDisk, operate, parseRef, type WriteContext } from './write-context.js';
import { idFor } from './write-ids.js';

const RESOURCE_NAME = /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/;

export function insertSnapshot(ctx: WriteContext): GceOperation {
  const { project } = ctx.route;
  const body = ctx.body as { name?: string; sourceDisk?: string; description?: string; labels?: Record<string, string> };
  const name = body.name ?? '';
  if (!RESOURCE_NAME.test(name)) throw googleErrors.invalidField('resource.name', name, 'Must be a match of regex \'[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?\'');
  const ref = parseRef(ctx, body.sourceDisk);
  const disk = ref ? findDisk(ctx, ref) : undefined;
  if (!disk) throw googleErrors.notFound((body.sourceDisk ?? 'sourceDisk').replace(/^https:\/\/[^/]+\/compute\/v1\//, ''));
  if (ctx.fleet.project(project)?.snapshots.some((s) => s.name === name)) throw googleErrors.alreadyExists(`projects/${project}/global/snapshots/${name}`);
  const now = gcpTimestamp(ctx.now());
  const selfLink = computeUrl.global(project, 'snapshots', name);
  const region = ref?.zone ? regionOfZone(ref.zone) : (ref?.region ?? '');
  const snapshot: GceSnapshot = {
    kind: 'compute#snapshot',
    id: idFor('snapshot', selfLink, now),
    creationTimestamp: now,
    name,
    description: body.description ?? '',
    status: 'CREATING',
    sourceDisk: disk.selfLink,
    sourceDiskId: disk.id,
    diskSizeGb: disk.sizeGb,
    storageBytes: '0',
    storageBytesStatus: 'UPDATING',
    storageLocations: [region.startsWith('europe') ? 'eu' : 'us'],
    ...(disk.licenses ? { licenses: [...disk.licenses] } : {}),
    labels: { ...(body.labels ?? {}) },
    labelFingerprint: '42WmSpB8rSM=',
    autoCreated: false,
    snapshotType: 'STANDARD',
    ...(disk.architecture ? { architecture: disk.architecture } : {}),
    selfLink,
  };
  ctx.fleet.addSnapshot(project, snapshot);
  return operate(ctx, { link: selfLink, id: snapshot.id, type: 'insert' }, [
    () => void (snapshot.status = 'UPLOADING'),
    () => {
      snapshot.status = 'READY';
      // Incremental storage: a first snapshot holds about the disk's used part.
      snapshot.storageBytes = String(Math.round(Number(disk.sizeGb) * 1024 ** 3 * 0.2));
      snapshot.storageBytesStatus = 'UP_TO_DATE';
    },
  ]);
}

export function deleteSnapshot(ctx: WriteContext): GceOperation {
  const { project, name } = ctx.route;
  const snapshot = ctx.fleet.project(project)?.snapshots.find((s) => s.name === name);
  if (!snapshot) throw googleErrors.notFound(`projects/${project}/global/snapshots/${name}`);
  if (snapshot.status === 'CREATING' || snapshot.status === 'UPLOADING') throw googleErrors.notReady(`projects/${project}/global/snapshots/${name}`);
  return operate(ctx, { link: snapshot.selfLink, id: snapshot.id, type: 'delete' }, [
    () => void (snapshot.status = 'DELETING'),
    () => ctx.fleet.removeSnapshot(project, snapshot.name),
  ]);
}
