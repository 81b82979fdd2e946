// What the emulated Proxmox VE clusters are made of: their nodes, storages and the guest sizes,
// OS types and images the generator draws from.

export interface ClusterSpec {
  name: string;
  nodes: readonly string[];
  /** A shared storage every node has (Ceph RBD) besides each node's local ones; null for none. */
  sharedStorage: string | null;
}

export const PVE_CLUSTERS: readonly ClusterSpec[] = [
  { name: 'pve-lab', nodes: ['pve1', 'pve2', 'pve3'], sharedStorage: 'ceph-pool' },
  { name: 'pve-edge', nodes: ['edge1'], sharedStorage: null },
];

const GIB = 1024 ** 3;

/** vCPUs and memory (bytes) a guest is given. */
export const GUEST_SIZES: readonly { cores: number; memory: number }[] = [
  { cores: 1, memory: 1 * GIB },
  { cores: 2, memory: 2 * GIB },
  { cores: 2, memory: 4 * GIB },
  { cores: 4, memory: 8 * GIB },
  { cores: 8, memory: 16 * GIB },
];

export const DISK_SIZES_GIB: readonly number[] = [8, 16, 32, 64, 128];

export const QEMU_OS_TYPES: readonly string[] = ['l26', 'l26', 'l26', 'win11', 'other'];
export const LXC_OS_TYPES: readonly string[] = ['debian', 'ubuntu', 'alpine'];

export const ISO_IMAGES: readonly string[] = ['debian-12.7.0-amd64-netinst.iso', 'ubuntu-24.04.1-live-server-amd64.iso'];
export const LXC_TEMPLATES: readonly string[] = ['debian-12-standard_12.7-1_amd64.tar.zst', 'alpine-3.20-default_20240908_amd64.tar.xz'];

export { GIB };
