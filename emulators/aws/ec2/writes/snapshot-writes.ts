// CreateSnapshot: a `pending` snapshot of the volume, its progress growing each step until it is
// `completed` (or, when a test planted a failure, `error` with EC2's state message).
// DeleteSnapshot: gone at once; a snapshot an image is made from cannot be deleted.
import { imagesFor } from '../../fleet/catalogue.js';
import type { Ec2Snapshot } from '../../../fleet.js';
import { Ec2Error } from '../errors.js';
import { optionalTags } from '../describe.js';
import { required, writeAction, type WriteContext } from './context.js';
import { tagsFor } from './launch-params.js';
import { snapshotOf, volumeOf } from './lookup.js';

const PROGRESS_STEPS = ['40%', '80%'];

export const createSnapshot = writeAction({
  check(ctx: WriteContext) {
    const volume = volumeOf(ctx, required(ctx, 'VolumeId'));
    if (volume.state !== 'available' && volume.state !== 'in-use') {
      throw new Ec2Error('IncorrectState', `The volume '${volume.volumeId}' is in the '${volume.state}' state.`);
    }
    return volume;
  },
  apply(volume, ctx) {
    const { allocator, writeRandom } = ctx.fleet.aws;
    const snapshot: Ec2Snapshot = {
      snapshotId: allocator.id('snap', writeRandom),
      ownerId: ctx.account,
      volumeId: volume.volumeId,
      volumeSize: volume.size,
      state: 'pending',
      stateMessage: null,
      startTime: ctx.now,
      progress: '0%',
      description: ctx.params.get('Description') ?? '',
      encrypted: volume.encrypted,
      kmsKeyId: volume.kmsKeyId,
      storageTier: 'standard',
      tags: tagsFor(ctx.params, 'snapshot'),
    };
    ctx.scope.snapshots.push(snapshot);
    const failure = ctx.writes.failures.take('CreateSnapshot');
    const steps = PROGRESS_STEPS.map((progress) => () => void (snapshot.progress = progress));
    const end = failure
      ? () => Object.assign(snapshot, { state: 'error', stateMessage: failure.message ?? 'Snapshot creation failed: internal error' })
      : () => Object.assign(snapshot, { state: 'completed', progress: '100%' });
    ctx.writes.steps.run([...steps, end]);
    return {
      snapshotId: snapshot.snapshotId,
      volumeId: snapshot.volumeId,
      status: snapshot.state,
      startTime: snapshot.startTime,
      progress: snapshot.progress,
      ownerId: snapshot.ownerId,
      volumeSize: snapshot.volumeSize,
      description: snapshot.description,
      encrypted: snapshot.encrypted,
      kmsKeyId: snapshot.kmsKeyId,
      storageTier: snapshot.storageTier,
      tagSet: optionalTags(snapshot.tags),
    };
  },
});

export const deleteSnapshot = writeAction({
  check(ctx: WriteContext) {
    const snapshot = snapshotOf(ctx, required(ctx, 'SnapshotId'));
    const image = imagesFor(ctx.region).find((i) => i.rootSnapshotId === snapshot.snapshotId);
    if (image) {
      throw new Ec2Error('InvalidSnapshot.InUse', `The snapshot ${snapshot.snapshotId} is currently in use by ${image.imageId}`);
    }
    return snapshot;
  },
  apply(snapshot, ctx) {
    ctx.scope.snapshots = ctx.scope.snapshots.filter((s) => s !== snapshot);
    return { return: true };
  },
});
