// What the sections of one project's generation share: the project's seeded stream (every draw
// comes from it, in a fixed order), the fleet-wide allocator, the data built so far and the
// subnetworks' address pools.
import { SubnetAddressPool } from '../../../kit/address-pool.js';
import { Random } from '../../../kit/prng.js';
import { beforeEpoch } from '../../../kit/time.js';
import { WorkloadNames } from '../../../kit/workloads.js';
import { gcpTimestamp, type GcpRegionInfo } from '../catalogue.js';
import type { GceNetwork, GceSubnetwork, GcpProject, GcpProjectData, GcpRegionData } from '../types.js';
import type { GcpAllocator } from './allocator.js';
import type { Ipv6Pool } from './ipv6.js';

export interface GenerateContext {
  seed: number;
  project: GcpProject;
  vmsPerRegion: number;
  allocator: GcpAllocator;
}

export interface ProjectBuilder {
  rng: Random;
  /**
   * The stream for what the fleet gained later (IPv6, second interfaces' external addresses): a
   * stream of its own, so that the first stream's draws — and every resource they made — stay as
   * they were.
   */
  laterRng: Random;
  allocator: GcpAllocator;
  project: GcpProject;
  /** The project id, as resource URLs spell it. */
  projectId: string;
  vmsPerRegion: number;
  data: GcpProjectData;
  /** Private addresses of each subnetwork, by its self link. */
  pools: Map<string, SubnetAddressPool>;
  /** The IPv6 /96s of each dual-stack subnetwork, by its self link. */
  ipv6Pools: Map<string, Ipv6Pool>;
  /** Instance names, numbered across all of the project's regions. */
  names: WorkloadNames;
}

export interface NetworkPlan {
  network: GceNetwork;
  /** The env every workload in the network belongs to; null when workloads of any env share it. */
  env: string | null;
  /** Subnetworks per region. */
  subnets: Map<string, GceSubnetwork[]>;
}

export interface ProjectNetworks {
  /** The auto-mode network every project starts with. */
  defaultNetwork: NetworkPlan;
  /** The custom-mode VPC of one env. */
  vpc: NetworkPlan;
}

/** A project's builder while one of its regions is filled in. */
export interface RegionBuilder extends ProjectBuilder {
  networks: ProjectNetworks;
  region: GcpRegionInfo;
  regionData: GcpRegionData;
}

export function newProjectBuilder(ctx: GenerateContext): ProjectBuilder {
  const { project, allocator } = ctx;
  const projectId = project.projectId;
  return {
    rng: Random.of(ctx.seed, 'gcp', projectId),
    laterRng: Random.of(ctx.seed, 'gcp', projectId, 'later'),
    allocator,
    project,
    projectId,
    vmsPerRegion: ctx.vmsPerRegion,
    data: { project, regions: [], networks: [], firewalls: [], snapshots: [], globalAddresses: [] },
    pools: new Map(),
    ipv6Pools: new Map(),
    names: new WorkloadNames(),
  };
}

/** GCP keeps a subnetwork's network and gateway addresses and its last two, and leaves some gaps. */
export function newSubnetPool(rng: Random, range: string): SubnetAddressPool {
  return new SubnetAddressPool(range, { firstOffset: 2, reservedAtEnd: 2, step: () => (rng.chance(0.15) ? 2 : 1) });
}

/** A creation timestamp between `from` and `to` milliseconds before the fleet epoch. */
export const createdBefore = (rng: Random, from: number, to: number): string => gcpTimestamp(beforeEpoch(rng.int(from, to)));

/** Compute Engine's fingerprint of an empty label set; the fleet shows it on disks and addresses, labelled or not. */
export const DEFAULT_LABEL_FINGERPRINT = '42WmSpB8rSM=';

/** A base64 fingerprint, as Compute Engine puts on resources for optimistic locking. */
export const fingerprint = (rng: Random): string => Buffer.from(rng.hex(16), 'hex').toString('base64');
