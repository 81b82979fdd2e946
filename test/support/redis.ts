// Shared by the cache tests: a redis-server of our own on a free loopback port, log capture,
// and counter reads.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { Redis } from 'ioredis';
import { pino, type Logger } from 'pino';
import { cacheRequests } from '../../src/telemetry/metrics.js';

export const SHARED_REDIS_URL = 'redis://127.0.0.1:6379';

/**
 * A loopback port that is free now and that no `listen(0)` will be handed meanwhile: it is drawn
 * below Linux's ephemeral range (32768–60999), where the kernel never picks, so a process told to
 * use it later does not find it taken by an emulator or server that asked for any port. Ports up to
 * 1,000 above it (a subgraph's METRICS_PORT) stay below that range too.
 */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 11_000);
    if (await bindable(port)) return port;
  }
  throw new Error('no free port below the ephemeral range');
}

async function bindable(port: number): Promise<boolean> {
  const server = createServer();
  try {
    server.listen(port, '127.0.0.1');
    await once(server, 'listening');
    await new Promise<void>((resolve) => server.close(() => resolve()));
    return true;
  } catch {
    return false;
  }
}

/** Every redis-server this process started and has not yet seen exit. */
const running = new Set<ChildProcess>();

export interface RedisServerOptions {
  /** Keep an append-only file in `dir`, so data survives a restart (off: Redis forgets on stop). */
  persistIn?: string;
}

export async function startRedisServer(port: number, options: RedisServerOptions = {}): Promise<ChildProcess> {
  const persistence = options.persistIn
    ? ['--appendonly', 'yes', '--appendfsync', 'always', '--dir', options.persistIn]
    : ['--appendonly', 'no', '--dir', tmpdir()];
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', ...persistence], { stdio: 'ignore' });
  running.add(child);
  child.once('exit', () => running.delete(child));
  const probe = new Redis({ port, host: '127.0.0.1', lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
  probe.on('error', () => {});
  try {
    for (let attempt = 0; attempt < 200; attempt++) {
      if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode}`);
      try {
        if (probe.status !== 'ready') await probe.connect();
        if ((await probe.ping()) === 'PONG') return child;
      } catch {
        probe.disconnect();
        await sleep(50);
      }
    }
    throw new Error(`redis-server on port ${port} did not answer`);
  } finally {
    probe.disconnect();
  }
}

export async function stopRedisServer(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill(signal);
  await exited;
}

export async function stopAllRedisServers(): Promise<void> {
  await Promise.all([...running].map((child) => stopRedisServer(child)));
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function waitFor(condition: () => boolean, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

export interface LogLine {
  level: number;
  msg: string;
  [field: string]: unknown;
}

/** A pino logger whose output lands in `lines`, parsed. */
export function captureLogger(): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const logger = pino({ level: 'debug' }, { write: (text: string) => void lines.push(JSON.parse(text) as LogLine) });
  return { logger, lines };
}

export const WARN = 40;
export const INFO = 30;

/** The current value of fleetgraph_cache_requests_total for one kind and result. */
export async function cacheCount(kind: string, result: 'hit' | 'miss' | 'error' | 'stale'): Promise<number> {
  const metric = await cacheRequests.get();
  return metric.values.find((v) => v.labels.kind === kind && v.labels.result === result)?.value ?? 0;
}

/** Deletes every key under `prefix` on the server the client points at. */
export async function deletePrefix(client: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    if (keys.length > 0) await client.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}
