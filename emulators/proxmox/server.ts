// One HTTPS server for the Proxmox VE API (`/api2/json`), with a self-signed certificate made at
// start, as a fresh Proxmox node has: identify the cluster by its API token
// (`Authorization: PVEAPIToken=USER@REALM!TOKENID=SECRET`), apply injected faults, answer in
// Proxmox's envelope (`{ "data": … }`; an error's message in the status line, parameter errors
// under `errors`), and log every request. Each cluster of the fleet is behind the same server:
// the token says which.
import { X509Certificate } from 'node:crypto';
import type http from 'node:http';
import type { Fleet } from '../fleet.js';
import { PageCap, controlsOf, type EmulatorControls, type EmulatorOptions } from '../kit/emulator.js';
import { applyFaults, errorMessage, header, startEmulatorServer, type EmulatorReply } from '../kit/server.js';
import { generateTlsIdentity } from '../kit/tls.js';
import { PveApiError, answerOf } from './answers.js';
import { createFaults, createRequestLog, type PveFaults, type PveRequestLog } from './log.js';
import { routeOf } from './routes.js';

export interface ProxmoxEmulator extends EmulatorControls<PveRequestLog, PveFaults> {
  /** PEM of the server's self-signed certificate (what a client trusts as its CA). */
  caCertificate: string;
  /** The certificate's SHA-256 fingerprint, `AA:BB:…` (what a client may pin instead). */
  fingerprint: string;
}

export async function startProxmoxEmulator(options: EmulatorOptions<Fleet>): Promise<ProxmoxEmulator> {
  const { fleet } = options;
  const requests = createRequestLog();
  const faults = createFaults();
  const pageCap = new PageCap();
  const tls = await generateTlsIdentity(options.host ?? '127.0.0.1', 'pve.fleetgraph.emulator');

  async function answer(req: http.IncomingMessage): Promise<EmulatorReply> {
    const url = new URL(req.url ?? '/', 'https://emulator');
    const route = routeOf(url.pathname);
    const token = (header(req, 'authorization') ?? '').replace(/^PVEAPIToken=/, '');
    const cluster = fleet.proxmox.clusterOfToken(token);
    const logged = (status: number) => requests.record({ service: route?.service ?? 'version', action: route?.action ?? '', account: cluster?.name ?? null, region: route?.node ?? null, status });
    try {
      if (!cluster) throw new PveApiError(401, 'authentication failure');
      if (!route || (req.method ?? 'GET').toUpperCase() !== 'GET') throw new PveApiError(501, `Method '${req.method} ${url.pathname}' not implemented`);
      const failure = await applyFaults(faults, { service: route.service, action: route.action, account: cluster.name, region: route.node ?? null });
      if (failure?.kind === 'throttle') return refuse(new PveApiError(429, 'Too Many Requests'), { 'retry-after': String(failure.retryAfterSeconds) });
      if (failure?.kind === 'unavailable') throw new PveApiError(503, 'Service Unavailable');
      if (failure?.kind === 'forbidden') throw new PveApiError(403, 'Permission check failed (/vms, VM.Audit)');
      const data = answerOf(route, { cluster, seed: fleet.seed, nowSeconds: Math.floor(fleet.now().getTime() / 1000), query: url.searchParams });
      logged(200);
      return { status: 200, body: JSON.stringify({ data }) };
    } catch (error) {
      return refuse(error instanceof PveApiError ? error : new PveApiError(500, errorMessage(error)));
    }

    function refuse(error: PveApiError, headers: Record<string, string> = {}): EmulatorReply {
      logged(error.status);
      return { status: error.status, statusText: error.message, body: JSON.stringify({ data: null, ...(error.errors ? { errors: error.errors } : {}) }), headers };
    }
  }

  const server = await startEmulatorServer({
    host: options.host,
    port: options.port,
    tls,
    headers: { 'content-type': 'application/json;charset=UTF-8' },
    answer,
    failed: (error) => ({ status: 500, statusText: errorMessage(error), body: JSON.stringify({ data: null }) }),
  });
  return { ...controlsOf(server, requests, faults, pageCap), caCertificate: tls.cert, fingerprint: new X509Certificate(tls.cert).fingerprint256 };
}
