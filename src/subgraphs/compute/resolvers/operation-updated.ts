// Subscription.operationUpdated: the operation as it is now, then each saved change (from whichever
// replica follows it), completing after it ends. Unknown or not granted: NOT_FOUND, the same answer.
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../../errors/codes.js';
import { isFinished, type Operation } from '../../../operations/operation.js';
import type { SubgraphContext } from '../../shared/context.js';
import { operationsOf } from '../../shared/mutations.js';
import { visibleOperation } from './operation.js';

export async function operationUpdates(context: SubgraphContext, id: string): Promise<AsyncIterableIterator<Operation>> {
  const store = operationsOf(context).store;
  const queue: Operation[] = [];
  let wake: (() => void) | null = null;
  // Follow first, then read: a change saved in between is not missed (it may come twice; the
  // later copy of a finished operation is dropped below).
  const stop = await store.follow(id, (operation) => {
    queue.push(operation);
    wake?.();
  });
  const current = await visibleOperation(context, id).catch((error: unknown) => {
    stop();
    throw error;
  });
  if (!current) {
    stop();
    throw new GraphQLError(`No operation ${id}`, { extensions: { code: ErrorCode.NOT_FOUND } });
  }
  queue.unshift(current);
  let done = false;
  const end = (): Promise<IteratorResult<Operation>> => {
    done = true;
    stop();
    wake?.();
    return Promise.resolve({ done: true, value: undefined });
  };
  const iterator: AsyncIterableIterator<Operation> = {
    [Symbol.asyncIterator]: () => iterator,
    async next() {
      while (!done && queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      const operation = queue.shift();
      if (done || !operation) return end();
      if (isFinished(operation)) {
        queue.length = 0;
        done = true;
        stop();
      }
      return { done: false, value: operation };
    },
    return: end,
  };
  return iterator;
}
