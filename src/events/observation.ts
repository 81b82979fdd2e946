// What an event source saw: one VM in one state at one time. Pollers, push receivers and
// FleetGraph's own actions all hand observations to one sink (the recorder), which decides
// whether each is a change (and publishes one event) or something already known (dropped) —
// that is how a change seen by both a push and a poll becomes one event.
import type { VirtualMachine, VmState } from '../providers/types.js';
import type { VmEventSource } from './vm-event.js';

export interface VmObservation {
  /** Canonical global VM id (providers/ids.ts globalId); it names provider, account and region. */
  vmId: string;
  state: VmState;
  /** The provider's raw state, unchanged (the same spelling the adapter's listing reports). */
  providerState: string;
  /** When the cloud was in this state: a push's event time, or when a poll's listing started. */
  observedAt: Date;
  source: VmEventSource;
  /** The whole normalised VM when the source has it (polls do): the cache is updated with it. */
  vm?: VirtualMachine;
}

export interface ObservationSink {
  /**
   * Records observations; resolves once every resulting event is on the bus (so a push receiver
   * may acknowledge), rejects when the bus cannot be written (the receiver answers 5xx and the
   * cloud retries). Observations older than what is already known for a VM are ignored.
   */
  record(observations: readonly VmObservation[]): Promise<void>;
}
