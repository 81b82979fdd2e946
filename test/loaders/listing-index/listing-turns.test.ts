// Turns to fetch whole listings: no more at once than allowed; a listing that outlasts its hold
// gives its turn back (one that hangs does not stop the others); closing refuses the queue.
import { describe, expect, it } from 'vitest';
import { ListingTurns } from '../../../src/loaders/listing-index/listing-turns.js';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('ListingTurns', () => {
  it('runs at most `concurrency` fetches at once, in the order asked', async () => {
    const turns = new ListingTurns(2, 60_000);
    const started: number[] = [];
    const gates = [0, 1, 2, 3].map(() => deferred<number>());
    const runs = gates.map((gate, i) =>
      turns.run(() => {
        started.push(i);
        return gate.promise;
      }),
    );
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([0, 1]);
    gates[0]!.resolve(0);
    await runs[0];
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([0, 1, 2]);
    for (const [i, gate] of gates.entries()) gate.resolve(i);
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3]);
  });

  it('gives the turn of a fetch that outlasts its hold to the next, and still answers the slow one', async () => {
    const turns = new ListingTurns(1, 50);
    const slow = deferred<string>();
    const first = turns.run(() => slow.promise);
    const second = await turns.run(async () => 'the next listing, while the first still runs');
    expect(second).toBe('the next listing, while the first still runs');
    slow.resolve('the slow listing');
    expect(await first).toBe('the slow listing');
  });

  it('passes a failed fetch on to its caller, and frees the turn', async () => {
    const turns = new ListingTurns(1, 60_000);
    await expect(turns.run(() => Promise.reject(new Error('cloud said no')))).rejects.toThrow('cloud said no');
    expect(await turns.run(async () => 'next')).toBe('next');
  });

  it('refuses, once closed, the fetches still waiting for a turn, without starting them', async () => {
    const turns = new ListingTurns(1, 60_000);
    const running = deferred<string>();
    const first = turns.run(() => running.promise);
    let waitingStarted = false;
    const waiting = turns.run(async () => {
      waitingStarted = true;
      return 'never';
    });
    turns.close();
    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
    running.resolve('the running one finishes');
    expect(await first).toBe('the running one finishes');
    expect(waitingStarted).toBe(false);
  });
});
