// What every emulator test harness shares: one started emulator (with its SDK clients) for a
// whole test file, and the rejection of a call that must fail.
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
