// Waiting for a promise a bounded time, without cancelling it.

/** How `promise` settled if it did within `ms` (Infinity: however long it takes); undefined if it is still pending. */
export async function settledWithin<T>(promise: Promise<T>, ms: number): Promise<PromiseSettledResult<T> | undefined> {
  const settled = promise.then(
    (value): PromiseSettledResult<T> => ({ status: 'fulfilled', value }),
    (reason: unknown): PromiseSettledResult<T> => ({ status: 'rejected', reason }),
  );
  if (ms === Infinity) return settled;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([settled, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
