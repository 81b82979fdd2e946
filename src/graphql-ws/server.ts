// graphql-ws over a node http server, for the gateway (clients) and the compute subgraph (the
// gateway). graphql-ws's own `useServer` awaits every send, so a slow client makes the server
// stop pulling from the subscription while upstream events pile up unseen; here sends are not
// awaited and go through each socket's Outbox (outbox.ts), which bounds what a socket may have
// waiting: a client that stops reading is closed with SLOW_SUBSCRIBER_CLOSE_CODE, so memory per
// subscriber is bounded and the client knows to reconnect and resume with `since`.
import type { IncomingMessage, Server } from 'node:http';
import { CloseCode, handleProtocols, makeServer, type ServerOptions } from 'graphql-ws';
import type { Logger } from 'pino';
import { WebSocketServer, type WebSocket } from 'ws';
import { Outbox } from './outbox.js';

export { SLOW_SUBSCRIBER_CLOSE_CODE, SLOW_SUBSCRIBER_REASON } from './outbox.js';

export interface WsExtra {
  socket: WebSocket;
  request: IncomingMessage;
}

export interface GraphqlWsOptions {
  server: Server;
  path: string;
  options: ServerOptions<Record<string, unknown> | undefined, WsExtra>;
  /** Messages a socket may have waiting to be flushed before it is closed as too slow. */
  maxQueuedMessages: number;
  log: Logger;
  /** Ping interval; a socket that does not answer within it is dropped. Default 12 s. */
  keepAliveMs?: number;
  /** Refuses an upgrade (HTTP 403) when false: browsers do not preflight WebSockets. All accepted when absent. */
  acceptUpgrade?: (request: IncomingMessage) => boolean;
}

export interface GraphqlWsServer {
  /** Open sockets right now. */
  readonly clientCount: number;
  dispose(): Promise<void>;
}

export function serveGraphqlWs(config: GraphqlWsOptions): GraphqlWsServer {
  const graphqlWs = makeServer(config.options);
  const accept = config.acceptUpgrade;
  const wss = new WebSocketServer({
    server: config.server,
    path: config.path,
    handleProtocols,
    ...(accept ? { verifyClient: ({ req }: { req: IncomingMessage }, done: (ok: boolean, code?: number, message?: string) => void) => done(accept(req), 403, 'Origin not allowed') } : {}),
  });
  wss.on('error', (err) => config.log.error({ err }, 'WebSocket server error'));
  wss.on('connection', (socket, request) => {
    const stopKeepAlive = keepAlive(socket, config.keepAliveMs ?? 12_000);
    const outbox = new Outbox(socket, config.maxQueuedMessages, config.log);
    const closed = graphqlWs.opened(
      {
        protocol: socket.protocol,
        send: (data) => outbox.sendText(data),
        close: (code, reason) => socket.close(code, reason),
        onMessage: (cb) =>
          socket.on('message', (data) => {
            cb(String(data)).catch((err: unknown) => {
              config.log.error({ err }, 'graphql-ws message handling failed');
              socket.close(CloseCode.InternalServerError, 'Internal server error');
            });
          }),
      },
      { socket, request },
    );
    socket.once('error', () => socket.terminate());
    socket.once('close', (code, reason) => {
      stopKeepAlive();
      void closed(code, String(reason));
    });
  });
  return {
    get clientCount() {
      return wss.clients.size;
    },
    dispose: async () => {
      for (const client of wss.clients) client.close(1001, 'Going away');
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      for (const client of wss.clients) client.terminate();
    },
  };
}

function keepAlive(socket: WebSocket, intervalMs: number): () => void {
  if (!(intervalMs > 0) || !Number.isFinite(intervalMs)) return () => {};
  let alive = true;
  socket.on('pong', () => {
    alive = true;
  });
  const timer = setInterval(() => {
    if (!alive) {
      socket.terminate();
      return;
    }
    alive = false;
    socket.ping();
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
