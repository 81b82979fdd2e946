// An instance's network interfaces: nic0 in the group's subnetwork; an external IP that is
// ephemeral (default network) or a reserved static address (custom VPC), or none; and for some
// a second interface.
import { cidrBase, intToIp } from '../../../kit/ipv4.js';
import type { GceInstance, GceNetworkInterface } from '../types.js';
import { fingerprint, type RegionBuilder } from './context.js';
import type { WorkloadGroup } from './workload.js';
import { newAddress } from './resources.js';

export function primaryInterface(b: RegionBuilder, group: WorkloadGroup, networkIP: string): GceNetworkInterface {
  const { rng } = b;
  const { plan, subnet } = group;
  return {
    kind: 'compute#networkInterface',
    name: 'nic0',
    network: plan.network.selfLink,
    subnetwork: subnet.selfLink,
    networkIP,
    stackType: 'IPV4_ONLY',
    fingerprint: fingerprint(rng),
    ...(subnet.secondaryIpRanges && rng.chance(0.2)
      ? { aliasIpRanges: [{ ipCidrRange: `${intToIp(cidrBase(subnet.secondaryIpRanges[0]!.ipCidrRange) + 256 * rng.int(0, 60))}/24`, subnetworkRangeName: 'pods' }] }
      : {}),
  };
}

export function addExternalAddress(b: RegionBuilder, group: WorkloadGroup, instance: GceInstance): void {
  const { rng } = b;
  const { app, env } = group;
  const auto = group.plan.network.autoCreateSubnetworks;
  const nic0 = instance.networkInterfaces[0]!;
  if (auto && rng.chance(0.7)) {
    instance.sim.ephemeralIp = b.allocator.publicIp(rng, b.region);
    nic0.accessConfigs = [{ kind: 'compute#accessConfig', type: 'ONE_TO_ONE_NAT', name: 'External NAT', natIP: instance.sim.ephemeralIp, networkTier: 'PREMIUM' }];
  } else if (!auto && (app === 'web' || app === 'bastion' ? rng.chance(0.5) : rng.chance(0.08))) {
    const address = newAddress(b, `${instance.name}-ip`, { status: 'IN_USE', users: [instance.selfLink], labels: { env } });
    b.regionData.addresses.push(address);
    nic0.accessConfigs = [{ kind: 'compute#accessConfig', type: 'ONE_TO_ONE_NAT', name: 'external-nat', natIP: address.address, networkTier: 'PREMIUM' }];
  }
}

/** A second interface must be in another VPC network: the other network's first subnetwork here. */
export function addSecondInterface(b: RegionBuilder, group: WorkloadGroup, instance: GceInstance): void {
  if (!b.rng.chance(0.12)) return;
  const { defaultNetwork, vpc } = b.networks;
  const other = group.plan === vpc ? defaultNetwork : vpc;
  const otherSubnet = other.subnets.get(b.region.region)![0]!;
  instance.networkInterfaces.push({
    kind: 'compute#networkInterface',
    name: 'nic1',
    network: other.network.selfLink,
    subnetwork: otherSubnet.selfLink,
    networkIP: b.pools.get(otherSubnet.selfLink)!.allocate(),
    stackType: 'IPV4_ONLY',
    fingerprint: fingerprint(b.rng),
  });
}
