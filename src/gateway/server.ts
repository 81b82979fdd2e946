// The gateway's HTTP server: /graphql (and GraphiQL) from the Hive runtime, plus the
// operator endpoints /healthz, /readyz and /metrics (Prometheus).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SubgraphName } from '../subgraphs/catalog.js';
import { serveReceiver, type PushReceiver } from '../events/push/receiver.js';
import { logger } from '../telemetry/logger.js';
import { writeMetrics } from '../telemetry/metrics-server.js';
import { serveGraphqlWs } from '../graphql-ws/server.js';
import { InFlightRequests } from '../http/in-flight.js';
import { NO_AUTH, type Authenticator } from './auth/authenticate.js';
import { authenticateHttp, withWsAuthentication } from './auth/guard.js';
import { RequestCallers } from './auth/caller-propagation.js';
import { refusedMutationAuditor, type RefusalAuditor } from './auth/refused-mutations.js';
import type { AuditLog } from '../operations/audit-entry.js';
import { probeSubgraphs } from './probes.js';
import { CALLER_EXTENSION } from '../auth/caller-token.js';
import { PROBE_CALLER } from '../auth/caller.js';
import { createRuntime, type RuntimeOptions } from './runtime.js';
import { originAllowed } from './origins.js';
import { gatewayWsOptions } from './ws-options.js';

export interface GatewayOptions extends RuntimeOptions {
  host: string;
  port: number;
  subgraphUrls: Record<SubgraphName, string>;
  /** A WebSocket subscriber this many messages behind is closed (code 4513) and resumes with `since`. */
  maxQueuedPerSubscriber: number;
  /** Push receivers this public server also serves (when this process runs the event sources). */
  receivers?: readonly PushReceiver[];
  /** Who may call (auth.mode none when absent). */
  auth?: Authenticator;
  /** With writes on: where mutation attempts refused for their credentials are recorded. */
  audit?: AuditLog;
}

export interface RunningGateway {
  url: string;
  server: Server;
  /**
   * The graceful part of a shutdown: /readyz answers 503 at once (so a load balancer stops sending),
   * new connections are still taken for `unreadySeconds`, then WebSocket subscribers are closed
   * with 1001 (they resume elsewhere with `since`), the listener closes, and requests in flight get
   * up to `drainSeconds` to finish. True when they all did.
   */
  drain(timing: { unreadySeconds: number; drainSeconds: number }): Promise<boolean>;
  stop(): Promise<void>;
}

export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const callers = new RequestCallers();
  const auditRefusal = options.audit ? refusedMutationAuditor(options.audit) : undefined;
  const tracing = options.tracing ? (await import('./use-tracing.js')).useTracing : undefined;
  const runtime = createRuntime(options, callers, tracing ? { tracing } : {});
  // The runtime loads the supergraph on its first HTTP request; a WebSocket subscription may come
  // first, and graphql-ws would then find no schema.
  await runtime.getSchema();
  const receivers = new Map((options.receivers ?? []).map((receiver) => [receiver.path, receiver]));
  const requests = new InFlightRequests();
  const server = createServer((req, res) => {
    requests.track(res);
    route(req, res, options, runtime, receivers, requests, callers, auditRefusal).catch((error: unknown) => {
      // A request that fails here (a client gone mid-body) must never take the process down.
      logger('gateway').warn({ err: error }, 'request failed before it was answered');
      if (!res.headersSent) res.writeHead(500).end();
      else res.end();
    });
  });
  // graphql-ws on /graphql, its callers authenticated at connection_init.
  const ws = serveGraphqlWs({
    server,
    path: '/graphql',
    options: withWsAuthentication(gatewayWsOptions(runtime, callers), options.auth ?? NO_AUTH, callers),
    maxQueuedMessages: options.maxQueuedPerSubscriber,
    log: logger('gateway'),
    acceptUpgrade: (request) => originAllowed(request, options.cors ?? { origins: [], credentials: false }),
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host}:${port}/graphql`,
    server,
    drain: async ({ unreadySeconds, drainSeconds }) => {
      requests.startDraining();
      if (unreadySeconds > 0) await new Promise((resolve) => setTimeout(resolve, unreadySeconds * 1000));
      await ws.dispose();
      return requests.drain(server, drainSeconds * 1000);
    },
    stop: async () => {
      await ws.dispose();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await runtime.dispose();
    },
  };
}

async function route(
  req: IncomingMessage,
  res: ServerResponse,
  options: GatewayOptions,
  runtime: ReturnType<typeof createRuntime>,
  receivers: ReadonlyMap<string, PushReceiver>,
  requests: InFlightRequests,
  callers: RequestCallers,
  auditRefusal: RefusalAuditor | undefined,
): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  const receiver = receivers.get(path);
  if (receiver) return serveReceiver(receiver, req, res, logger('gateway'));
  if (path === '/healthz') return sendJson(res, 200, { status: 'ok' });
  if (path === '/readyz') {
    if (requests.isDraining) return sendJson(res, 503, { ready: false, draining: true });
    const tokens = options.callerTokens;
    const report = await probeSubgraphs(options.subgraphUrls, tokens?.required ? { [CALLER_EXTENSION]: tokens.sign(PROBE_CALLER) } : undefined);
    return sendJson(res, report.ready ? 200 : 503, report);
  }
  if (path === '/metrics') return writeMetrics(res);
  if (path === '/') {
    res.writeHead(302, { location: '/graphql' });
    res.end();
    return;
  }
  if (await authenticateHttp(options.auth ?? NO_AUTH, callers, req, res, auditRefusal)) runtime(req, res);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
