// ModifyVolume and DescribeVolumesModifications: a bigger size (or another type or IOPS) is
// `modifying`, then `optimizing` one step later — where the new size is the volume's, as on EC2 —
// then `completed`; a planted failure ends it `failed` with the volume unchanged.
import type { Ec2Volume } from '../../../fleet.js';
import { Ec2Error } from '../errors.js';
import type { XmlObject } from '../xml.js';
import { required, writeAction, type WriteContext } from './context.js';
import { writeErrors } from './errors.js';
import { volumeOf } from './lookup.js';
import type { VolumeModification } from './volume-modifications.js';

const VOLUME_TYPES: readonly string[] = ['gp3', 'gp2', 'io1', 'io2', 'st1', 'sc1', 'standard'];

export const modifyVolume = writeAction({
  check(ctx: WriteContext) {
    const volume = volumeOf(ctx, required(ctx, 'VolumeId'));
    const size = ctx.params.integer('Size') ?? volume.size;
    const volumeType = ctx.params.get('VolumeType') ?? volume.volumeType;
    const iops = ctx.params.integer('Iops') ?? volume.iops;
    if (!VOLUME_TYPES.includes(volumeType)) throw writeErrors.unknownVolumeType(volumeType);
    if (size < volume.size) throw writeErrors.smallerVolume(volume.volumeId, volume.size, size);
    if (size > 16384) throw writeErrors.badSize(String(size));
    if (size === volume.size && volumeType === volume.volumeType && iops === volume.iops) {
      throw new Ec2Error('InvalidParameterValue', `New configuration of volume ${volume.volumeId} is the same as its current one.`);
    }
    if (ctx.writes.modifications.inProgress(volume.volumeId)) throw writeErrors.alreadyModifying(volume.volumeId);
    if (volume.state !== 'available' && volume.state !== 'in-use') throw writeErrors.incorrectVolumeState(volume.volumeId, volume.state);
    ctx.writes.limits.checkStorage(ctx.scope, size - volume.size, volumeType);
    return { volume, size, volumeType: volumeType as Ec2Volume['volumeType'], iops };
  },
  apply({ volume, size, volumeType, iops }, ctx) {
    const modification: VolumeModification = {
      volumeId: volume.volumeId,
      modificationState: 'modifying',
      statusMessage: null,
      targetSize: size,
      originalSize: volume.size,
      targetVolumeType: volumeType,
      originalVolumeType: volume.volumeType,
      targetIops: iops,
      originalIops: volume.iops,
      progress: 0,
      startTime: ctx.now,
      endTime: null,
    };
    ctx.writes.modifications.record(modification);
    const failure = ctx.writes.failures.take('ModifyVolume');
    const fail = () => {
      modification.modificationState = 'failed';
      modification.statusMessage = failure?.message ?? 'The modification failed: internal error.';
      modification.endTime = ctx.fleet.now();
    };
    const optimize = () => {
      Object.assign(volume, { size, volumeType, iops });
      Object.assign(modification, { modificationState: 'optimizing', progress: 50 });
    };
    const complete = () => Object.assign(modification, { modificationState: 'completed', progress: 100, endTime: ctx.fleet.now() });
    ctx.writes.steps.run(failure ? [fail] : [optimize, complete]);
    return { volumeModification: renderModification(modification) };
  },
});

/** DescribeVolumesModifications for `VolumeId.N` (every recorded one when none is named); not paged. */
export function describeVolumesModifications(ctx: WriteContext): XmlObject {
  const ids = ctx.params.list('VolumeId');
  for (const id of ids) volumeOf(ctx, id);
  const wanted = ids.length === 0 ? ctx.writes.modifications.all().filter((m) => ctx.scope.volumes.some((v) => v.volumeId === m.volumeId)) : ids.flatMap((id) => ctx.writes.modifications.of(id) ?? []);
  return { volumeModificationSet: wanted.map(renderModification) };
}

function renderModification(m: VolumeModification): XmlObject {
  return {
    volumeId: m.volumeId,
    modificationState: m.modificationState,
    statusMessage: m.statusMessage,
    targetSize: m.targetSize,
    targetIops: m.targetIops,
    targetVolumeType: m.targetVolumeType,
    originalSize: m.originalSize,
    originalIops: m.originalIops,
    originalVolumeType: m.originalVolumeType,
    progress: m.progress,
    startTime: m.startTime,
    endTime: m.endTime,
  };
}
