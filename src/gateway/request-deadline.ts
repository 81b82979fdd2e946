// A bound on one HTTP request's time, end to end: past it the client gets a GraphQL answer naming
// the limit (not a bare 503 text), the connection is closed, and the request's signal is aborted so
// the work under it stops. @whatwg-node/server's deadline plugin does the timing and the abort.
import { useRequestDeadline } from '@whatwg-node/server';
import type { Plugin } from 'graphql-yoga';
import { ErrorCode } from '../errors/codes.js';

export function useRequestTimeout(seconds: number): Plugin {
  const body = JSON.stringify({
    errors: [
      {
        message: `Operation refused: it ran longer than ${seconds} s (server.limits.requestTimeoutSeconds). Ask for less, or try again when the providers answer faster.`,
        extensions: { code: ErrorCode.OPERATION_LIMIT_EXCEEDED, limit: 'requestTimeoutSeconds', max: seconds },
      },
    ],
  });
  // The runtime's own Response class (its fetch ponyfill), not the global one: it compresses it.
  let fetchAPI: { Response: typeof Response } | undefined;
  const deadline = useRequestDeadline({
    timeout: seconds * 1000,
    response: () => new fetchAPI!.Response(body, { status: 503, headers: { 'content-type': 'application/json; charset=utf-8', connection: 'close' } }),
  }) as Plugin;
  return {
    ...deadline,
    onYogaInit({ yoga }) {
      fetchAPI = yoga.fetchAPI;
    },
  };
}
