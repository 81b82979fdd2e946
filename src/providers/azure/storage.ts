// Managed disks and snapshots → Volume, Snapshot. Pure. Azure encrypts every managed disk and
// snapshot at rest (platform- or customer-managed keys), so `encrypted` is always true; the key
// type is in extras.
import type { Disk, Snapshot as ArmSnapshot } from '@azure/arm-compute';
import { dateOrNull, extrasOf } from '../common.js';
import type { Snapshot, Volume } from '../types.js';
import { armRef, parseArmId } from './arm-ids.js';
import { baseOf, resourceGroupOf, zoneOf } from './common.js';
import { snapshotStateOf, volumeStateOf } from './states.js';

const isType = (id: string | undefined, type: string) => (id ? parseArmId(id)?.type.toLowerCase() === type.toLowerCase() : false);

export function mapDisk(subscriptionId: string, disk: Disk): Volume {
  const location = disk.location.toLowerCase();
  const { state, providerState } = volumeStateOf(disk.diskState, disk.provisioningState);
  const source = disk.creationData?.sourceResourceId;
  return {
    ...baseOf(subscriptionId, 'volume', disk),
    extras: extrasOf({
      resourceGroup: resourceGroupOf(disk.id),
      diskState: disk.diskState,
      provisioningState: disk.provisioningState,
      skuTier: disk.sku?.tier,
      performanceTier: disk.tier,
      throughputMBps: disk.diskMBpsReadWrite,
      encryptionType: disk.encryption?.type,
      diskEncryptionSetId: disk.encryption?.diskEncryptionSetId,
      networkAccessPolicy: disk.networkAccessPolicy,
      publicNetworkAccess: disk.publicNetworkAccess,
      osType: disk.osType,
      createOption: disk.creationData?.createOption,
      sourceResourceId: source,
      imageReferenceId: disk.creationData?.imageReference?.id,
      uniqueId: disk.uniqueId,
      managedBy: disk.managedBy,
      zones: disk.zones?.join(','),
    }),
    zone: zoneOf(location, disk.zones),
    state,
    providerState,
    sizeGiB: disk.diskSizeGB ?? 0,
    volumeType: disk.sku?.name ?? null,
    iops: disk.diskIopsReadWrite ?? null,
    encrypted: true,
    createdAt: dateOrNull(disk.timeCreated),
    snapshotId: isType(source, 'Microsoft.Compute/snapshots') ? armRef(subscriptionId, location, 'snapshot', source) : null,
    // The disk names the VM holding it, not the LUN: that is on the VM.
    attachments: disk.managedBy ? [{ vmId: armRef(subscriptionId, location, 'vm', disk.managedBy)!, device: null, deleteOnTermination: null, state: 'ATTACHED' as const, providerState: null }] : [],
  };
}

export function mapSnapshot(subscriptionId: string, snapshot: ArmSnapshot): Snapshot {
  const location = snapshot.location.toLowerCase();
  const { state, providerState } = snapshotStateOf(snapshot.snapshotAccessState, snapshot.provisioningState, snapshot.completionPercent);
  const source = snapshot.creationData?.sourceResourceId;
  return {
    ...baseOf(subscriptionId, 'snapshot', snapshot),
    extras: extrasOf({
      resourceGroup: resourceGroupOf(snapshot.id),
      snapshotAccessState: snapshot.snapshotAccessState,
      provisioningState: snapshot.provisioningState,
      incremental: snapshot.incremental,
      incrementalSnapshotFamilyId: snapshot.incrementalSnapshotFamilyId,
      sku: snapshot.sku?.name,
      encryptionType: snapshot.encryption?.type,
      osType: snapshot.osType,
      sourceResourceId: source,
      uniqueId: snapshot.uniqueId,
    }),
    state,
    providerState,
    sizeGiB: snapshot.diskSizeGB ?? 0,
    volumeId: isType(source, 'Microsoft.Compute/disks') ? armRef(subscriptionId, location, 'volume', source) : null,
    encrypted: true,
    createdAt: dateOrNull(snapshot.timeCreated),
    progressPercent: snapshot.completionPercent ?? (state === 'COMPLETED' ? 100 : null),
    description: null,
  };
}
