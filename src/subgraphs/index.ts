import type { SubgraphName } from './catalog.js';
import { computeResolvers, computeWriteResolvers } from './compute/index.js';
import { costsResolvers } from './costs/index.js';
import { metricsResolvers } from './metrics/index.js';
import { networkResolvers } from './network/index.js';
import { storageResolvers, storageWriteResolvers } from './storage/index.js';

export const SUBGRAPH_RESOLVERS: Record<SubgraphName, object> = {
  compute: computeResolvers,
  storage: storageResolvers,
  network: networkResolvers,
  metrics: metricsResolvers,
  costs: costsResolvers,
};

/** The resolvers of a subgraph, with its mutations when writes are on. */
export function subgraphResolvers(name: SubgraphName, writes: boolean): object {
  if (writes && name === 'compute') return computeWriteResolvers;
  if (writes && name === 'storage') return storageWriteResolvers;
  return SUBGRAPH_RESOLVERS[name];
}

export { SUBGRAPH_NAMES, type SubgraphName } from './catalog.js';
export { startSubgraph, type RunningSubgraph } from './shared/server.js';
