// Reference resolvers and relations of the network subgraph's own entities.
import type { Network as NetworkModel, VirtualMachine } from '../../../providers/types.js';
import type { SubgraphContext } from '../../shared/context.js';
import { gapAwareField } from '../../shared/gaps.js';
import { entityReference } from '../../shared/entity-reference.js';
import { listMatching, resolveEntity, resourceById, resourcesByIds } from '../../shared/resolve.js';
import type {
  NetworkInterfaceResolvers,
  NetworkResolvers,
  PublicIpResolvers,
  SecurityGroupResolvers,
  SubnetResolvers,
} from '../generated/resolvers-types.js';

const optionalVm = (vmId: string | null) => (vmId ? entityReference<VirtualMachine>(vmId) : null);

/** Subnets or security groups of one network: its account's listing (shared by every network in the query), filtered. */
function inNetwork<K extends 'subnet' | 'securityGroup'>(context: SubgraphContext, kind: K, network: NetworkModel) {
  // A global network (GCP) has subnets in every region; a regional one (AWS, Azure) only in its own.
  const regions = network.region === 'global' ? null : [network.region];
  const filter = { providers: [network.provider], accounts: [network.account], regions };
  return listMatching(context, kind, filter, { matches: (r) => r.networkId === network.id });
}

export const Network: NetworkResolvers = {
  __resolveReference: (ref, context) => resolveEntity(context, 'network', ref.id),
  subnets: (network, _args, context) => inNetwork(context, 'subnet', network),
  securityGroups: (network, _args, context) => inNetwork(context, 'securityGroup', network),
};

export const Subnet: SubnetResolvers = {
  __resolveReference: (ref, context) => resolveEntity(context, 'subnet', ref.id),
  network: (subnet, _args, context) => resourceById(context, 'network', subnet.networkId),
};

export const SecurityGroup: SecurityGroupResolvers = {
  __resolveReference: (ref, context) => resolveEntity(context, 'securityGroup', ref.id),
  network: (group, _args, context) => (group.networkId ? resourceById(context, 'network', group.networkId) : null),
};

export const PublicIp: PublicIpResolvers = {
  __resolveReference: (ref, context) => resolveEntity(context, 'publicIp', ref.id),
  vm: (ip) => optionalVm(ip.vmId),
  networkInterface: (ip, _args, context) => (ip.networkInterfaceId ? resourceById(context, 'networkInterface', ip.networkInterfaceId) : null),
};

export const NetworkInterface: NetworkInterfaceResolvers = {
  __resolveReference: (ref, context) => resolveEntity(context, 'networkInterface', ref.id),
  vm: (nic) => optionalVm(nic.vmId),
  subnet: (nic, _args, context) => (nic.subnetId ? resourceById(context, 'subnet', nic.subnetId) : null),
  network: (nic, _args, context) => (nic.networkId ? resourceById(context, 'network', nic.networkId) : null),
  securityGroups: (nic, _args, context) => {
    // A failed firewall/NSG listing leaves the interface's groups unknown, not empty.
    const ids = gapAwareField(nic, 'securityGroupIds', context);
    return ids ? resourcesByIds(context, 'securityGroup', ids) : null;
  },
};
