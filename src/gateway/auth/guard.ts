// Where authentication is enforced at the gateway: every GraphQL request over HTTP (CORS preflights
// and the GraphiQL page itself excepted: they carry no data) and every WebSocket connection, at
// connection_init. A caller that cannot be authenticated learns only that.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { GraphQLError } from 'graphql';
import type { ServerOptions } from 'graphql-ws';
import { ErrorCode } from '../../errors/codes.js';
import type { WsExtra } from '../../graphql-ws/server.js';
import type { Authenticator } from './authenticate.js';
import type { RequestCallers } from './caller-propagation.js';
import type { RefusalAuditor } from './refused-mutations.js';

/** graphql-ws close code for a connection whose credentials were refused (HTTP 401's twin). */
export const UNAUTHENTICATED_CLOSE_CODE = 4401;

const UNAUTHENTICATED_BODY = JSON.stringify({
  errors: [{ message: 'Authentication required: send an API key or a bearer token', extensions: { code: ErrorCode.UNAUTHENTICATED } }],
});

/** True when the request may go on (its caller remembered for the subgraphs); otherwise it has been answered 401. */
export async function authenticateHttp(
  auth: Authenticator,
  callers: RequestCallers,
  req: IncomingMessage,
  res: ServerResponse,
  auditRefusal?: RefusalAuditor,
): Promise<boolean> {
  if (!auth.required || req.method === 'OPTIONS' || isGraphiqlPage(req)) return true;
  const caller = await auth.fromHeaders(req.headers);
  if (caller) {
    callers.remember(req, caller);
    return true;
  }
  await auditRefusal?.(req);
  res.writeHead(401, { 'content-type': 'application/json', 'www-authenticate': 'Bearer' });
  res.end(UNAUTHENTICATED_BODY);
  return false;
}

/** The GraphiQL page: a browser's GET for HTML with no operation in it. */
function isGraphiqlPage(req: IncomingMessage): boolean {
  return req.method === 'GET' && (req.headers.accept ?? '').includes('text/html') && !new URL(req.url ?? '/', 'http://localhost').searchParams.has('query');
}

type WsOptions = ServerOptions<Record<string, unknown> | undefined, WsExtra>;

/** The options with connection_init checked first: a refused caller's socket is closed with 4401; an accepted one is remembered. */
export function withWsAuthentication(options: WsOptions, auth: Authenticator, callers: RequestCallers): WsOptions {
  if (!auth.required) return options;
  return {
    ...options,
    onConnect: async (ctx) => {
      const caller = await auth.fromConnectionParams(ctx.connectionParams);
      if (!caller) {
        ctx.extra.socket.close(UNAUTHENTICATED_CLOSE_CODE, 'Unauthorized');
        return false;
      }
      callers.remember(ctx.extra.request, caller);
      return options.onConnect ? options.onConnect(ctx) : true;
    },
    // Checked again at every operation: a key revoked, or a token expired, since connection_init
    // stops working on an open socket too (the socket is closed with 4401).
    onSubscribe: async (ctx, id, payload) => {
      const caller = await auth.fromConnectionParams(ctx.connectionParams);
      if (!caller) {
        ctx.extra.socket.close(UNAUTHENTICATED_CLOSE_CODE, 'Unauthorized');
        return [new GraphQLError('Authentication required', { extensions: { code: ErrorCode.UNAUTHENTICATED } })];
      }
      callers.remember(ctx.extra.request, caller);
      return options.onSubscribe ? options.onSubscribe(ctx, id, payload) : undefined;
    },
  };
}
