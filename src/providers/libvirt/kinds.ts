// How each ResourceKind is listed from a host, and what it costs in virsh runs (each one process,
// one connection):
//   vm, networkInterface   2: domstats --raw, dumpxml of every domain;
//   volume                 4: those two (which disk is whose; the VM listing's, when it read them
//                          moments ago), pool-list, vol-list of every pool;
//   network                2: net-list, net-dumpxml of every network;
//   snapshot, subnet, securityGroup, publicIp: not listed, for no run (libvirt lists snapshots
//   per domain; nwfilters are per-NIC filters, not security groups).
import type { ResourceKind, ResourceTypes, Scope } from '../types.js';
import { mapDomain, mapNics } from './domains.js';
import type { HostDomain } from './inventory.js';
import { mapNetwork, readNetworks } from './network.js';
import { mapVolume, readPoolVolumes } from './storage.js';
import type { Virsh } from './virsh.js';

export interface HostReads {
  owner: Scope;
  /**
   * The host's domains (shared by concurrent callers); each read is a metrics sample too. `reuse`:
   * a read finished moments ago serves (../recent-reads.ts; the VM listing always reads).
   */
  domains(reuse?: boolean): Promise<HostDomain[]>;
  /** Runs `read`; its failure becomes a ProviderError naming `operation`. */
  call<T>(operation: string, read: (virsh: Virsh) => Promise<T>): Promise<T>;
}

interface KindSpec<K extends ResourceKind> {
  operation: string;
  list(reads: HostReads): Promise<ResourceTypes[K][]>;
}

const none = { operation: 'domstats', list: async () => [] };

export const KINDS: { [K in ResourceKind]: KindSpec<K> } = {
  vm: { operation: 'domstats', list: async (reads) => (await reads.domains()).map(({ spec, stats }) => mapDomain(reads.owner, spec, stats)) },
  // A query's NICs and volumes follow its VMs: the domains the VM listing just read serve them.
  networkInterface: { operation: 'domstats', list: async (reads) => (await reads.domains(true)).flatMap(({ spec }) => mapNics(reads.owner, spec)) },
  volume: {
    operation: 'vol-list',
    async list(reads) {
      const [domains, volumes] = await Promise.all([reads.domains(true), reads.call('vol-list', readPoolVolumes)]);
      return volumes.map((volume) => mapVolume(reads.owner, volume, domains.map((d) => d.spec)));
    },
  },
  network: { operation: 'net-list', list: async (reads) => (await reads.call('net-list', readNetworks)).map((n) => mapNetwork(reads.owner, n)) },
  snapshot: none,
  subnet: none,
  securityGroup: none,
  publicIp: none,
};
