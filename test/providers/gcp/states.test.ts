// Compute Engine statuses → model states: every value the SDK's enums document, by meaning, the
// raw value kept; and every status of the fleet through the real adapter.
import { protos } from '@google-cloud/compute';
import { describe, expect, it } from 'vitest';
import { createFleet } from '../../../emulators/fleet.js';
import { startGcpEmulator } from '../../../emulators/gcp/index.js';
import {
  GCE_DISK_STATUSES,
  GCE_INSTANCE_STATUSES,
  GCE_SNAPSHOT_STATUSES,
  gceStatusesFor,
  snapshotStateOf,
  vmStateOf,
  volumeStateOf,
} from '../../../src/providers/gcp/states.js';
import { PROD, adapterFor, scopeOf } from './support.js';

const enumNames = (e: object) => Object.keys(e).filter((k) => Number.isNaN(Number(k)) && k !== 'UNDEFINED_STATUS').sort();

describe('state maps', () => {
  it('cover exactly the statuses the installed SDK documents (instances: v1 and v1beta, for PENDING_STOP)', () => {
    const v1 = protos.google.cloud.compute.v1;
    const instanceStatuses = [...new Set([...enumNames(v1.Instance.Status), ...enumNames(protos.google.cloud.compute.v1beta.Instance.Status)])].sort();
    expect(instanceStatuses).toContain('PENDING_STOP');
    expect([...GCE_INSTANCE_STATUSES].sort()).toEqual(instanceStatuses);
    expect([...GCE_DISK_STATUSES].sort()).toEqual(enumNames(v1.Disk.Status));
    expect([...GCE_SNAPSHOT_STATUSES].sort()).toEqual(enumNames(v1.Snapshot.Status));
  });

  it('maps instance statuses by meaning (TERMINATED is stopped, not gone)', () => {
    const table = Object.fromEntries(GCE_INSTANCE_STATUSES.map((s) => [s, vmStateOf(s).state]));
    expect(table).toEqual({
      PROVISIONING: 'PENDING',
      STAGING: 'PENDING',
      PENDING: 'PENDING',
      RUNNING: 'RUNNING',
      PENDING_STOP: 'STOPPING',
      STOPPING: 'STOPPING',
      DEPROVISIONING: 'STOPPING',
      TERMINATED: 'STOPPED',
      STOPPED: 'STOPPED',
      SUSPENDING: 'UNKNOWN',
      SUSPENDED: 'SUSPENDED',
      REPAIRING: 'ERROR',
    });
    for (const s of GCE_INSTANCE_STATUSES) expect(vmStateOf(s).providerState).toBe(s);
    expect(vmStateOf('SOMETHING_NEW')).toEqual({ state: 'UNKNOWN', providerState: 'SOMETHING_NEW' });
    expect(vmStateOf(undefined)).toEqual({ state: 'UNKNOWN', providerState: '' });
  });

  it('maps disk statuses, READY by whether the disk has users', () => {
    expect(Object.fromEntries(GCE_DISK_STATUSES.map((s) => [s, volumeStateOf(s, false).state]))).toEqual({
      CREATING: 'CREATING',
      RESTORING: 'CREATING',
      READY: 'AVAILABLE',
      DELETING: 'DELETING',
      FAILED: 'ERROR',
      UNAVAILABLE: 'ERROR',
    });
    expect(volumeStateOf('READY', true)).toEqual({ state: 'IN_USE', providerState: 'READY' });
    expect(volumeStateOf('NEW_ONE', true)).toEqual({ state: 'UNKNOWN', providerState: 'NEW_ONE' });
  });

  it('maps snapshot statuses', () => {
    expect(Object.fromEntries(GCE_SNAPSHOT_STATUSES.map((s) => [s, snapshotStateOf(s).state]))).toEqual({
      CREATING: 'PENDING',
      UPLOADING: 'PENDING',
      READY: 'COMPLETED',
      FAILED: 'ERROR',
      DELETING: 'UNKNOWN',
    });
  });

  it('turns model states into the statuses to push down (none for UNKNOWN)', () => {
    expect(gceStatusesFor(['PENDING'])!.sort()).toEqual(['PENDING', 'PROVISIONING', 'STAGING']);
    expect(gceStatusesFor(['STOPPED', 'SUSPENDED'])!.sort()).toEqual(['STOPPED', 'SUSPENDED', 'TERMINATED']);
    expect(gceStatusesFor(['TERMINATED'])).toEqual([]);
    expect(gceStatusesFor(['RUNNING', 'UNKNOWN'])).toBeNull();
  });
});

describe('every Compute Engine status through the adapter', () => {
  it('maps each and keeps the raw value', async () => {
    const fleet = createFleet({ seed: 11, vmsPerScope: 30 });
    const emulator = await startGcpEmulator({ fleet });
    const adapter = adapterFor(emulator, fleet);
    try {
      const vms = await adapter.list('vm', scopeOf(PROD));
      expect(new Set(vms.map((v) => v.providerState))).toEqual(new Set(GCE_INSTANCE_STATUSES));
      for (const vm of vms) expect(vm.state).toBe(vmStateOf(vm.providerState).state);
      const volumes = await adapter.list('volume', scopeOf(PROD));
      expect(new Set(volumes.map((v) => v.providerState))).toEqual(new Set(GCE_DISK_STATUSES));
      const snapshots = await adapter.list('snapshot', scopeOf(PROD));
      expect(new Set(snapshots.map((s) => s.providerState))).toEqual(new Set(GCE_SNAPSHOT_STATUSES));
      for (const s of snapshots) expect(s.state).toBe(snapshotStateOf(s.providerState).state);
    } finally {
      await adapter.close();
      await emulator.close();
    }
  });
});
