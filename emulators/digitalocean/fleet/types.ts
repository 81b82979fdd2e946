// The emulated DigitalOcean's resources, in the API's own JSON shapes (v2).

export type DropletStatus = 'new' | 'active' | 'off' | 'archive';
export const DROPLET_STATUSES: readonly DropletStatus[] = ['new', 'active', 'off', 'archive'];

export interface DoRegionRef {
  slug: string;
  name: string;
  available: boolean;
  features: string[];
  sizes: string[];
}

export interface DoDroplet {
  id: number;
  name: string;
  memory: number;
  vcpus: number;
  disk: number;
  locked: boolean;
  status: DropletStatus;
  created_at: string;
  features: string[];
  backup_ids: number[];
  snapshot_ids: number[];
  image: { id: number; name: string; distribution: string; slug: string; public: boolean };
  volume_ids: string[];
  size: { slug: string; memory: number; vcpus: number; disk: number; transfer: number; price_monthly: number; price_hourly: number; regions: string[]; available: boolean; description: string };
  size_slug: string;
  networks: { v4: { ip_address: string; netmask: string; gateway: string; type: 'public' | 'private' }[]; v6: { ip_address: string; netmask: number; gateway: string; type: 'public' }[] };
  region: DoRegionRef;
  tags: string[];
  vpc_uuid: string;
}

export interface DoVolume {
  id: string;
  region: DoRegionRef;
  droplet_ids: number[];
  name: string;
  description: string;
  size_gigabytes: number;
  created_at: string;
  filesystem_type: string;
  filesystem_label: string;
  tags: string[];
}

export interface DoSnapshot {
  id: string;
  name: string;
  created_at: string;
  regions: string[];
  resource_id: string;
  resource_type: 'droplet' | 'volume';
  min_disk_size: number;
  size_gigabytes: number;
  tags: string[];
}

export interface DoVpc {
  id: string;
  urn: string;
  name: string;
  description: string;
  region: string;
  ip_range: string;
  default: boolean;
  created_at: string;
}

export interface DoFirewallTargets {
  addresses?: string[];
  droplet_ids?: number[];
  load_balancer_uids?: string[];
  kubernetes_ids?: string[];
  tags?: string[];
}

export interface DoFirewall {
  id: string;
  name: string;
  status: 'succeeded';
  inbound_rules: { protocol: string; ports: string; sources: DoFirewallTargets }[];
  outbound_rules: { protocol: string; ports: string; destinations: DoFirewallTargets }[];
  created_at: string;
  droplet_ids: number[];
  tags: string[];
  pending_changes: unknown[];
}

export interface DoReservedIp {
  ip: string;
  region: DoRegionRef;
  droplet: DoDroplet | null;
  locked: boolean;
  project_id: string;
}

/** One team's resources, every region. */
export interface DoTeamResources {
  droplets: DoDroplet[];
  volumes: DoVolume[];
  snapshots: DoSnapshot[];
  vpcs: DoVpc[];
  firewalls: DoFirewall[];
  reservedIps: DoReservedIp[];
}

export interface DoTeam {
  uuid: string;
  name: string;
  email: string;
  /** The team's API token (a personal access token's shape). */
  token: string;
}

/** A droplet that changed status. */
export interface DropletChange {
  team: string;
  dropletId: number;
  previous: DropletStatus;
  current: DropletStatus;
  at: Date;
}
