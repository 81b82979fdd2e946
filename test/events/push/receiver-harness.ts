// Shared by the push receiver tests: a receiver served over real HTTP on a loopback port, a sink
// that records (or fails on demand), and a plain POST.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ObservationSink, VmObservation } from '../../../src/events/observation.js';
import type { PushReceiver } from '../../../src/events/push/receiver.js';

export interface ServedReceiver {
  /** http://127.0.0.1:PORT + the receiver's path, without a query. */
  url: string;
  /** Every request that reached the receiver: its method, headers and body, in order. */
  requests: { method: string; headers: http.IncomingHttpHeaders; body: string }[];
  close(): Promise<void>;
}

export async function serveReceiver(receiver: PushReceiver): Promise<ServedReceiver> {
  const requests: ServedReceiver['requests'] = [];
  const server = http.createServer((req, res) => {
    if (new URL(req.url ?? '/', 'http://x').pathname !== receiver.path) {
      res.writeHead(404).end();
      return;
    }
    // Tee the body: the receiver reads the request stream itself.
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => requests.push({ method: req.method ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') }));
    receiver.handle(req, res).catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${receiver.path}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** Records what it is given; rejects the next `failNext` calls as a bus that is down would. */
export class RecordingSink implements ObservationSink {
  readonly recorded: VmObservation[] = [];
  calls = 0;
  failNext = 0;

  async record(observations: readonly VmObservation[]): Promise<void> {
    this.calls++;
    if (this.failNext > 0) {
      this.failNext--;
      throw new Error('event bus unavailable');
    }
    this.recorded.push(...observations);
  }
}

export async function post(url: string, body: string, headers: Record<string, string> = {}, method = 'POST'): Promise<{ status: number; headers: Headers; text: string }> {
  const response = await fetch(url, { method, headers: { 'content-type': 'application/json', ...headers }, body: method === 'POST' ? body : undefined });
  return { status: response.status, headers: response.headers, text: await response.text() };
}
