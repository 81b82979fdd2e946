// graphql-ws options for a subgraph: the subgraph schema, a fresh context per subscription, and
// errors classified and masked as over HTTP.
import type { ServerOptions } from 'graphql-ws';
import type { GraphQLSchema } from 'graphql';
import type { Services } from '../../loaders/index.js';
import type { WsExtra } from '../../graphql-ws/server.js';
import { createContext, type EventFeed } from './context.js';
import { toGraphQLError } from './errors.js';

export function subscriptionServerOptions(
  schema: GraphQLSchema,
  services: Services,
  events: EventFeed,
): ServerOptions<Record<string, unknown> | undefined, WsExtra> {
  return {
    schema,
    context: () => createContext(services, events),
    onNext: (_ctx, _id, _payload, _args, result) => {
      if (!result.errors?.length) return undefined;
      const errors = result.errors.map((error) => ({ ...toGraphQLError(error.originalError ?? error).toJSON(), path: error.path, locations: error.locations }));
      return { ...result, errors };
    },
  };
}
