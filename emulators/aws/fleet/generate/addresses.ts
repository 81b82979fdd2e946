// Elastic IPs: allocated in the scope, some associated with an instance's primary interface, a
// few with a secondary private address of it.
import { publicDnsName } from '../network.js';
import type { Ec2Address, Ec2Instance, Ec2NetworkInterface, Ec2SecondaryPrivateIp } from '../types.js';
import type { ScopeBuilder } from './context.js';

export function newAddress(b: ScopeBuilder): Ec2Address {
  const { allocator, region } = b.ctx;
  return {
    allocationId: allocator.id('eipalloc', b.rng),
    publicIp: allocator.publicIp(b.rng, region),
    domain: 'vpc',
    publicIpv4Pool: 'amazon',
    networkBorderGroup: region.region,
    associationId: null,
    instanceId: null,
    networkInterfaceId: null,
    networkInterfaceOwnerId: null,
    privateIpAddress: null,
    tags: [],
  };
}

/**
 * A new Elastic IP associated with the instance through one of its interfaces: with the
 * interface's primary private address, or with one of its secondary addresses when given.
 */
export function associatedAddress(b: ScopeBuilder, instance: Ec2Instance, eni: Ec2NetworkInterface, secondary?: Ec2SecondaryPrivateIp): Ec2Address {
  const { account, region } = b.ctx;
  const address = newAddress(b);
  address.associationId = b.ctx.allocator.id('eipassoc', b.rng);
  address.instanceId = instance.instanceId;
  address.networkInterfaceId = eni.networkInterfaceId;
  address.networkInterfaceOwnerId = account;
  address.privateIpAddress = secondary ? secondary.privateIpAddress : eni.privateIpAddress;
  const association = {
    publicIp: address.publicIp,
    publicDnsName: publicDnsName(address.publicIp, region),
    ipOwnerId: account,
    allocationId: address.allocationId,
    associationId: address.associationId,
  };
  if (secondary) secondary.association = association;
  else eni.association = association;
  return address;
}
