// What the sections of one account × region's generation share: the context the fleet gives,
// the scope being filled, its seeded stream and its subnets' address pools.
import type { SubnetAddressPool } from '../../../kit/address-pool.js';
import type { Random } from '../../../kit/prng.js';
import type { AwsRegionInfo } from '../catalogue.js';
import type { AwsAllocator } from '../network.js';
import type { AwsScopeData, AwsTag, Ec2SecurityGroup, Ec2Subnet, Ec2Vpc } from '../types.js';

export interface GenerateContext {
  seed: number;
  account: string;
  region: AwsRegionInfo;
  vmsPerScope: number;
  /** Position of the scope in the fleet; the first always gets a second VPC. */
  scopeIndex: number;
  allocator: AwsAllocator;
}

export interface ScopeBuilder {
  ctx: GenerateContext;
  rng: Random;
  scope: AwsScopeData;
  /** Private addresses, by subnet id. */
  pools: Map<string, SubnetAddressPool>;
}

/** A VPC with its subnets and the security groups of its tiers. */
export interface VpcPlan {
  vpc: Ec2Vpc;
  subnets: Ec2Subnet[];
  groups: TierGroups;
  env: string;
}

export interface TierGroups {
  default: Ec2SecurityGroup;
  web: Ec2SecurityGroup;
  app: Ec2SecurityGroup;
  db: Ec2SecurityGroup;
}

export const tag = (key: string, value: string): AwsTag => ({ key, value });

/** The next private address of a subnet. */
export function allocateIp(b: ScopeBuilder, subnet: Ec2Subnet): string {
  return b.pools.get(subnet.subnetId)!.allocate();
}
