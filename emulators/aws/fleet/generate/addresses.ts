// Elastic IPs: allocated in the scope, some associated with an instance's primary interface.
import { publicDnsName } from '../network.js';
import type { Ec2Address, Ec2Instance, Ec2NetworkInterface } from '../types.js';
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

/** A new Elastic IP associated with the instance through its primary interface. */
export function associatedAddress(b: ScopeBuilder, instance: Ec2Instance, primary: Ec2NetworkInterface): Ec2Address {
  const { account, region } = b.ctx;
  const address = newAddress(b);
  address.associationId = b.ctx.allocator.id('eipassoc', b.rng);
  address.instanceId = instance.instanceId;
  address.networkInterfaceId = primary.networkInterfaceId;
  address.networkInterfaceOwnerId = account;
  address.privateIpAddress = primary.privateIpAddress;
  primary.association = {
    publicIp: address.publicIp,
    publicDnsName: publicDnsName(address.publicIp, region),
    ipOwnerId: account,
    allocationId: address.allocationId,
    associationId: address.associationId,
  };
  return address;
}
