// Where operations live while clients follow them: by id, in creation order for listings, with
// each caller's idempotency keys, and a feed of updates any replica can follow. In Redis when one
// is configured (shared by every replica), else in this process. Unlike the cache, every write
// here either lands or rejects: an action is never started without its record.
import type { Operation } from './operation.js';

export interface OperationPage {
  operations: Operation[];
  /** Whether older operations follow the last one. */
  hasMore: boolean;
}

export interface OperationStore {
  get(id: string): Promise<Operation | null>;
  /** Writes the operation (new or updated) and tells followers of its id. */
  save(operation: Operation): Promise<void>;
  /**
   * Claims `key` for the operation id: resolves null when the claim is new, or the id that
   * already holds it (a retry: that operation is the answer). Atomic across replicas.
   */
  claimIdempotencyKey(callerId: string, key: string, operationId: string): Promise<string | null>;
  /** Frees `key` if `operationId` still holds it (a request refused before it was recorded). */
  releaseIdempotencyKey(callerId: string, key: string, operationId: string): Promise<void>;
  /** Newest first, created before `before` (an ISO time; all when null), `limit` at most. */
  list(before: string | null, limit: number, keep: (operation: Operation) => boolean): Promise<OperationPage>;
  /** Calls `listener` with each later save of the operation; returns the function that stops it. */
  follow(id: string, listener: (operation: Operation) => void): Promise<() => void>;
  close(): Promise<void>;
}
