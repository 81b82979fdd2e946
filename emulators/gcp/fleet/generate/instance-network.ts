// An instance's network interfaces: nic0 in the group's subnetwork; an external IP that is
// ephemeral (default network) or a reserved static address (custom VPC), or none; for some a
// second interface, itself with an ephemeral external IP now and then. An interface in a
// dual-stack subnetwork is dual-stack for some instances: an external IPv6 access config
// (DIRECT_IPV6) where the subnetwork's IPv6 is external, an internal ipv6Address where it is internal.
import { cidrBase, intToIp } from '../../../kit/ipv4.js';
import type { GceInstance, GceNetworkInterface, GceSubnetwork } from '../types.js';
import { fingerprint, type RegionBuilder } from './context.js';
import type { WorkloadGroup } from './workload.js';
import { newAddress } from './resources.js';

export function primaryInterface(b: RegionBuilder, group: WorkloadGroup, networkIP: string): GceNetworkInterface {
  const { rng } = b;
  const { plan, subnet } = group;
  return withIpv6(b, subnet, {
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
  });
}

/** Share of interfaces in a dual-stack subnetwork that are dual-stack themselves. */
const DUAL_STACK_SHARE = 0.4;

/** `nic`, dual-stack for some when its subnetwork is: the fields Compute Engine adds, in its order. */
function withIpv6(b: RegionBuilder, subnet: GceSubnetwork, nic: GceNetworkInterface): GceNetworkInterface {
  const pool = b.ipv6Pools.get(subnet.selfLink);
  if (!pool || !subnet.ipv6AccessType || !b.laterRng.chance(DUAL_STACK_SHARE)) return nic;
  const range = pool.next();
  const ipv6: Partial<GceNetworkInterface> =
    subnet.ipv6AccessType === 'EXTERNAL'
      ? {
          ipv6AccessType: 'EXTERNAL',
          ipv6AccessConfigs: [
            { kind: 'compute#accessConfig', type: 'DIRECT_IPV6', name: 'external-ipv6', externalIpv6: range, externalIpv6PrefixLength: 96, networkTier: 'PREMIUM' },
          ],
        }
      : { ipv6AccessType: 'INTERNAL', ipv6Address: range, internalIpv6PrefixLength: 96 };
  return { ...nic, stackType: 'IPV4_IPV6', ...ipv6 };
}

export function addExternalAddress(b: RegionBuilder, group: WorkloadGroup, instance: GceInstance): void {
  const { rng } = b;
  const { app, env } = group;
  const auto = group.plan.network.autoCreateSubnetworks;
  const nic0 = instance.networkInterfaces[0]!;
  if (auto && rng.chance(0.7)) {
    addEphemeralIp(instance, nic0, b.allocator.publicIp(rng, b.region));
  } else if (!auto && (app === 'web' || app === 'bastion' ? rng.chance(0.5) : rng.chance(0.08))) {
    const address = newAddress(b, `${instance.name}-ip`, { status: 'IN_USE', users: [instance.selfLink], labels: { env } });
    b.regionData.addresses.push(address);
    nic0.accessConfigs = [{ kind: 'compute#accessConfig', type: 'ONE_TO_ONE_NAT', name: 'external-nat', natIP: address.address, networkTier: 'PREMIUM' }];
  }
}

/** An ephemeral external IP on `nic`, held while the instance runs. */
function addEphemeralIp(instance: GceInstance, nic: GceNetworkInterface, ip: string): void {
  instance.sim.ephemeralIps.push({ nic: nic.name, ip });
  nic.accessConfigs = [{ kind: 'compute#accessConfig', type: 'ONE_TO_ONE_NAT', name: 'External NAT', natIP: ip, networkTier: 'PREMIUM' }];
}

/** Share of second interfaces with an ephemeral external IP of their own. */
const SECOND_NIC_EXTERNAL_SHARE = 0.7;

/** A second interface must be in another VPC network: the other network's first subnetwork here. */
export function addSecondInterface(b: RegionBuilder, group: WorkloadGroup, instance: GceInstance): void {
  if (!b.rng.chance(0.12)) return;
  const { defaultNetwork, vpc } = b.networks;
  const other = group.plan === vpc ? defaultNetwork : vpc;
  const otherSubnet = other.subnets.get(b.region.region)![0]!;
  const nic1 = withIpv6(b, otherSubnet, {
    kind: 'compute#networkInterface',
    name: 'nic1',
    network: other.network.selfLink,
    subnetwork: otherSubnet.selfLink,
    networkIP: b.pools.get(otherSubnet.selfLink)!.allocate(),
    stackType: 'IPV4_ONLY',
    fingerprint: fingerprint(b.rng),
  });
  instance.networkInterfaces.push(nic1);
  if (b.laterRng.chance(SECOND_NIC_EXTERNAL_SHARE)) addEphemeralIp(instance, nic1, b.allocator.publicIp(b.laterRng, b.region));
}
