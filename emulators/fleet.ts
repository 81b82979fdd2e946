// One seeded, deterministic simulated fleet that every cloud emulator serves from. Each cloud has
// its own part, in its own native shape.
import { AwsFleet } from './aws/fleet/fleet.js';
import { AzureFleet } from './azure/fleet/fleet.js';
import { GcpFleet } from './gcp/fleet/fleet.js';
import { DigitalOceanFleet } from './digitalocean/fleet/fleet.js';
import { ProxmoxFleet } from './proxmox/fleet/fleet.js';
import { LibvirtFleet } from './libvirt/fleet/fleet.js';

/** The clouds the fleet simulates. */
export type CloudName = 'aws' | 'azure' | 'gcp' | 'digitalocean' | 'proxmox' | 'libvirt';

/** One account (AWS account, Azure subscription, GCP project) in one region of a cloud. */
export interface FleetScope {
  provider: CloudName;
  account: string;
  region: string;
}

export interface FleetOptions {
  /** Same seed ⇒ identical fleet. Default 42. */
  seed?: number;
  /** Instances per account × region. Default 60. */
  vmsPerScope?: number;
  /** Droplets per DigitalOcean team × region. Default: `vmsPerScope`. */
  dropletsPerRegion?: number;
  /** The clock used for state changes and as "now" for metrics (no points in the future). Default: the system clock. */
  clock?: () => Date;
}

export interface Fleet {
  readonly seed: number;
  readonly vmsPerScope: number;
  readonly aws: AwsFleet;
  /** Subscriptions × locations, in ARM's shape. */
  readonly azure: AzureFleet;
  /** Projects × regions, in Compute Engine's REST shape. */
  readonly gcp: GcpFleet;
  /** Teams × regions, in the DigitalOcean API's shape (generated when first asked for). */
  readonly digitalocean: DigitalOceanFleet;
  /** Clusters × nodes, in the Proxmox VE API's shape (generated when first asked for). */
  readonly proxmox: ProxmoxFleet;
  /** KVM hosts, as libvirt's test driver reads them (generated when first asked for). */
  readonly libvirt: LibvirtFleet;
  /** Every provider × account × region the fleet populates. */
  scopes(): FleetScope[];
  /** The fleet's clock ("now" for state changes and metrics). */
  now(): Date;
}

export const DEFAULT_FLEET_SEED = 42;
export const DEFAULT_VMS_PER_SCOPE = 60;

export function createFleet(options: FleetOptions = {}): Fleet {
  const seed = options.seed ?? DEFAULT_FLEET_SEED;
  const vmsPerScope = options.vmsPerScope ?? DEFAULT_VMS_PER_SCOPE;
  if (!Number.isInteger(seed)) throw new Error(`Fleet seed must be an integer, got ${seed}`);
  if (!Number.isInteger(vmsPerScope) || vmsPerScope < 0) {
    throw new Error(`vmsPerScope must be a non-negative integer, got ${vmsPerScope}`);
  }
  const clock = options.clock ?? (() => new Date());
  const aws = new AwsFleet({ seed, vmsPerScope, clock });
  const azure = new AzureFleet({ seed, vmsPerScope, clock });
  const gcp = new GcpFleet({ seed, vmsPerScope, clock });
  const digitalocean = new DigitalOceanFleet({ seed, vmsPerScope: options.dropletsPerRegion ?? vmsPerScope, clock });
  const proxmox = new ProxmoxFleet({ seed, vmsPerScope, clock });
  const libvirt = new LibvirtFleet({ seed, vmsPerScope, clock });
  return {
    seed,
    vmsPerScope,
    aws,
    azure,
    gcp,
    digitalocean,
    proxmox,
    libvirt,
    scopes: () => [
      ...aws.scopes().map((s): FleetScope => ({ provider: 'aws', account: s.account, region: s.region })),
      ...azure.scopes().map((s): FleetScope => ({ provider: 'azure', account: s.subscriptionId, region: s.location })),
      ...gcp.scopes().map((s): FleetScope => ({ provider: 'gcp', account: s.project, region: s.region })),
      ...digitalocean.scopes().map((s): FleetScope => ({ provider: 'digitalocean', account: s.team, region: s.region })),
      ...proxmox.scopes().map((s): FleetScope => ({ provider: 'proxmox', account: s.cluster, region: s.node })),
      ...libvirt.scopes().map((s): FleetScope => ({ provider: 'libvirt', account: s.host, region: s.host })),
    ],
    now: clock,
  };
}

export * from './azure/fleet/index.js';
export * from './gcp/fleet/index.js';
export * from './digitalocean/fleet/index.js';
export * from './proxmox/fleet/index.js';
export * from './libvirt/fleet/index.js';
export { AwsFleet, type InstanceStateListener } from './aws/fleet/fleet.js';
export { InvalidStateTransitionError } from './aws/fleet/state.js';
export {
  AWS_ACCOUNTS,
  AWS_METRICS,
  AWS_REGIONS,
  EC2_INSTANCE_TYPES,
  awsMetricDefinition,
  instanceTypeInfo,
  regionInfo,
  type AwsMetricDefinition,
  type AwsRegionInfo,
} from './aws/fleet/catalogue.js';
export { cidrSize } from './aws/fleet/network.js';
export { FLEET_EPOCH } from './kit/time.js';
export * from './aws/fleet/types.js';
export { sampleMetric, statisticOf, percentileOf, type MetricShape, type MetricSample } from './kit/metrics.js';
export { mulberry32, hashString, Random } from './kit/prng.js';
