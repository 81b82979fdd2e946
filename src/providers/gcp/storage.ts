// Persistent disks (zonal and regional) and snapshots → Volume, Snapshot. Pure.
import type { protos } from '@google-cloud/compute';
import { dateOrNull, extrasOf } from '../common.js';
import type { Snapshot, Volume } from '../types.js';
import { int64, tagsOf } from './labels.js';
import { snapshotStateOf, volumeStateOf } from './states.js';
import { GLOBAL, baseOf, lastSegment, parseResourceUrl, refId } from './urls.js';

export type GceDisk = protos.google.cloud.compute.v1.IDisk;
export type GceSnapshot = protos.google.cloud.compute.v1.ISnapshot;

/** A zonal disk lives in its zone, a regional one in its region. */
export function diskLocation(disk: GceDisk): string {
  return lastSegment(disk.zone) || lastSegment(disk.region);
}

export function mapDisk(project: string, disk: GceDisk): Volume {
  const name = disk.name ?? '';
  const location = diskLocation(disk);
  const zone = lastSegment(disk.zone) || null;
  const users = (disk.users ?? []).filter((u) => parseResourceUrl(u)?.collection === 'instances');
  const { state, providerState } = volumeStateOf(disk.status, users.length > 0);
  return {
    ...baseOf(project, location, 'volume', name, name, tagsOf(disk.labels)),
    extras: extrasOf({
      diskId: disk.id == null ? undefined : String(disk.id),
      description: disk.description,
      sourceImage: imageName(disk.sourceImage),
      replicaZones: (disk.replicaZones ?? []).map(lastSegment).join(','),
      provisionedThroughput: int64(disk.provisionedThroughput),
      physicalBlockSizeBytes: int64(disk.physicalBlockSizeBytes),
      architecture: disk.architecture,
      lastAttachTimestamp: disk.lastAttachTimestamp,
      lastDetachTimestamp: disk.lastDetachTimestamp,
      kmsKeyName: disk.diskEncryptionKey?.kmsKeyName,
      licenses: (disk.licenses ?? []).map(lastSegment).join(','),
    }),
    zone,
    state,
    providerState,
    sizeGiB: int64(disk.sizeGb) ?? 0,
    volumeType: lastSegment(disk.type) || null,
    iops: int64(disk.provisionedIops),
    // Compute Engine encrypts every disk (Google-managed keys unless a KMS key is named).
    encrypted: true,
    createdAt: dateOrNull(disk.creationTimestamp ?? undefined),
    snapshotId: refId(disk.sourceSnapshot, 'snapshot'),
    // The disk lists its users; the device name and auto-delete flag live on the instance.
    attachments: users.flatMap((u) => {
      const vmId = refId(u, 'vm');
      return vmId ? [{ vmId, device: null, deleteOnTermination: null, state: 'ATTACHED' as const, providerState: null }] : [];
    }),
  };
}

export function mapSnapshot(project: string, snapshot: GceSnapshot): Snapshot {
  const name = snapshot.name ?? '';
  const { state, providerState } = snapshotStateOf(snapshot.status);
  return {
    ...baseOf(project, GLOBAL, 'snapshot', name, name, tagsOf(snapshot.labels)),
    extras: extrasOf({
      snapshotId: snapshot.id == null ? undefined : String(snapshot.id),
      storageBytes: int64(snapshot.storageBytes),
      storageBytesStatus: snapshot.storageBytesStatus,
      storageLocations: (snapshot.storageLocations ?? []).join(','),
      snapshotType: snapshot.snapshotType,
      autoCreated: snapshot.autoCreated,
      sourceDiskId: snapshot.sourceDiskId,
      architecture: snapshot.architecture,
      kmsKeyName: snapshot.snapshotEncryptionKey?.kmsKeyName,
      licenses: (snapshot.licenses ?? []).map(lastSegment).join(','),
    }),
    state,
    providerState,
    sizeGiB: int64(snapshot.diskSizeGb) ?? 0,
    volumeId: refId(snapshot.sourceDisk, 'volume'),
    encrypted: true,
    createdAt: dateOrNull(snapshot.creationTimestamp ?? undefined),
    // Compute Engine reports no progress, only the status: done is 100 %.
    progressPercent: snapshot.status === 'READY' ? 100 : null,
    description: snapshot.description ? snapshot.description : null,
  };
}

/** `…/projects/debian-cloud/global/images/debian-12-…` → `debian-cloud/debian-12-…`. */
function imageName(url: string | null | undefined): string | undefined {
  const ref = parseResourceUrl(url);
  return ref ? `${ref.project}/${ref.name}` : undefined;
}
