// Snapshots (global) of about a third of the READY disks, one or two each, scheduled or manual;
// then every snapshot status made present (when there are enough snapshots to spare).
import { sometimeAfter } from '../../../kit/time.js';
import { computeUrl, gcpTimestamp } from '../catalogue.js';
import type { GceDisk, GceSnapshot, GceSnapshotStatus } from '../types.js';
import { fingerprint, type ProjectBuilder } from './context.js';

const SNAPSHOT_STATUS_WEIGHTS: readonly (readonly [GceSnapshotStatus, number])[] = [
  ['READY', 90],
  ['CREATING', 3],
  ['UPLOADING', 3],
  ['FAILED', 2],
  ['DELETING', 2],
];

export function addSnapshots(b: ProjectBuilder): void {
  for (const regionData of b.data.regions) {
    for (const disk of regionData.disks) {
      if (disk.status !== 'READY' || !b.rng.chance(0.3)) continue;
      const count = b.rng.int(1, 2);
      for (let k = 0; k < count; k++) b.data.snapshots.push(newSnapshot(b, disk, regionData.region, k + 1));
    }
  }
  ensureEverySnapshotStatus(b.data.snapshots);
}

function newSnapshot(b: ProjectBuilder, disk: GceDisk, region: string, ordinal: number): GceSnapshot {
  const { rng } = b;
  const status = rng.weighted(SNAPSHOT_STATUS_WEIGHTS);
  const at = sometimeAfter(rng, Date.parse(disk.creationTimestamp));
  const autoCreated = rng.chance(0.5);
  const stamp = at.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  const name = autoCreated ? `${disk.name.slice(0, 30)}-${stamp}-${rng.hex(8)}` : `${disk.name.slice(0, 40)}-backup-${ordinal}`;
  return {
    kind: 'compute#snapshot',
    id: b.allocator.id(rng),
    creationTimestamp: gcpTimestamp(at),
    name,
    description: autoCreated ? `Scheduled snapshot of ${disk.name}` : `Manual snapshot before upgrade of ${disk.name}`,
    status,
    sourceDisk: disk.selfLink,
    sourceDiskId: disk.id,
    diskSizeGb: disk.sizeGb,
    storageBytes: status === 'READY' ? String(Math.round(Number(disk.sizeGb) * 1024 ** 3 * (0.05 + rng.float() * 0.5))) : '0',
    storageBytesStatus: status === 'READY' ? 'UP_TO_DATE' : 'UPDATING',
    storageLocations: [region.startsWith('europe') ? 'eu' : 'us'],
    ...(disk.licenses ? { licenses: [...disk.licenses] } : {}),
    labels: autoCreated ? {} : { reason: 'pre-upgrade' },
    labelFingerprint: fingerprint(rng),
    autoCreated,
    snapshotType: rng.chance(0.1) ? 'ARCHIVE' : 'STANDARD',
    ...(disk.architecture ? { architecture: disk.architecture } : {}),
    ...(disk.diskEncryptionKey ? { snapshotEncryptionKey: { ...disk.diskEncryptionKey } } : {}),
    selfLink: computeUrl.global(b.projectId, 'snapshots', name),
  };
}

/** Every snapshot status appears somewhere (when there are enough snapshots to spare). */
function ensureEverySnapshotStatus(snapshots: GceSnapshot[]): void {
  const wanted: GceSnapshotStatus[] = ['CREATING', 'UPLOADING', 'FAILED', 'DELETING'];
  for (const status of wanted) {
    if (snapshots.length <= wanted.length * 2 || snapshots.some((s) => s.status === status)) continue;
    const victim = snapshots.find((s, i) => s.status === 'READY' && i % wanted.length === wanted.indexOf(status)) ?? snapshots.find((s) => s.status === 'READY');
    if (victim) {
      victim.status = status;
      victim.storageBytes = '0';
      victim.storageBytesStatus = 'UPDATING';
    }
  }
}
