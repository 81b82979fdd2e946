// Compute Engine statuses → model states, by meaning rather than by name. Each map covers every
// value the SDK's enums document (UNDEFINED_STATUS aside), keeps the raw value as
// `providerState`, and sends a value Google adds later to UNKNOWN (raw kept). The `never` checks
// make the compiler fail here when the SDK's enums grow. Instance statuses are those of v1 and
// v1beta together: PENDING_STOP (a graceful shutdown under way) is in the installed SDK's v1beta
// enum only, yet the v1 API returns it for instances with graceful shutdown enabled.
import type { protos } from '@google-cloud/compute';
import type { Mapped, SnapshotState, VmState, VolumeState } from '../types.js';

type Defined<E extends string> = Exclude<E, 'UNDEFINED_STATUS'>;
export type GceInstanceStatus = Defined<keyof typeof protos.google.cloud.compute.v1.Instance.Status | keyof typeof protos.google.cloud.compute.v1beta.Instance.Status>;
export type GceDiskStatus = Defined<keyof typeof protos.google.cloud.compute.v1.Disk.Status>;
export type GceSnapshotStatus = Defined<keyof typeof protos.google.cloud.compute.v1.Snapshot.Status>;

export function vmStateOf(raw: string | null | undefined): Mapped<VmState> {
  const status = (raw ?? '') as GceInstanceStatus;
  const providerState = raw ?? '';
  switch (status) {
    // Resources are being allocated; all resources allocated and the VM is booting; a Flex-start
    // VM waiting for capacity. All are "not running yet, on its way".
    case 'PROVISIONING':
    case 'STAGING':
    case 'PENDING':
      return { state: 'PENDING', providerState };
    case 'RUNNING':
      return { state: 'RUNNING', providerState };
    // PENDING_STOP is the graceful-shutdown window of a stop (asked for, or scheduled): the guest
    // still runs its shutdown, then the instance goes through STOPPING. STOPPING covers both a
    // stop and a delete in progress; DEPROVISIONING is the tear-down that follows (network
    // deprogramming, releasing IPs and quota) before TERMINATED or deletion. All are "leaving the
    // running state, not yet at rest".
    case 'PENDING_STOP':
    case 'STOPPING':
    case 'DEPROVISIONING':
      return { state: 'STOPPING', providerState };
    // TERMINATED is GCP's stopped state: the instance still exists with its disks and can be
    // started again. It is not the model's TERMINATED (gone for good).
    case 'TERMINATED':
    case 'STOPPED':
      return { state: 'STOPPED', providerState };
    case 'SUSPENDED':
      return { state: 'SUSPENDED', providerState };
    // On its way to SUSPENDED (memory kept). The model has no SUSPENDING, and suspending is not
    // stopping (the model keeps SUSPENDED apart from STOPPED): UNKNOWN, raw value kept.
    case 'SUSPENDING':
      return { state: 'UNKNOWN', providerState };
    // The VM is unusable because its host or the VM hit an internal error, and Compute Engine is
    // recovering it: the model's ERROR.
    case 'REPAIRING':
      return { state: 'ERROR', providerState };
    default: {
      const unknown: never = status;
      void unknown;
      return { state: 'UNKNOWN', providerState };
    }
  }
}

/** `inUse`: the disk has users (attached instances); READY splits into IN_USE and AVAILABLE on it. */
export function volumeStateOf(raw: string | null | undefined, inUse: boolean): Mapped<VolumeState> {
  const status = (raw ?? '') as GceDiskStatus;
  const providerState = raw ?? '';
  switch (status) {
    // Being provisioned, or being filled from its source image or snapshot: still being created.
    case 'CREATING':
    case 'RESTORING':
      return { state: 'CREATING', providerState };
    case 'READY':
      return { state: inUse ? 'IN_USE' : 'AVAILABLE', providerState };
    case 'DELETING':
      return { state: 'DELETING', providerState };
    // Creation failed; or the disk cannot be accessed, attached or detached.
    case 'FAILED':
    case 'UNAVAILABLE':
      return { state: 'ERROR', providerState };
    default: {
      const unknown: never = status;
      void unknown;
      return { state: 'UNKNOWN', providerState };
    }
  }
}

export function snapshotStateOf(raw: string | null | undefined): Mapped<SnapshotState> {
  const status = (raw ?? '') as GceSnapshotStatus;
  const providerState = raw ?? '';
  switch (status) {
    // Being created, or its data being uploaded: not usable yet.
    case 'CREATING':
    case 'UPLOADING':
      return { state: 'PENDING', providerState };
    case 'READY':
      return { state: 'COMPLETED', providerState };
    case 'FAILED':
      return { state: 'ERROR', providerState };
    // Being deleted: neither pending, completed nor failed, and the model has no DELETING for
    // snapshots: UNKNOWN, raw value kept.
    case 'DELETING':
      return { state: 'UNKNOWN', providerState };
    default: {
      const unknown: never = status;
      void unknown;
      return { state: 'UNKNOWN', providerState };
    }
  }
}

/** Every instance status the SDK documents (a Record, so that a new enum value fails to compile here). */
const INSTANCE_STATUS_SET: Record<GceInstanceStatus, true> = {
  PROVISIONING: true,
  STAGING: true,
  PENDING: true,
  RUNNING: true,
  PENDING_STOP: true,
  STOPPING: true,
  DEPROVISIONING: true,
  TERMINATED: true,
  STOPPED: true,
  SUSPENDING: true,
  SUSPENDED: true,
  REPAIRING: true,
};
export const GCE_INSTANCE_STATUSES = Object.keys(INSTANCE_STATUS_SET) as GceInstanceStatus[];

const DISK_STATUS_SET: Record<GceDiskStatus, true> = { CREATING: true, RESTORING: true, READY: true, DELETING: true, FAILED: true, UNAVAILABLE: true };
export const GCE_DISK_STATUSES = Object.keys(DISK_STATUS_SET) as GceDiskStatus[];

const SNAPSHOT_STATUS_SET: Record<GceSnapshotStatus, true> = { CREATING: true, UPLOADING: true, READY: true, FAILED: true, DELETING: true };
export const GCE_SNAPSHOT_STATUSES = Object.keys(SNAPSHOT_STATUS_SET) as GceSnapshotStatus[];

/**
 * The instance statuses that map to any of `states` — for filter pushdown. `null` when the set
 * cannot be expressed as a filter (UNKNOWN covers statuses Google may add later).
 */
export function gceStatusesFor(states: readonly VmState[]): GceInstanceStatus[] | null {
  if (states.includes('UNKNOWN')) return null;
  return GCE_INSTANCE_STATUSES.filter((status) => states.includes(vmStateOf(status).state));
}
