// The one sink every event source writes to: observations are grouped by the scope their VM is
// listed in and applied to the change ledger, which publishes what changed.
import { parseGlobalId, scopeKey } from '../providers/ids.js';
import type { ProviderRegistry } from '../providers/registry.js';
import { ALL_REGIONS, type ProviderName, type Scope, type VirtualMachine } from '../providers/types.js';
import { vmEventsPublished } from '../telemetry/metrics.js';
import type { ChangeLedger, LedgerBatch } from './ledger/ledger.js';
import type { ObservationSink, VmObservation } from './observation.js';
import type { VmEvent } from './vm-event.js';

export class EventRecorder implements ObservationSink {
  constructor(
    private readonly ledger: ChangeLedger,
    private readonly registry: ProviderRegistry,
  ) {}

  async record(observations: readonly VmObservation[]): Promise<void> {
    const byScope = new Map<string, VmObservation[]>();
    for (const observation of observations) {
      const key = scopeKey(this.registry.scopeOf(parseGlobalId(observation.vmId)));
      byScope.set(key, [...(byScope.get(key) ?? []), observation]);
    }
    await Promise.all([...byScope].map(([scope, batch]) => this.apply({ scope, observations: batch })));
  }

  /** A VM's global id from what the polls learnt, for pushes that do not say where it is (Azure deletes). */
  async vmIdOf(provider: ProviderName, account: string, nativeId: string): Promise<string | undefined> {
    const scope = this.registry.scopeOf({ provider, account, region: ALL_REGIONS });
    return this.ledger.vmIdOf(scopeKey(scope), nativeId);
  }

  /** A whole listing of `scope` that started at `startedAt`: VMs missing from it are gone. */
  async recordListing(scope: Scope, vms: readonly VirtualMachine[], startedAt: Date): Promise<VmEvent[]> {
    const observations = vms.map((vm): VmObservation => ({ vmId: vm.id, state: vm.state, providerState: vm.providerState, observedAt: startedAt, source: 'POLL', vm }));
    return this.apply({ scope: scopeKey(scope), observations, completeAt: startedAt });
  }

  private async apply(batch: LedgerBatch): Promise<VmEvent[]> {
    const events = await this.ledger.apply(batch);
    for (const event of events) vmEventsPublished.inc({ source: event.source });
    return events;
  }
}
