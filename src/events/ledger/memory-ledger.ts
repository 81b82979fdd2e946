// The ledger of a single process with no Redis: a map per scope, the in-memory bus and cache.
// Batches are applied one at a time, so events of one VM reach the bus in order.
import type { Cache } from '../../cache/cache.js';
import { invalidateResources } from '../../cache/invalidate.js';
import { parseGlobalId } from '../../providers/ids.js';
import type { EventBus } from '../bus.js';
import type { VmObservation } from '../observation.js';
import type { NewVmEvent, VmEvent } from '../vm-event.js';
import { findByNativeId, GONE_PROVIDER_STATE, type ChangeLedger, type KnownVm, type LedgerBatch } from './ledger.js';

interface ScopeLedger {
  seeded: boolean;
  vms: Map<string, KnownVm>;
}

export class MemoryChangeLedger implements ChangeLedger {
  private readonly scopes = new Map<string, ScopeLedger>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly bus: EventBus,
    private readonly cache: Cache,
  ) {}

  apply(batch: LedgerBatch): Promise<VmEvent[]> {
    const run = this.queue.then(() => this.applyNow(batch));
    this.queue = run.catch(() => {});
    return run;
  }

  async vmIdOf(scope: string, nativeId: string): Promise<string | undefined> {
    return findByNativeId(this.scopes.get(scope)?.vms.keys() ?? [], nativeId);
  }

  async close(): Promise<void> {
    this.scopes.clear();
  }

  private async applyNow(batch: LedgerBatch): Promise<VmEvent[]> {
    const changes = diff(this.scope(batch.scope), batch);
    if (changes.length === 0) return [];
    await invalidateResources(this.cache, 'vm', batch.scope, changes.map((change) => change.vmId));
    const events: VmEvent[] = [];
    for (const change of changes) events.push(await this.bus.publish(change));
    return events;
  }

  private scope(key: string): ScopeLedger {
    let scope = this.scopes.get(key);
    if (!scope) {
      scope = { seeded: false, vms: new Map() };
      this.scopes.set(key, scope);
    }
    return scope;
  }
}

/** Updates `ledger` with the batch and returns the changes, in order. Mirrors redis-ledger.lua. */
function diff(ledger: ScopeLedger, batch: LedgerBatch): NewVmEvent[] {
  const changes: NewVmEvent[] = [];
  const seen = new Set<string>();
  for (const observation of batch.observations) {
    seen.add(observation.vmId);
    const known = ledger.vms.get(observation.vmId);
    const observedMs = observation.observedAt.getTime();
    if (known && observedMs < known.observedMs) continue;
    ledger.vms.set(observation.vmId, { state: observation.state, providerState: observation.providerState, observedMs });
    if (known && known.state === observation.state && known.providerState === observation.providerState) continue;
    if (known || ledger.seeded || !batch.completeAt) changes.push(eventOf(observation, known));
  }
  if (batch.completeAt) {
    const completeMs = batch.completeAt.getTime();
    for (const [vmId, known] of ledger.vms) {
      if (seen.has(vmId) || known.observedMs >= completeMs) continue;
      ledger.vms.delete(vmId);
      if (known.state === 'TERMINATED') continue;
      const gone: VmObservation = { vmId, state: 'TERMINATED', providerState: GONE_PROVIDER_STATE, observedAt: batch.completeAt, source: 'POLL' };
      changes.push(eventOf(gone, known));
    }
    ledger.seeded = true;
  }
  return changes;
}

function eventOf(observation: VmObservation, known: KnownVm | undefined): NewVmEvent {
  const { provider, account, region } = parseGlobalId(observation.vmId);
  return {
    at: observation.observedAt,
    vmId: observation.vmId,
    provider,
    account,
    region,
    previousState: known?.state ?? null,
    newState: observation.state,
    previousProviderState: known?.providerState ?? null,
    newProviderState: observation.providerState,
    source: observation.source,
  };
}
