// The HTTP plumbing every cloud emulator's server shares: reading bodies and headers, holding and
// failing requests as the fault injector decides, page caps, listening and closing.
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FaultInjector, FaultTarget } from './faults.js';

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

/** A page cap as `setMaxPageSize` and friends take it: a positive integer, or null for none. */
export function checkPageCap(n: number | null): number | null {
  if (n !== null && (!Number.isInteger(n) || n < 1)) throw new Error(`Page cap must be a positive integer or null, got ${n}`);
  return n;
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
