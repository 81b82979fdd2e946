// Builds one project of the simulated GCP fleet from a seed: its global resources (networks,
// firewalls, snapshots, global addresses) and, per region, subnetworks, instances, disks and
// addresses.
import { cidrBase, cidrSize, intToIp } from '../../kit/ipv4.js';
import { Random } from '../../kit/prng.js';
import { FLEET_EPOCH, TAG_VOCABULARY } from '../../kit/vocabulary.js';
import {
  GCE_CUSTOM_MACHINE_TYPES,
  GCE_IMAGES,
  GCE_MACHINE_TYPES,
  GCP_REGIONS,
  computeUrl,
  gcpTimestamp,
  imageUrl,
  licenseUrl,
  type GceImageInfo,
  type GcpRegionInfo,
} from './catalogue.js';
import { applyInstanceStatus } from './state.js';
import type {
  GceAddress,
  GceAttachedDisk,
  GceDisk,
  GceDiskStatus,
  GceFirewall,
  GceInstance,
  GceInstanceStatus,
  GceNetwork,
  GceSnapshotStatus,
  GceSubnetwork,
  GcpProject,
  GcpProjectData,
  GcpRegionData,
} from './types.js';
import { GCE_INSTANCE_STATUSES } from './types.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const OFFICE_CIDR = '203.0.113.0/24';
/** Google's health-check and IAP ranges, as real firewall rules name them. */
const HEALTH_CHECK_RANGES = ['130.211.0.0/22', '35.191.0.0/16'];
const IAP_RANGE = '35.235.240.0/20';

/** Hands out fleet-wide unique numeric ids and external addresses, deterministically. */
export class GcpAllocator {
  private readonly used = new Set<string>();

  /** A 19-digit unsigned id, as Compute Engine gives every resource. */
  id(rng: Random): string {
    for (;;) {
      const id = `${rng.int(1, 9)}${String(rng.int(0, 999_999_999)).padStart(9, '0')}${String(rng.int(0, 999_999_999)).padStart(9, '0')}`;
      if (!this.used.has(id)) {
        this.used.add(id);
        return id;
      }
    }
  }

  publicIp(rng: Random, region: GcpRegionInfo): string {
    for (;;) {
      const [a, from, to] = rng.pick(region.publicIpPrefixes);
      const ip = `${a}.${rng.int(from, to)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
      if (!this.used.has(ip)) {
        this.used.add(ip);
        return ip;
      }
    }
  }
}

/** Private addresses of one subnetwork: GCP reserves the network and gateway addresses and the last two. */
class SubnetPool {
  private next: number;
  private readonly end: number;

  constructor(
    private readonly range: string,
    private readonly rng: Random,
  ) {
    const base = cidrBase(range);
    this.next = base + 2;
    this.end = base + cidrSize(range) - 3;
  }

  allocate(): string {
    if (this.next > this.end) throw new Error(`Subnetwork ${this.range} has no free addresses left`);
    const ip = intToIp(this.next);
    this.next += this.rng.chance(0.15) ? 2 : 1;
    return ip;
  }
}

interface NetworkPlan {
  network: GceNetwork;
  env: string | null;
  /** Subnetworks per region. */
  subnets: Map<string, GceSubnetwork[]>;
}

interface GenerateContext {
  seed: number;
  project: GcpProject;
  vmsPerRegion: number;
  allocator: GcpAllocator;
}

const fingerprint = (rng: Random) => Buffer.from(rng.hex(16), 'hex').toString('base64');
const atSecond = (ms: number): Date => new Date(Math.floor(ms / 1000) * 1000);

export function generateGcpProject(ctx: GenerateContext): GcpProjectData {
  const { project, allocator } = ctx;
  const p = project.projectId;
  const rng = Random.of(ctx.seed, 'gcp', p);
  const epoch = FLEET_EPOCH.getTime();
  const created = (from: number, to: number) => gcpTimestamp(atSecond(epoch - rng.int(from, to)));
  const data: GcpProjectData = { project, regions: [], networks: [], firewalls: [], snapshots: [], globalAddresses: [] };
  const pools = new Map<string, SubnetPool>();

  // ---- networks: the auto-mode default network and a custom-mode VPC ----
  const makeNetwork = (name: string, auto: boolean, description: string): GceNetwork => {
    const id = allocator.id(rng);
    return {
      kind: 'compute#network',
      id,
      creationTimestamp: created(500 * DAY, 900 * DAY),
      name,
      description,
      autoCreateSubnetworks: auto,
      subnetworks: [],
      routingConfig: { routingMode: auto ? 'REGIONAL' : 'GLOBAL' },
      mtu: auto ? 1460 : 1500,
      networkFirewallPolicyEnforcementOrder: 'AFTER_CLASSIC_FIREWALL',
      selfLink: computeUrl.global(p, 'networks', name),
      selfLinkWithId: computeUrl.global(p, 'networks', id),
    };
  };
  const makeSubnet = (plan: NetworkPlan, region: string, name: string, range: string, extra: Partial<GceSubnetwork> = {}): GceSubnetwork => {
    const subnet: GceSubnetwork = {
      kind: 'compute#subnetwork',
      id: allocator.id(rng),
      creationTimestamp: plan.network.creationTimestamp,
      name,
      network: plan.network.selfLink,
      ipCidrRange: range,
      gatewayAddress: intToIp(cidrBase(range) + 1),
      region: computeUrl.region(p, region),
      privateIpGoogleAccess: !plan.network.autoCreateSubnetworks,
      purpose: 'PRIVATE',
      stackType: 'IPV4_ONLY',
      fingerprint: fingerprint(rng),
      selfLink: computeUrl.regional(p, region, 'subnetworks', name),
      ...extra,
    };
    pools.set(subnet.selfLink, new SubnetPool(range, rng));
    plan.network.subnetworks.push(subnet.selfLink);
    const list = plan.subnets.get(region) ?? [];
    list.push(subnet);
    plan.subnets.set(region, list);
    return subnet;
  };

  const plans: NetworkPlan[] = [];
  {
    const plan: NetworkPlan = { network: makeNetwork('default', true, 'Default network for the project'), env: null, subnets: new Map() };
    for (const region of GCP_REGIONS) makeSubnet(plan, region.region, 'default', region.autoSubnetRange);
    plans.push(plan);
  }
  {
    const env = p.endsWith('-prod') ? 'prod' : p.endsWith('-dev') ? 'dev' : rng.pick(TAG_VOCABULARY.env);
    const plan: NetworkPlan = { network: makeNetwork(`${env}-vpc`, false, `${env} workloads`), env, subnets: new Map() };
    const second = rng.int(10, 200);
    GCP_REGIONS.forEach((region, r) => {
      makeSubnet(plan, region.region, `${env}-${region.region}-app`, `10.${second}.${r * 32}.0/20`, {
        secondaryIpRanges: [{ rangeName: 'pods', ipCidrRange: `10.${second + 40}.${r * 64}.0/18` }],
      });
      makeSubnet(plan, region.region, `${env}-${region.region}-data`, `10.${second}.${r * 32 + 16}.0/20`, {
        description: 'databases and caches',
      });
    });
    plans.push(plan);
  }
  data.networks.push(...plans.map((plan) => plan.network));

  // ---- firewalls: the default network's defaults, and tiered rules on the custom VPC ----
  const firewall = (plan: NetworkPlan, name: string, rule: Partial<GceFirewall> & Pick<GceFirewall, 'direction'>): GceFirewall => ({
    kind: 'compute#firewall',
    id: allocator.id(rng),
    creationTimestamp: plan.network.creationTimestamp,
    name,
    description: '',
    network: plan.network.selfLink,
    priority: 1000,
    disabled: false,
    logConfig: { enable: false },
    selfLink: computeUrl.global(p, 'firewalls', name),
    ...rule,
  });
  {
    const def = plans[0]!;
    data.firewalls.push(
      firewall(def, 'default-allow-internal', {
        direction: 'INGRESS',
        priority: 65534,
        description: 'Allow internal traffic on the default network',
        sourceRanges: ['10.128.0.0/9'],
        allowed: [
          { IPProtocol: 'tcp', ports: ['0-65535'] },
          { IPProtocol: 'udp', ports: ['0-65535'] },
          { IPProtocol: 'icmp' },
        ],
      }),
      firewall(def, 'default-allow-ssh', {
        direction: 'INGRESS',
        priority: 65534,
        description: 'Allow SSH from anywhere',
        sourceRanges: ['0.0.0.0/0'],
        allowed: [{ IPProtocol: 'tcp', ports: ['22'] }],
      }),
      firewall(def, 'default-allow-rdp', {
        direction: 'INGRESS',
        priority: 65534,
        description: 'Allow RDP from anywhere',
        sourceRanges: ['0.0.0.0/0'],
        allowed: [{ IPProtocol: 'tcp', ports: ['3389'] }],
      }),
      firewall(def, 'default-allow-icmp', {
        direction: 'INGRESS',
        priority: 65534,
        description: 'Allow ICMP from anywhere',
        sourceRanges: ['0.0.0.0/0'],
        allowed: [{ IPProtocol: 'icmp' }],
      }),
      firewall(def, 'default-allow-http', {
        direction: 'INGRESS',
        sourceRanges: ['0.0.0.0/0'],
        targetTags: ['http-server'],
        allowed: [{ IPProtocol: 'tcp', ports: ['80'] }],
      }),
    );
    const vpc = plans[1]!;
    const n = vpc.network.name.replace(/-vpc$/, '');
    data.firewalls.push(
      firewall(vpc, `${n}-allow-web`, {
        direction: 'INGRESS',
        description: 'HTTP and HTTPS to the web tier',
        sourceRanges: ['0.0.0.0/0'],
        targetTags: ['web'],
        allowed: [{ IPProtocol: 'tcp', ports: ['80', '443'] }],
      }),
      firewall(vpc, `${n}-allow-app-from-web`, {
        direction: 'INGRESS',
        description: 'The web tier calls the app tier',
        sourceTags: ['web'],
        targetTags: ['app'],
        allowed: [{ IPProtocol: 'tcp', ports: ['8080-8089'] }],
      }),
      firewall(vpc, `${n}-allow-db-from-app`, {
        direction: 'INGRESS',
        priority: 900,
        description: 'Postgres and Redis from the app tier',
        sourceTags: ['app'],
        targetTags: ['db'],
        allowed: [{ IPProtocol: 'tcp', ports: ['5432', '6379'] }],
      }),
      firewall(vpc, `${n}-allow-ssh-office`, {
        direction: 'INGRESS',
        description: 'SSH from the office and through IAP',
        sourceRanges: [OFFICE_CIDR, IAP_RANGE],
        targetTags: ['ssh'],
        allowed: [{ IPProtocol: 'tcp', ports: ['22'] }],
        logConfig: { enable: true },
      }),
      firewall(vpc, `${n}-allow-health-checks`, {
        direction: 'INGRESS',
        description: 'Google Cloud load balancer health checks',
        sourceRanges: HEALTH_CHECK_RANGES,
        targetTags: ['web', 'app'],
        allowed: [{ IPProtocol: 'tcp' }],
      }),
      firewall(vpc, `${n}-allow-internal-udp`, {
        direction: 'INGRESS',
        priority: 2000,
        sourceRanges: ['10.0.0.0/8'],
        allowed: [{ IPProtocol: 'udp', ports: ['53', '123'] }, { IPProtocol: 'icmp' }],
      }),
      firewall(vpc, `${n}-deny-smtp-egress`, {
        direction: 'EGRESS',
        priority: 100,
        description: 'No outbound mail',
        destinationRanges: ['0.0.0.0/0'],
        denied: [{ IPProtocol: 'tcp', ports: ['25', '465', '587'] }],
      }),
      firewall(vpc, `${n}-deny-all-ingress-legacy`, {
        direction: 'INGRESS',
        priority: 65000,
        description: 'Kept for reference; disabled',
        sourceRanges: ['0.0.0.0/0'],
        denied: [{ IPProtocol: 'all' }],
        disabled: true,
      }),
    );
  }

  // ---- per region: instances with their disks and addresses, then the leftovers ----
  const nameCounters = new Map<string, number>();
  const computeSa = `${project.projectNumber}-compute@developer.gserviceaccount.com`;
  for (const region of GCP_REGIONS) {
    const r = region.region;
    const regionData: GcpRegionData = { project: p, region: r, zones: [...region.zones], instances: [], disks: [], subnetworks: [], addresses: [] };
    for (const plan of plans) regionData.subnetworks.push(...(plan.subnets.get(r) ?? []));

    const newAddress = (name: string, extra: Partial<GceAddress>): GceAddress => ({
      kind: 'compute#address',
      id: allocator.id(rng),
      creationTimestamp: created(30 * DAY, 400 * DAY),
      name,
      description: '',
      address: extra.address ?? allocator.publicIp(rng, region),
      region: computeUrl.region(p, r),
      status: 'RESERVED',
      addressType: 'EXTERNAL',
      // Internal addresses have no network tier.
      ...(extra.addressType === 'INTERNAL' ? {} : { networkTier: 'PREMIUM' as const }),
      ipVersion: 'IPV4',
      labels: {},
      labelFingerprint: '42WmSpB8rSM=',
      selfLink: computeUrl.regional(p, r, 'addresses', name),
      ...extra,
    });

    const newDisk = (name: string, zone: string, sizeGb: number, type: string, created: Date, extra: Partial<GceDisk>): GceDisk => ({
      kind: 'compute#disk',
      id: allocator.id(rng),
      creationTimestamp: gcpTimestamp(created),
      name,
      sizeGb: String(sizeGb),
      zone: computeUrl.zone(p, zone),
      status: 'READY',
      type: computeUrl.zonal(p, zone, 'diskTypes', type),
      labels: {},
      labelFingerprint: '42WmSpB8rSM=',
      physicalBlockSizeBytes: '4096',
      selfLink: computeUrl.zonal(p, zone, 'disks', name),
      ...extra,
    });

    let launched = 0;
    while (launched < ctx.vmsPerRegion) {
      const groupSize = Math.min(
        ctx.vmsPerRegion - launched,
        rng.weighted([
          [1, 6],
          [2, 2],
          [3, 1],
        ] as const),
      );
      const plan = rng.chance(0.6) ? plans[1]! : plans[0]!;
      const app = rng.pick(TAG_VOCABULARY.app);
      const env = plan.env ?? rng.pick(TAG_VOCABULARY.env);
      const team = rng.pick(TAG_VOCABULARY.team);
      const subnets = plan.subnets.get(r)!;
      const subnet = app === 'db' || app === 'cache' ? subnets[subnets.length - 1]! : subnets[0]!;
      const image: GceImageInfo = rng.weighted(GCE_IMAGES.map((i) => [i, i.weight] as const));
      const arm = image.architecture === 'ARM64';
      const armZones = GCE_MACHINE_TYPES.find((t) => t.name === 't2a-standard-2')!.zones!.filter((z) => region.zones.includes(z));
      // No ARM machine type in this region: the image falls back to its x86 sibling.
      const useArm = arm && armZones.length > 0;
      const bootImage = arm && !useArm ? GCE_IMAGES.find((i) => i.license === image.license && i.architecture === 'X86_64')! : image;
      const machineType = useArm
        ? 't2a-standard-2'
        : rng.chance(0.12)
          ? rng.pick(GCE_CUSTOM_MACHINE_TYPES)
          : rng.pick(GCE_MACHINE_TYPES.filter((t) => !t.zones && !(bootImage.windows && t.isSharedCpu))).name;
      const zone = useArm ? rng.pick(armZones) : rng.pick(region.zones);
      const launch = atSecond(epoch - rng.int(2 * DAY, 400 * DAY));
      const tags = app === 'web' ? ['web', 'http-server'] : app === 'bastion' ? ['ssh'] : app === 'db' || app === 'cache' ? ['db'] : ['app'];
      const spot = app === 'batch' && rng.chance(0.6);

      for (let index = 0; index < groupSize; index++) {
        const counterKey = `${app}-${env}`;
        const seq = (nameCounters.get(counterKey) ?? 0) + 1;
        nameCounters.set(counterKey, seq);
        const name = `${app}-${env}-${String(seq).padStart(2, '0')}`;
        const labels: Record<string, string> = { env, team, app };
        if (rng.chance(0.3)) labels['cost-center'] = `cc-${rng.int(100, 999)}`;
        const selfLink = computeUrl.zonal(p, zone, 'instances', name);
        const nvme = machineType.startsWith('c3-') || machineType.startsWith('t2a-');

        // Disks: the boot disk (named after the instance, as the console does) and 0–2 data disks.
        const attached: GceAttachedDisk[] = [];
        const bootType = rng.weighted([
          ['pd-balanced', 7],
          ['pd-ssd', 2],
          ['pd-standard', 1],
        ] as const);
        const bootSize = Math.max(bootImage.sizeGb, rng.pick([10, 10, 20, 30, 50]));
        const boot = newDisk(name, zone, bootSize, bootType, launch, {
          sourceImage: imageUrl(bootImage),
          sourceImageId: allocator.id(rng),
          licenses: [licenseUrl(bootImage)],
          ...(bootImage.windows ? { guestOsFeatures: [{ type: 'WINDOWS' }, { type: 'VIRTIO_SCSI_MULTIQUEUE' }] } : {}),
          architecture: bootImage.architecture,
          users: [selfLink],
          lastAttachTimestamp: gcpTimestamp(launch),
          labels: { ...labels },
        });
        regionData.disks.push(boot);
        attached.push({
          kind: 'compute#attachedDisk',
          type: 'PERSISTENT',
          mode: 'READ_WRITE',
          source: boot.selfLink,
          deviceName: 'persistent-disk-0',
          index: 0,
          boot: true,
          autoDelete: true,
          interface: nvme ? 'NVME' : 'SCSI',
          diskSizeGb: boot.sizeGb,
          licenses: [licenseUrl(bootImage)],
          ...(bootImage.windows ? { guestOsFeatures: [{ type: 'WINDOWS' }] } : {}),
          architecture: bootImage.architecture,
        });
        const dataDisks = rng.weighted([
          [0, 3],
          [1, 4],
          [2, 2],
        ] as const);
        for (let d = 0; d < dataDisks; d++) {
          const type = rng.weighted([
            ['pd-balanced', 5],
            ['pd-ssd', 2],
            ['hyperdisk-balanced', 1],
          ] as const);
          const size = rng.pick([50, 100, 200, 500, 1000]);
          const diskName = `${name}-data-${d + 1}`;
          const attachedAt = atSecond(launch.getTime() + rng.int(1, 30) * MINUTE);
          const disk = newDisk(diskName, zone, size, type, attachedAt, {
            users: [selfLink],
            lastAttachTimestamp: gcpTimestamp(attachedAt),
            labels: { env, team },
            ...(type === 'hyperdisk-balanced' ? { provisionedIops: String(rng.pick([3000, 6000, 10000])), provisionedThroughput: String(rng.pick([140, 290, 600])) } : {}),
            ...(rng.chance(0.2) ? { diskEncryptionKey: { kmsKeyName: `projects/${p}/locations/${r}/keyRings/fleet/cryptoKeys/disks/cryptoKeyVersions/1` } } : {}),
          });
          regionData.disks.push(disk);
          attached.push({
            kind: 'compute#attachedDisk',
            type: 'PERSISTENT',
            mode: 'READ_WRITE',
            source: disk.selfLink,
            deviceName: diskName,
            index: d + 1,
            boot: false,
            autoDelete: false,
            interface: nvme ? 'NVME' : 'SCSI',
            diskSizeGb: disk.sizeGb,
          });
        }

        // Network interfaces: nic0 in the chosen subnetwork; an external IP that is ephemeral
        // (default network) or a reserved static address (custom VPC), or none.
        const nic0Ip = pools.get(subnet.selfLink)!.allocate();
        const instance: GceInstance = {
          kind: 'compute#instance',
          id: allocator.id(rng),
          creationTimestamp: gcpTimestamp(launch),
          name,
          description: rng.chance(0.3) ? `${app} server (${team})` : '',
          tags: { items: tags, fingerprint: fingerprint(rng) },
          machineType: computeUrl.zonal(p, zone, 'machineTypes', machineType),
          status: 'RUNNING',
          zone: computeUrl.zone(p, zone),
          canIpForward: false,
          networkInterfaces: [
            {
              kind: 'compute#networkInterface',
              name: 'nic0',
              network: plan.network.selfLink,
              subnetwork: subnet.selfLink,
              networkIP: nic0Ip,
              stackType: 'IPV4_ONLY',
              fingerprint: fingerprint(rng),
              ...(subnet.secondaryIpRanges && rng.chance(0.2)
                ? { aliasIpRanges: [{ ipCidrRange: `${intToIp(cidrBase(subnet.secondaryIpRanges[0]!.ipCidrRange) + 256 * rng.int(0, 60))}/24`, subnetworkRangeName: 'pods' }] }
                : {}),
            },
          ],
          disks: attached,
          serviceAccounts: [{ email: computeSa, scopes: ['https://www.googleapis.com/auth/cloud-platform'] }],
          selfLink,
          scheduling: spot
            ? { onHostMaintenance: 'TERMINATE', automaticRestart: false, preemptible: false, provisioningModel: 'SPOT' }
            : { onHostMaintenance: 'MIGRATE', automaticRestart: true, preemptible: false, provisioningModel: 'STANDARD' },
          cpuPlatform: useArm ? 'Ampere Altra' : machineType.startsWith('c3-') ? 'Intel Sapphire Rapids' : rng.pick(region.cpuPlatforms),
          labels,
          labelFingerprint: fingerprint(rng),
          startRestricted: false,
          deletionProtection: env === 'prod' && app === 'db',
          fingerprint: fingerprint(rng),
          lastStartTimestamp: gcpTimestamp(launch),
          sim: { opsAgent: rng.chance(0.5), activity: [{ from: launch, to: null }], ephemeralIp: null },
        };
        const nic0 = instance.networkInterfaces[0]!;
        if (plan.network.autoCreateSubnetworks ? rng.chance(0.7) : false) {
          instance.sim.ephemeralIp = allocator.publicIp(rng, region);
          nic0.accessConfigs = [{ kind: 'compute#accessConfig', type: 'ONE_TO_ONE_NAT', name: 'External NAT', natIP: instance.sim.ephemeralIp, networkTier: 'PREMIUM' }];
        } else if (!plan.network.autoCreateSubnetworks && (app === 'web' || app === 'bastion' ? rng.chance(0.5) : rng.chance(0.08))) {
          const address = newAddress(`${name}-ip`, { status: 'IN_USE', users: [selfLink], labels: { env } });
          regionData.addresses.push(address);
          nic0.accessConfigs = [{ kind: 'compute#accessConfig', type: 'ONE_TO_ONE_NAT', name: 'external-nat', natIP: address.address, networkTier: 'PREMIUM' }];
        }
        // A second interface must be in another VPC network: the other plan's subnetwork here.
        if (rng.chance(0.12)) {
          const other = plans.find((x) => x !== plan)!;
          const otherSubnet = other.subnets.get(r)![0]!;
          instance.networkInterfaces.push({
            kind: 'compute#networkInterface',
            name: 'nic1',
            network: other.network.selfLink,
            subnetwork: otherSubnet.selfLink,
            networkIP: pools.get(otherSubnet.selfLink)!.allocate(),
            stackType: 'IPV4_ONLY',
            fingerprint: fingerprint(rng),
          });
        }
        regionData.instances.push(instance);
      }
      launched += groupSize;
    }

    // ---- statuses: a majority RUNNING, every documented status present ----
    const targets = planStatuses(rng, regionData.instances.length);
    regionData.instances.forEach((instance, i) => {
      const target = targets[i] ?? 'RUNNING';
      if (target === 'RUNNING') return;
      const start = instance.sim.activity[0]!.from.getTime();
      if (target === 'PROVISIONING' || target === 'STAGING' || target === 'PENDING') {
        // Just created: it has never run.
        const createdAt = atSecond(epoch - rng.int(1, 8) * MINUTE);
        instance.creationTimestamp = gcpTimestamp(createdAt);
        instance.sim.activity = [];
        delete instance.lastStartTimestamp;
        applyInstanceStatus(instance, target, createdAt);
      } else if (target === 'STOPPING' || target === 'SUSPENDING' || target === 'DEPROVISIONING' || target === 'REPAIRING') {
        applyInstanceStatus(instance, target, atSecond(epoch - rng.int(1, 10) * MINUTE));
      } else {
        applyInstanceStatus(instance, target, atSecond(start + rng.int(HOUR, Math.max(HOUR + 1, epoch - start - HOUR))));
      }
    });

    // ---- leftovers: loose disks in every disk status, a regional disk, spare addresses ----
    const looseStatuses: GceDiskStatus[] = ['CREATING', 'RESTORING', 'FAILED', 'UNAVAILABLE', 'DELETING'];
    const looseDisks = Math.max(looseStatuses.length + 1, Math.round(ctx.vmsPerRegion / 10));
    for (let k = 0; k < looseDisks; k++) {
      const zone = rng.pick(region.zones);
      const status = looseStatuses[k] ?? 'READY';
      const image = rng.pick(GCE_IMAGES);
      regionData.disks.push(
        newDisk(`scratch-${r}-${k + 1}`, zone, rng.pick([10, 50, 100, 250]), rng.pick(['pd-standard', 'pd-balanced']), atSecond(epoch - rng.int(DAY, 200 * DAY)), {
          status,
          labels: rng.chance(0.5) ? { purpose: 'scratch' } : {},
          ...(status === 'RESTORING' ? { sourceImage: imageUrl(image), sourceImageId: allocator.id(rng), licenses: [licenseUrl(image)], architecture: image.architecture } : {}),
          ...(rng.chance(0.3) ? { lastDetachTimestamp: created(DAY, 30 * DAY) } : {}),
        }),
      );
    }
    {
      const name = `shared-${r}-regional`;
      const zones = region.zones.slice(0, 2);
      const { zone: _zone, ...regional } = newDisk(name, zones[0]!, 200, 'pd-balanced', atSecond(epoch - rng.int(10 * DAY, 100 * DAY)), {
        labels: { purpose: 'ha-data' },
      });
      regionData.disks.push({
        ...regional,
        region: computeUrl.region(p, r),
        replicaZones: zones.map((z) => computeUrl.zone(p, z)),
        type: computeUrl.regional(p, r, 'diskTypes', 'pd-balanced'),
        selfLink: computeUrl.regional(p, r, 'disks', name),
      });
    }
    regionData.addresses.push(
      newAddress(`reserved-${r}-1`, { description: 'kept for the next release' }),
      newAddress(`reserved-${r}-2`, { networkTier: 'STANDARD', labels: { team: 'platform' } }),
      newAddress(`pending-${r}-1`, { status: 'RESERVING' }),
      newAddress(`internal-${r}-lb`, {
        addressType: 'INTERNAL',
        purpose: 'GCE_ENDPOINT',
        description: 'internal load balancer',
        address: pools.get(plans[1]!.subnets.get(r)![0]!.selfLink)!.allocate(),
        subnetwork: plans[1]!.subnets.get(r)![0]!.selfLink,
      }),
    );
    data.regions.push(regionData);
  }

  // ---- snapshots (global), of some disks ----
  const snapshotStatuses: GceSnapshotStatus[] = [];
  for (const regionData of data.regions) {
    const region = GCP_REGIONS.find((x) => x.region === regionData.region)!;
    for (const disk of regionData.disks) {
      if (disk.status !== 'READY' || !rng.chance(0.3)) continue;
      const count = rng.int(1, 2);
      for (let k = 0; k < count; k++) {
        const status = rng.weighted<GceSnapshotStatus>([
          ['READY', 90],
          ['CREATING', 3],
          ['UPLOADING', 3],
          ['FAILED', 2],
          ['DELETING', 2],
        ]);
        snapshotStatuses.push(status);
        const diskCreated = Date.parse(disk.creationTimestamp);
        const at = atSecond(diskCreated + rng.int(HOUR, Math.max(HOUR + 1, epoch - diskCreated - HOUR)));
        const autoCreated = rng.chance(0.5);
        const stamp = at.toISOString().replace(/[-:T]/g, '').slice(0, 14);
        const name = autoCreated ? `${disk.name.slice(0, 30)}-${stamp}-${rng.hex(8)}` : `${disk.name.slice(0, 40)}-backup-${k + 1}`;
        data.snapshots.push({
          kind: 'compute#snapshot',
          id: allocator.id(rng),
          creationTimestamp: gcpTimestamp(at),
          name,
          description: autoCreated ? `Scheduled snapshot of ${disk.name}` : `Manual snapshot before upgrade of ${disk.name}`,
          status,
          sourceDisk: disk.selfLink,
          sourceDiskId: disk.id,
          diskSizeGb: disk.sizeGb,
          storageBytes: status === 'READY' ? String(Math.round(Number(disk.sizeGb) * 1024 ** 3 * (0.05 + rng.float() * 0.5))) : '0',
          storageBytesStatus: status === 'READY' ? 'UP_TO_DATE' : 'UPDATING',
          storageLocations: [region.region.startsWith('europe') ? 'eu' : 'us'],
          ...(disk.licenses ? { licenses: [...disk.licenses] } : {}),
          labels: autoCreated ? {} : { reason: 'pre-upgrade' },
          labelFingerprint: fingerprint(rng),
          autoCreated,
          snapshotType: rng.chance(0.1) ? 'ARCHIVE' : 'STANDARD',
          ...(disk.architecture ? { architecture: disk.architecture } : {}),
          ...(disk.diskEncryptionKey ? { snapshotEncryptionKey: { ...disk.diskEncryptionKey } } : {}),
          selfLink: computeUrl.global(p, 'snapshots', name),
        });
      }
    }
  }
  // Every snapshot status appears somewhere (when there are enough snapshots to spare).
  const wanted: GceSnapshotStatus[] = ['CREATING', 'UPLOADING', 'FAILED', 'DELETING'];
  for (const status of wanted) {
    if (data.snapshots.length <= wanted.length * 2 || data.snapshots.some((s) => s.status === status)) continue;
    const victim = data.snapshots.find((s, i) => s.status === 'READY' && i % wanted.length === wanted.indexOf(status)) ?? data.snapshots.find((s) => s.status === 'READY');
    if (victim) {
      victim.status = status;
      victim.storageBytes = '0';
      victim.storageBytesStatus = 'UPDATING';
    }
  }

  // ---- global addresses: a load balancer's frontend and a VPC peering range ----
  const lbName = 'web-lb-ip';
  data.globalAddresses.push(
    {
      kind: 'compute#address',
      id: allocator.id(rng),
      creationTimestamp: created(50 * DAY, 300 * DAY),
      name: lbName,
      description: 'global HTTPS load balancer frontend',
      address: allocator.publicIp(rng, GCP_REGIONS[0]!),
      status: 'IN_USE',
      addressType: 'EXTERNAL',
      networkTier: 'PREMIUM',
      ipVersion: 'IPV4',
      users: [computeUrl.global(p, 'forwardingRules', 'web-lb-https')],
      labels: {},
      labelFingerprint: '42WmSpB8rSM=',
      selfLink: computeUrl.global(p, 'addresses', lbName),
    },
    {
      kind: 'compute#address',
      id: allocator.id(rng),
      creationTimestamp: created(50 * DAY, 300 * DAY),
      name: 'google-managed-services-range',
      description: 'private services access',
      address: '10.250.0.0',
      prefixLength: 16,
      status: 'RESERVED',
      addressType: 'INTERNAL',
      purpose: 'VPC_PEERING',
      network: plans[1]!.network.selfLink,
      labels: {},
      labelFingerprint: '42WmSpB8rSM=',
      selfLink: computeUrl.global(p, 'addresses', 'google-managed-services-range'),
    },
  );
  return data;
}

function planStatuses(rng: Random, n: number): GceInstanceStatus[] {
  const statuses = Array.from({ length: n }, () =>
    rng.weighted<GceInstanceStatus>([
      ['RUNNING', 62],
      ['TERMINATED', 14],
      ['STOPPED', 2],
      ['SUSPENDED', 4],
      ['STOPPING', 3],
      ['SUSPENDING', 2],
      ['PROVISIONING', 3],
      ['STAGING', 3],
      ['PENDING', 2],
      ['REPAIRING', 2],
      ['DEPROVISIONING', 2],
    ]),
  );
  const runningIndexes = () => statuses.flatMap((s, i) => (s === 'RUNNING' ? [i] : []));
  if (n >= GCE_INSTANCE_STATUSES.length * 2) {
    for (const status of GCE_INSTANCE_STATUSES) {
      if (statuses.includes(status)) continue;
      statuses[rng.pick(runningIndexes())] = status;
    }
  }
  // Keep a majority running.
  while (runningIndexes().length <= n / 2) {
    const others = statuses.flatMap((s, i) => (s !== 'RUNNING' && statuses.filter((x) => x === s).length > 1 ? [i] : []));
    if (others.length === 0) break;
    statuses[rng.pick(others)] = 'RUNNING';
  }
  return statuses;
}
