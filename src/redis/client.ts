// The one way FleetGraph connects to Redis (the cache, the event log, the ledger, leases, Event
// Grid handshakes). Redis is shared state, never a reason to hang: a command sent while Redis is
// away fails at once (no offline queue, one retry) and within a bounded time, the connection comes
// back by itself (reconnect forever, exponential backoff with a cap), and errors reach the caller
// through its rejected commands rather than being logged per event.
import { Redis, type RedisOptions } from 'ioredis';

export interface FailFastOptions {
  /** Default 2000. */
  connectTimeoutMs?: number;
  /** Longest a single command may take before it fails. Default 2000. */
  commandTimeoutMs?: number;
  /** Cap of the reconnect backoff. Default 2000. */
  maxReconnectDelayMs?: number;
}

export function failFastClient(url: string, options: FailFastOptions = {}, extra: RedisOptions = {}): Redis {
  const maxDelay = options.maxReconnectDelayMs ?? 2000;
  const client = new Redis(url, {
    enableOfflineQueue: false,
    connectTimeout: options.connectTimeoutMs ?? 2000,
    commandTimeout: options.commandTimeoutMs ?? 2000,
    maxRetriesPerRequest: 1,
    retryStrategy: (times) => Math.min(50 * 2 ** Math.min(times - 1, 16), maxDelay),
    ...extra,
  });
  client.on('error', () => {});
  return client;
}

/** Quits politely when connected, and disconnects whatever happens. */
export async function closeClient(client: Redis): Promise<void> {
  try {
    if (client.status === 'ready') await client.quit();
  } catch {
    // closing anyway
  } finally {
    client.disconnect();
  }
}

/** Waits (at most timeoutMs) for a connection that is still being established; never throws. */
export async function untilReady(client: Redis, timeoutMs: number): Promise<void> {
  if (client.status === 'ready' || client.status === 'end') return;
  await new Promise<void>((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      client.off('ready', done);
      client.off('end', done);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    client.once('ready', done);
    client.once('end', done);
  });
}

/** The URL with its password replaced, for logs. */
export function redactRedisUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '[unparseable redis URL]';
  }
}
