// Instances, launched per region in small groups that share an app, a network, an image, a
// machine type and a zone; each instance gets its disks and network interfaces.
import { DAY, beforeEpoch } from '../../../kit/time.js';
import { TAG_VOCABULARY } from '../../../kit/vocabulary.js';
import { launchInGroups, workloadLabels } from '../../../kit/workloads.js';
import { GCE_CUSTOM_MACHINE_TYPES, GCE_IMAGES, GCE_MACHINE_TYPES, computeUrl, customMachineTypeSize, gcpTimestamp, type GceImageInfo } from '../catalogue.js';
import type { GceAttachedDisk, GceInstance } from '../types.js';
import { fingerprint, type RegionBuilder } from './context.js';
import { attachDisks } from './instance-disks.js';
import { addExternalAddress, addSecondInterface, primaryInterface } from './instance-network.js';
import type { InstanceIdentity, MachineChoice, WorkloadGroup } from './workload.js';

export function launchInstances(b: RegionBuilder): void {
  launchInGroups(b.rng, b.vmsPerRegion, (groupSize) => {
    const group = chooseGroup(b);
    for (let index = 0; index < groupSize; index++) b.regionData.instances.push(launchInstance(b, group));
  });
}

function chooseGroup(b: RegionBuilder): WorkloadGroup {
  const { rng, networks } = b;
  const plan = rng.chance(0.6) ? networks.vpc : networks.defaultNetwork;
  const app = rng.pick(TAG_VOCABULARY.app);
  const env = plan.env ?? rng.pick(TAG_VOCABULARY.env);
  const team = rng.pick(TAG_VOCABULARY.team);
  const subnets = plan.subnets.get(b.region.region)!;
  const subnet = app === 'db' || app === 'cache' ? subnets[subnets.length - 1]! : subnets[0]!;
  const machine = chooseMachine(b);
  const launch = beforeEpoch(rng.int(2 * DAY, 400 * DAY));
  const tags = app === 'web' ? ['web', 'http-server'] : app === 'bastion' ? ['ssh'] : app === 'db' || app === 'cache' ? ['db'] : ['app'];
  const spot = app === 'batch' && rng.chance(0.6);
  return { plan, app, env, team, subnet, machine, launch, tags, spot };
}

function chooseMachine(b: RegionBuilder): MachineChoice {
  const { rng, region } = b;
  const image: GceImageInfo = rng.weighted(GCE_IMAGES.map((i) => [i, i.weight] as const));
  const arm = image.architecture === 'ARM64';
  const armZones = GCE_MACHINE_TYPES.find((t) => t.name === 't2a-standard-2')!.zones!.filter((z) => region.zones.includes(z));
  // No ARM machine type in this region: the image falls back to its x86 sibling.
  const useArm = arm && armZones.length > 0;
  const bootImage = arm && !useArm ? GCE_IMAGES.find((i) => i.license === image.license && i.architecture === 'X86_64')! : image;
  const machineType = useArm
    ? 't2a-standard-2'
    : rng.chance(0.12)
      ? rng.pick(GCE_CUSTOM_MACHINE_TYPES.filter((t) => !(bootImage.windows && customMachineTypeSize(t)?.sharedCoreVcpus)))
      : rng.pick(GCE_MACHINE_TYPES.filter((t) => !t.zones && !(bootImage.windows && t.isSharedCpu))).name;
  const zone = useArm ? rng.pick(armZones) : rng.pick(region.zones);
  return { bootImage, useArm, machineType, zone };
}

function launchInstance(b: RegionBuilder, group: WorkloadGroup): GceInstance {
  const { app, env, team, machine } = group;
  const name = b.names.next(app, env);
  const labels = workloadLabels(b.rng, env, team, app);
  const identity: InstanceIdentity = { name, labels, selfLink: computeUrl.zonal(b.projectId, machine.zone, 'instances', name) };
  const disks = attachDisks(b, group, identity);
  const nic0Ip = b.pools.get(group.subnet.selfLink)!.allocate();
  const instance = newInstance(b, group, identity, disks, nic0Ip);
  addExternalAddress(b, group, instance);
  addSecondInterface(b, group, instance);
  return instance;
}

function newInstance(b: RegionBuilder, group: WorkloadGroup, identity: InstanceIdentity, disks: GceAttachedDisk[], nic0Ip: string): GceInstance {
  const { rng, projectId: p } = b;
  const { app, env, team, machine, launch } = group;
  return {
    kind: 'compute#instance',
    id: b.allocator.id(rng),
    creationTimestamp: gcpTimestamp(launch),
    name: identity.name,
    description: rng.chance(0.3) ? `${app} server (${team})` : '',
    tags: { items: group.tags, fingerprint: fingerprint(rng) },
    machineType: computeUrl.zonal(p, machine.zone, 'machineTypes', machine.machineType),
    status: 'RUNNING',
    zone: computeUrl.zone(p, machine.zone),
    canIpForward: false,
    networkInterfaces: [primaryInterface(b, group, nic0Ip)],
    disks,
    serviceAccounts: [{ email: `${b.project.projectNumber}-compute@developer.gserviceaccount.com`, scopes: ['https://www.googleapis.com/auth/cloud-platform'] }],
    selfLink: identity.selfLink,
    scheduling: group.spot
      ? { onHostMaintenance: 'TERMINATE', automaticRestart: false, preemptible: false, provisioningModel: 'SPOT' }
      : { onHostMaintenance: 'MIGRATE', automaticRestart: true, preemptible: false, provisioningModel: 'STANDARD' },
    cpuPlatform: machine.useArm ? 'Ampere Altra' : machine.machineType.startsWith('c3-') ? 'Intel Sapphire Rapids' : rng.pick(b.region.cpuPlatforms),
    labels: identity.labels,
    labelFingerprint: fingerprint(rng),
    startRestricted: false,
    deletionProtection: env === 'prod' && app === 'db',
    fingerprint: fingerprint(rng),
    lastStartTimestamp: gcpTimestamp(launch),
    sim: { opsAgent: rng.chance(0.5), activity: [{ from: launch, to: null }], ephemeralIps: [] },
  };
}
