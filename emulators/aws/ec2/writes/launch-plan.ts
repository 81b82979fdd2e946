// RunInstances, checked: the image, the type offered for it, the subnet (given, or the zone's
// default subnet), the security groups (given, or the VPC's default group), the disks of the
// block device mappings and the account's limits — everything EC2 refuses a launch for.
import { imagesFor } from '../../fleet/catalogue.js';
import type { AwsTag, Ec2Image, Ec2InstanceTypeInfo, Ec2SecurityGroup, Ec2Subnet } from '../../../fleet.js';
import { Ec2Error } from '../errors.js';
import { awsId } from '../describe.js';
import { required, type WriteContext } from './context.js';
import { writeErrors } from './errors.js';
import type { DiskPlan } from './launch-parts.js';
import { blockDeviceMappings, tagsFor } from './launch-params.js';
import { offeredType } from './offerings.js';

export interface LaunchPlan {
  image: Ec2Image;
  type: Ec2InstanceTypeInfo;
  count: number;
  subnet: Ec2Subnet;
  groups: Ec2SecurityGroup[];
  disks: DiskPlan[];
  instanceTags: AwsTag[];
  volumeTags: AwsTag[];
  keyName: string | null;
}

export function planLaunch(ctx: WriteContext): LaunchPlan {
  const image = imageOf(ctx, required(ctx, 'ImageId'));
  const type = offeredType(required(ctx, 'InstanceType'), image.architecture);
  const count = countOf(ctx);
  const subnet = subnetOf(ctx);
  const groups = groupsOf(ctx, subnet);
  const disks = disksOf(ctx, image);
  ctx.writes.limits.checkVcpus(ctx.scope, count * type.defaultVCpus);
  ctx.writes.limits.checkStorage(ctx.scope, count * disks.reduce((n, d) => n + d.sizeGiB, 0), disks[0]!.volumeType);
  return { image, type, count, subnet, groups, disks, instanceTags: tagsFor(ctx.params, 'instance'), volumeTags: tagsFor(ctx.params, 'volume'), keyName: ctx.params.get('KeyName') ?? null };
}

function imageOf(ctx: WriteContext, imageId: string): Ec2Image {
  if (!awsId('ami').test(imageId)) throw new Ec2Error('InvalidAMIID.Malformed', `Invalid id: "${imageId}" (expecting "ami-...")`);
  const image = imagesFor(ctx.region).find((i) => i.imageId === imageId);
  if (!image) throw writeErrors.imageNotFound(imageId);
  return image;
}

/** MaxCount instances (EC2 launches as many as it can between MinCount and MaxCount; the emulator always can). */
function countOf(ctx: WriteContext): number {
  const min = ctx.params.integer('MinCount') ?? 1;
  const max = ctx.params.integer('MaxCount') ?? min;
  if (min < 1 || max < min) throw new Ec2Error('InvalidParameterValue', `Invalid MinCount (${min}) and MaxCount (${max}): 1 ≤ MinCount ≤ MaxCount.`);
  return max;
}

function subnetOf(ctx: WriteContext): Ec2Subnet {
  const zone = ctx.params.get('Placement.AvailabilityZone');
  if (zone !== undefined && !ctx.scope.zones.includes(zone)) {
    throw new Ec2Error('InvalidParameterValue', `Invalid availability zone: [${zone}]`);
  }
  const subnetId = ctx.params.get('SubnetId');
  if (subnetId !== undefined) {
    const subnet = ctx.scope.subnets.find((s) => s.subnetId === subnetId);
    if (!subnet) throw writeErrors.subnetNotFound(subnetId);
    if (zone !== undefined && subnet.availabilityZone !== zone) {
      throw new Ec2Error('InvalidParameterValue', `The subnet '${subnetId}' is not in availability zone ${zone}.`);
    }
    return subnet;
  }
  const defaults = ctx.scope.subnets.filter((s) => s.defaultForAz);
  const subnet = zone === undefined ? defaults[0] : defaults.find((s) => s.availabilityZone === zone);
  if (!subnet) throw new Ec2Error('VPCIdNotSpecified', 'No default VPC for this user. GroupName is only supported for EC2-Classic and default VPC.');
  return subnet;
}

function groupsOf(ctx: WriteContext, subnet: Ec2Subnet): Ec2SecurityGroup[] {
  const ids = ctx.params.list('SecurityGroupId');
  if (ids.length === 0) {
    const fallback = ctx.scope.securityGroups.find((g) => g.vpcId === subnet.vpcId && g.groupName === 'default');
    return fallback ? [fallback] : [];
  }
  return ids.map((id) => {
    const group = ctx.scope.securityGroups.find((g) => g.groupId === id);
    if (!group) throw writeErrors.groupNotFound(id);
    if (group.vpcId !== subnet.vpcId) {
      throw new Ec2Error('InvalidParameter', `Security group ${id} and subnet ${subnet.subnetId} belong to different networks.`);
    }
    return group;
  });
}

/** The root disk (the image's snapshot, at least its size), then every other mapping as an empty data volume. */
function disksOf(ctx: WriteContext, image: Ec2Image): DiskPlan[] {
  const mappings = blockDeviceMappings(ctx.params);
  const rootMapping = mappings.find((m) => m.device === image.rootDeviceName);
  const rootSize = rootMapping?.sizeGiB ?? image.rootSizeGiB;
  if (rootSize < image.rootSizeGiB) throw writeErrors.smallRoot(rootSize, image.rootSnapshotId, image.rootSizeGiB);
  const root: DiskPlan = {
    device: image.rootDeviceName,
    sizeGiB: rootSize,
    volumeType: rootMapping?.volumeType ?? 'gp3',
    deleteOnTermination: rootMapping?.deleteOnTermination ?? true,
    snapshotId: image.rootSnapshotId,
  };
  const data = mappings
    .filter((m) => m !== rootMapping)
    .map((m): DiskPlan => {
      if (m.sizeGiB === undefined) throw new Ec2Error('InvalidBlockDeviceMapping', `The device '${m.device}' needs a volume size or a snapshot.`);
      return { device: m.device, sizeGiB: m.sizeGiB, volumeType: m.volumeType ?? 'gp3', deleteOnTermination: m.deleteOnTermination ?? true, snapshotId: '' };
    });
  return [root, ...data];
}
