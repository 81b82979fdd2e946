// Droplets → VirtualMachine. A droplet's id is an integer (kept as a string), its location a
// region (DigitalOcean has no zones), its size the instance type; its volumes and VPC are named
// by id in the listing. Which firewalls apply to it is not: the firewall listing says (by droplet
// id or by tag), joined in by the adapter (firewallsOf).
import { dateOrNull, extrasOf, resourceBase, unique } from '../common.js';
import { globalId } from '../ids.js';
import { GLOBAL_LOCATION } from '../list-filter.js';
import type { Scope, VirtualMachine } from '../types.js';
import { dropletStateOf } from './states.js';
import { tagsOf } from './tags.js';
import type { DoDroplet, DoFirewall } from './wire.js';

/** Where a resource that belongs to no region (a firewall) is named, as GCP's global resources are. */
export const GLOBAL = GLOBAL_LOCATION;

/** The scope a team's resource in `region` is named under. */
export const ownerIn = (team: string, region: string): Scope => ({ provider: 'digitalocean', account: team, region });

export function mapDroplet(team: string, droplet: DoDroplet, securityGroupIds: string[]): VirtualMachine {
  const region = droplet.region?.slug ?? 'unknown';
  const owner = ownerIn(team, region);
  const v4 = droplet.networks?.v4 ?? [];
  const privateIps = v4.filter((n) => n.type === 'private').map((n) => n.ip_address);
  const publicIps = v4.filter((n) => n.type === 'public').map((n) => n.ip_address);
  const { state, providerState } = dropletStateOf(droplet.status);
  return {
    ...resourceBase(owner, 'vm', String(droplet.id), droplet.name, tagsOf(droplet.tags)),
    extras: extrasOf({
      locked: droplet.locked,
      diskGiB: droplet.disk,
      distribution: droplet.image?.distribution,
      imageName: droplet.image?.name,
      features: droplet.features?.join(','),
      priceHourly: droplet.size?.price_hourly,
      priceMonthly: droplet.size?.price_monthly,
    }),
    zone: null,
    state,
    providerState,
    instanceType: droplet.size_slug ?? droplet.size?.slug ?? null,
    vcpus: droplet.vcpus,
    // The API gives memory in MB of 1,024 KB (a 1 GB droplet says 1024).
    memoryMiB: droplet.memory,
    launchedAt: dateOrNull(droplet.created_at),
    imageId: droplet.image?.slug ?? (droplet.image?.id !== undefined && droplet.image?.id !== null ? String(droplet.image.id) : null),
    platform: platformOf(droplet),
    privateIp: privateIps[0] ?? null,
    publicIp: publicIps[0] ?? null,
    privateIps,
    publicIps,
    ipv6Addresses: (droplet.networks?.v6 ?? []).map((n) => n.ip_address),
    networkId: droplet.vpc_uuid ? globalId(owner, 'network', droplet.vpc_uuid) : null,
    subnetId: null,
    volumeIds: (droplet.volume_ids ?? []).map((id) => globalId(owner, 'volume', id)),
    securityGroupIds,
    networkInterfaceIds: [],
  };
}

/** The global ids of the firewalls that apply to `droplet`: those naming its id or one of its tags. */
export function firewallsOf(team: string, droplet: DoDroplet, firewalls: readonly DoFirewall[]): string[] {
  const tags = new Set(droplet.tags ?? []);
  const applying = firewalls.filter((f) => (f.droplet_ids ?? []).includes(droplet.id) || (f.tags ?? []).some((t) => tags.has(t)));
  return unique(applying.map((f) => globalId(ownerIn(team, GLOBAL), 'securityGroup', f.id)));
}

/** Droplets run Linux distributions and FreeBSD; the image's distribution says which. */
function platformOf(droplet: DoDroplet): string | null {
  const distribution = droplet.image?.distribution;
  if (!distribution) return null;
  return /freebsd/i.test(distribution) ? 'freebsd' : 'linux';
}
