// Runs one subgraph: its SDL and resolvers as a federation subgraph on Apollo Server, over HTTP.
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { parse } from 'graphql';
import type { Services } from '../../src/loaders/index.js';
import { subgraphTypeDefs, type SubgraphName } from '../catalog.js';
import { createContext, type SubgraphContext } from './context.js';
import { formatError, partialErrorsPlugin } from './errors.js';

export interface RunningSubgraph {
  name: SubgraphName;
  url: string;
  stop(): Promise<void>;
}

export async function startSubgraph(
  name: SubgraphName,
  resolvers: object,
  services: Services,
  listen: { host: string; port: number },
): Promise<RunningSubgraph> {
  const server = new ApolloServer<SubgraphContext>({
    schema: buildSubgraphSchema({ typeDefs: parse(subgraphTypeDefs(name)), resolvers: resolvers as GraphQLResolverMap<unknown> }),
    formatError,
    includeStacktraceInErrorResponses: false,
    // The CLI owns signal handling and stops every piece in order.
    stopOnTerminationSignals: false,
    // Federated tracing (ftv1) is for Apollo's hosted studio, which FleetGraph does not report to;
    // HTTP cache hints are not used (caching is ours, per resource). Both cost per field.
    plugins: [partialErrorsPlugin(), ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled()],
  });
  const { url } = await startStandaloneServer(server, { listen, context: async () => createContext(services) });
  return { name, url: new URL('/graphql', url).toString(), stop: () => server.stop() };
}
