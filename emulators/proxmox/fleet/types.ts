// The emulated Proxmox VE clusters, in the shapes the API answers with (`/api2/json`): sizes in
// bytes, tags as one `;`-separated string, booleans as 0/1. A guest keeps its API-visible state
// (`status`, `qmpstatus`, `lock`, `hastate`) and what its config and storage say of it.

/** The process state every guest has (`/cluster/resources`, the node's guest lists). */
export type GuestStatus = 'running' | 'stopped';

/** QEMU's run state (query-status), as `qmpstatus` reports it for a running VM. */
export type QmpStatus =
  | 'running'
  | 'paused'
  | 'suspended'
  | 'prelaunch'
  | 'inmigrate'
  | 'postmigrate'
  | 'finish-migrate'
  | 'restore-vm'
  | 'save-vm'
  | 'shutdown'
  | 'io-error'
  | 'internal-error'
  | 'guest-panicked'
  | 'watchdog'
  | 'debug'
  | 'colo';

/** The states the churn and the tests move a guest between. */
export type GuestPower = 'running' | 'stopped' | 'paused';

export interface PveNode {
  node: string;
  status: 'online' | 'offline';
  maxcpu: number;
  /** bytes */
  maxmem: number;
  /** bytes */
  maxdisk: number;
  /** The node certificate's SHA-256 fingerprint, as `pvenode cert info` shows it. */
  sslFingerprint?: string;
}

export interface PveDisk {
  /** The config key: scsi0, virtio1, rootfs, mp0, … */
  key: string;
  storage: string;
  /** `<storage>:<volume>`, as in the config and the storage content. */
  volid: string;
  /** bytes */
  size: number;
  format: 'raw' | 'qcow2' | 'subvol';
}

export interface PveNic {
  /** net0, net1, … */
  key: string;
  model: 'virtio' | 'e1000' | 'veth';
  mac: string;
  bridge: string;
  firewall: boolean;
  /** An LXC container's static address (`ip=` in its config); QEMU guests have none in config. */
  ip?: string;
}

export interface PveSnapshot {
  name: string;
  description: string;
  /** Unix seconds */
  snaptime: number;
  /** 1 when the RAM was saved too (QEMU only). */
  vmstate?: 0 | 1;
  parent?: string;
}

export interface PveGuest {
  vmid: number;
  type: 'qemu' | 'lxc';
  name: string;
  node: string;
  status: GuestStatus;
  /** When set, every read of this guest's own paths answers 500 with it (a config file Proxmox cannot parse). */
  brokenConfig?: string;
  /** What cluster/resources still says, when set: the cluster's view lags the node's by seconds. */
  clusterStatus?: GuestStatus;
  /** QEMU only: the run state behind `running` (paused, suspended, …). */
  qmpstatus?: QmpStatus;
  lock?: string;
  hastate?: string;
  template: 0 | 1;
  maxcpu: number;
  /** bytes */
  maxmem: number;
  /** bytes */
  maxdisk: number;
  /** `env-prod;team-web` */
  tags: string;
  pool?: string;
  /** Unix seconds the guest started; 0 when not running. */
  startedAt: number;
  ostype: string;
  disks: PveDisk[];
  nics: PveNic[];
  snapshots: PveSnapshot[];
}

export interface PveStorage {
  storage: string;
  /** dir, lvmthin, zfspool, rbd, nfs, … */
  plugintype: string;
  /** images,rootdir,iso,vztmpl,backup */
  content: string;
  shared: 0 | 1;
  /** The nodes that have it; every node when shared. */
  nodes: string[];
  /** bytes */
  total: number;
}

/** A storage volume that is not a guest disk (ISO images, container templates, backups). */
export interface PveLooseVolume {
  storage: string;
  node: string;
  volid: string;
  content: 'iso' | 'vztmpl' | 'backup' | 'images';
  format: string;
  size: number;
  ctime: number;
  /** The guest a backup or an orphaned disk belongs to. */
  vmid?: number;
}

export interface PveBridge {
  node: string;
  iface: string;
  type: 'bridge' | 'OVSBridge';
  cidr?: string;
  gateway?: string;
  comments?: string;
  active: 0 | 1;
  autostart: 0 | 1;
  bridge_ports: string;
  bridge_vlan_aware?: 0 | 1;
}

export interface PveFirewallRule {
  pos: number;
  type: 'in' | 'out' | 'group';
  /** ACCEPT, DROP or REJECT; for a `group` rule, the group it includes. */
  action: 'ACCEPT' | 'DROP' | 'REJECT' | string;
  enable: 0 | 1;
  /** A firewall macro (`SSH`): the API gives `SSH(ACCEPT)` as macro and action apart. */
  macro?: string;
  proto?: string;
  'icmp-type'?: string;
  dport?: string;
  source?: string;
  dest?: string;
  comment?: string;
}

export interface PveFirewallGroup {
  group: string;
  comment: string;
  digest: string;
  rules: PveFirewallRule[];
}

/** One cluster: its API token (`USER@REALM!TOKENID` and the secret) and everything in it. */
export interface PveCluster {
  name: string;
  tokenId: string;
  tokenSecret: string;
  nodes: PveNode[];
  guests: PveGuest[];
  storages: PveStorage[];
  looseVolumes: PveLooseVolume[];
  bridges: PveBridge[];
  firewallGroups: PveFirewallGroup[];
}

export interface GuestChange {
  cluster: string;
  vmid: number;
  previous: GuestPower;
  current: GuestPower;
  at: Date;
}
