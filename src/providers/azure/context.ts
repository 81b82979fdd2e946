// What every fetch for one subscription works with.
import type { Logger } from 'pino';
import type { Scope } from '../types.js';
import type { ClientPool } from './clients.js';
import type { RawOf, SourceName } from './kinds.js';
import type { VmSizeCatalog } from './vm-sizes.js';

export interface SubscriptionContext {
  /** The subscription's one scope (region '*'). */
  scope: Scope;
  /** Lower-case, as in every id the adapter builds. */
  subscriptionId: string;
  pool: ClientPool;
  vmSizes: VmSizeCatalog;
  log: Logger;
  /** Runs one upstream operation; its failure becomes a ProviderError naming `operation`. */
  call<T>(operation: string, run: () => Promise<T>): Promise<T>;
  /** Every item of one subscription-wide listing (all pages), shared with concurrent callers. */
  listAll<S extends SourceName>(source: S): Promise<RawOf<S>[]>;
}
