// Small helpers for the events' Redis connections.
import type { Redis } from 'ioredis';

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
