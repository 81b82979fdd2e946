// One cluster, generated from the seed: its nodes (all online), a local directory and an LVM-thin
// storage per node and a shared Ceph pool where the cluster has one, two bridges per node, three
// firewall security groups, and `vmsPerScope` guests spread over the nodes (a quarter LXC
// containers, the rest QEMU VMs, mostly running, with disks, NICs and some snapshots) plus two
// VM templates. The first cluster's first guests take each unusual state once, so every state
// the provider maps is present.
import { Random } from '../../kit/prng.js';
import { FLEET_EPOCH, beforeEpoch, DAY } from '../../kit/time.js';
import { OFFICE_CIDR, TAG_VOCABULARY } from '../../kit/vocabulary.js';
import { DISK_SIZES_GIB, GIB, GUEST_SIZES, ISO_IMAGES, LXC_OS_TYPES, LXC_TEMPLATES, QEMU_OS_TYPES, type ClusterSpec } from './catalogue.js';
import type { PveBridge, PveCluster, PveDisk, PveFirewallGroup, PveGuest, PveLooseVolume, PveNode, PveStorage, QmpStatus } from './types.js';

/** What the first guests of the first cluster are forced into (status, qmpstatus, lock, hastate). */
const FORCED: readonly Partial<PveGuest>[] = [
  { status: 'stopped' },
  { status: 'running', qmpstatus: 'paused' },
  { status: 'running', qmpstatus: 'suspended' },
  { status: 'stopped', lock: 'suspended' },
  { status: 'running', qmpstatus: 'prelaunch' },
  { status: 'running', qmpstatus: 'io-error' },
  { status: 'stopped', hastate: 'error' },
  { status: 'running', qmpstatus: 'inmigrate', lock: 'migrate' },
];

const epochSeconds = Math.floor(FLEET_EPOCH.getTime() / 1000);

export function generateCluster(seed: number, spec: ClusterSpec, clusterIndex: number, vmsPerScope: number): PveCluster {
  const random = Random.of(seed, 'proxmox', spec.name);
  const nodes: PveNode[] = spec.nodes.map((node) => ({ node, status: 'online', maxcpu: 32, maxmem: 256 * GIB, maxdisk: 2048 * GIB }));
  const storages = storagesOf(spec);
  const guests: PveGuest[] = [];
  for (let i = 0; i < vmsPerScope; i++) {
    const forced = clusterIndex === 0 ? FORCED[i] ?? null : null;
    guests.push(guestOf(random, spec, 100 + i, spec.nodes[i % spec.nodes.length]!, forced));
  }
  guests.push(templateOf(random, spec, 9000, 'debian-12-cloudinit'), templateOf(random, spec, 9001, 'ubuntu-24-cloudinit'));
  return {
    name: spec.name,
    tokenId: 'fleetgraph@pve!monitor',
    tokenSecret: random.uuid(),
    nodes,
    guests,
    storages,
    looseVolumes: looseVolumesOf(random, spec, guests),
    bridges: spec.nodes.flatMap((node, i) => bridgesOf(node, clusterIndex, i)),
    firewallGroups: firewallGroups(random),
  };
}

function storagesOf(spec: ClusterSpec): PveStorage[] {
  const perNode = [...spec.nodes];
  return [
    { storage: 'local', plugintype: 'dir', content: 'iso,vztmpl,backup', shared: 0, nodes: perNode, total: 100 * GIB },
    { storage: 'local-lvm', plugintype: 'lvmthin', content: 'images,rootdir', shared: 0, nodes: perNode, total: 800 * GIB },
    ...(spec.sharedStorage ? [{ storage: spec.sharedStorage, plugintype: 'rbd', content: 'images,rootdir', shared: 1 as const, nodes: perNode, total: 8192 * GIB }] : []),
  ];
}

function guestOf(random: Random, spec: ClusterSpec, vmid: number, node: string, forced: Partial<PveGuest> | null): PveGuest {
  const type = forced ? 'qemu' : random.chance(0.25) ? 'lxc' : 'qemu';
  const env = random.pick(TAG_VOCABULARY.env);
  const app = random.pick(TAG_VOCABULARY.app);
  const size = random.pick(GUEST_SIZES);
  const ha = spec.sharedStorage !== null && type === 'qemu' && random.chance(0.3);
  const storage = ha ? spec.sharedStorage! : 'local-lvm';
  const status = forced?.status ?? (random.chance(0.85) ? 'running' : 'stopped');
  const disks: PveDisk[] = [diskOf(random, type === 'qemu' ? 'scsi0' : 'rootfs', storage, vmid, 0)];
  if (type === 'qemu' && random.chance(0.3)) disks.push(diskOf(random, 'scsi1', storage, vmid, 1));
  const guest: PveGuest = {
    vmid,
    type,
    name: `${app}-${env}-${String(vmid)}`,
    node,
    status,
    ...(type === 'qemu' && status === 'running' ? { qmpstatus: (forced?.qmpstatus ?? 'running') as QmpStatus } : {}),
    ...(forced?.lock ? { lock: forced.lock } : {}),
    ...(forced?.hastate ? { hastate: forced.hastate } : ha ? { hastate: status === 'running' ? 'started' : 'stopped' } : {}),
    template: 0,
    maxcpu: size.cores,
    maxmem: size.memory,
    maxdisk: disks[0]!.size,
    tags: [`env-${env}`, `team-${random.pick(TAG_VOCABULARY.team)}`, app].join(';'),
    ...(random.chance(0.5) ? { pool: env } : {}),
    startedAt: status === 'running' ? epochSeconds - random.int(60, 90 * 86_400) : 0,
    ostype: type === 'qemu' ? random.pick(QEMU_OS_TYPES) : random.pick(LXC_OS_TYPES),
    disks,
    nics: [
      {
        key: 'net0',
        model: type === 'qemu' ? 'virtio' : 'veth',
        mac: macOf(random),
        bridge: 'vmbr1',
        firewall: random.chance(0.6),
        ...(type === 'lxc' ? { ip: `10.20.${vmid >> 8}.${vmid & 255}/16` } : {}),
      },
    ],
    snapshots: [],
  };
  if (random.chance(0.15)) guest.snapshots = snapshotsOf(random, guest);
  return guest;
}

function templateOf(random: Random, spec: ClusterSpec, vmid: number, name: string): PveGuest {
  const disk: PveDisk = { key: 'scsi0', storage: 'local-lvm', volid: `local-lvm:base-${vmid}-disk-0`, size: 8 * GIB, format: 'raw' };
  return {
    vmid,
    type: 'qemu',
    name,
    node: spec.nodes[0]!,
    status: 'stopped',
    template: 1,
    maxcpu: 2,
    maxmem: 2 * GIB,
    maxdisk: disk.size,
    tags: 'template',
    startedAt: 0,
    ostype: 'l26',
    disks: [disk],
    nics: [{ key: 'net0', model: 'virtio', mac: macOf(random), bridge: 'vmbr1', firewall: false }],
    snapshots: [],
  };
}

function diskOf(random: Random, key: string, storage: string, vmid: number, index: number): PveDisk {
  return { key, storage, volid: `${storage}:vm-${vmid}-disk-${index}`, size: random.pick(DISK_SIZES_GIB) * GIB, format: 'raw' };
}

function snapshotsOf(random: Random, guest: PveGuest): PveGuest['snapshots'] {
  const first = epochSeconds - random.int(10, 60) * 86_400;
  const names = random.chance(0.5) ? ['before-upgrade'] : ['before-upgrade', 'after-upgrade'];
  return names.map((name, i) => ({
    name,
    description: i === 0 ? `taken before upgrading ${guest.name}` : '',
    snaptime: first + i * 3_600,
    ...(guest.type === 'qemu' ? { vmstate: (i === 0 ? 1 : 0) as 0 | 1 } : {}),
    ...(i > 0 ? { parent: names[i - 1]! } : {}),
  }));
}

function looseVolumesOf(random: Random, spec: ClusterSpec, guests: PveGuest[]): PveLooseVolume[] {
  const ctime = () => Math.floor(beforeEpoch(random.int(1, 200) * DAY).getTime() / 1000);
  const volumes: PveLooseVolume[] = [];
  for (const node of spec.nodes) {
    for (const iso of ISO_IMAGES) volumes.push({ storage: 'local', node, volid: `local:iso/${iso}`, content: 'iso', format: 'iso', size: random.int(600, 2600) * 1024 ** 2, ctime: ctime() });
    for (const template of LXC_TEMPLATES) volumes.push({ storage: 'local', node, volid: `local:vztmpl/${template}`, content: 'vztmpl', format: 'tzst', size: random.int(3, 130) * 1024 ** 2, ctime: ctime() });
    // A disk whose guest is gone: it belongs to no VM any more.
    volumes.push({ storage: 'local-lvm', node, volid: `local-lvm:vm-${990 + spec.nodes.indexOf(node)}-disk-0`, content: 'images', format: 'raw', size: 16 * GIB, ctime: ctime(), vmid: 990 + spec.nodes.indexOf(node) });
  }
  for (const guest of guests.filter((g) => g.template === 0 && g.vmid % 7 === 0)) {
    volumes.push({ storage: 'local', node: guest.node, volid: `local:backup/vzdump-${guest.type}-${guest.vmid}-2025_12_01-02_00_00.vma.zst`, content: 'backup', format: 'vma.zst', size: guest.maxdisk / 4, ctime: ctime(), vmid: guest.vmid });
  }
  return volumes;
}

function bridgesOf(node: string, clusterIndex: number, nodeIndex: number): PveBridge[] {
  return [
    { node, iface: 'vmbr0', type: 'bridge', cidr: `10.${10 + clusterIndex}.0.${11 + nodeIndex}/24`, gateway: `10.${10 + clusterIndex}.0.1`, comments: 'management', active: 1, autostart: 1, bridge_ports: 'eno1' },
    { node, iface: 'vmbr1', type: 'bridge', comments: 'guests', active: 1, autostart: 1, bridge_ports: 'eno2', bridge_vlan_aware: 1 },
  ];
}

function firewallGroups(random: Random): PveFirewallGroup[] {
  const group = (name: string, comment: string, rules: Omit<PveFirewallGroup['rules'][number], 'pos' | 'enable'>[]): PveFirewallGroup => ({
    group: name,
    comment,
    digest: random.hex(40),
    rules: rules.map((rule, pos) => ({ pos, enable: 1, ...rule })),
  });
  return [
    group('web', 'public web servers', [
      { type: 'in', action: 'ACCEPT', proto: 'tcp', dport: '80' },
      { type: 'in', action: 'ACCEPT', proto: 'tcp', dport: '443' },
      { type: 'in', action: 'ACCEPT', macro: 'Ping' },
      { type: 'in', action: 'ACCEPT', proto: 'icmp', 'icmp-type': 'fragmentation-needed' },
      { type: 'in', action: 'DROP', proto: 'tcp', dport: '8000,8080:8090', comment: 'dev servers' },
    ]),
    group('ssh-office', 'SSH from the office', [
      { type: 'in', action: 'ACCEPT', macro: 'SSH', source: OFFICE_CIDR },
      { type: 'in', action: 'DROP', proto: 'tcp', dport: '22', comment: 'everyone else' },
    ]),
    group('db', 'databases', [
      { type: 'in', action: 'ACCEPT', proto: 'tcp', dport: '5432', source: '10.20.0.0/16' },
      { type: 'in', action: 'ACCEPT', proto: 'tcp', dport: '6379:6380', source: '10.20.0.0/16' },
      { type: 'out', action: 'ACCEPT', dest: '0.0.0.0/0' },
      { type: 'in', action: 'ACCEPT', macro: 'DNS', source: '10.20.0.0/16' },
      { type: 'group', action: 'ssh-office' },
    ]),
  ];
}

function macOf(random: Random): string {
  // BC:24:11 is Proxmox's own OUI, which it gives generated NICs.
  return ['BC', '24', '11', random.hex(2), random.hex(2), random.hex(2)].join(':').toUpperCase();
}
