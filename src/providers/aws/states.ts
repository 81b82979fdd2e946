// EC2 state names → model states. Each map covers every state the EC2 API documents, keeps the
// raw name as `providerState`, and sends a value AWS adds later to UNKNOWN (raw kept) rather than
// guessing. The `never` checks make the compiler fail here when the SDK's enums grow.
import {
  InstanceStateName,
  SnapshotState as Ec2SnapshotState,
  VolumeAttachmentState as Ec2AttachmentState,
  VolumeState as Ec2VolumeState,
} from '@aws-sdk/client-ec2';
import type { AttachmentState, SnapshotState, Mapped, VmState, VolumeState } from '../types.js';

export function vmStateOf(raw: string | undefined): Mapped<VmState> {
  const name = raw as InstanceStateName;
  const providerState = raw ?? '';
  switch (name) {
    case 'pending':
      return { state: 'PENDING', providerState };
    case 'running':
      return { state: 'RUNNING', providerState };
    case 'stopping':
      return { state: 'STOPPING', providerState };
    case 'stopped':
      return { state: 'STOPPED', providerState };
    case 'shutting-down':
      return { state: 'TERMINATING', providerState };
    case 'terminated':
      return { state: 'TERMINATED', providerState };
    default: {
      const unknown: never = name;
      void unknown;
      return { state: 'UNKNOWN', providerState };
    }
  }
}

export function volumeStateOf(raw: string | undefined): Mapped<VolumeState> {
  const name = raw as Ec2VolumeState;
  const providerState = raw ?? '';
  switch (name) {
    case 'creating':
      return { state: 'CREATING', providerState };
    case 'available':
      return { state: 'AVAILABLE', providerState };
    case 'in-use':
      return { state: 'IN_USE', providerState };
    case 'deleting':
      return { state: 'DELETING', providerState };
    case 'deleted':
      return { state: 'DELETED', providerState };
    case 'error':
      return { state: 'ERROR', providerState };
    default: {
      const unknown: never = name;
      void unknown;
      return { state: 'UNKNOWN', providerState };
    }
  }
}

/**
 * An EBS attachment's `status`. `busy`: the volume is still attached and in use by the instance
 * (a detach waits on it). The raw value is kept; null when EC2 reported none.
 */
export function attachmentStateOf(raw: string | undefined): { state: AttachmentState; providerState: string | null } {
  const name = raw as Ec2AttachmentState;
  const providerState = raw ?? null;
  switch (name) {
    case 'attaching':
      return { state: 'ATTACHING', providerState };
    case 'attached':
      return { state: 'ATTACHED', providerState };
    case 'detaching':
      return { state: 'DETACHING', providerState };
    case 'detached':
      return { state: 'DETACHED', providerState };
    case 'busy':
      return { state: 'BUSY', providerState };
    default: {
      const unknown: never = name;
      void unknown;
      return { state: 'UNKNOWN', providerState };
    }
  }
}

export function snapshotStateOf(raw: string | undefined): Mapped<SnapshotState> {
  const name = raw as Ec2SnapshotState;
  const providerState = raw ?? '';
  switch (name) {
    case 'pending':
      return { state: 'PENDING', providerState };
    case 'completed':
      return { state: 'COMPLETED', providerState };
    case 'error':
      return { state: 'ERROR', providerState };
    // In the Recycle Bin (recoverable) or being restored from it (recovering). The model has no
    // state for either, and neither is PENDING (being created) nor COMPLETED (usable): UNKNOWN,
    // with providerState telling the truth.
    case 'recoverable':
    case 'recovering':
      return { state: 'UNKNOWN', providerState };
    default: {
      const unknown: never = name;
      void unknown;
      return { state: 'UNKNOWN', providerState };
    }
  }
}

/** Every instance state name the EC2 SDK documents (its InstanceStateName enum). */
export const INSTANCE_STATE_NAMES: readonly InstanceStateName[] = Object.values(InstanceStateName);

/**
 * The EC2 `instance-state-name` values that map to any of `states` — for filter pushdown.
 * `null` when the set cannot be expressed as a filter (UNKNOWN covers names EC2 may add later).
 */
export function ec2StatesFor(states: readonly VmState[]): string[] | null {
  if (states.includes('UNKNOWN')) return null;
  return INSTANCE_STATE_NAMES.filter((name) => states.includes(vmStateOf(name).state));
}
