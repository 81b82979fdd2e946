// Small helpers for the events' Redis connections.
import { Redis, type RedisOptions } from 'ioredis';

export interface FailFastOptions {
  connectTimeoutMs?: number;
  commandTimeoutMs?: number;
  maxReconnectDelayMs?: number;
}

/**
 * A connection whose commands fail at once while Redis is away (no offline queue, one retry),
 * that reconnects forever with capped backoff, and whose errors are reported by the caller's
 * rejected commands rather than logged per event.
 */
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

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
