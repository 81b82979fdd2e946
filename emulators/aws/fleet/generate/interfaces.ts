// Elastic network interfaces: an instance's (a public IP on launch where its subnet maps one, an
// IPv6 address where it is wanted, secondary private addresses), and a detached spare.
import { ipv6AddressIn, macAddress, privateDnsName, publicDnsName } from '../network.js';
import type { Ec2Instance, Ec2NetworkInterface, Ec2SecondaryPrivateIp, Ec2SecurityGroup, Ec2Subnet } from '../types.js';
import { allocateIp, tag, type ScopeBuilder, type VpcPlan } from './context.js';

export interface InterfacePlan {
  subnet: Ec2Subnet;
  groups: Ec2SecurityGroup[];
  deviceIndex: number;
  attachTime: Date;
  /** Private addresses besides the primary one. */
  secondaryIps: number;
  /** Whether it gets an IPv6 address (the subnet must have a /64). */
  ipv6: boolean;
}

export function instanceInterface(b: ScopeBuilder, instance: Ec2Instance, plan: InterfacePlan): Ec2NetworkInterface {
  const { allocator, region, account } = b.ctx;
  const { subnet, deviceIndex } = plan;
  const ip = allocateIp(b, subnet);
  const autoPublicIp = deviceIndex === 0 && subnet.mapPublicIpOnLaunch ? allocator.publicIp(b.rng, region) : null;
  const eni: Ec2NetworkInterface = {
    ...interfaceIn(b, subnet, ip, plan.groups, deviceIndex === 0 ? '' : 'secondary interface'),
    status: 'in-use',
    attachment: {
      attachmentId: allocator.id('eni-attach', b.rng),
      instanceId: instance.instanceId,
      instanceOwnerId: account,
      deviceIndex,
      networkCardIndex: 0,
      status: 'attached',
      attachTime: plan.attachTime,
      deleteOnTermination: deviceIndex === 0,
    },
    sim: { autoPublicIp: autoPublicIp ? { publicIp: autoPublicIp, publicDnsName: publicDnsName(autoPublicIp, region) } : null },
  };
  if (eni.sim.autoPublicIp) eni.association = { ...eni.sim.autoPublicIp, ipOwnerId: 'amazon', allocationId: null, associationId: null };
  eni.secondaryPrivateIps = Array.from({ length: plan.secondaryIps }, () => secondaryIp(b, subnet));
  const block = subnet.ipv6CidrBlockAssociations[0]?.ipv6CidrBlock;
  if (plan.ipv6 && block) eni.ipv6Addresses = [ipv6AddressIn(allocator, b.rng, block)];
  return eni;
}

/** An interface kept for failover, attached to nothing, in the last subnet of the last VPC. */
export function spareInterface(b: ScopeBuilder, plan: VpcPlan): Ec2NetworkInterface {
  const subnet = plan.subnets[plan.subnets.length - 1]!;
  const ip = allocateIp(b, subnet);
  return { ...interfaceIn(b, subnet, ip, [plan.groups.app], 'spare interface for failover'), status: 'available', tags: [tag('Name', 'failover-eni')] };
}

function secondaryIp(b: ScopeBuilder, subnet: Ec2Subnet): Ec2SecondaryPrivateIp {
  const ip = allocateIp(b, subnet);
  return { privateIpAddress: ip, privateDnsName: privateDnsName(ip, b.ctx.region), association: null };
}

/** What every interface has: its id, subnet, address, MAC and groups. */
function interfaceIn(b: ScopeBuilder, subnet: Ec2Subnet, ip: string, groups: Ec2SecurityGroup[], description: string): Ec2NetworkInterface {
  return {
    networkInterfaceId: b.ctx.allocator.id('eni', b.rng),
    ownerId: b.ctx.account,
    subnetId: subnet.subnetId,
    vpcId: subnet.vpcId,
    availabilityZone: subnet.availabilityZone,
    description,
    interfaceType: 'interface',
    status: 'available',
    macAddress: macAddress(b.rng),
    privateIpAddress: ip,
    privateDnsName: privateDnsName(ip, b.ctx.region),
    secondaryPrivateIps: [],
    ipv6Addresses: [],
    sourceDestCheck: true,
    requesterManaged: false,
    groups: groups.map((g) => ({ groupId: g.groupId, groupName: g.groupName })),
    attachment: null,
    association: null,
    tags: [],
    sim: { autoPublicIp: null },
  };
}
