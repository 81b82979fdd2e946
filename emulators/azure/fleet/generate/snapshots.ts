// Snapshots of about a third of the disks, in every documented access state.
import { sometimeAfter } from '../../../kit/time.js';
import type { Random } from '../../../kit/prng.js';
import { armTime } from '../time.js';
import type { AzureDisk, AzureSnapshot, AzureSnapshotAccessState } from '../types.js';
import { AZURE_SNAPSHOT_ACCESS_STATES } from '../types.js';
import type { ScopeBuilder } from './context.js';

const ACCESS_STATE_WEIGHTS: readonly (readonly [AzureSnapshotAccessState, number])[] = [
  ['Available', 85],
  ['AvailableWithInstantAccess', 4],
  ['InstantAccess', 4],
  ['Pending', 5],
  ['Unknown', 2],
];

export function takeSnapshots(b: ScopeBuilder): void {
  const { rng, scope } = b;
  for (const disk of [...scope.disks]) {
    if (!rng.chance(0.3)) continue;
    const family = rng.uuid();
    const count = rng.int(1, 2);
    for (let k = 0; k < count; k++) scope.snapshots.push(newSnapshot(rng, disk, rng.weighted(ACCESS_STATE_WEIGHTS), family));
  }
  coverAccessStates(rng, scope.snapshots);
}

/** Every access state appears somewhere, and one snapshot failed (when there are snapshots to spare). */
function coverAccessStates(rng: Random, snapshots: AzureSnapshot[]): void {
  if (snapshots.length < 2 * AZURE_SNAPSHOT_ACCESS_STATES.length) return;
  for (const needed of AZURE_SNAPSHOT_ACCESS_STATES) {
    if (snapshots.some((s) => s.properties.snapshotAccessState === needed)) continue;
    const victim = snapshots.find((s, i) => s.properties.snapshotAccessState === 'Available' && i % 2 === 1);
    if (victim) setSnapshotAccess(rng, victim, needed);
  }
  const failed = snapshots.find((s) => s.properties.snapshotAccessState === 'Available');
  if (failed) {
    failed.properties.provisioningState = 'Failed';
    failed.properties.snapshotAccessState = 'Unknown';
  }
}

/** `family`: the incremental snapshot family the disk's snapshots share. */
function newSnapshot(rng: Random, disk: AzureDisk, access: AzureSnapshotAccessState, family: string): AzureSnapshot {
  const created = sometimeAfter(rng, Date.parse(disk.properties.timeCreated));
  const rg = disk.id.split('/')[4]!;
  const sub = disk.id.split('/')[2]!;
  const name = `${disk.name.split('_OsDisk_')[0]!}-snap-${created.toISOString().slice(0, 10).replaceAll('-', '')}-${rng.hex(4)}`;
  const incremental = rng.chance(0.8);
  const snapshot: AzureSnapshot = {
    id: `/subscriptions/${sub}/resourceGroups/${rg}/providers/Microsoft.Compute/snapshots/${name}`,
    name,
    type: 'Microsoft.Compute/snapshots',
    location: disk.location,
    tags: rng.chance(0.5) ? { 'backup-policy': 'daily' } : {},
    sku: { name: rng.chance(0.8) ? 'Standard_LRS' : 'Standard_ZRS', tier: 'Standard' },
    properties: {
      ...(disk.properties.osType ? { osType: disk.properties.osType, hyperVGeneration: disk.properties.hyperVGeneration } : {}),
      creationData: { createOption: 'Copy', sourceResourceId: disk.id, sourceUniqueId: disk.properties.uniqueId },
      diskSizeGB: disk.properties.diskSizeGB,
      diskSizeBytes: disk.properties.diskSizeBytes,
      uniqueId: rng.uuid(),
      provisioningState: 'Succeeded',
      timeCreated: armTime(created),
      incremental,
      ...(incremental ? { incrementalSnapshotFamilyId: family } : {}),
      encryption: { type: disk.properties.encryption.type },
      networkAccessPolicy: 'AllowAll',
      publicNetworkAccess: 'Enabled',
      snapshotAccessState: 'Available',
      diskState: 'Unattached',
    },
  };
  setSnapshotAccess(rng, snapshot, access);
  return snapshot;
}

function setSnapshotAccess(rng: Random, snapshot: AzureSnapshot, access: AzureSnapshotAccessState): void {
  snapshot.properties.snapshotAccessState = access;
  if (access === 'Pending') snapshot.properties.completionPercent = rng.int(5, 95);
  else delete snapshot.properties.completionPercent;
}
