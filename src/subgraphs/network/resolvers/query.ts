import type { ResourceBase } from '../../../providers/types.js';
import { listConnection, resourceById } from '../../shared/resolve.js';
import type { NetworkFilter, QueryResolvers } from '../generated/resolvers-types.js';

/** Resources that belong to a network carry `networkId`; the network itself is matched by id. */
function inNetwork(resource: ResourceBase & { networkId?: string | null }, filter: NetworkFilter): boolean {
  return !filter.networkId || resource.networkId === filter.networkId || resource.id === filter.networkId;
}

export const Query: QueryResolvers = {
  networks: (_p, { filter, first, after }, context) => listConnection(context, 'network', filter, { first, after }, { matches: inNetwork }),
  network: (_p, { id }, context) => resourceById(context, 'network', id),
  subnets: (_p, { filter, first, after }, context) => listConnection(context, 'subnet', filter, { first, after }, { matches: inNetwork }),
  subnet: (_p, { id }, context) => resourceById(context, 'subnet', id),
  securityGroups: (_p, { filter, first, after }, context) =>
    listConnection(context, 'securityGroup', filter, { first, after }, { matches: inNetwork }),
  securityGroup: (_p, { id }, context) => resourceById(context, 'securityGroup', id),
  publicIps: (_p, { filter, first, after }, context) => listConnection(context, 'publicIp', filter, { first, after }),
  networkInterfaces: (_p, { filter, first, after }, context) =>
    listConnection(context, 'networkInterface', filter, { first, after }, { matches: inNetwork }),
  networkInterface: (_p, { id }, context) => resourceById(context, 'networkInterface', id),
};
