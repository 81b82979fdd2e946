// The change ledger: what FleetGraph last knew of every VM, per scope, and the one place that
// decides whether an observation is a change. Every source (polls, pushes, actions) goes through
// it, so a change seen twice is published once; stale observations (older than what is known)
// are ignored, so a slow poll cannot undo a newer push. Applying a batch, publishing its events
// and dropping the cache entries they make stale happen together (in Redis: one Lua script), so
// events of one VM are published in order and a client that receives an event and queries the VM
// at once reads the new state.
import { parseGlobalId } from '../../providers/ids.js';
import type { VmObservation } from '../observation.js';
import type { VmEvent } from '../vm-event.js';

export interface LedgerBatch {
  /** The ledger partition: the key of the scope the VMs are listed in (registry.scopeOf). */
  scope: string;
  observations: readonly VmObservation[];
  /**
   * Set when the observations are a whole listing of the scope, started at this time. The first
   * such listing seeds the scope silently; later, a known VM missing from one is gone (an event to
   * TERMINATED, raw state GONE_PROVIDER_STATE, unless it was TERMINATED already).
   */
  completeAt?: Date;
}

export interface ChangeLedger {
  /** Applies the batch; resolves with the events published for it, in order. */
  apply(batch: LedgerBatch): Promise<VmEvent[]>;
  /** The global id of a VM the ledger knows in `scope` by its native id (case-insensitive), if any. */
  vmIdOf(scope: string, nativeId: string): Promise<string | undefined>;
  close(): Promise<void>;
}

/** The known VM id among `vmIds` whose native id is `nativeId` (cloud ids compare case-insensitively on Azure). */
export function findByNativeId(vmIds: Iterable<string>, nativeId: string): string | undefined {
  const wanted = nativeId.toLowerCase();
  for (const vmId of vmIds) {
    if (vmId.startsWith('~')) continue;
    if (parseGlobalId(vmId).nativeId.toLowerCase() === wanted) return vmId;
  }
  return undefined;
}

/** The raw state of a VM that no longer appears in its cloud's listing. */
export const GONE_PROVIDER_STATE = 'deleted';

/** What the ledger keeps per VM. */
export interface KnownVm {
  state: VmObservation['state'];
  providerState: string;
  /** observedAt of the newest observation applied, epoch ms. */
  observedMs: number;
}
