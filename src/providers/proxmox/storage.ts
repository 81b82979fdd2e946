// Storage content → Volume, guest snapshots → Snapshot. A volume is a guest disk a storage lists
// (content `images`: VM disks, `rootdir`: container volumes); ISO images, container templates and
// backups are not volumes. A disk belongs to the guest whose vmid it carries (Proxmox names disks
// after their guest), so it is IN_USE while that guest exists — an unused disk (`unused0` in the
// guest's config) counts too, as telling it apart costs a config read per guest. A volume on a
// node's local storage is named `<node>/<volid>` (each node has its own `local-lvm`), one on
// shared storage by its volid. A snapshot is of the whole guest (every disk, and RAM when
// `vmstate`), named `<vmid>/<name>`; Proxmox gives no snapshot size.
import { extrasOf, resourceBase } from '../common.js';
import { globalId } from '../ids.js';
import type { Scope, Snapshot, Volume } from '../types.js';
import { vmIdOf } from './guests.js';
import type { PveContentItem, PveResource, PveSnapshotItem, PveStorageResource } from './wire.js';

export const GUEST_DISK_CONTENT = new Set(['images', 'rootdir']);

export function volumeNativeId(storage: PveStorageResource, volid: string): string {
  return storage.shared === 1 ? volid : `${storage.node}/${volid}`;
}

export function volumeIdOf(owner: Scope, storage: PveStorageResource, volid: string): string {
  return globalId(owner, 'volume', volumeNativeId(storage, volid));
}

/** `vmExists`: whether the vmid the disk carries is a guest that is listed (not a template, not gone). */
export function mapVolume(owner: Scope, storage: PveStorageResource, item: PveContentItem, vmExists: (vmid: number) => boolean): Volume {
  const vmid = item.vmid === undefined ? null : Number(item.vmid);
  const attached = vmid !== null && vmExists(vmid);
  return {
    ...resourceBase(owner, 'volume', volumeNativeId(storage, item.volid), item.volid, []),
    extras: extrasOf({ storage: storage.storage, storageType: storage.plugintype, content: item.content, format: item.format, usedBytes: item.used, vmid: vmid ?? undefined, notes: item.notes, parent: item.parent }),
    zone: storage.shared === 1 ? null : storage.node,
    state: attached ? 'IN_USE' : 'AVAILABLE',
    providerState: '',
    sizeGiB: Math.ceil((item.size ?? 0) / 1024 ** 3),
    volumeType: storage.plugintype ?? null,
    iops: null,
    encrypted: false,
    createdAt: item.ctime ? new Date(item.ctime * 1000) : null,
    snapshotId: null,
    attachments: attached ? [{ vmId: vmIdOf(owner, vmid!), state: 'ATTACHED' as const, providerState: null, device: null, deleteOnTermination: null }] : [],
  };
}

/** One guest's snapshots, without the `current` entry (the live state, not a snapshot). */
export function mapSnapshots(owner: Scope, guest: PveResource, items: readonly PveSnapshotItem[]): Snapshot[] {
  return items
    .filter((item) => item.name !== 'current')
    .map((item) => ({
      ...resourceBase(owner, 'snapshot', `${guest.vmid}/${item.name}`, item.name, []),
      extras: extrasOf({ vmId: vmIdOf(owner, guest.vmid), node: guest.node, guestType: guest.type, withMemory: item.vmstate === 1, parent: item.parent }),
      state: 'COMPLETED' as const,
      providerState: '',
      sizeGiB: 0,
      volumeId: null,
      encrypted: false,
      createdAt: item.snaptime ? new Date(item.snaptime * 1000) : null,
      progressPercent: null,
      description: item.description?.trim() || null,
    }));
}
