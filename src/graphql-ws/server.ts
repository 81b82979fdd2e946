// graphql-ws over a node http server, for the gateway (clients) and the compute subgraph (the
// gateway). graphql-ws's own `useServer` awaits every send, so a slow client makes the server
// stop pulling from the subscription while upstream events pile up unseen; here sends are not
// awaited, each socket counts the messages written but not yet flushed, and once the OS stops
// taking its data (the client is not reading) a socket with more than the bound waiting is closed
// with SLOW_SUBSCRIBER_CLOSE_CODE. Memory per subscriber is thus bounded and the client knows to
// reconnect and resume with `since`. A burst to a client that keeps reading is not "slow": the
// OS takes it, even though the write callbacks come a moment later. A socket's messages produced
// in one turn of the event loop leave in one write (coalesce).
import type { IncomingMessage, Server } from 'node:http';
import { CloseCode, handleProtocols, makeServer, type ServerOptions } from 'graphql-ws';
import type { Logger } from 'pino';
import { WebSocketServer, type WebSocket } from 'ws';

/** Close code for a subscriber that fell `maxQueuedMessages` behind (4400–4499 are graphql-ws's own). */
export const SLOW_SUBSCRIBER_CLOSE_CODE = 4513;
export const SLOW_SUBSCRIBER_REASON = 'Subscriber too slow: reconnect and resubscribe with since = the last event id received';

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
    const closed = graphqlWs.opened(
      {
        protocol: socket.protocol,
        send: boundedSender(socket, config.maxQueuedMessages, config.log),
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

function boundedSender(socket: WebSocket, maxQueued: number, log: Logger): (data: string) => void {
  let queued = 0;
  return (data) => {
    if (socket.readyState !== socket.OPEN) return;
    // Corked writes wait in the buffer by design (coalesce below): only data the OS refused counts.
    if (queued >= maxQueued && socket.bufferedAmount > 0 && !corked(socket)) {
      log.warn({ queued }, 'closing a subscriber that is too slow');
      socket.close(SLOW_SUBSCRIBER_CLOSE_CODE, SLOW_SUBSCRIBER_REASON);
      // A client that stopped reading never completes the close handshake; do not wait for it.
      setTimeout(() => socket.terminate(), 10_000).unref();
      return;
    }
    queued++;
    coalesce(socket);
    socket.send(data, () => {
      queued--;
    });
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

/**
 * Holds a socket's writes until the current burst of work is done, so the messages produced in
 * one go leave in one system call rather than one each (the syscall is most of a delivery's cost
 * when thousands of subscribers get the same events).
 */
function coalesce(socket: WebSocket): void {
  const tcp = tcpOf(socket);
  if (!tcp || tcp.writableCorked > 0) return;
  tcp.cork();
  setImmediate(() => tcp.uncork());
}

function corked(socket: WebSocket): boolean {
  return (tcpOf(socket)?.writableCorked ?? 0) > 0;
}

/** ws keeps its net.Socket private; corking it is the only way to batch its writes. */
function tcpOf(socket: WebSocket): { cork(): void; uncork(): void; writableCorked: number } | undefined {
  return (socket as unknown as { _socket?: { cork(): void; uncork(): void; writableCorked: number } })._socket;
}
