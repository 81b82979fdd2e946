// The scope's instances, launched in groups that share a VPC subnet, an image, a type and tags;
// each with its interfaces (some with secondary private addresses, IPv6 in dual-stack subnets, a
// second interface for management), maybe Elastic IPs, a root volume and 0–2 data volumes. A few
// run with fewer cores or threads than their type's default (CpuOptions, as licensing asks).
import { DAY, HOUR, MINUTE, atSecond, beforeEpoch } from '../../../kit/time.js';
import { TAG_VOCABULARY } from '../../../kit/vocabulary.js';
import { DATA_DISKS_PER_VM, WorkloadNames, launchInGroups, workloadLabels } from '../../../kit/workloads.js';
import { EC2_INSTANCE_TYPES, imagesFor } from '../catalogue.js';
import type { AwsTag, Ec2Image, Ec2Instance, Ec2InstanceTypeInfo, Ec2SecurityGroup, Ec2Subnet } from '../types.js';
import { associatedAddress } from './addresses.js';
import { tag, type ScopeBuilder, type VpcPlan } from './context.js';
import { instanceInterface } from './interfaces.js';
import { newVolume } from './volumes.js';

/** What the instances of one launch group share. */
interface LaunchGroup {
  plan: VpcPlan;
  subnet: Ec2Subnet;
  app: string;
  env: string;
  team: string;
  image: Ec2Image;
  type: Ec2InstanceTypeInfo;
  launchTime: Date;
  reservationId: string;
  keyName: string | null;
  groups: Ec2SecurityGroup[];
  /** Whether its interfaces get IPv6 addresses: always in a subnet that assigns them, sometimes where the subnet has a /64. */
  ipv6: boolean;
}

export function launchInstances(b: ScopeBuilder, plans: readonly VpcPlan[]): void {
  const images = imagesFor(b.ctx.region.region);
  const names = new WorkloadNames();
  launchInGroups(b.rng, b.ctx.vmsPerScope, (groupSize) => {
    const group = launchGroup(b, plans, images);
    for (let index = 0; index < groupSize; index++) launchInstance(b, group, names.next(group.app, group.env), index);
  });
}

function launchGroup(b: ScopeBuilder, plans: readonly VpcPlan[], images: ReturnType<typeof imagesFor>): LaunchGroup {
  const { rng } = b;
  const plan = plans.length > 1 && rng.chance(0.6) ? plans[1]! : plans[0]!;
  const subnet = rng.pick(plan.subnets);
  const app = rng.pick(TAG_VOCABULARY.app);
  const env = plan.vpc.isDefault ? rng.pick(TAG_VOCABULARY.env) : plan.env;
  const team = rng.pick(TAG_VOCABULARY.team);
  const image = rng.weighted(images.map((i) => [i, i.weight] as const));
  const type = rng.pick(EC2_INSTANCE_TYPES.filter((t) => t.architectures.includes(image.architecture)));
  const launchTime = beforeEpoch(rng.int(2 * DAY, 400 * DAY));
  const reservationId = b.ctx.allocator.id('r', rng);
  const keyName = image.platform === 'windows' ? 'ops-key' : rng.chance(0.9) ? rng.pick(TAG_VOCABULARY.keyNames) : null;
  const ipv6 = subnet.ipv6CidrBlockAssociations.length > 0 && (subnet.assignIpv6AddressOnCreation || rng.chance(0.4));
  return { plan, subnet, app, env, team, image, type, launchTime, reservationId, keyName, groups: tierOf(plan, app), ipv6 };
}

/** The security groups of an app's tier. */
function tierOf(plan: VpcPlan, app: string): Ec2SecurityGroup[] {
  if (app === 'web') return [plan.groups.web];
  if (app === 'db' || app === 'cache') return [plan.groups.db];
  if (app === 'bastion') return [plan.groups.default, plan.groups.web];
  return [plan.groups.app];
}

function launchInstance(b: ScopeBuilder, group: LaunchGroup, name: string, index: number): void {
  const { rng, scope } = b;
  const { subnet, launchTime } = group;
  const tags = rng.chance(0.95) ? [tag('Name', name)] : [];
  for (const [key, value] of Object.entries(workloadLabels(rng, group.env, group.team, group.app))) tags.push(tag(key, value));
  const instance = newInstance(b, group, tags, index);
  scope.instances.push(instance);

  const { ipv6 } = group;
  // Extra addresses for the services an instance hosts, as many as its type allows an interface.
  const secondaryIps = rng.chance(0.2) ? Math.min(rng.int(1, 2), group.type.ipv4AddressesPerInterface - 1) : 0;
  const primary = instanceInterface(b, instance, { subnet, groups: group.groups, deviceIndex: 0, attachTime: launchTime, secondaryIps, ipv6 });
  scope.networkInterfaces.push(primary);
  if (rng.chance(0.15) && group.type.maximumNetworkInterfaces > 1) {
    // A management interface, attached later, in the VPC's default group.
    const attachTime = atSecond(launchTime.getTime() + rng.int(1, 48) * HOUR);
    scope.networkInterfaces.push(instanceInterface(b, instance, { subnet, groups: [group.plan.groups.default], deviceIndex: 1, attachTime, secondaryIps: 0, ipv6 }));
  }
  if (rng.chance(group.plan.vpc.isDefault ? 0.08 : 0.2)) scope.addresses.push(associatedAddress(b, instance, primary));
  const [secondary] = primary.secondaryPrivateIps;
  if (secondary && rng.chance(0.5)) scope.addresses.push(associatedAddress(b, instance, primary, secondary));
  attachVolumes(b, group, instance, name, tags.some((t) => t.key === 'Name'));
}

/** The type's default cores and threads, or for a few instances fewer of either (never more vCPUs than the default). */
function cpuOptionsOf(b: ScopeBuilder, type: Ec2InstanceTypeInfo): Ec2Instance['cpuOptions'] {
  const fewer = type.validCores.flatMap((coreCount) =>
    type.validThreadsPerCore.flatMap((threadsPerCore) => (coreCount * threadsPerCore < type.defaultVCpus ? [{ coreCount, threadsPerCore }] : [])),
  );
  if (fewer.length > 0 && !type.burstablePerformanceSupported && b.rng.chance(0.15)) return b.rng.pick(fewer);
  return { coreCount: type.defaultCores, threadsPerCore: type.defaultThreadsPerCore };
}

function newInstance(b: ScopeBuilder, group: LaunchGroup, tags: AwsTag[], index: number): Ec2Instance {
  const { rng } = b;
  const { image, type, launchTime } = group;
  return {
    instanceId: b.ctx.allocator.id('i', rng),
    reservationId: group.reservationId,
    ownerId: b.ctx.account,
    imageId: image.imageId,
    instanceType: type.instanceType,
    keyName: group.keyName,
    launchTime,
    amiLaunchIndex: index,
    availabilityZone: group.subnet.availabilityZone,
    tenancy: 'default',
    state: 'running',
    stateTransitionReason: '',
    stateReason: null,
    architecture: image.architecture,
    platform: image.platform,
    platformDetails: image.platformDetails,
    usageOperation: image.usageOperation,
    rootDeviceName: image.rootDeviceName,
    rootDeviceType: 'ebs',
    virtualizationType: 'hvm',
    hypervisor: 'xen',
    ebsOptimized: true,
    enaSupport: true,
    monitoringState: rng.chance(0.2) ? 'enabled' : 'disabled',
    cpuOptions: cpuOptionsOf(b, type),
    tags,
    sim: { cloudWatchAgent: rng.chance(0.5), activity: [{ from: launchTime, to: null }] },
  };
}

/** The root volume, then 0–2 data volumes at /dev/sdf, /dev/sdg, named after the instance when it has a Name. */
function attachVolumes(b: ScopeBuilder, group: LaunchGroup, instance: Ec2Instance, name: string, named: boolean): void {
  const { rng, scope } = b;
  const { env, team, image, launchTime } = group;
  const zone = group.subnet.availabilityZone;
  const volumeTags = (suffix: string): AwsTag[] => (named ? [tag('Name', `${name}-${suffix}`), tag('env', env), tag('team', team)] : [tag('env', env)]);
  scope.volumes.push(newVolume(b, { instance, zone, device: image.rootDeviceName, root: image, tags: volumeTags('root'), createTime: launchTime }));
  const dataVolumes = rng.weighted(DATA_DISKS_PER_VM);
  for (let d = 0; d < dataVolumes; d++) {
    const device = `/dev/sd${String.fromCharCode('f'.charCodeAt(0) + d)}`;
    const createTime = atSecond(launchTime.getTime() + rng.int(1, 30) * MINUTE);
    scope.volumes.push(newVolume(b, { instance, zone, device, root: null, tags: volumeTags(`data-${d + 1}`), createTime }));
  }
}
