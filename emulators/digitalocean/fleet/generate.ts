// One team's resources, generated from the seed: per region a default VPC and a second one,
// `vmsPerScope` droplets in every status (mostly active; the first region holds each of the
// others at least once), volumes (attached or loose), droplet and volume snapshots, reserved IPs,
// and the team's firewalls, applied by tag and by droplet id.
import { intToIp, ipToInt } from '../../kit/ipv4.js';
import { Random } from '../../kit/prng.js';
import { FLEET_EPOCH, beforeEpoch } from '../../kit/time.js';
import { OFFICE_CIDR, TAG_VOCABULARY } from '../../kit/vocabulary.js';
import { DO_IMAGES, DO_REGION_NAMES, DO_REGIONS, DO_SIZES, type DoRegionSlug } from './catalogue.js';
import type { DoDroplet, DoFirewall, DoRegionRef, DoReservedIp, DoSnapshot, DoTeamResources, DoVolume, DoVpc, DropletStatus } from './types.js';

const DAY_MS = 86_400_000;

export function regionRef(slug: DoRegionSlug): DoRegionRef {
  return { slug, name: DO_REGION_NAMES[slug], available: true, features: ['backups', 'ipv6', 'metadata', 'install_agent', 'storage'], sizes: DO_SIZES.map((s) => s.slug) };
}

/** `teamIndex` keeps droplet ids of different teams apart (DigitalOcean's ids are global). */
export function generateTeam(seed: number, teamUuid: string, teamIndex: number, vmsPerScope: number): DoTeamResources {
  const random = Random.of(seed, 'digitalocean', teamUuid);
  const out: DoTeamResources = { droplets: [], volumes: [], snapshots: [], vpcs: [], firewalls: [], reservedIps: [] };
  let nextDropletId = 400_000_000 + teamIndex * 10_000_000;
  DO_REGIONS.forEach((region, regionIndex) => {
    const vpcs = vpcsOf(random, region, regionIndex);
    out.vpcs.push(...vpcs);
    for (let i = 0; i < vmsPerScope; i++) {
      const droplet = dropletOf(random, nextDropletId++, region, vpcs[i % 5 === 4 ? 1 : 0]!, regionIndex === 0 ? forcedStatus(i) : null, i);
      out.droplets.push(droplet);
      if (droplet.status !== 'new' && random.chance(0.4)) out.volumes.push(volumeOf(random, region, [droplet]));
    }
    for (let i = 0; i < 2; i++) out.volumes.push(volumeOf(random, region, []));
    out.reservedIps.push(...reservedIpsOf(random, region, regionIndex, out.droplets.filter((d) => d.region.slug === region && d.status === 'active')));
  });
  for (const volume of out.volumes) for (const id of volume.droplet_ids) out.droplets.find((d) => d.id === id)!.volume_ids.push(volume.id);
  out.snapshots.push(...snapshotsOf(random, out));
  out.firewalls.push(...firewallsOf(random, out.droplets));
  return out;
}

/** The first region's first droplets take each status but active once, so every status is present. */
function forcedStatus(index: number): DropletStatus | null {
  return (['off', 'new', 'archive'] as const)[index] ?? null;
}

function vpcsOf(random: Random, region: DoRegionSlug, regionIndex: number): DoVpc[] {
  const vpc = (name: string, range: string, isDefault: boolean): DoVpc => {
    const id = random.uuid();
    return { id, urn: `do:vpc:${id}`, name, description: isDefault ? '' : `${name} network`, region, ip_range: range, default: isDefault, created_at: beforeEpoch(random.int(30, 700) * DAY_MS).toISOString() };
  };
  return [vpc(`default-${region}`, `10.${100 + regionIndex}.0.0/20`, true), vpc(`private-${region}`, `10.${200 + regionIndex}.0.0/20`, false)];
}

function dropletOf(random: Random, id: number, region: DoRegionSlug, vpc: DoVpc, forced: DropletStatus | null, index: number): DoDroplet {
  const env = random.pick(TAG_VOCABULARY.env);
  const app = random.pick(TAG_VOCABULARY.app);
  const size = random.pick(DO_SIZES);
  const image = random.pick(DO_IMAGES);
  const status = forced ?? random.weighted<DropletStatus>([['active', 0.8], ['off', 0.14], ['new', 0.04], ['archive', 0.02]]);
  const monitored = random.chance(0.7);
  const privateIp = intToIp(ipToInt(vpc.ip_range.split('/')[0]!) + 2 + index);
  const publicIp = `${random.int(64, 209)}.${random.int(0, 255)}.${random.int(0, 255)}.${random.int(2, 254)}`;
  const ipv6 = random.chance(0.3);
  return {
    id,
    name: `${app}-${env}-${region}-${String(index + 1).padStart(2, '0')}`,
    memory: size.memory,
    vcpus: size.vcpus,
    disk: size.disk,
    locked: false,
    status,
    created_at: (status === 'new' ? new Date(FLEET_EPOCH.getTime() + 60_000) : beforeEpoch(random.int(1, 400) * DAY_MS)).toISOString(),
    features: [...(monitored ? ['monitoring'] : []), ...(ipv6 ? ['ipv6'] : []), 'droplet_agent', 'private_networking'],
    backup_ids: [],
    snapshot_ids: [],
    image: { id: image.id, name: image.name, distribution: image.distribution, slug: image.slug, public: true },
    volume_ids: [],
    size: { ...size, regions: [...DO_REGIONS], available: true },
    size_slug: size.slug,
    networks: {
      v4: [
        { ip_address: privateIp, netmask: '255.255.240.0', gateway: intToIp(ipToInt(vpc.ip_range.split('/')[0]!) + 1), type: 'private' },
        ...(status === 'new' ? [] : [{ ip_address: publicIp, netmask: '255.255.240.0', gateway: publicIp.replace(/\.\d+$/, '.1'), type: 'public' as const }]),
      ],
      v6: ipv6 && status !== 'new' ? [{ ip_address: `2604:a880:${random.hex(4)}:d0::${random.hex(4)}:1`, netmask: 64, gateway: '2604:a880::1', type: 'public' }] : [],
    },
    region: regionRef(region),
    tags: [`env:${env}`, `team:${random.pick(TAG_VOCABULARY.team)}`, app],
    vpc_uuid: vpc.id,
  };
}

function volumeOf(random: Random, region: DoRegionSlug, attachedTo: DoDroplet[]): DoVolume {
  const name = `vol-${region}-${random.hex(6)}`;
  return {
    id: random.uuid(),
    region: regionRef(region),
    droplet_ids: attachedTo.map((d) => d.id),
    name,
    description: attachedTo.length > 0 ? `data for ${attachedTo[0]!.name}` : 'unattached',
    size_gigabytes: random.pick([10, 50, 100, 250, 500]),
    created_at: beforeEpoch(random.int(1, 300) * DAY_MS).toISOString(),
    filesystem_type: random.pick(['ext4', 'xfs']),
    filesystem_label: name.slice(0, 16),
    tags: attachedTo[0]?.tags.filter((t) => t.startsWith('env:')) ?? [],
  };
}

function snapshotsOf(random: Random, resources: DoTeamResources): DoSnapshot[] {
  const snapshots: DoSnapshot[] = [];
  for (const droplet of resources.droplets) {
    if (droplet.status === 'new' || !random.chance(0.1)) continue;
    snapshots.push({
      id: String(random.int(150_000_000, 199_999_999)),
      name: `${droplet.name}-snapshot`,
      created_at: beforeEpoch(random.int(1, 60) * DAY_MS).toISOString(),
      regions: [droplet.region.slug],
      resource_id: String(droplet.id),
      resource_type: 'droplet',
      min_disk_size: droplet.disk,
      size_gigabytes: Math.round(droplet.disk * random.float() * 100) / 100,
      tags: [],
    });
  }
  for (const volume of resources.volumes) {
    if (!random.chance(0.2)) continue;
    snapshots.push({
      id: random.uuid(),
      name: `${volume.name}-snap`,
      created_at: beforeEpoch(random.int(1, 60) * DAY_MS).toISOString(),
      regions: [volume.region.slug],
      resource_id: volume.id,
      resource_type: 'volume',
      min_disk_size: volume.size_gigabytes,
      size_gigabytes: Math.round(volume.size_gigabytes * random.float() * 100) / 100,
      tags: volume.tags,
    });
  }
  return snapshots;
}

function reservedIpsOf(random: Random, region: DoRegionSlug, regionIndex: number, active: DoDroplet[]): DoReservedIp[] {
  const ip = (n: number) => `45.55.${regionIndex * 10 + n}.${random.int(2, 254)}`;
  const project = random.uuid();
  return [
    { ip: ip(1), region: regionRef(region), droplet: active[0] ?? null, locked: false, project_id: project },
    { ip: ip(2), region: regionRef(region), droplet: null, locked: false, project_id: project },
  ];
}

function firewallsOf(random: Random, droplets: DoDroplet[]): DoFirewall[] {
  const created = () => beforeEpoch(random.int(30, 500) * DAY_MS).toISOString();
  const everywhere = { addresses: ['0.0.0.0/0', '::/0'] };
  const db = droplets.filter((d) => d.tags.includes('db')).slice(0, 5).map((d) => d.id);
  const outbound = [
    { protocol: 'tcp', ports: 'all', destinations: everywhere },
    { protocol: 'udp', ports: 'all', destinations: everywhere },
    { protocol: 'icmp', ports: '0', destinations: everywhere },
  ];
  const firewall = (name: string, inbound: DoFirewall['inbound_rules'], tags: string[], dropletIds: number[]): DoFirewall => ({
    id: random.uuid(),
    name,
    status: 'succeeded',
    inbound_rules: inbound,
    outbound_rules: outbound,
    created_at: created(),
    droplet_ids: dropletIds,
    tags,
    pending_changes: [],
  });
  return [
    firewall('web-public', [{ protocol: 'tcp', ports: '80', sources: everywhere }, { protocol: 'tcp', ports: '443', sources: everywhere }], ['web'], []),
    firewall('ssh-office', [{ protocol: 'tcp', ports: '22', sources: { addresses: [OFFICE_CIDR] } }, { protocol: 'icmp', ports: '0', sources: everywhere }], ['env:prod', 'env:staging'], []),
    firewall('db-internal', [{ protocol: 'tcp', ports: '5432', sources: { tags: ['api', 'worker'] } }, { protocol: 'tcp', ports: '6379-6380', sources: { tags: ['api'] } }], [], db),
  ];
}
