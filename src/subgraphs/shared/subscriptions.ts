// graphql-ws options for a subgraph: the subgraph schema, a fresh context per subscription, and
// errors classified and masked as over HTTP.
import type { ServerOptions } from 'graphql-ws';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { Services } from '../../loaders/index.js';
import type { WsExtra } from '../../graphql-ws/server.js';
import type { CallerTokens } from '../../auth/caller-token.js';
import { ErrorCode } from '../../errors/codes.js';
import type { Operations } from '../../operations/index.js';
import { callerOfRequest, createContext, type EventFeed } from './context.js';
import { toGraphQLError } from './errors.js';

export function subscriptionServerOptions(
  schema: GraphQLSchema,
  services: Services,
  sources: { events: EventFeed; operations?: Operations | null | undefined },
  tokens: CallerTokens,
): ServerOptions<Record<string, unknown> | undefined, WsExtra> {
  return {
    schema,
    // The caller comes signed in each operation's extensions: one gateway connection carries every client's.
    onSubscribe: (_ctx, _id, payload) => (tokens.callerOf(payload.extensions ?? null) ? undefined : [unauthenticated()]),
    context: (_ctx, _id, payload) => createContext(services, callerOfRequest(tokens, payload.extensions), sources),
    onNext: (_ctx, _id, _payload, _args, result) => {
      if (!result.errors?.length) return undefined;
      const errors = result.errors.map((error) => ({ ...toGraphQLError(error.originalError ?? error).toJSON(), path: error.path, locations: error.locations }));
      return { ...result, errors };
    },
  };
}

function unauthenticated(): GraphQLError {
  return new GraphQLError('Authentication required', { extensions: { code: ErrorCode.UNAUTHENTICATED } });
}
