// What every emulator test harness shares: one started emulator (with its SDK clients) for a
// whole test file, and the rejection of a call that must fail.
import { createServer } from 'node:net';
import { afterAll, beforeAll } from 'vitest';

/** Starts before the file's tests and closes after them; the getter gives what was started. */
export function startedForFile<H extends { close(): Promise<void> }>(start: () => Promise<H>): () => H {
  let started: H | undefined;
  beforeAll(async () => {
    started = await start();
  });
  afterAll(async () => {
    await started?.close();
  });
  return () => {
    if (!started) throw new Error('harness not started');
    return started;
  };
}

/** What `promise` rejected with, typed as the SDK's error; fails the test when it resolves. */
export async function rejectionOf<E>(promise: Promise<unknown>): Promise<E> {
  try {
    await promise;
  } catch (error) {
    return error as E;
  }
  throw new Error('expected the call to fail');
}

/** Every item of an async listing (an SDK's paged iterator). */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** A loopback URL where nothing listens (a port just freed): a cloud that cannot be reached. */
export async function closedPortUrl(scheme: 'http' | 'https' = 'http'): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return `${scheme}://127.0.0.1:${port}`;
}
