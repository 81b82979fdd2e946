// Azure states → model states. Every map covers every value Azure documents, keeps the raw value
// as `providerState`, and sends a value Azure adds later to UNKNOWN (raw kept) rather than
// guessing; the `never` checks make the compiler fail here when a union below grows.
//
// A VM has no single state field: its instance view carries status codes — a provisioning state
// (`ProvisioningState/succeeded`, `…/failed/<reason>`), a power state (`PowerState/running`) and,
// for a hibernated VM, `HibernationState/Hibernated`. The power state says what the machine
// is doing; the provisioning state overrides it only when a delete is under way (TERMINATING) or
// the last operation failed (ERROR, as the portal shows such a VM "Failed").
import { KnownDiskState, KnownSnapshotAccessState } from '@azure/arm-compute';
import type { AttachmentState, Mapped, SnapshotState, VmState, VolumeState } from '../types.js';

/** The power states of `PowerState/<state>` instance-view codes. */
export const AZURE_POWER_STATES = ['starting', 'running', 'stopping', 'stopped', 'deallocating', 'deallocated', 'unknown'] as const;
export type AzurePowerState = (typeof AZURE_POWER_STATES)[number];

/** The provisioning states of `ProvisioningState/<state>` codes (failed ones carry a reason after a slash). */
export const AZURE_PROVISIONING_STATES = ['creating', 'updating', 'succeeded', 'failed', 'deleting', 'migrating', 'canceled'] as const;
export type AzureProvisioningState = (typeof AZURE_PROVISIONING_STATES)[number];

interface StatusLike {
  code?: string;
}

/** The power state alone (no provisioning override): what each `PowerState/…` code means. */
export function powerStateOf(power: string): VmState {
  const name = power as AzurePowerState;
  switch (name) {
    case 'starting':
      return 'PENDING';
    case 'running':
      return 'RUNNING';
    case 'stopping':
      return 'STOPPING';
    // Still allocated (and billed): powered off.
    case 'stopped':
      return 'STOPPED';
    // Stopping and releasing the hardware: on its way to STOPPED.
    case 'deallocating':
      return 'STOPPING';
    // Powered off and released; a hibernated VM is deallocated too, but is caught before this.
    case 'deallocated':
      return 'STOPPED';
    case 'unknown':
      return 'UNKNOWN';
    default: {
      const unknown: never = name;
      void unknown;
      return 'UNKNOWN';
    }
  }
}

/** The VM state from its instance-view statuses (`listAll({ statusOnly: "true" })`). */
export function vmStateOf(statuses: readonly StatusLike[] | undefined): Mapped<VmState> {
  const codes = (statuses ?? []).flatMap((s) => (s.code ? [s.code] : []));
  const find = (prefix: string) => codes.find((c) => c.toLowerCase().startsWith(`${prefix.toLowerCase()}/`));
  const provisioningCode = find('ProvisioningState');
  const powerCode = find('PowerState');
  const hibernationCode = find('HibernationState');
  const provisioning = provisioningCode?.split('/')[1]?.toLowerCase();

  if (provisioning !== undefined) {
    const name = provisioning as AzureProvisioningState;
    switch (name) {
      case 'deleting':
        return { state: 'TERMINATING', providerState: provisioningCode! };
      case 'failed':
        return { state: 'ERROR', providerState: provisioningCode! };
      // No override: the power state tells. A VM being created has none yet.
      case 'creating':
        if (!powerCode) return { state: 'PENDING', providerState: provisioningCode! };
        break;
      case 'updating':
      case 'succeeded':
      case 'migrating':
      case 'canceled':
        break;
      default: {
        const unknown: never = name;
        void unknown;
      }
    }
  }
  if (powerCode) {
    const power = powerCode.slice('PowerState/'.length).toLowerCase();
    if (power === 'deallocated' && hibernationCode?.toLowerCase() === 'hibernationstate/hibernated') {
      // Hibernation: memory saved to the OS disk, hardware released — suspended, not stopped.
      return { state: 'SUSPENDED', providerState: hibernationCode };
    }
    return { state: powerStateOf(power), providerState: powerCode };
  }
  return { state: 'UNKNOWN', providerState: provisioningCode ?? codes.join(' ') };
}

/**
 * Disk states (KnownDiskState). The disk's provisioning state overrides them while it is being
 * created or deleted, or when that failed.
 */
export function volumeStateOf(diskState: string | undefined, provisioningState?: string): Mapped<VolumeState> {
  const provisioning = provisioningState?.toLowerCase();
  if (provisioning === 'creating') return { state: 'CREATING', providerState: provisioningState! };
  if (provisioning === 'deleting') return { state: 'DELETING', providerState: provisioningState! };
  if (provisioning === 'failed') return { state: 'ERROR', providerState: provisioningState! };
  const name = diskState as `${KnownDiskState}`;
  const providerState = diskState ?? '';
  switch (name) {
    case 'Unattached':
      return { state: 'AVAILABLE', providerState };
    // Attached to a VM, whether it runs (Attached), is deallocated (Reserved) or hibernated (Frozen).
    case 'Attached':
    case 'Reserved':
    case 'Frozen':
    case 'ActiveSASFrozen':
      return { state: 'IN_USE', providerState };
    // Exported through a SAS URI: neither attachable (AVAILABLE) nor attached (IN_USE).
    case 'ActiveSAS':
      return { state: 'UNKNOWN', providerState };
    // Created empty for an upload, waiting for or receiving its content: still being created.
    case 'ReadyToUpload':
    case 'ActiveUpload':
      return { state: 'CREATING', providerState };
    default: {
      const unknown: never = name;
      void unknown;
      return { state: 'UNKNOWN', providerState };
    }
  }
}

/**
 * Where a disk's attachment to the VM it names (`managedBy`) is, from the disk's state; the raw
 * state is kept (null when the disk reports none). Attached to a running VM, a deallocated one
 * (Reserved) or a hibernated one (Frozen): attached all the same. Exported through a SAS URI while
 * attached (ActiveSAS under a deallocated VM, ActiveSASFrozen under a hibernated one): attached
 * but held — the VM cannot start until the export ends — so BUSY. Unattached while a VM is still
 * named: the detach has completed. The upload states belong to disks no VM holds.
 */
export function attachmentStateOf(diskState: string | undefined): { state: AttachmentState; providerState: string | null } {
  const providerState = diskState ?? null;
  const name = diskState as `${KnownDiskState}`;
  switch (name) {
    case 'Attached':
    case 'Reserved':
    case 'Frozen':
      return { state: 'ATTACHED', providerState };
    case 'ActiveSAS':
    case 'ActiveSASFrozen':
      return { state: 'BUSY', providerState };
    case 'Unattached':
      return { state: 'DETACHED', providerState };
    case 'ReadyToUpload':
    case 'ActiveUpload':
      return { state: 'UNKNOWN', providerState };
    default: {
      const unknown: never = name;
      void unknown;
      return { state: 'UNKNOWN', providerState };
    }
  }
}

/**
 * Snapshot states: the access state (KnownSnapshotAccessState) when Azure reports it, else the
 * provisioning state; a failed provisioning state always wins.
 */
export function snapshotStateOf(accessState: string | undefined, provisioningState?: string, completionPercent?: number): Mapped<SnapshotState> {
  const provisioning = provisioningState?.toLowerCase();
  if (provisioning === 'failed') return { state: 'ERROR', providerState: provisioningState! };
  if (accessState === undefined) {
    if (provisioning === 'succeeded') {
      return { state: completionPercent !== undefined && completionPercent < 100 ? 'PENDING' : 'COMPLETED', providerState: provisioningState! };
    }
    if (provisioning === 'creating') return { state: 'PENDING', providerState: provisioningState! };
    return { state: 'UNKNOWN', providerState: provisioningState ?? '' };
  }
  const name = accessState as `${KnownSnapshotAccessState}`;
  switch (name) {
    // Not yet usable for restore, copy or download.
    case 'Pending':
      return { state: 'PENDING', providerState: accessState };
    // Taken and usable: fully (Available), or for fast restores while the copy to standard
    // storage completes (InstantAccess) — the snapshot itself is complete in both.
    case 'Available':
    case 'InstantAccess':
    case 'AvailableWithInstantAccess':
      return { state: 'COMPLETED', providerState: accessState };
    case 'Unknown':
      return { state: 'UNKNOWN', providerState: accessState };
    default: {
      const unknown: never = name;
      void unknown;
      return { state: 'UNKNOWN', providerState: accessState };
    }
  }
}

/** Every documented disk and snapshot-access state (from the SDK's enums). */
export const AZURE_DISK_STATES: readonly string[] = Object.values(KnownDiskState);
export const AZURE_SNAPSHOT_ACCESS_STATES: readonly string[] = Object.values(KnownSnapshotAccessState);
