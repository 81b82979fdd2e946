// EBS volumes: a root volume from the image's snapshot, data volumes of the types real fleets use
// (their IOPS and throughput as EC2 sets them), and loose ones.
import type { AwsTag, Ec2Image, Ec2Instance, Ec2Volume } from '../types.js';
import type { ScopeBuilder } from './context.js';

export interface VolumeSpec {
  /** The instance it is attached to, at `device`; loose when null. */
  instance: Ec2Instance | null;
  zone: string;
  device: string | null;
  /** The image a root volume is made from. */
  root: Ec2Image | null;
  tags: AwsTag[];
  createTime: Date;
}

export function newVolume(b: ScopeBuilder, spec: VolumeSpec): Ec2Volume {
  const { rng } = b;
  const { instance, device, root, createTime } = spec;
  const { volumeType, size } = root ? rootShape(b, root) : dataShape(b);
  const { iops, throughput } = performance(b, volumeType, size);
  const encrypted = rng.chance(0.6);
  return {
    volumeId: b.ctx.allocator.id('vol', rng),
    ownerId: b.ctx.account,
    size,
    snapshotId: root ? root.rootSnapshotId : '',
    availabilityZone: spec.zone,
    state: instance ? 'in-use' : 'available',
    createTime,
    attachments:
      instance && device
        ? [{ instanceId: instance.instanceId, device, state: 'attached', attachTime: createTime, deleteOnTermination: root ? true : rng.chance(0.2) }]
        : [],
    volumeType,
    iops,
    throughput,
    encrypted,
    kmsKeyId: encrypted ? `arn:aws:kms:${b.ctx.region.region}:${b.ctx.account}:key/${rng.uuid()}` : null,
    multiAttachEnabled: false,
    tags: spec.tags,
  };
}

function rootShape(b: ScopeBuilder, root: Ec2Image): { volumeType: Ec2Volume['volumeType']; size: number } {
  const volumeType = b.rng.chance(0.8) ? 'gp3' : 'gp2';
  return { volumeType, size: Math.max(root.rootSizeGiB, b.rng.pick([8, 8, 16, 20, 30, 50])) };
}

function dataShape(b: ScopeBuilder): { volumeType: Ec2Volume['volumeType']; size: number } {
  const { rng } = b;
  const volumeType = rng.weighted([
    ['gp3', 5],
    ['gp2', 2],
    ['io2', 1],
    ['st1', 1],
  ] as const);
  const sizes = volumeType === 'st1' ? [125, 500, 1000, 2000] : volumeType === 'io2' ? [50, 100, 200, 400] : [20, 50, 100, 200, 500];
  return { volumeType, size: rng.pick(sizes) };
}

function performance(b: ScopeBuilder, volumeType: Ec2Volume['volumeType'], size: number): { iops: number | null; throughput: number | null } {
  const { rng } = b;
  if (volumeType === 'gp3') {
    const iops = rng.chance(0.8) ? 3000 : rng.pick([4000, 6000, 10000]);
    return { iops, throughput: iops === 3000 ? 125 : rng.pick([250, 500]) };
  }
  if (volumeType === 'gp2') return { iops: Math.min(16000, Math.max(100, size * 3)), throughput: null };
  if (volumeType === 'io2') return { iops: rng.pick([1000, 3000, 8000, 16000]), throughput: null };
  return { iops: null, throughput: null };
}
