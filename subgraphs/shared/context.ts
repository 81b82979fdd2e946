// What every resolver receives. Loaders are new per request; partial errors collected here are
// appended to the response by the partial-errors plugin, beside the data that did load.
import type { GraphQLError } from 'graphql';
import { createLoaders, type Loaders, type Services } from '../../src/loaders/index.js';

export interface SubgraphContext {
  services: Services;
  loaders: Loaders;
  partialErrors: GraphQLError[];
}

export function createContext(services: Services): SubgraphContext {
  return { services, loaders: createLoaders(services), partialErrors: [] };
}
