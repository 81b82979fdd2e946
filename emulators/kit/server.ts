// The HTTP plumbing every cloud emulator's server shares: one HTTP(S) server that answers each
// request with what the emulator's `answer` returns (and a 500 when even that fails), reading
// bodies and headers, holding and failing requests as the fault injector decides, page caps.
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { FaultInjector, FaultTarget } from './faults.js';
import type { TlsIdentity } from './tls.js';

export interface EmulatorReply {
  status: number;
  /** The status line's reason phrase, where the API says its error there (Proxmox VE); Node's default when absent. */
  statusText?: string;
  body: string;
  /** Sent over the server's default headers. */
  headers?: Record<string, string>;
}

export interface EmulatorServerOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Serves HTTPS with this identity; plain HTTP when absent. */
  tls?: TlsIdentity;
  /** What every reply starts from: its content type at least. */
  headers: Record<string, string>;
  answer(req: http.IncomingMessage): EmulatorReply | Promise<EmulatorReply>;
  /** The reply when `answer` itself failed (only an unreadable request gets there); log it here too. */
  failed(error: unknown): EmulatorReply;
}

export interface EmulatorServer {
  /** http(s)://HOST:PORT, IPv6 hosts bracketed. */
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startEmulatorServer(options: EmulatorServerOptions): Promise<EmulatorServer> {
  const handler = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    void Promise.resolve()
      .then(() => options.answer(req))
      .catch(options.failed)
      .then((reply) => {
        const headers = { ...options.headers, 'content-length': Buffer.byteLength(reply.body), ...reply.headers };
        if (reply.statusText === undefined) res.writeHead(reply.status, headers);
        else res.writeHead(reply.status, reply.statusText, headers);
        res.end(reply.body);
      });
  };
  const server = options.tls ? https.createServer({ key: options.tls.key, cert: options.tls.cert }, handler) : http.createServer(handler);
  const hostPort = await listen(server, options.host ?? '127.0.0.1', options.port ?? 0);
  return {
    url: `${options.tls ? 'https' : 'http'}://${hostPort}`,
    port: (server.address() as AddressInfo).port,
    close: () => closeServer(server),
  };
}

const MAX_BODY_BYTES = 16 * 1024 * 1024;

export function header(req: http.IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('request body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Holds the request for any injected latency; the injected failure, if any. */
export async function applyFaults<S extends string, E>(faults: FaultInjector<S, E>, target: FaultTarget<S>): Promise<E | null> {
  const fault = faults.decide(target);
  if (fault.delayMs > 0) await sleep(fault.delayMs);
  return fault.error;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Starts listening; `HOST:PORT` as it goes in a URL (IPv6 hosts bracketed). */
export async function listen(server: http.Server, host: string, port: number): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  return `${host.includes(':') ? `[${host}]` : host}:${address.port}`;
}

export function closeServer(server: http.Server): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
