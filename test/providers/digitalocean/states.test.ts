// Droplet statuses → model states: the four the API documents, by meaning, the raw value kept;
// anything new is UNKNOWN with its raw value.
import { describe, expect, it } from 'vitest';
import { dropletStateOf } from '../../../src/providers/digitalocean/states.js';

describe('droplet state map', () => {
  it('maps every documented status by meaning and keeps the raw value', () => {
    expect(dropletStateOf('new')).toEqual({ state: 'PENDING', providerState: 'new' });
    expect(dropletStateOf('active')).toEqual({ state: 'RUNNING', providerState: 'active' });
    expect(dropletStateOf('off')).toEqual({ state: 'STOPPED', providerState: 'off' });
    // Archived: not running and not simply startable again — not STOPPED.
    expect(dropletStateOf('archive')).toEqual({ state: 'TERMINATED', providerState: 'archive' });
  });

  it('sends a status DigitalOcean adds later to UNKNOWN, raw value kept', () => {
    expect(dropletStateOf('hibernating')).toEqual({ state: 'UNKNOWN', providerState: 'hibernating' });
    expect(dropletStateOf(undefined)).toEqual({ state: 'UNKNOWN', providerState: '' });
  });
});
