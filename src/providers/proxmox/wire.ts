// The Proxmox VE API (`/api2/json`) as it answers, the fields FleetGraph reads. Every answer is
// `{ "data": … }`; sizes are bytes, booleans 0/1, tags one `;`-separated string. Shapes follow the
// API viewer (pve.proxmox.com/pve-docs/api-viewer) and pve-manager / qemu-server's sources.

/** `/cluster/resources?type=vm`: one entry per guest of every node. */
export interface PveResource {
  /** `qemu/100`, `lxc/101` */
  id: string;
  type: 'qemu' | 'lxc' | string;
  vmid: number;
  name?: string;
  node: string;
  /** `running` | `stopped`; `unknown` while the node is unreachable. */
  status: string;
  template?: 0 | 1;
  maxcpu?: number;
  maxmem?: number;
  maxdisk?: number;
  uptime?: number;
  tags?: string;
  lock?: string;
  hastate?: string;
  pool?: string;
}

/** `/cluster/resources?type=storage`: one entry per storage and node. */
export interface PveStorageResource {
  id: string;
  type: 'storage';
  storage: string;
  node: string;
  plugintype?: string;
  content?: string;
  shared?: 0 | 1;
  status?: string;
}

/** `/cluster/resources?type=node`: one entry per node. */
export interface PveNodeResource {
  id: string;
  type: 'node';
  node: string;
  /** `online` | `offline` | `unknown` */
  status?: string;
}

/** `/nodes/{node}/qemu?full=1`: a node's VMs, with QEMU's own run state. */
export interface PveQemuListItem {
  vmid: number;
  status: string;
  /** QEMU's query-status for a running VM (running, paused, suspended, prelaunch, io-error, …); the status otherwise. */
  qmpstatus?: string;
  lock?: string;
}

/** `/nodes/{node}/storage/{storage}/content`. */
export interface PveContentItem {
  volid: string;
  /** images, rootdir, iso, vztmpl, backup, snippets, import */
  content: string;
  format?: string;
  size?: number;
  used?: number;
  vmid?: number | string;
  ctime?: number;
  parent?: string;
  notes?: string;
  protected?: 0 | 1;
}

/** `/nodes/{node}/{qemu|lxc}/{vmid}/snapshot`; the last entry is `current` (the live state). */
export interface PveSnapshotItem {
  name: string;
  description?: string;
  snaptime?: number;
  vmstate?: 0 | 1;
  parent?: string;
  running?: 0 | 1;
}

/** `/nodes/{node}/network`. */
export interface PveNetworkInterface {
  iface: string;
  type: string;
  cidr?: string;
  address?: string;
  netmask?: string;
  gateway?: string;
  cidr6?: string;
  comments?: string;
  active?: 0 | 1;
  autostart?: 0 | 1;
  bridge_ports?: string;
  bridge_vlan_aware?: 0 | 1;
}

/** `/cluster/firewall/groups`. */
export interface PveFirewallGroup {
  group: string;
  comment?: string;
  digest?: string;
}

/** `/cluster/firewall/groups/{group}`. */
export interface PveFirewallRule {
  pos: number;
  /** `group`: the rule includes the security group its action names. */
  type: 'in' | 'out' | 'group' | string;
  /** ACCEPT, DROP or REJECT; for a `group` rule, the group's name. */
  action: string;
  /** A macro's name (the rule `SSH(ACCEPT)`), which stands for its protocols and ports. */
  macro?: string;
  enable?: 0 | 1;
  proto?: string;
  dport?: string;
  sport?: string;
  source?: string;
  dest?: string;
  comment?: string;
  'icmp-type'?: string;
}

/** `/nodes/{node}/{qemu|lxc}/{vmid}/rrddata`: one point per step; rates in bytes per second, cpu a fraction of the guest's CPUs. */
export interface PveRrdPoint {
  time: number;
  cpu?: number;
  maxcpu?: number;
  mem?: number;
  maxmem?: number;
  netin?: number;
  netout?: number;
  diskread?: number;
  diskwrite?: number;
}
