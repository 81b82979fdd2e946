// Volumes and snapshots → the model. DigitalOcean reports no status for either: a volume is IN_USE
// when a droplet has it attached (AVAILABLE otherwise) and a listed snapshot is complete (one being
// taken shows only as an action); `providerState` stays empty, there being no raw value to keep.
// Volumes are always encrypted at rest on DigitalOcean.
import { dateOrNull, extrasOf, resourceBase } from '../common.js';
import { globalId } from '../ids.js';
import type { Snapshot, Volume } from '../types.js';
import { GLOBAL, ownerIn } from './droplets.js';
import { tagsOf } from './tags.js';
import type { DoSnapshot, DoVolume } from './wire.js';

export function mapVolume(team: string, volume: DoVolume): Volume {
  const owner = ownerIn(team, volume.region?.slug ?? 'unknown');
  const dropletIds = volume.droplet_ids ?? [];
  return {
    ...resourceBase(owner, 'volume', volume.id, volume.name, tagsOf(volume.tags)),
    extras: extrasOf({ description: volume.description, filesystemType: volume.filesystem_type, filesystemLabel: volume.filesystem_label }),
    zone: null,
    state: dropletIds.length > 0 ? 'IN_USE' : 'AVAILABLE',
    providerState: '',
    sizeGiB: volume.size_gigabytes,
    volumeType: 'block-storage',
    iops: null,
    encrypted: true,
    createdAt: dateOrNull(volume.created_at),
    snapshotId: null,
    attachments: dropletIds.map((id) => ({
      vmId: globalId(owner, 'vm', String(id)),
      state: 'ATTACHED' as const,
      providerState: null,
      device: null,
      deleteOnTermination: null,
    })),
  };
}

/** Droplet snapshots (whole-droplet images) and volume snapshots alike; `volumeId` only for the latter. */
export function mapSnapshot(team: string, snapshot: DoSnapshot): Snapshot {
  const region = snapshot.regions?.[0] ?? GLOBAL;
  const owner = ownerIn(team, region);
  const ofVolume = snapshot.resource_type === 'volume' && snapshot.resource_id;
  return {
    ...resourceBase(owner, 'snapshot', snapshot.id, snapshot.name, tagsOf(snapshot.tags)),
    extras: extrasOf({
      resourceType: snapshot.resource_type,
      resourceId: snapshot.resource_id,
      regions: snapshot.regions?.join(','),
      minDiskSizeGiB: snapshot.min_disk_size,
      sizeGigabytes: snapshot.size_gigabytes,
    }),
    state: 'COMPLETED',
    providerState: '',
    // The API gives a fraction of a GB (2.36); the model counts whole GiB, rounded up (exact in extras).
    sizeGiB: Math.ceil(snapshot.size_gigabytes ?? 0),
    volumeId: ofVolume ? globalId(owner, 'volume', snapshot.resource_id!) : null,
    encrypted: true,
    createdAt: dateOrNull(snapshot.created_at),
    progressPercent: null,
    description: null,
  };
}
