// What every fetch for one subscription works with.
import type { ScopeCalls } from '../adapter.js';
import type { ClientPool } from './clients.js';
import type { RawOf, SourceName } from './sources.js';
import type { VmSizeCatalog } from './vm-sizes.js';

/** `scope` is the subscription's one scope (region '*'). */
export interface SubscriptionContext extends ScopeCalls {
  /** Lower-case, as in every id the adapter builds. */
  subscriptionId: string;
  pool: ClientPool;
  vmSizes: VmSizeCatalog;
  /** Every item of one subscription-wide listing (all pages), shared with concurrent callers. */
  listAll<S extends SourceName>(source: S): Promise<RawOf<S>[]>;
}
