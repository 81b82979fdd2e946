// What an action does to a VM, told the way every event source tells it: the VM is read again
// and handed to the event recorder with source ACTION, so `vmStateChanged` subscribers and the
// cache see the change as soon as the action's own poll does. Volumes and snapshots have no
// events; their cached entries are dropped instead.
import { invalidateResources } from '../cache/invalidate.js';
import type { Cache } from '../cache/cache.js';
import { GONE_PROVIDER_STATE } from '../events/ledger/ledger.js';
import type { ObservationSink } from '../events/observation.js';
import { parseGlobalId, scopeKey } from '../providers/ids.js';
import type { ProviderRegistry } from '../providers/registry.js';
import type { ResourceKind } from '../providers/types.js';

export class ActionObserver {
  constructor(
    private readonly registry: ProviderRegistry,
    private readonly cache: Cache,
    /** The event recorder of this process; null where it runs no events (a storage-only replica). */
    private readonly sink: ObservationSink | null,
  ) {}

  /**
   * Reads each VM once and records what it is now (TERMINATED when it is gone). `final`: the action
   * has ended, so the VM's cached entries go too — a change that is not a state change (a new
   * type, a disk attached) makes no event to drop them.
   */
  async observeVms(vmIds: readonly string[], final: boolean): Promise<void> {
    for (const vmId of vmIds) {
      const id = parseGlobalId(vmId);
      const scope = this.registry.scopeOf(id);
      const [vm] = (await this.registry.adapter(id.provider)?.get('vm', scope, [id.nativeId])) ?? [];
      const observedAt = new Date();
      if (this.sink) {
        await this.sink.record([
          vm
            ? { vmId, state: vm.state, providerState: vm.providerState, observedAt, source: 'ACTION', vm }
            : { vmId, state: 'TERMINATED', providerState: GONE_PROVIDER_STATE, observedAt, source: 'ACTION' },
        ]);
      }
      if (final || !this.sink) await invalidateResources(this.cache, 'vm', scopeKey(scope), [vmId]);
    }
  }

  /** Drops the cached entries and listings of resources an action changed. */
  async forget(kind: ResourceKind, ids: readonly string[]): Promise<void> {
    for (const id of ids) await invalidateResources(this.cache, kind, scopeKey(this.registry.scopeOf(parseGlobalId(id))), [id]);
  }
}
