// The Azure state maps: every documented value, raw kept, nothing new guessed.
import { KnownDiskState, KnownSnapshotAccessState } from '@azure/arm-compute';
import { describe, expect, it } from 'vitest';
import { AZURE_POWER_STATES, attachmentStateOf, powerStateOf, snapshotStateOf, vmStateOf, volumeStateOf } from '../../../src/providers/azure/states.js';

const statuses = (...codes: string[]) => codes.map((code) => ({ code }));

describe('VM states', () => {
  it.each([
    [['ProvisioningState/succeeded', 'PowerState/running'], 'RUNNING', 'PowerState/running'],
    [['ProvisioningState/updating', 'PowerState/starting'], 'PENDING', 'PowerState/starting'],
    [['ProvisioningState/updating', 'PowerState/stopping'], 'STOPPING', 'PowerState/stopping'],
    [['ProvisioningState/succeeded', 'PowerState/stopped'], 'STOPPED', 'PowerState/stopped'],
    [['ProvisioningState/updating', 'PowerState/deallocating'], 'STOPPING', 'PowerState/deallocating'],
    [['ProvisioningState/succeeded', 'PowerState/deallocated'], 'STOPPED', 'PowerState/deallocated'],
    [['ProvisioningState/succeeded', 'PowerState/deallocated', 'HibernationState/Hibernated'], 'SUSPENDED', 'HibernationState/Hibernated'],
    [['ProvisioningState/succeeded', 'PowerState/unknown'], 'UNKNOWN', 'PowerState/unknown'],
    [['ProvisioningState/creating'], 'PENDING', 'ProvisioningState/creating'],
    [['ProvisioningState/creating', 'PowerState/starting'], 'PENDING', 'PowerState/starting'],
    [['ProvisioningState/deleting', 'PowerState/running'], 'TERMINATING', 'ProvisioningState/deleting'],
    [['ProvisioningState/failed/AllocationFailed', 'PowerState/running'], 'ERROR', 'ProvisioningState/failed/AllocationFailed'],
    [['ProvisioningState/migrating', 'PowerState/running'], 'RUNNING', 'PowerState/running'],
    [['ProvisioningState/succeeded', 'PowerState/levitating'], 'UNKNOWN', 'PowerState/levitating'],
    [['ProvisioningState/succeeded'], 'UNKNOWN', 'ProvisioningState/succeeded'],
    [[], 'UNKNOWN', ''],
  ] as const)('%j → %s', (codes, state, providerState) => {
    expect(vmStateOf(statuses(...codes))).toEqual({ state, providerState });
  });

  it('covers every documented power state', () => {
    expect([...AZURE_POWER_STATES].sort()).toEqual(['deallocated', 'deallocating', 'running', 'starting', 'stopped', 'stopping', 'unknown']);
    for (const p of AZURE_POWER_STATES) expect(powerStateOf(p)).not.toBeUndefined();
    expect(vmStateOf(undefined)).toEqual({ state: 'UNKNOWN', providerState: '' });
  });
});

describe('disk states', () => {
  it('maps every KnownDiskState, and a provisioning state that overrides', () => {
    const mapped = Object.fromEntries(Object.values(KnownDiskState).map((s) => [s, volumeStateOf(s).state]));
    expect(mapped).toEqual({
      Unattached: 'AVAILABLE',
      Attached: 'IN_USE',
      Reserved: 'IN_USE',
      Frozen: 'IN_USE',
      ActiveSAS: 'UNKNOWN',
      ActiveSASFrozen: 'IN_USE',
      ReadyToUpload: 'CREATING',
      ActiveUpload: 'CREATING',
    });
    expect(volumeStateOf('Unattached', 'Deleting')).toEqual({ state: 'DELETING', providerState: 'Deleting' });
    expect(volumeStateOf('Unattached', 'Failed').state).toBe('ERROR');
    expect(volumeStateOf(undefined, 'Creating').state).toBe('CREATING');
    expect(volumeStateOf('Melted', 'Succeeded')).toEqual({ state: 'UNKNOWN', providerState: 'Melted' });
  });
});

describe('attachment states', () => {
  it('maps every KnownDiskState of a disk a VM holds, keeping the raw value', () => {
    const mapped = Object.fromEntries(Object.values(KnownDiskState).map((s) => [s, attachmentStateOf(s)]));
    expect(mapped).toEqual({
      Attached: { state: 'ATTACHED', providerState: 'Attached' },
      Reserved: { state: 'ATTACHED', providerState: 'Reserved' },
      Frozen: { state: 'ATTACHED', providerState: 'Frozen' },
      ActiveSAS: { state: 'BUSY', providerState: 'ActiveSAS' },
      ActiveSASFrozen: { state: 'BUSY', providerState: 'ActiveSASFrozen' },
      Unattached: { state: 'DETACHED', providerState: 'Unattached' },
      ReadyToUpload: { state: 'UNKNOWN', providerState: 'ReadyToUpload' },
      ActiveUpload: { state: 'UNKNOWN', providerState: 'ActiveUpload' },
    });
    expect(attachmentStateOf('Melted')).toEqual({ state: 'UNKNOWN', providerState: 'Melted' });
    expect(attachmentStateOf(undefined)).toEqual({ state: 'UNKNOWN', providerState: null });
  });
});

describe('snapshot states', () => {
  it('maps every KnownSnapshotAccessState, and falls back to the provisioning state', () => {
    const mapped = Object.fromEntries(Object.values(KnownSnapshotAccessState).map((s) => [s, snapshotStateOf(s, 'Succeeded').state]));
    expect(mapped).toEqual({ Unknown: 'UNKNOWN', Pending: 'PENDING', Available: 'COMPLETED', InstantAccess: 'COMPLETED', AvailableWithInstantAccess: 'COMPLETED' });
    expect(snapshotStateOf('Available', 'Failed')).toEqual({ state: 'ERROR', providerState: 'Failed' });
    expect(snapshotStateOf(undefined, 'Succeeded')).toEqual({ state: 'COMPLETED', providerState: 'Succeeded' });
    expect(snapshotStateOf(undefined, 'Succeeded', 40).state).toBe('PENDING');
    expect(snapshotStateOf(undefined, 'Creating').state).toBe('PENDING');
    expect(snapshotStateOf('Thawing', 'Succeeded')).toEqual({ state: 'UNKNOWN', providerState: 'Thawing' });
  });
});
