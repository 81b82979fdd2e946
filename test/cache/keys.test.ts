import { describe, expect, it } from 'vitest';
import { decodeValue, encodeValue } from '../../src/cache/cache.js';
import { listKey, metricKey, resourceKey, stableHash, stableStringify } from '../../src/cache/keys.js';

const scope = { provider: 'aws', account: '111111111111', region: 'us-east-1' } as const;

describe('key scheme', () => {
  it('keys resources by kind and global id', () => {
    expect(resourceKey('vm', 'aws:111111111111:us-east-1:vm:i-1')).toBe('res:vm:aws:111111111111:us-east-1:vm:i-1');
  });

  it('keys listings by kind, scope and a stable filter hash', () => {
    const a = listKey('vm', scope, { states: ['RUNNING'], tags: [{ key: 'env', values: ['prod'] }] });
    const b = listKey('vm', scope, { tags: [{ values: ['prod'], key: 'env' }], states: ['RUNNING'], zones: undefined });
    expect(a).toBe(b);
    expect(a).toMatch(/^list:vm:aws:111111111111:us-east-1:2\.[A-Za-z0-9_-]{22}$/);
    expect(listKey('vm', scope)).toBe(listKey('vm', scope, {}));
    expect(listKey('vm', scope, { states: ['STOPPED'] })).not.toBe(a);
    expect(listKey('volume', scope, { states: ['RUNNING'], tags: [{ key: 'env', values: ['prod'] }] })).not.toBe(a);
    expect(listKey('vm', { ...scope, region: 'eu-west-1' })).not.toBe(listKey('vm', scope));
    expect(listKey('vm', 'aws:111111111111:us-east-1')).toBe(listKey('vm', scope));
  });

  it('keys metric series by resource, metric, period and window', () => {
    const from = new Date('2024-01-01T00:00:00Z');
    const to = new Date('2024-01-01T01:00:00Z');
    const id = 'aws:111111111111:us-east-1:vm:i-1';
    expect(metricKey({ resourceId: id, name: 'CPU_UTILIZATION', nativeName: null, period: 300 }, from, to)).toBe(
      `metric:${id}:CPU_UTILIZATION:300:1704067200:1704070800`,
    );
    expect(metricKey({ resourceId: id, name: null, nativeName: 'mem:used', period: 60 }, from, to)).toBe(
      `metric:${id}:native=mem%3Aused:60:1704067200:1704070800`,
    );
  });

  it('keys instance types by provider and region', () => {
  });

  it('stableStringify sorts keys at every level and hashes equal data equally', () => {
    expect(stableStringify({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 2 } })).toBe('{"a":{"c":2,"d":[3,{"y":2,"z":1}]},"b":1}');
    expect(stableHash({ x: 1, y: 2 })).toBe(stableHash({ y: 2, x: 1 }));
    expect(stableHash([1, 2])).not.toBe(stableHash([2, 1]));
    expect(stableStringify(undefined)).toBe('null');
  });
});

describe('value codec', () => {
  it('tags dates and escapes $-keys so decoding is unambiguous', () => {
    const value = { at: new Date('2024-01-01T00:00:00Z'), $date: 'literal', list: [new Date(5)] };
    const text = encodeValue(value);
    expect(JSON.parse(text)).toEqual({ at: { $date: '2024-01-01T00:00:00.000Z' }, $$date: 'literal', list: [{ $date: '1970-01-01T00:00:00.005Z' }] });
    expect(decodeValue(text)).toEqual(value);
    expect(decodeValue(encodeValue({ $date: '2024-01-01T00:00:00.000Z' }))).toEqual({ $date: '2024-01-01T00:00:00.000Z' });
    expect(decodeValue(encodeValue({ $$date: { $date: new Date(7) } }))).toEqual({ $$date: { $date: new Date(7) } });
  });

  it('keeps an own __proto__ key as data', () => {
    const value = JSON.parse('{"__proto__": {"polluted": true}, "$x": 1}') as Record<string, unknown>;
    const back = decodeValue<Record<string, unknown>>(encodeValue(value));
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(back, '__proto__')).toBe(true);
    expect(back.$x).toBe(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses undefined', () => {
    expect(() => encodeValue(undefined)).toThrow(TypeError);
  });
});
