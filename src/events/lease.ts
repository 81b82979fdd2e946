// Leases: which replica polls which scope. A lease is held by one owner at a time and expires
// unless renewed, so when a replica dies its scopes pass to another within one lease period.
import { randomUUID } from 'node:crypto';

export interface LeaseStore {
  /** This process's owner token (logged, shown in tests). */
  readonly owner: string;
  /** Takes the lease if it is free or expired, renews it if ours; true when we hold it now. */
  acquire(name: string, ttlMs: number): Promise<boolean>;
  /** Gives the lease up if we hold it, so another replica can take it at once. */
  release(name: string): Promise<void>;
  close(): Promise<void>;
}

/** One process, no Redis: every lease is ours (there is no one to share with). */
export class MemoryLeaseStore implements LeaseStore {
  readonly owner = randomUUID();

  async acquire(): Promise<boolean> {
    return true;
  }

  async release(): Promise<void> {}

  async close(): Promise<void> {}
}
