import type { SubgraphName } from './catalog.js';
import { computeResolvers } from './compute/index.js';
import { costsResolvers } from './costs/index.js';
import { metricsResolvers } from './metrics/index.js';
import { networkResolvers } from './network/index.js';
import { storageResolvers } from './storage/index.js';

export const SUBGRAPH_RESOLVERS: Record<SubgraphName, object> = {
  compute: computeResolvers,
  storage: storageResolvers,
  network: networkResolvers,
  metrics: metricsResolvers,
  costs: costsResolvers,
};

export { SUBGRAPH_NAMES, type SubgraphName } from './catalog.js';
export { startSubgraph, type RunningSubgraph } from './shared/server.js';
