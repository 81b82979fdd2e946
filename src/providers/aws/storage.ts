// EBS volumes and snapshots → Volume, Snapshot. Pure.
import type { Snapshot as Ec2Snapshot, Volume as Ec2Volume } from '@aws-sdk/client-ec2';
import { dateOrNull, extrasOf } from '../common.js';
import { globalId } from '../ids.js';
import type { Scope, Snapshot, Volume } from '../types.js';
import { attachmentStateOf, snapshotStateOf, volumeStateOf } from './states.js';
import { baseOf } from './tags.js';

export function mapVolume(scope: Scope, volume: Ec2Volume): Volume {
  const nativeId = volume.VolumeId ?? '';
  const { state, providerState } = volumeStateOf(volume.State);
  return {
    ...baseOf(scope, 'volume', nativeId, volume.Tags),
    extras: extrasOf({
      throughput: volume.Throughput,
      multiAttachEnabled: volume.MultiAttachEnabled,
      fastRestored: volume.FastRestored,
      availabilityZoneId: volume.AvailabilityZoneId,
      kmsKeyId: volume.KmsKeyId,
      outpostArn: volume.OutpostArn,
    }),
    zone: volume.AvailabilityZone ?? null,
    state,
    providerState,
    sizeGiB: volume.Size ?? 0,
    volumeType: volume.VolumeType ?? null,
    iops: volume.Iops ?? null,
    encrypted: volume.Encrypted ?? false,
    createdAt: dateOrNull(volume.CreateTime),
    // EC2 reports "" for a volume not created from a snapshot.
    snapshotId: volume.SnapshotId ? globalId(scope, 'snapshot', volume.SnapshotId) : null,
    attachments: (volume.Attachments ?? []).flatMap((a) =>
      a.InstanceId
        ? [
            {
              vmId: globalId(scope, 'vm', a.InstanceId),
              device: a.Device ?? null,
              deleteOnTermination: a.DeleteOnTermination ?? null,
              ...attachmentStateOf(a.State),
            },
          ]
        : [],
    ),
  };
}

export function mapSnapshot(scope: Scope, snapshot: Ec2Snapshot): Snapshot {
  const nativeId = snapshot.SnapshotId ?? '';
  const { state, providerState } = snapshotStateOf(snapshot.State);
  return {
    ...baseOf(scope, 'snapshot', nativeId, snapshot.Tags),
    extras: extrasOf({
      ownerId: snapshot.OwnerId,
      ownerAlias: snapshot.OwnerAlias,
      storageTier: snapshot.StorageTier,
      stateMessage: snapshot.StateMessage,
      kmsKeyId: snapshot.KmsKeyId,
      completionTime: snapshot.CompletionTime?.toISOString(),
      restoreExpiryTime: snapshot.RestoreExpiryTime?.toISOString(),
    }),
    state,
    providerState,
    sizeGiB: snapshot.VolumeSize ?? 0,
    volumeId: snapshot.VolumeId ? globalId(scope, 'volume', snapshot.VolumeId) : null,
    encrypted: snapshot.Encrypted ?? false,
    createdAt: dateOrNull(snapshot.StartTime),
    progressPercent: percentOf(snapshot.Progress),
    description: snapshot.Description ? snapshot.Description : null,
  };
}

/** EC2 reports progress as "42%". */
export function percentOf(progress: string | undefined): number | null {
  if (!progress) return null;
  const value = Number.parseFloat(progress.replace('%', ''));
  return Number.isFinite(value) ? value : null;
}
