// Task status → model state. A container is metadata; what runs is its task, whose status is one
// of six (containerd.v1.types.Status). A container with no task is defined but not running:
// STOPPED, raw value `no task`. PAUSING is the freezer at work: like GCP's SUSPENDING, neither
// suspended yet nor stopping, so UNKNOWN with the raw value kept. The `never` check makes the
// compiler fail here when the list grows.
import type { Mapped, VmState } from '../types.js';
import type { TaskStatus } from './wire.js';

export const NO_TASK = 'no task';

export function taskStateOf(status: TaskStatus | undefined | null): Mapped<VmState> {
  if (status === undefined || status === null) return { state: 'STOPPED', providerState: NO_TASK };
  switch (status) {
    case 'CREATED':
      return { state: 'PENDING', providerState: status };
    case 'RUNNING':
      return { state: 'RUNNING', providerState: status };
    case 'STOPPED':
      return { state: 'STOPPED', providerState: status };
    case 'PAUSED':
      return { state: 'SUSPENDED', providerState: status };
    case 'PAUSING':
    case 'UNKNOWN':
      return { state: 'UNKNOWN', providerState: status };
    default: {
      const unknown: never = status;
      return { state: 'UNKNOWN', providerState: String(unknown) };
    }
  }
}
