// Every guest state Proxmox VE documents maps to a model state, the raw value kept.
import { describe, expect, it } from 'vitest';
import { guestStateOf, type QmpStatus } from '../../../src/providers/proxmox/states.js';

const RUN_STATES: Record<QmpStatus, string> = {
  running: 'RUNNING',
  colo: 'RUNNING',
  postmigrate: 'RUNNING',
  'finish-migrate': 'RUNNING',
  paused: 'SUSPENDED',
  suspended: 'SUSPENDED',
  debug: 'SUSPENDED',
  prelaunch: 'PENDING',
  inmigrate: 'PENDING',
  'restore-vm': 'PENDING',
  'save-vm': 'STOPPING',
  shutdown: 'STOPPING',
  'io-error': 'ERROR',
  'internal-error': 'ERROR',
  'guest-panicked': 'ERROR',
  watchdog: 'ERROR',
};

describe('guestStateOf', () => {
  it("maps every QEMU run state of a running VM, keeping qmpstatus as the raw value", () => {
    for (const [qmpstatus, state] of Object.entries(RUN_STATES)) expect(guestStateOf({ status: 'running', qmpstatus })).toEqual({ state, providerState: qmpstatus });
  });

  it('maps the process statuses, locks and HA states', () => {
    expect(guestStateOf({ status: 'running' })).toEqual({ state: 'RUNNING', providerState: 'running' });
    expect(guestStateOf({ status: 'stopped' })).toEqual({ state: 'STOPPED', providerState: 'stopped' });
    expect(guestStateOf({ status: 'unknown' })).toEqual({ state: 'UNKNOWN', providerState: 'unknown' });
    expect(guestStateOf({ status: 'stopped', qmpstatus: 'stopped', lock: 'suspended' })).toEqual({ state: 'SUSPENDED', providerState: 'stopped' });
    expect(guestStateOf({ status: 'stopped', lock: 'create' }).state).toBe('PENDING');
    expect(guestStateOf({ status: 'running', qmpstatus: 'running', lock: 'suspending' }).state).toBe('STOPPING');
    expect(guestStateOf({ status: 'running', qmpstatus: 'running', hastate: 'error' })).toEqual({ state: 'ERROR', providerState: 'running' });
    // Proxmox copies the status into qmpstatus when QEMU is not running: a status read a moment earlier is stale.
    expect(guestStateOf({ status: 'running', qmpstatus: 'stopped' })).toEqual({ state: 'STOPPED', providerState: 'stopped' });
  });

  it('maps a value Proxmox adds later to UNKNOWN, raw value kept', () => {
    expect(guestStateOf({ status: 'running', qmpstatus: 'hibernating' })).toEqual({ state: 'UNKNOWN', providerState: 'hibernating' });
    expect(guestStateOf({ status: 'migrating' })).toEqual({ state: 'UNKNOWN', providerState: 'migrating' });
  });
});
