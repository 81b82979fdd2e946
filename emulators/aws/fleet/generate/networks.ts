// The scope's VPCs: the default VPC (one /20 per zone, public IPs on launch) and, for most
// scopes, a dual-stack custom VPC (an Amazon-provided IPv6 /56, a /64 per subnet) with 2–4
// subnets, the first public; each with its tiers' security groups.
import { awsAddressPool, subnetIpv6Block, vpcIpv6Block } from '../network.js';
import type { AwsTag, Ec2Subnet, Ec2Vpc } from '../types.js';
import { tag, type ScopeBuilder, type VpcPlan } from './context.js';
import { launchWizardGroup, tierGroups } from './security-groups.js';

export function buildNetworks(b: ScopeBuilder): VpcPlan[] {
  const dhcpOptionsId = b.ctx.allocator.id('dopt', b.rng);
  const plans = [defaultVpc(b, dhcpOptionsId)];
  if (b.ctx.scopeIndex === 0 || b.rng.chance(0.75)) plans.push(customVpc(b, dhcpOptionsId));
  for (const plan of plans) {
    b.scope.vpcs.push(plan.vpc);
    b.scope.subnets.push(...plan.subnets);
    b.scope.securityGroups.push(plan.groups.default, plan.groups.web, plan.groups.app, plan.groups.db);
  }
  b.scope.securityGroups.push(launchWizardGroup(b, plans[0]!.vpc));
  return plans;
}

function defaultVpc(b: ScopeBuilder, dhcpOptionsId: string): VpcPlan {
  const vpc = newVpc(b, dhcpOptionsId, '172.31.0.0/16', true, [], false);
  const subnets = b.ctx.region.zones.map((_, i) => newSubnet(b, vpc, subnetCidr(b, '172.31', i), i, { defaultForAz: true, mapPublicIpOnLaunch: true }));
  return { vpc, subnets, groups: tierGroups(b, vpc, true), env: 'dev' };
}

function customVpc(b: ScopeBuilder, dhcpOptionsId: string): VpcPlan {
  const { rng } = b;
  const zones = b.ctx.region.zones;
  const env = rng.pick(['prod', 'staging'] as const);
  const second = rng.int(1, 250);
  const name = `${env}-vpc`;
  const vpc = newVpc(b, dhcpOptionsId, `10.${second}.0.0/16`, false, [tag('Name', name), tag('env', env)], true);
  const count = rng.int(2, 4);
  const subnets = Array.from({ length: count }, (_, i) => {
    const tier = i === 0 ? 'public' : 'private';
    const zone = zones[i % zones.length]!.name;
    return newSubnet(b, vpc, subnetCidr(b, `10.${second}`, i), i, {
      mapPublicIpOnLaunch: tier === 'public',
      assignIpv6AddressOnCreation: tier === 'public',
      tags: [tag('Name', `${name}-${tier}-${zone.slice(-1)}${i >= zones.length ? '2' : ''}`), tag('tier', tier)],
    });
  });
  return { vpc, subnets, groups: tierGroups(b, vpc, false), env };
}

/** The i-th subnet of a /16: a /20 (4,096 addresses), or a /18 where a scope holds more VMs than /20s would fit. */
function subnetCidr(b: ScopeBuilder, sixteen: string, i: number): string {
  return b.ctx.vmsPerScope > 2000 ? `${sixteen}.${i * 64}.0/18` : `${sixteen}.${i * 16}.0/20`;
}

function newVpc(b: ScopeBuilder, dhcpOptionsId: string, cidrBlock: string, isDefault: boolean, tags: AwsTag[], ipv6: boolean): Ec2Vpc {
  const { allocator, region } = b.ctx;
  return {
    vpcId: allocator.id('vpc', b.rng),
    ownerId: b.ctx.account,
    state: 'available',
    cidrBlock,
    cidrBlockAssociations: [{ associationId: allocator.id('vpc-cidr-assoc', b.rng), cidrBlock, state: 'associated' }],
    ipv6CidrBlockAssociations: ipv6
      ? [{ associationId: allocator.id('vpc-cidr-assoc', b.rng), ipv6CidrBlock: vpcIpv6Block(allocator, b.rng, region), state: 'associated' }]
      : [],
    dhcpOptionsId,
    instanceTenancy: 'default',
    isDefault,
    tags,
  };
}

function newSubnet(b: ScopeBuilder, vpc: Ec2Vpc, cidrBlock: string, zoneIndex: number, extra: Partial<Ec2Subnet>): Ec2Subnet {
  const zones = b.ctx.region.zones;
  const zone = zones[zoneIndex % zones.length]!;
  const subnetId = b.ctx.allocator.id('subnet', b.rng);
  b.pools.set(subnetId, awsAddressPool(cidrBlock, b.rng));
  const vpcIpv6 = vpc.ipv6CidrBlockAssociations[0]?.ipv6CidrBlock;
  const ipv6CidrBlockAssociations = vpcIpv6
    ? [{ associationId: b.ctx.allocator.id('subnet-cidr-assoc', b.rng), ipv6CidrBlock: subnetIpv6Block(vpcIpv6, zoneIndex), state: 'associated' as const }]
    : [];
  return {
    subnetId,
    ownerId: b.ctx.account,
    vpcId: vpc.vpcId,
    state: 'available',
    cidrBlock,
    availabilityZone: zone.name,
    availabilityZoneId: zone.zoneId,
    defaultForAz: false,
    mapPublicIpOnLaunch: false,
    ipv6CidrBlockAssociations,
    assignIpv6AddressOnCreation: false,
    tags: [],
    ...extra,
  };
}
