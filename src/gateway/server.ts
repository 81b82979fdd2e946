// The gateway's HTTP server: /graphql (and GraphiQL) from the Hive runtime, plus the
// operator endpoints /healthz, /readyz and /metrics (Prometheus).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SubgraphName } from '../../subgraphs/catalog.js';
import { writeMetrics } from '../telemetry/metrics-server.js';
import { probeSubgraphs } from './probes.js';
import { createRuntime, type RuntimeOptions } from './runtime.js';

export interface GatewayOptions extends RuntimeOptions {
  host: string;
  port: number;
  subgraphUrls: Record<SubgraphName, string>;
}

export interface RunningGateway {
  url: string;
  server: Server;
  stop(): Promise<void>;
}

export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const runtime = createRuntime(options);
  const server = createServer((req, res) => {
    void route(req, res, options, runtime);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host}:${port}/graphql`,
    server,
    stop: async () => {
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
): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  if (path === '/healthz') return sendJson(res, 200, { status: 'ok' });
  if (path === '/readyz') {
    const report = await probeSubgraphs(options.subgraphUrls);
    return sendJson(res, report.ready ? 200 : 503, report);
  }
  if (path === '/metrics') return writeMetrics(res);
  if (path === '/') {
    res.writeHead(302, { location: '/graphql' });
    res.end();
    return;
  }
  runtime(req, res);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
