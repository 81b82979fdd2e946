// Finding the targets of a write in the caller's scope, with EC2's malformed and not-found errors.
import type { Ec2Instance, Ec2Snapshot, Ec2Volume } from '../../../fleet.js';
import { Ec2Error } from '../errors.js';
import { awsId } from '../describe.js';
import type { WriteContext } from './context.js';
import { writeErrors } from './errors.js';

export function instanceOf(ctx: WriteContext, id: string): Ec2Instance {
  if (!awsId('i').test(id)) throw writeErrors.instanceMalformed(id);
  const instance = ctx.scope.instances.find((i) => i.instanceId === id);
  if (!instance) throw writeErrors.instanceNotFound(id);
  return instance;
}

export function volumeOf(ctx: WriteContext, id: string): Ec2Volume {
  if (!awsId('vol').test(id)) throw new Ec2Error('InvalidVolumeID.Malformed', `Invalid id: "${id}"`);
  const volume = ctx.scope.volumes.find((v) => v.volumeId === id);
  if (!volume) throw writeErrors.volumeNotFound(id);
  return volume;
}

export function snapshotOf(ctx: WriteContext, id: string): Ec2Snapshot {
  if (!awsId('snap').test(id)) throw new Ec2Error('InvalidSnapshotID.Malformed', `Invalid id: "${id}"`);
  const snapshot = ctx.scope.snapshots.find((s) => s.snapshotId === id);
  if (!snapshot) throw writeErrors.snapshotNotFound(id);
  return snapshot;
}

/** `InstanceId.N`: at least one, each found. */
export function instancesOf(ctx: WriteContext): Ec2Instance[] {
  const ids = ctx.params.list('InstanceId');
  if (ids.length === 0) throw writeErrors.missingParameter('InstanceId');
  return [...new Set(ids)].map((id) => instanceOf(ctx, id));
}
