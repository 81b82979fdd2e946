// Builds one account × region of the simulated AWS fleet from a seed.
import { Random } from '../../kit/prng.js';
import {
  EC2_INSTANCE_TYPES,
  FLEET_EPOCH,
  TAG_VOCABULARY,
  imagesFor,
  type AwsRegionInfo,
} from './catalogue.js';
import { AwsAllocator, SubnetAddressPool, macAddress, privateDnsName, publicDnsName } from './network.js';
import { applyInstanceState } from './state.js';
import type {
  AwsScopeData,
  AwsTag,
  Ec2Address,
  Ec2Image,
  Ec2Instance,
  Ec2InstanceStateName,
  Ec2IpPermission,
  Ec2NetworkInterface,
  Ec2SecurityGroup,
  Ec2Snapshot,
  Ec2Subnet,
  Ec2Volume,
  Ec2Vpc,
} from './types.js';
import { EC2_INSTANCE_STATES } from './types.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const OFFICE_CIDR = '203.0.113.0/24';

interface GenerateContext {
  seed: number;
  account: string;
  region: AwsRegionInfo;
  vmsPerScope: number;
  /** Position of the scope in the fleet; the first always gets a second VPC. */
  scopeIndex: number;
  allocator: AwsAllocator;
}

interface VpcPlan {
  vpc: Ec2Vpc;
  subnets: Ec2Subnet[];
  groups: { default: Ec2SecurityGroup; web: Ec2SecurityGroup; app: Ec2SecurityGroup; db: Ec2SecurityGroup };
  env: string;
}

const tag = (key: string, value: string): AwsTag => ({ key, value });

/** Rounds to whole seconds, as EC2 reports most times. */
const atSecond = (ms: number): Date => new Date(Math.floor(ms / 1000) * 1000);

export function generateAwsScope(ctx: GenerateContext): AwsScopeData {
  const { account, region, allocator } = ctx;
  const rng = Random.of(ctx.seed, 'aws', account, region.region);
  const scope: AwsScopeData = {
    account,
    region: region.region,
    zones: region.zones.map((z) => z.name),
    instances: [],
    volumes: [],
    snapshots: [],
    vpcs: [],
    subnets: [],
    securityGroups: [],
    networkInterfaces: [],
    addresses: [],
  };
  const pools = new Map<string, SubnetAddressPool>();

  // ---- networks ----
  const dhcpOptionsId = allocator.id('dopt', rng);
  const plans: VpcPlan[] = [];
  const makeVpc = (cidrBlock: string, isDefault: boolean, tags: AwsTag[]): Ec2Vpc => ({
    vpcId: allocator.id('vpc', rng),
    ownerId: account,
    state: 'available',
    cidrBlock,
    cidrBlockAssociations: [{ associationId: allocator.id('vpc-cidr-assoc', rng), cidrBlock, state: 'associated' }],
    dhcpOptionsId,
    instanceTenancy: 'default',
    isDefault,
    tags,
  });
  const makeSubnet = (vpc: Ec2Vpc, cidrBlock: string, zoneIndex: number, extra: Partial<Ec2Subnet>): Ec2Subnet => {
    const zone = region.zones[zoneIndex % region.zones.length]!;
    const subnetId = allocator.id('subnet', rng);
    pools.set(subnetId, new SubnetAddressPool(cidrBlock, rng));
    return {
      subnetId,
      ownerId: account,
      vpcId: vpc.vpcId,
      state: 'available',
      cidrBlock,
      availabilityZone: zone.name,
      availabilityZoneId: zone.zoneId,
      defaultForAz: false,
      mapPublicIpOnLaunch: false,
      tags: [],
      ...extra,
    };
  };

  // The default VPC: one /20 per zone, public IPs on launch.
  {
    const vpc = makeVpc('172.31.0.0/16', true, []);
    const subnets = region.zones.map((_, i) =>
      makeSubnet(vpc, `172.31.${i * 16}.0/20`, i, { defaultForAz: true, mapPublicIpOnLaunch: true }),
    );
    plans.push({ vpc, subnets, groups: makeGroups(ctx, rng, vpc, true), env: 'dev' });
  }
  // A custom VPC with 2–4 subnets, the first public.
  if (ctx.scopeIndex === 0 || rng.chance(0.75)) {
    const env = rng.pick(['prod', 'staging'] as const);
    const second = rng.int(1, 250);
    const name = `${env}-vpc`;
    const vpc = makeVpc(`10.${second}.0.0/16`, false, [tag('Name', name), tag('env', env)]);
    const count = rng.int(2, 4);
    const subnets = Array.from({ length: count }, (_, i) => {
      const tier = i === 0 ? 'public' : 'private';
      const zone = region.zones[i % region.zones.length]!.name;
      return makeSubnet(vpc, `10.${second}.${i * 16}.0/20`, i, {
        mapPublicIpOnLaunch: tier === 'public',
        tags: [tag('Name', `${name}-${tier}-${zone.slice(-1)}${i >= region.zones.length ? '2' : ''}`), tag('tier', tier)],
      });
    });
    plans.push({ vpc, subnets, groups: makeGroups(ctx, rng, vpc, false), env });
  }
  for (const plan of plans) {
    scope.vpcs.push(plan.vpc);
    scope.subnets.push(...plan.subnets);
    scope.securityGroups.push(plan.groups.default, plan.groups.web, plan.groups.app, plan.groups.db);
  }
  if (plans[0]) {
    // The classic console leftover: SSH from anywhere.
    const wizard = securityGroup(ctx, rng, plans[0].vpc, 'launch-wizard-1', 'launch-wizard-1 created 2024-05-02T09:12:44.000Z');
    wizard.ipPermissions.push(tcp(22, { cidr: '0.0.0.0/0' }));
    scope.securityGroups.push(wizard);
  }

  // ---- instances, their interfaces, volumes and Elastic IPs ----
  const images = imagesFor(region.region);
  const nameCounters = new Map<string, number>();
  const epoch = FLEET_EPOCH.getTime();

  const newInterface = (
    instance: Ec2Instance,
    subnet: Ec2Subnet,
    groups: Ec2SecurityGroup[],
    deviceIndex: number,
    attachTime: Date,
  ): Ec2NetworkInterface => {
    const ip = pools.get(subnet.subnetId)!.allocate();
    const autoPublicIp =
      deviceIndex === 0 && subnet.mapPublicIpOnLaunch ? allocator.publicIp(rng, region) : null;
    const eni: Ec2NetworkInterface = {
      networkInterfaceId: allocator.id('eni', rng),
      ownerId: account,
      subnetId: subnet.subnetId,
      vpcId: subnet.vpcId,
      availabilityZone: subnet.availabilityZone,
      description: deviceIndex === 0 ? '' : 'secondary interface',
      interfaceType: 'interface',
      status: 'in-use',
      macAddress: macAddress(rng),
      privateIpAddress: ip,
      privateDnsName: privateDnsName(ip, region),
      sourceDestCheck: true,
      requesterManaged: false,
      groups: groups.map((g) => ({ groupId: g.groupId, groupName: g.groupName })),
      attachment: {
        attachmentId: allocator.id('eni-attach', rng),
        instanceId: instance.instanceId,
        instanceOwnerId: account,
        deviceIndex,
        networkCardIndex: 0,
        status: 'attached',
        attachTime,
        deleteOnTermination: deviceIndex === 0,
      },
      association: null,
      tags: [],
      sim: { autoPublicIp: autoPublicIp ? { publicIp: autoPublicIp, publicDnsName: publicDnsName(autoPublicIp, region) } : null },
    };
    if (eni.sim.autoPublicIp) {
      eni.association = { ...eni.sim.autoPublicIp, ipOwnerId: 'amazon', allocationId: null, associationId: null };
    }
    return eni;
  };

  const newVolume = (
    instance: Ec2Instance | null,
    zone: string,
    device: string | null,
    root: Ec2Image | null,
    tags: AwsTag[],
    createTime: Date,
  ): Ec2Volume => {
    let volumeType: Ec2Volume['volumeType'];
    let size: number;
    let iops: number | null = null;
    let throughput: number | null = null;
    if (root) {
      volumeType = rng.chance(0.8) ? 'gp3' : 'gp2';
      size = Math.max(root.rootSizeGiB, rng.pick([8, 8, 16, 20, 30, 50]));
    } else {
      volumeType = rng.weighted([
        ['gp3', 5],
        ['gp2', 2],
        ['io2', 1],
        ['st1', 1],
      ] as const);
      size =
        volumeType === 'st1'
          ? rng.pick([125, 500, 1000, 2000])
          : volumeType === 'io2'
            ? rng.pick([50, 100, 200, 400])
            : rng.pick([20, 50, 100, 200, 500]);
    }
    if (volumeType === 'gp3') {
      iops = rng.chance(0.8) ? 3000 : rng.pick([4000, 6000, 10000]);
      throughput = iops === 3000 ? 125 : rng.pick([250, 500]);
    } else if (volumeType === 'gp2') {
      iops = Math.min(16000, Math.max(100, size * 3));
    } else if (volumeType === 'io2') {
      iops = rng.pick([1000, 3000, 8000, 16000]);
    }
    const encrypted = rng.chance(0.6);
    return {
      volumeId: allocator.id('vol', rng),
      ownerId: account,
      size,
      snapshotId: root ? root.rootSnapshotId : '',
      availabilityZone: zone,
      state: instance ? 'in-use' : 'available',
      createTime,
      attachments:
        instance && device
          ? [
              {
                instanceId: instance.instanceId,
                device,
                state: 'attached',
                attachTime: createTime,
                deleteOnTermination: root ? true : rng.chance(0.2),
              },
            ]
          : [],
      volumeType,
      iops,
      throughput,
      encrypted,
      kmsKeyId: encrypted ? `arn:aws:kms:${region.region}:${account}:key/${rng.uuid()}` : null,
      multiAttachEnabled: false,
      tags,
    };
  };

  let launched = 0;
  while (launched < ctx.vmsPerScope) {
    const groupSize = Math.min(
      ctx.vmsPerScope - launched,
      rng.weighted([
        [1, 6],
        [2, 2],
        [3, 1],
      ] as const),
    );
    const plan = plans.length > 1 && rng.chance(0.6) ? plans[1]! : plans[0]!;
    const subnet = rng.pick(plan.subnets);
    const app = rng.pick(TAG_VOCABULARY.app);
    const env = plan.vpc.isDefault ? rng.pick(TAG_VOCABULARY.env) : plan.env;
    const team = rng.pick(TAG_VOCABULARY.team);
    const image = rng.weighted(images.map((i) => [i, i.weight] as const));
    const type = rng.pick(EC2_INSTANCE_TYPES.filter((t) => t.architectures.includes(image.architecture)));
    const launchTime = atSecond(epoch - rng.int(2 * DAY, 400 * DAY));
    const reservationId = allocator.id('r', rng);
    const keyName = image.platform === 'windows' ? 'ops-key' : rng.chance(0.9) ? rng.pick(TAG_VOCABULARY.keyNames) : null;
    const groups =
      app === 'web'
        ? [plan.groups.web]
        : app === 'db' || app === 'cache'
          ? [plan.groups.db]
          : app === 'bastion'
            ? [plan.groups.default, plan.groups.web]
            : [plan.groups.app];

    for (let index = 0; index < groupSize; index++) {
      const counterKey = `${app}-${env}`;
      const seq = (nameCounters.get(counterKey) ?? 0) + 1;
      nameCounters.set(counterKey, seq);
      const name = `${app}-${env}-${String(seq).padStart(2, '0')}`;
      const tags: AwsTag[] = [];
      if (rng.chance(0.95)) tags.push(tag('Name', name));
      tags.push(tag('env', env), tag('team', team), tag('app', app));
      if (rng.chance(0.3)) tags.push(tag('cost-center', `cc-${rng.int(100, 999)}`));

      const instance: Ec2Instance = {
        instanceId: allocator.id('i', rng),
        reservationId,
        ownerId: account,
        imageId: image.imageId,
        instanceType: type.instanceType,
        keyName,
        launchTime,
        amiLaunchIndex: index,
        availabilityZone: subnet.availabilityZone,
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
        cpuOptions: { coreCount: type.defaultCores, threadsPerCore: type.defaultThreadsPerCore },
        tags,
        sim: { cloudWatchAgent: rng.chance(0.5), activity: [{ from: launchTime, to: null }] },
      };
      scope.instances.push(instance);

      const primary = newInterface(instance, subnet, groups, 0, launchTime);
      scope.networkInterfaces.push(primary);
      if (rng.chance(0.15)) {
        const secondary = newInterface(instance, subnet, groups, 1, atSecond(launchTime.getTime() + rng.int(1, 48) * HOUR));
        scope.networkInterfaces.push(secondary);
      }
      if (rng.chance(plan.vpc.isDefault ? 0.08 : 0.2)) {
        const address = newAddress(ctx, rng);
        address.associationId = allocator.id('eipassoc', rng);
        address.instanceId = instance.instanceId;
        address.networkInterfaceId = primary.networkInterfaceId;
        address.networkInterfaceOwnerId = account;
        address.privateIpAddress = primary.privateIpAddress;
        primary.association = {
          publicIp: address.publicIp,
          publicDnsName: publicDnsName(address.publicIp, region),
          ipOwnerId: account,
          allocationId: address.allocationId,
          associationId: address.associationId,
        };
        scope.addresses.push(address);
      }

      const volumeTags = (suffix: string): AwsTag[] =>
        tags.some((t) => t.key === 'Name') ? [tag('Name', `${name}-${suffix}`), tag('env', env), tag('team', team)] : [tag('env', env)];
      scope.volumes.push(
        newVolume(instance, subnet.availabilityZone, image.rootDeviceName, image, volumeTags('root'), launchTime),
      );
      const dataVolumes = rng.weighted([
        [0, 3],
        [1, 4],
        [2, 2],
      ] as const);
      for (let d = 0; d < dataVolumes; d++) {
        const device = `/dev/sd${String.fromCharCode('f'.charCodeAt(0) + d)}`;
        scope.volumes.push(
          newVolume(instance, subnet.availabilityZone, device, null, volumeTags(`data-${d + 1}`), atSecond(launchTime.getTime() + rng.int(1, 30) * MINUTE)),
        );
      }
    }
    launched += groupSize;
  }

  // ---- snapshots (taken before some of their volumes go away with terminated instances) ----
  const snapshotStates: Ec2Snapshot['state'][] = [];
  for (const volume of [...scope.volumes]) {
    if (!rng.chance(0.3)) continue;
    const count = rng.int(1, 2);
    for (let k = 0; k < count; k++) {
      const state = rng.weighted([
        ['completed', 90],
        ['pending', 7],
        ['error', 3],
      ] as const);
      snapshotStates.push(state);
      scope.snapshots.push(newSnapshot(ctx, rng, volume, state));
    }
  }
  // Every snapshot state appears somewhere (when there are snapshots to spare).
  for (const needed of ['pending', 'error'] as const) {
    if (scope.snapshots.length > 3 && !scope.snapshots.some((s) => s.state === needed)) {
      const victim = scope.snapshots.find((s, i) => s.state === 'completed' && i % 2 === (needed === 'pending' ? 0 : 1));
      if (victim) setSnapshotState(rng, victim, needed);
    }
  }

  // ---- states: a majority running, every EC2 state present ----
  const targets = planStates(rng, scope.instances.length);
  scope.instances.forEach((instance, i) => {
    const target = targets[i] ?? 'running';
    if (target === 'running') return;
    const launch = instance.launchTime.getTime();
    if (target === 'pending') {
      // Being started again after a stop: metrics exist for the earlier run; launchTime is the new start.
      const stoppedAt = atSecond(launch + rng.int(HOUR, Math.max(HOUR + 1, epoch - launch - DAY)));
      applyInstanceState(scope, instance, 'stopped', stoppedAt);
      const startAt = atSecond(epoch - rng.int(1, 5) * MINUTE);
      applyInstanceState(scope, instance, 'pending', startAt);
      instance.launchTime = startAt;
    } else if (target === 'stopping' || target === 'shutting-down') {
      applyInstanceState(scope, instance, target, atSecond(epoch - rng.int(1, 10) * MINUTE));
    } else {
      applyInstanceState(scope, instance, target, atSecond(launch + rng.int(HOUR, Math.max(HOUR + 1, epoch - launch - HOUR))));
    }
  });

  // ---- leftovers: unattached volumes, spare Elastic IPs, a detached interface ----
  const spareVolumes = Math.max(2, Math.round(ctx.vmsPerScope / 10));
  for (let k = 0; k < spareVolumes; k++) {
    const zone = rng.pick(region.zones).name;
    const volume = newVolume(null, zone, null, null, rng.chance(0.5) ? [tag('Name', `scratch-${k + 1}`)] : [], atSecond(epoch - rng.int(DAY, 200 * DAY)));
    if (k === 0) volume.state = 'creating';
    if (k === 1 && spareVolumes > 2) volume.state = 'error';
    scope.volumes.push(volume);
  }
  for (let k = 0; k < 2; k++) {
    const address = newAddress(ctx, rng);
    address.tags = [tag('Name', `reserved-ip-${k + 1}`)];
    scope.addresses.push(address);
  }
  {
    const plan = plans[plans.length - 1]!;
    const subnet = plan.subnets[plan.subnets.length - 1]!;
    const ip = pools.get(subnet.subnetId)!.allocate();
    scope.networkInterfaces.push({
      networkInterfaceId: allocator.id('eni', rng),
      ownerId: account,
      subnetId: subnet.subnetId,
      vpcId: subnet.vpcId,
      availabilityZone: subnet.availabilityZone,
      description: 'spare interface for failover',
      interfaceType: 'interface',
      status: 'available',
      macAddress: macAddress(rng),
      privateIpAddress: ip,
      privateDnsName: privateDnsName(ip, region),
      sourceDestCheck: true,
      requesterManaged: false,
      groups: [{ groupId: plan.groups.app.groupId, groupName: plan.groups.app.groupName }],
      attachment: null,
      association: null,
      tags: [tag('Name', 'failover-eni')],
      sim: { autoPublicIp: null },
    });
  }
  return scope;
}

function planStates(rng: Random, n: number): Ec2InstanceStateName[] {
  const states = Array.from({ length: n }, () =>
    rng.weighted<Ec2InstanceStateName>([
      ['running', 62],
      ['stopped', 16],
      ['terminated', 8],
      ['shutting-down', 5],
      ['pending', 5],
      ['stopping', 4],
    ]),
  );
  const runningIndexes = () => states.flatMap((s, i) => (s === 'running' ? [i] : []));
  if (n >= EC2_INSTANCE_STATES.length * 2) {
    for (const state of EC2_INSTANCE_STATES) {
      if (states.includes(state)) continue;
      const candidates = runningIndexes();
      states[rng.pick(candidates)] = state;
    }
  }
  // Keep a majority running.
  while (runningIndexes().length <= n / 2) {
    const others = states.flatMap((s, i) => (s !== 'running' && states.filter((x) => x === s).length > 1 ? [i] : []));
    if (others.length === 0) break;
    states[rng.pick(others)] = 'running';
  }
  return states;
}

function makeGroups(ctx: GenerateContext, rng: Random, vpc: Ec2Vpc, isDefault: boolean): VpcPlan['groups'] {
  const prefix = isDefault ? '' : `${vpc.tags.find((t) => t.key === 'env')?.value ?? 'main'}-`;
  const def = securityGroup(ctx, rng, vpc, 'default', 'default VPC security group');
  def.ipPermissions.push({ ...allTraffic(), userIdGroupPairs: [{ userId: ctx.account, groupId: def.groupId }] });
  const web = securityGroup(ctx, rng, vpc, `${prefix}web`, 'HTTP and HTTPS from anywhere, SSH from the office');
  web.ipPermissions.push(
    tcp(80, { cidr: '0.0.0.0/0', ipv6: '::/0' }),
    tcp(443, { cidr: '0.0.0.0/0', ipv6: '::/0' }),
    tcp(22, { cidr: OFFICE_CIDR, description: 'office' }),
    {
      ipProtocol: 'icmp',
      fromPort: 8,
      toPort: -1,
      ipRanges: [{ cidrIp: '10.0.0.0/8', description: 'ping from internal' }],
      ipv6Ranges: [],
      userIdGroupPairs: [],
    },
  );
  const app = securityGroup(ctx, rng, vpc, `${prefix}app`, 'Application tier');
  app.ipPermissions.push(
    tcp(8080, { group: web.groupId, account: ctx.account, description: 'from the web tier' }),
    tcp(22, { cidr: OFFICE_CIDR, description: 'office' }),
  );
  const db = securityGroup(ctx, rng, vpc, `${prefix}db`, 'Databases and caches');
  db.ipPermissions.push(
    tcp(5432, { group: app.groupId, account: ctx.account, description: 'postgres from the app tier' }),
    tcp(6379, { group: app.groupId, account: ctx.account, description: 'redis from the app tier' }),
    { ...tcp(53, { cidr: vpc.cidrBlock }), ipProtocol: 'udp' },
  );
  return { default: def, web, app, db };
}

function securityGroup(ctx: GenerateContext, rng: Random, vpc: Ec2Vpc, groupName: string, description: string): Ec2SecurityGroup {
  return {
    groupId: ctx.allocator.id('sg', rng),
    groupName,
    description,
    vpcId: vpc.vpcId,
    ownerId: ctx.account,
    ipPermissions: [],
    ipPermissionsEgress: [{ ...allTraffic(), ipRanges: [{ cidrIp: '0.0.0.0/0' }] }],
    tags: groupName === 'default' ? [] : [tag('Name', groupName)],
  };
}

function allTraffic(): Ec2IpPermission {
  return { ipProtocol: '-1', fromPort: null, toPort: null, ipRanges: [], ipv6Ranges: [], userIdGroupPairs: [] };
}

function tcp(
  port: number,
  source: { cidr?: string; ipv6?: string; group?: string; account?: string; description?: string },
): Ec2IpPermission {
  const described = <T extends object>(x: T): T => (source.description ? { ...x, description: source.description } : x);
  return {
    ipProtocol: 'tcp',
    fromPort: port,
    toPort: port,
    ipRanges: source.cidr ? [described({ cidrIp: source.cidr })] : [],
    ipv6Ranges: source.ipv6 ? [described({ cidrIpv6: source.ipv6 })] : [],
    userIdGroupPairs: source.group ? [described({ userId: source.account ?? '', groupId: source.group })] : [],
  };
}

function newAddress(ctx: GenerateContext, rng: Random): Ec2Address {
  return {
    allocationId: ctx.allocator.id('eipalloc', rng),
    publicIp: ctx.allocator.publicIp(rng, ctx.region),
    domain: 'vpc',
    publicIpv4Pool: 'amazon',
    networkBorderGroup: ctx.region.region,
    associationId: null,
    instanceId: null,
    networkInterfaceId: null,
    networkInterfaceOwnerId: null,
    privateIpAddress: null,
    tags: [],
  };
}

function newSnapshot(ctx: GenerateContext, rng: Random, volume: Ec2Volume, state: Ec2Snapshot['state']): Ec2Snapshot {
  const from = volume.createTime.getTime();
  const startTime = atSecond(from + rng.int(HOUR, Math.max(HOUR + 1, FLEET_EPOCH.getTime() - from - HOUR)));
  const snapshot: Ec2Snapshot = {
    snapshotId: ctx.allocator.id('snap', rng),
    ownerId: ctx.account,
    volumeId: volume.volumeId,
    volumeSize: volume.size,
    state: 'completed',
    stateMessage: null,
    startTime,
    progress: '100%',
    description: rng.pick([
      `Daily backup of ${volume.volumeId}`,
      'Created by AWS Backup',
      `Manual snapshot before upgrade (${volume.volumeId})`,
    ]),
    encrypted: volume.encrypted,
    kmsKeyId: volume.kmsKeyId,
    storageTier: 'standard',
    tags: rng.chance(0.5) ? [tag('backup-policy', 'daily')] : [],
  };
  setSnapshotState(rng, snapshot, state);
  return snapshot;
}

function setSnapshotState(rng: Random, snapshot: Ec2Snapshot, state: Ec2Snapshot['state']): void {
  snapshot.state = state;
  if (state === 'pending') {
    snapshot.progress = `${rng.int(5, 95)}%`;
    snapshot.stateMessage = null;
  } else if (state === 'error') {
    snapshot.progress = `${rng.int(0, 60)}%`;
    snapshot.stateMessage = 'Snapshot creation failed: internal error';
  } else {
    snapshot.progress = '100%';
    snapshot.stateMessage = null;
  }
}
