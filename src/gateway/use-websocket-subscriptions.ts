// Subscriptions are served over graphql-ws only. Over HTTP (SSE, multipart) the runtime would
// stream into a response with no bound on what a client that stops reading makes the gateway
// buffer; graphql-ws has one (src/graphql-ws/server.ts). A subscription sent over HTTP gets a
// clear error instead.
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ErrorCode } from '../errors/codes.js';

export function useWebSocketSubscriptions(): Plugin {
  return {
    onSubscribe({ args, setResultAndStopExecution }) {
      const overHttp = (args.contextValue as { request?: unknown } | undefined)?.request !== undefined;
      if (!overHttp) return;
      setResultAndStopExecution({
        errors: [
          new GraphQLError('Subscriptions are served over WebSocket (graphql-ws, protocol graphql-transport-ws) on this same /graphql path', {
            extensions: { code: ErrorCode.BAD_USER_INPUT },
          }),
        ],
      });
    },
  };
}
