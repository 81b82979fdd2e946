// EBS snapshots of about a third of the volumes, taken before some of those volumes go away with
// terminated instances; every snapshot state appears when there are snapshots to spare.
import { sometimeAfter } from '../../../kit/time.js';
import type { Ec2Snapshot, Ec2Volume } from '../types.js';
import { tag, type ScopeBuilder } from './context.js';

type SnapshotState = Ec2Snapshot['state'];

export function takeSnapshots(b: ScopeBuilder): void {
  const { rng, scope } = b;
  for (const volume of [...scope.volumes]) {
    if (!rng.chance(0.3)) continue;
    const count = rng.int(1, 2);
    for (let k = 0; k < count; k++) {
      const state = rng.weighted<SnapshotState>([
        ['completed', 90],
        ['pending', 7],
        ['error', 3],
      ]);
      scope.snapshots.push(newSnapshot(b, volume, state));
    }
  }
  for (const needed of ['pending', 'error'] as const) {
    if (scope.snapshots.length > 3 && !scope.snapshots.some((s) => s.state === needed)) {
      const victim = scope.snapshots.find((s, i) => s.state === 'completed' && i % 2 === (needed === 'pending' ? 0 : 1));
      if (victim) setSnapshotState(b, victim, needed);
    }
  }
}

function newSnapshot(b: ScopeBuilder, volume: Ec2Volume, state: SnapshotState): Ec2Snapshot {
  const { rng } = b;
  const startTime = sometimeAfter(rng, volume.createTime.getTime());
  const snapshot: Ec2Snapshot = {
    snapshotId: b.ctx.allocator.id('snap', rng),
    ownerId: b.ctx.account,
    volumeId: volume.volumeId,
    volumeSize: volume.size,
    state: 'completed',
    stateMessage: null,
    startTime,
    progress: '100%',
    description: rng.pick([`Daily backup of ${volume.volumeId}`, 'Created by AWS Backup', `Manual snapshot before upgrade (${volume.volumeId})`]),
    encrypted: volume.encrypted,
    kmsKeyId: volume.kmsKeyId,
    storageTier: 'standard',
    tags: rng.chance(0.5) ? [tag('backup-policy', 'daily')] : [],
  };
  setSnapshotState(b, snapshot, state);
  return snapshot;
}

function setSnapshotState(b: ScopeBuilder, snapshot: Ec2Snapshot, state: SnapshotState): void {
  snapshot.state = state;
  if (state === 'pending') {
    snapshot.progress = `${b.rng.int(5, 95)}%`;
    snapshot.stateMessage = null;
  } else if (state === 'error') {
    snapshot.progress = `${b.rng.int(0, 60)}%`;
    snapshot.stateMessage = 'Snapshot creation failed: internal error';
  } else {
    snapshot.progress = '100%';
    snapshot.stateMessage = null;
  }
}
