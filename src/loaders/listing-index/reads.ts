// What the listing index is given and what a read of it returns.
import type { ProviderError } from '../../providers/errors.js';
import type { IndexedScope } from './indexed-scope.js';

/** Who refreshes which scope: one replica at a time (the event poller's lease store). */
export interface RefreshLeases {
  acquire(name: string, ttlMs: number): Promise<boolean>;
  release(name: string): Promise<void>;
}

export interface ListingIndexOptions {
  leases: RefreshLeases;
  /** Longest a request waits for a refresh it needs before the previous version answers. */
  refreshWaitMs: number;
  /** Longest a request waits for a scope's first listing before answering without the scope. */
  coldWaitMs: number;
  /** Most scope listings fetched at once in this process (each holds its raw responses until mapped). */
  concurrentListings: number;
}

/** A scope's listing as a request reads it. */
export interface ScopeRead<T extends { id: string }> {
  indexed: IndexedScope<T>;
  /** Events happened in the scope since this version was fetched: its resources may have changed. */
  behind: boolean;
}

export interface IndexRead<T extends { id: string }> {
  scopes: ScopeRead<T>[];
  /** Scopes that could not be read, and the parts of listings their providers could not answer. */
  failures: ProviderError[];
}
