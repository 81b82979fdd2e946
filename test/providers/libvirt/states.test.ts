// Every libvirt domain state maps to a model state, refined by its reason, the raw state and
// reason kept in libvirt's own names.
import { describe, expect, it } from 'vitest';
import { domainStateOf } from '../../../src/providers/libvirt/states.js';

describe('domainStateOf', () => {
  it('maps the eight states', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((n) => domainStateOf(n, 0))).toEqual([
      { state: 'UNKNOWN', providerState: 'nostate' },
      { state: 'RUNNING', providerState: 'running' },
      { state: 'RUNNING', providerState: 'blocked' },
      { state: 'SUSPENDED', providerState: 'paused' },
      { state: 'STOPPING', providerState: 'shutdown' },
      { state: 'STOPPED', providerState: 'shutoff' },
      { state: 'ERROR', providerState: 'crashed' },
      { state: 'SUSPENDED', providerState: 'pmsuspended' },
    ]);
  });

  it('refines by reason, keeping it', () => {
    expect(domainStateOf(1, 1)).toEqual({ state: 'RUNNING', providerState: 'running/booted' });
    expect(domainStateOf(3, 1)).toEqual({ state: 'SUSPENDED', providerState: 'paused/user' });
    expect(domainStateOf(3, 5)).toEqual({ state: 'ERROR', providerState: 'paused/ioerror' });
    expect(domainStateOf(3, 6).state).toBe('ERROR');
    expect(domainStateOf(3, 11)).toEqual({ state: 'PENDING', providerState: 'paused/starting_up' });
    expect(domainStateOf(3, 8).state).toBe('STOPPING');
    expect(domainStateOf(5, 2)).toEqual({ state: 'STOPPED', providerState: 'shutoff/destroyed' });
    expect(domainStateOf(5, 5)).toEqual({ state: 'SUSPENDED', providerState: 'shutoff/saved' });
    expect(domainStateOf(5, 6)).toEqual({ state: 'ERROR', providerState: 'shutoff/failed' });
    expect(domainStateOf(6, 1)).toEqual({ state: 'ERROR', providerState: 'crashed/panicked' });
  });

  it('keeps what libvirt adds later as UNKNOWN, raw number kept', () => {
    expect(domainStateOf(8, 0)).toEqual({ state: 'UNKNOWN', providerState: 'state 8' });
    expect(domainStateOf(1, 42)).toEqual({ state: 'RUNNING', providerState: 'running/reason 42' });
    expect(domainStateOf(null, null)).toEqual({ state: 'UNKNOWN', providerState: '' });
  });
});
