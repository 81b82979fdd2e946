import { InstanceStateName, SnapshotState, VolumeAttachmentState, VolumeState } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { INSTANCE_STATE_NAMES, attachmentStateOf, ec2StatesFor, snapshotStateOf, vmStateOf, volumeStateOf } from '../../../src/providers/aws/states.js';

describe('EC2 instance states', () => {
  it('maps every documented state to its own model state and keeps the raw name', () => {
    const mapped = Object.fromEntries(INSTANCE_STATE_NAMES.map((s) => [s, vmStateOf(s)]));
    expect(mapped).toEqual({
      pending: { state: 'PENDING', providerState: 'pending' },
      running: { state: 'RUNNING', providerState: 'running' },
      'shutting-down': { state: 'TERMINATING', providerState: 'shutting-down' },
      terminated: { state: 'TERMINATED', providerState: 'terminated' },
      stopping: { state: 'STOPPING', providerState: 'stopping' },
      stopped: { state: 'STOPPED', providerState: 'stopped' },
    });
    expect(INSTANCE_STATE_NAMES).toHaveLength(Object.keys(InstanceStateName).length);
  });

  it('sends a state AWS adds later to UNKNOWN, raw kept', () => {
    expect(vmStateOf('hibernating')).toEqual({ state: 'UNKNOWN', providerState: 'hibernating' });
    expect(vmStateOf(undefined)).toEqual({ state: 'UNKNOWN', providerState: '' });
  });

  it('turns model states back into every EC2 name they cover', () => {
    expect(ec2StatesFor(['RUNNING'])).toEqual(['running']);
    expect(ec2StatesFor(['TERMINATING', 'STOPPED'])?.sort()).toEqual(['shutting-down', 'stopped']);
    expect(ec2StatesFor(['SUSPENDED', 'REBOOTING'])).toEqual([]);
    expect(ec2StatesFor(['RUNNING', 'UNKNOWN'])).toBeNull();
  });
});

describe('EBS volume and snapshot states', () => {
  it('maps every volume state', () => {
    expect(Object.values(VolumeState).map((s) => [s, volumeStateOf(s).state])).toEqual(
      expect.arrayContaining([
        ['creating', 'CREATING'],
        ['available', 'AVAILABLE'],
        ['in-use', 'IN_USE'],
        ['deleting', 'DELETING'],
        ['deleted', 'DELETED'],
        ['error', 'ERROR'],
      ]),
    );
    expect(Object.values(VolumeState)).toHaveLength(6);
    expect(volumeStateOf('optimizing')).toEqual({ state: 'UNKNOWN', providerState: 'optimizing' });
  });

  it('maps every snapshot state; Recycle Bin states are not passed off as pending or completed', () => {
    const mapped = Object.fromEntries(Object.values(SnapshotState).map((s) => [s, snapshotStateOf(s)]));
    expect(mapped).toEqual({
      pending: { state: 'PENDING', providerState: 'pending' },
      completed: { state: 'COMPLETED', providerState: 'completed' },
      error: { state: 'ERROR', providerState: 'error' },
      recoverable: { state: 'UNKNOWN', providerState: 'recoverable' },
      recovering: { state: 'UNKNOWN', providerState: 'recovering' },
    });
    expect(snapshotStateOf('archiving').state).toBe('UNKNOWN');
  });
});

describe('EBS attachment states', () => {
  it('maps every status the SDK documents to its own model state, raw kept', () => {
    expect(Object.fromEntries(Object.values(VolumeAttachmentState).map((s) => [s, attachmentStateOf(s)]))).toEqual({
      attaching: { state: 'ATTACHING', providerState: 'attaching' },
      attached: { state: 'ATTACHED', providerState: 'attached' },
      detaching: { state: 'DETACHING', providerState: 'detaching' },
      detached: { state: 'DETACHED', providerState: 'detached' },
      busy: { state: 'BUSY', providerState: 'busy' },
    });
  });

  it('sends a status AWS adds later to UNKNOWN, raw kept; none reported is null', () => {
    expect(attachmentStateOf('recovering')).toEqual({ state: 'UNKNOWN', providerState: 'recovering' });
    expect(attachmentStateOf(undefined)).toEqual({ state: 'UNKNOWN', providerState: null });
  });
});
