// The GCP part of the simulated fleet, in Compute Engine's own REST shape: field names as the
// v1 JSON API spells them, references as full resource URLs, int64 values as decimal strings and
// times as RFC 3339 strings (Pacific offset, as Compute Engine writes them). This is the
// emulator's database; it answers by copying these objects and dropping `sim`, which holds
// simulation state Compute Engine does not expose.
import type { ActivityInterval } from '../../kit/activity.js';

/**
 * Every `Instance.status` the SDK's enums document (UNDEFINED_STATUS aside); PENDING_STOP — a
 * graceful shutdown under way, before STOPPING — is in its v1beta enum and returned by v1 too.
 */
export type GceInstanceStatus =
  | 'PROVISIONING'
  | 'STAGING'
  | 'RUNNING'
  | 'PENDING_STOP'
  | 'STOPPING'
  | 'STOPPED'
  | 'SUSPENDING'
  | 'SUSPENDED'
  | 'REPAIRING'
  | 'TERMINATED'
  | 'PENDING'
  | 'DEPROVISIONING';

export const GCE_INSTANCE_STATUSES: readonly GceInstanceStatus[] = [
  'PROVISIONING',
  'STAGING',
  'RUNNING',
  'PENDING_STOP',
  'STOPPING',
  'STOPPED',
  'SUSPENDING',
  'SUSPENDED',
  'REPAIRING',
  'TERMINATED',
  'PENDING',
  'DEPROVISIONING',
];

export type GceDiskStatus = 'CREATING' | 'RESTORING' | 'FAILED' | 'READY' | 'DELETING' | 'UNAVAILABLE';
export const GCE_DISK_STATUSES: readonly GceDiskStatus[] = ['CREATING', 'RESTORING', 'FAILED', 'READY', 'DELETING', 'UNAVAILABLE'];

export type GceSnapshotStatus = 'CREATING' | 'UPLOADING' | 'READY' | 'FAILED' | 'DELETING';
export const GCE_SNAPSHOT_STATUSES: readonly GceSnapshotStatus[] = ['CREATING', 'UPLOADING', 'READY', 'FAILED', 'DELETING'];

export interface GcpProject {
  projectId: string;
  projectNumber: string;
  /** A human label; not served. */
  name: string;
  /** The sandbox OAuth access token the emulator maps back to this project (fake, not a secret anywhere else). */
  accessToken: string;
}

export type GceLabels = Record<string, string>;

export interface GceAccessConfig {
  kind: 'compute#accessConfig';
  type: 'ONE_TO_ONE_NAT';
  name: string;
  natIP?: string;
  networkTier: 'PREMIUM' | 'STANDARD';
}

/** An interface's external IPv6 (a /96 of its subnetwork's external /64, named by its first address). */
export interface GceIpv6AccessConfig {
  kind: 'compute#accessConfig';
  type: 'DIRECT_IPV6';
  name: string;
  externalIpv6: string;
  externalIpv6PrefixLength: 96;
  networkTier: 'PREMIUM';
}

export type GceStackType = 'IPV4_ONLY' | 'IPV4_IPV6';
export type GceIpv6AccessType = 'EXTERNAL' | 'INTERNAL';

export interface GceNetworkInterface {
  kind: 'compute#networkInterface';
  name: string;
  network: string;
  subnetwork: string;
  networkIP: string;
  stackType: GceStackType;
  /** Dual-stack interfaces: the access type of their subnetwork's IPv6 range. */
  ipv6AccessType?: GceIpv6AccessType;
  /** Dual-stack interfaces in an INTERNAL subnetwork: their ULA /96, named by its first address. */
  ipv6Address?: string;
  internalIpv6PrefixLength?: 96;
  accessConfigs?: GceAccessConfig[];
  /** Dual-stack interfaces in an EXTERNAL subnetwork. */
  ipv6AccessConfigs?: GceIpv6AccessConfig[];
  aliasIpRanges?: { ipCidrRange: string; subnetworkRangeName?: string }[];
  fingerprint: string;
}

export interface GceAttachedDisk {
  kind: 'compute#attachedDisk';
  type: 'PERSISTENT';
  mode: 'READ_WRITE' | 'READ_ONLY';
  source: string;
  deviceName: string;
  index: number;
  boot: boolean;
  autoDelete: boolean;
  interface: 'SCSI' | 'NVME';
  diskSizeGb: string;
  licenses?: string[];
  guestOsFeatures?: { type: string }[];
  architecture?: 'X86_64' | 'ARM64';
}

export interface GceInstance {
  kind: 'compute#instance';
  id: string;
  creationTimestamp: string;
  name: string;
  description: string;
  tags: { items?: string[]; fingerprint: string };
  machineType: string;
  status: GceInstanceStatus;
  statusMessage?: string;
  zone: string;
  canIpForward: boolean;
  networkInterfaces: GceNetworkInterface[];
  disks: GceAttachedDisk[];
  serviceAccounts: { email: string; scopes: string[] }[];
  selfLink: string;
  scheduling: {
    onHostMaintenance: 'MIGRATE' | 'TERMINATE';
    automaticRestart: boolean;
    preemptible: boolean;
    provisioningModel: 'STANDARD' | 'SPOT';
  };
  cpuPlatform: string;
  labels: GceLabels;
  labelFingerprint: string;
  startRestricted: boolean;
  deletionProtection: boolean;
  fingerprint: string;
  lastStartTimestamp?: string;
  lastStopTimestamp?: string;
  lastSuspendedTimestamp?: string;
  sim: {
    /** Whether the Ops Agent runs on the VM (agent.googleapis.com metrics, e.g. memory). */
    opsAgent: boolean;
    /** When it was RUNNING; metrics exist only inside these. */
    activity: ActivityInterval[];
    /** The ephemeral external IPs its interfaces hold while it runs (none when stopped), by interface name. */
    ephemeralIps: { nic: string; ip: string }[];
  };
}

export interface GceDisk {
  kind: 'compute#disk';
  id: string;
  creationTimestamp: string;
  name: string;
  description?: string;
  sizeGb: string;
  /** Zonal disks only. */
  zone?: string;
  /** Regional disks only. */
  region?: string;
  replicaZones?: string[];
  status: GceDiskStatus;
  sourceImage?: string;
  sourceImageId?: string;
  sourceSnapshot?: string;
  sourceSnapshotId?: string;
  type: string;
  licenses?: string[];
  guestOsFeatures?: { type: string }[];
  lastAttachTimestamp?: string;
  lastDetachTimestamp?: string;
  users?: string[];
  labels: GceLabels;
  labelFingerprint: string;
  physicalBlockSizeBytes: string;
  provisionedIops?: string;
  provisionedThroughput?: string;
  architecture?: 'X86_64' | 'ARM64';
  diskEncryptionKey?: { kmsKeyName: string };
  selfLink: string;
}

export interface GceSnapshot {
  kind: 'compute#snapshot';
  id: string;
  creationTimestamp: string;
  name: string;
  description: string;
  status: GceSnapshotStatus;
  sourceDisk: string;
  sourceDiskId: string;
  diskSizeGb: string;
  storageBytes: string;
  storageBytesStatus: 'UP_TO_DATE' | 'UPDATING';
  storageLocations: string[];
  licenses?: string[];
  labels: GceLabels;
  labelFingerprint: string;
  autoCreated: boolean;
  snapshotType: 'STANDARD' | 'ARCHIVE';
  architecture?: 'X86_64' | 'ARM64';
  snapshotEncryptionKey?: { kmsKeyName: string };
  selfLink: string;
}

export interface GceNetwork {
  kind: 'compute#network';
  id: string;
  creationTimestamp: string;
  name: string;
  description: string;
  autoCreateSubnetworks: boolean;
  subnetworks: string[];
  routingConfig: { routingMode: 'REGIONAL' | 'GLOBAL' };
  mtu: number;
  /** Networks with internal (ULA) IPv6: the /48 their subnetworks' internal prefixes come from. */
  enableUlaInternalIpv6?: boolean;
  internalIpv6Range?: string;
  networkFirewallPolicyEnforcementOrder: 'AFTER_CLASSIC_FIREWALL';
  selfLink: string;
  selfLinkWithId: string;
}

export interface GceSubnetwork {
  kind: 'compute#subnetwork';
  id: string;
  creationTimestamp: string;
  name: string;
  description?: string;
  network: string;
  ipCidrRange: string;
  gatewayAddress: string;
  region: string;
  privateIpGoogleAccess: boolean;
  secondaryIpRanges?: { rangeName: string; ipCidrRange: string }[];
  purpose: 'PRIVATE';
  stackType: GceStackType;
  /** Dual-stack subnetworks only. */
  ipv6AccessType?: GceIpv6AccessType;
  /** EXTERNAL dual-stack: the /64 of Google's public IPv6 space its interfaces get /96s from. */
  externalIpv6Prefix?: string;
  /** INTERNAL dual-stack: the /64 of its network's ULA range. */
  internalIpv6Prefix?: string;
  fingerprint: string;
  selfLink: string;
}

export interface GceFirewallRule {
  IPProtocol: string;
  ports?: string[];
}

export interface GceFirewall {
  kind: 'compute#firewall';
  id: string;
  creationTimestamp: string;
  name: string;
  description: string;
  network: string;
  priority: number;
  direction: 'INGRESS' | 'EGRESS';
  allowed?: GceFirewallRule[];
  denied?: GceFirewallRule[];
  sourceRanges?: string[];
  destinationRanges?: string[];
  sourceTags?: string[];
  targetTags?: string[];
  sourceServiceAccounts?: string[];
  targetServiceAccounts?: string[];
  disabled: boolean;
  logConfig: { enable: boolean };
  selfLink: string;
}

export interface GceAddress {
  kind: 'compute#address';
  id: string;
  creationTimestamp: string;
  name: string;
  description: string;
  address: string;
  /** Regional addresses only (global ones have none). */
  region?: string;
  status: 'RESERVED' | 'RESERVING' | 'IN_USE';
  addressType: 'EXTERNAL' | 'INTERNAL';
  purpose?: 'GCE_ENDPOINT' | 'VPC_PEERING';
  networkTier?: 'PREMIUM' | 'STANDARD';
  ipVersion?: 'IPV4';
  prefixLength?: number;
  subnetwork?: string;
  network?: string;
  users?: string[];
  labels: GceLabels;
  labelFingerprint: string;
  selfLink: string;
}

/** Everything one project holds in one region (zonal and regional resources). */
export interface GcpRegionData {
  project: string;
  region: string;
  zones: string[];
  instances: GceInstance[];
  /** Zonal and regional disks of the region. */
  disks: GceDisk[];
  subnetworks: GceSubnetwork[];
  addresses: GceAddress[];
}

/** Everything one project holds. */
export interface GcpProjectData {
  project: GcpProject;
  regions: GcpRegionData[];
  networks: GceNetwork[];
  firewalls: GceFirewall[];
  snapshots: GceSnapshot[];
  globalAddresses: GceAddress[];
}

export interface GceMachineType {
  kind: 'compute#machineType';
  id: string;
  creationTimestamp: string;
  name: string;
  description: string;
  guestCpus: number;
  memoryMb: number;
  imageSpaceGb: number;
  maximumPersistentDisks: number;
  maximumPersistentDisksSizeGb: string;
  isSharedCpu: boolean;
  architecture?: 'X86_64' | 'ARM64';
}

export interface GcpInstanceStatusChange {
  project: string;
  zone: string;
  instance: string;
  previousStatus: GceInstanceStatus;
  status: GceInstanceStatus;
  at: Date;
  /** Set when the instance came into being (inserted) or is gone (deleted) with this change. */
  lifecycle?: 'created' | 'deleted';
}
