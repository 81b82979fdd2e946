import { describe, expect, it } from 'vitest';
import { compareEventIds, decodeVmEvent, encodeVmEvent } from '../../src/events/vm-event.js';
import { sampleEvent } from './helpers.js';

describe('VmStateChanged wire form', () => {
  it('round-trips, with the date as ISO', () => {
    const event = sampleEvent(7);
    const text = encodeVmEvent(event);
    expect(JSON.parse(text).at).toBe(event.at.toISOString());
    expect(decodeVmEvent('5-1', text)).toEqual({ ...event, id: '5-1' });
  });

  it('refuses malformed events and ids', () => {
    const text = encodeVmEvent(sampleEvent(1));
    expect(() => decodeVmEvent('nope', text)).toThrow(/event id/);
    expect(() => decodeVmEvent('1-0', '{}')).toThrow();
    expect(() => decodeVmEvent('1-0', text.replace('RUNNING', 'FLYING'))).toThrow(/newState/);
    expect(() => decodeVmEvent('1-0', text.replace('"POLL"', '"MAGIC"'))).toThrow(/source/);
  });

  it('compares ids numerically, ms first then sequence', () => {
    expect(compareEventIds('9-0', '10-0')).toBe(-1);
    expect(compareEventIds('10-2', '10-10')).toBe(-1);
    expect(compareEventIds('10-10', '10-10')).toBe(0);
    expect(compareEventIds('11-0', '10-99')).toBe(1);
    expect(compareEventIds('1-18446744073709551615', '1-18446744073709551614')).toBe(1);
    expect(() => compareEventIds('1', '1-0')).toThrow(TypeError);
  });
});
