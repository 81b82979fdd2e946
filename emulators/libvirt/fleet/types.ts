// The simulated KVM hosts, as libvirt's test driver reads them from a node XML file: domains with
// their run state (virDomainState numbers), disks in a directory pool, NICs on libvirt networks.

/** virDomainState: 0 nostate, 1 running, 2 blocked, 3 paused, 4 shutdown, 5 shutoff, 6 crashed, 7 pmsuspended. */
export type DomainStateNumber = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** The states the churn and the tests move a domain between. */
export type DomainPower = 'running' | 'shutoff' | 'paused';

export interface LvDisk {
  /** The volume's file in the host's `default` pool. */
  file: string;
  target: string;
  format: 'qcow2' | 'raw';
  capacityGiB: number;
  allocationGiB: number;
}

export interface LvNic {
  mac: string;
  network: string;
}

export interface LvDomain {
  name: string;
  uuid: string;
  title: string;
  vcpus: number;
  memoryKiB: number;
  state: DomainStateNumber;
  disks: LvDisk[];
  nics: LvNic[];
}

export interface LvNetwork {
  name: string;
  bridge: string;
  forward: 'nat' | 'route' | null;
  address: string;
  netmask: string;
}

export interface LvHost {
  name: string;
  domains: LvDomain[];
  networks: LvNetwork[];
  /** Volumes in the pool no domain uses (a disk left behind). */
  looseVolumes: LvDisk[];
}

export interface DomainChange {
  host: string;
  domain: string;
  previous: DomainPower;
  current: DomainPower;
  at: Date;
}
