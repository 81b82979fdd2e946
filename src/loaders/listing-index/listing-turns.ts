// Turns to fetch a whole scope listing: at most `concurrency` at once in this process, as each
// holds its scope's raw cloud responses until they are mapped. A listing that outlasts `maxHoldMs`
// gives its turn back and goes on outside the limit, so one that hangs cannot stop every other
// scope's listings behind it.
import pLimit from 'p-limit';
import { settledWithin } from './settled-within.js';

export class ListingTurns {
  private readonly limit: ReturnType<typeof pLimit>;

  constructor(
    concurrency: number,
    private readonly maxHoldMs: number,
  ) {
    this.limit = pLimit({ concurrency, rejectOnClear: true });
  }

  /** `fetch`, started when a turn is free; rejects (AbortError) if closed before its turn came. */
  run<T>(fetch: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.limit(async () => {
        const fetching = fetch();
        fetching.then(resolve, reject);
        await settledWithin(fetching, this.maxHoldMs);
      }).catch(reject);
    });
  }

  /** Refuses the turns not started yet: a stopping process does not wait for its whole queue. */
  close(): void {
    this.limit.clearQueue();
  }
}
