// Managed disks and snapshots → Volume, Snapshot. Pure. Azure encrypts every managed disk and
// snapshot at rest (platform- or customer-managed keys), so `encrypted` is always true; the key
// type is in extras.
import type { Disk, Snapshot as ArmSnapshot } from '@azure/arm-compute';
import { dateOrNull, extrasOf, unique } from '../common.js';
import type { Snapshot, Volume } from '../types.js';
import { armRef, canonicalArmId, parseArmId } from './arm-ids.js';
import { baseOf, resourceGroupOf, zoneOf } from './common.js';
import { attachmentStateOf, snapshotStateOf, volumeStateOf } from './states.js';

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
    attachments: attachmentsOf(subscriptionId, location, disk),
  };
}

/**
 * The VMs holding the disk: `managedBy`, and for a shared disk (maxShares > 1) every VM of
 * `managedByExtended`. The disk names them, not the LUN (that is on the VM); the attachment's state
 * is the disk's (attachmentStateOf). A data disk being detached (`toBeDetached` on the VM) shows
 * only on the VM listing, which the disk listing is not joined with.
 */
function attachmentsOf(subscriptionId: string, location: string, disk: Disk): Volume['attachments'] {
  const vms = unique([disk.managedBy, ...(disk.managedByExtended ?? [])].flatMap((id) => (id ? [canonicalArmId(id)] : [])));
  const { state, providerState } = attachmentStateOf(disk.diskState);
  return vms.map((id) => ({ vmId: armRef(subscriptionId, location, 'vm', id)!, state, providerState, device: null, deleteOnTermination: null }));
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
