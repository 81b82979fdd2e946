// SharedSubscriptions on its own: one execution per key, results to every listener, errors and
// ends passed to all, error results never shared, and the execution stopped with the last listener.
import type { ExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SharedSubscriptions } from '../../src/graphql-ws/shared-subscriptions.js';

/** A controllable upstream: push results, end or fail it, see whether it was stopped. */
function upstream() {
  const queue: ExecutionResult[] = [];
  let wake: (() => void) | undefined;
  let ended = false;
  let failure: Error | undefined;
  const state = { stopped: false };
  const iterator: AsyncIterableIterator<ExecutionResult> = {
    async next() {
      for (;;) {
        if (failure) throw failure;
        const value = queue.shift();
        if (value) return { value, done: false };
        if (ended || state.stopped) return { value: undefined, done: true };
        await new Promise<void>((resolve) => (wake = resolve));
      }
    },
    async return() {
      state.stopped = true;
      wake?.();
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  return {
    iterator,
    state,
    push: (n: number) => {
      queue.push({ data: { n } });
      wake?.();
    },
    end: () => {
      ended = true;
      wake?.();
    },
    fail: (error: Error) => {
      failure = error;
      wake?.();
    },
  };
}

const next = (it: AsyncIterable<ExecutionResult>) => (it as AsyncIterableIterator<ExecutionResult>).next();

describe('SharedSubscriptions', () => {
  it('starts one execution per key and gives every listener every result', async () => {
    const shared = new SharedSubscriptions();
    const source = upstream();
    let starts = 0;
    const start = () => {
      starts++;
      return source.iterator;
    };
    const [a, b] = (await Promise.all([shared.join('k', start), shared.join('k', start)])) as AsyncIterable<ExecutionResult>[];
    expect(starts).toBe(1);
    expect(shared.size).toBe(1);
    source.push(1);
    expect((await next(a!)).value).toEqual({ data: { n: 1 } });
    expect((await next(b!)).value).toEqual({ data: { n: 1 } });
  });

  it('keeps the execution for the others when one leaves, and stops it with the last', async () => {
    const shared = new SharedSubscriptions();
    const source = upstream();
    const [a, b] = (await Promise.all([shared.join('k', () => source.iterator), shared.join('k', () => source.iterator)])) as AsyncIterableIterator<ExecutionResult>[];
    await a!.return!();
    source.push(2);
    expect((await b!.next()).value).toEqual({ data: { n: 2 } });
    expect(source.state.stopped).toBe(false);
    await b!.return!();
    expect(source.state.stopped).toBe(true);
    expect(shared.size).toBe(0);
  });

  it('passes an upstream error and an upstream end to every listener, then starts afresh', async () => {
    const shared = new SharedSubscriptions();
    const failing = upstream();
    const [a, b] = (await Promise.all([shared.join('k', () => failing.iterator), shared.join('k', () => failing.iterator)])) as AsyncIterableIterator<ExecutionResult>[];
    failing.fail(new Error('upstream gone'));
    await expect(a!.next()).rejects.toThrow('upstream gone');
    await expect(b!.next()).rejects.toThrow('upstream gone');
    expect(shared.size).toBe(0);

    const ending = upstream();
    const c = (await shared.join('k', () => ending.iterator)) as AsyncIterableIterator<ExecutionResult>;
    ending.end();
    expect((await c.next()).done).toBe(true);
  });

  it('does not share an error result: the next identical caller starts again', async () => {
    const shared = new SharedSubscriptions();
    let starts = 0;
    const refuse = (): ExecutionResult => {
      starts++;
      return { errors: [] };
    };
    expect(await shared.join('k', refuse)).toEqual({ errors: [] });
    expect(await shared.join('k', refuse)).toEqual({ errors: [] });
    expect(starts).toBe(2);
    expect(shared.size).toBe(0);
  });
});
