import { describe, expect, it } from 'vitest';
import { MAX_FILTER_VALUES, planCalls, vmStatesToCheck } from '../../../src/providers/aws/filters.js';

const vm = { id: 'instance-id', zone: 'availability-zone', vm: true };
const vpc = { id: 'vpc-id' };

describe('planCalls', () => {
  it('lists everything in one call when there is no filter', () => {
    expect(planCalls(vm)).toEqual([[]]);
    expect(planCalls(vm, {})).toEqual([[]]);
  });

  it('pushes states (every EC2 name each covers), types, tags and zones down', () => {
    const [call, ...rest] = planCalls(vm, {
      states: ['RUNNING', 'TERMINATING'],
      instanceTypes: ['t3.micro', 't3.micro', 'm5.xlarge'],
      tags: [
        { key: 'env', values: ['prod', 'stage'] },
        { key: 'team', values: [] },
      ],
      zones: ['us-east-1a'],
    });
    expect(rest).toEqual([]);
    expect(call).toEqual(
      expect.arrayContaining([
        { Name: 'instance-state-name', Values: ['running', 'shutting-down'] },
        { Name: 'instance-type', Values: ['t3.micro', 'm5.xlarge'] },
        { Name: 'tag:env', Values: ['prod', 'stage'] },
        { Name: 'tag-key', Values: ['team'] },
        { Name: 'availability-zone', Values: ['us-east-1a'] },
      ]),
    );
    expect(call).toHaveLength(5);
  });

  it('needs no call when no EC2 state maps to the states asked for', () => {
    expect(planCalls(vm, { states: ['SUSPENDED'] })).toEqual([]);
    expect(planCalls(vm, { nativeIds: [] })).toEqual([]);
  });

  it('does not push states down when UNKNOWN is asked for (checked after the call instead)', () => {
    expect(planCalls(vm, { states: ['UNKNOWN', 'RUNNING'] })).toEqual([[]]);
    expect(vmStatesToCheck({ states: ['UNKNOWN', 'RUNNING'] })).toEqual(['UNKNOWN', 'RUNNING']);
    expect(vmStatesToCheck({ states: ['RUNNING'] })).toBeNull();
  });

  it('ignores filters the kind does not have', () => {
    expect(planCalls(vpc, { states: ['RUNNING'], instanceTypes: ['t3.micro'], zones: ['us-east-1a'] })).toEqual([[]]);
  });

  it('asks for ids with the id filter, deduplicated, in chunks that fit the 200-value limit', () => {
    const ids = Array.from({ length: 450 }, (_, i) => `i-${i}`);
    const calls = planCalls(vm, { nativeIds: [...ids, 'i-0'] });
    expect(calls.map((c) => c[0]!.Values!.length)).toEqual([200, 200, 50]);
    expect(calls.every((c) => c[0]!.Name === 'instance-id')).toBe(true);
    expect(calls.flatMap((c) => c[0]!.Values)).toEqual(ids);

    const withTags = planCalls(vm, { nativeIds: ids, tags: [{ key: 'env', values: ['a', 'b'] }] });
    expect(withTags.map((c) => c[0]!.Values!.length)).toEqual([198, 198, 54]);
    for (const call of withTags) {
      expect(call.reduce((n, f) => n + f.Values!.length, 0)).toBeLessThanOrEqual(MAX_FILTER_VALUES);
    }
  });

  it('refuses more filter values than one call can carry', () => {
    const values = Array.from({ length: 201 }, (_, i) => `v${i}`);
    expect(() => planCalls(vm, { tags: [{ key: 'k', values }] })).toThrow(/at most 200/);
  });
});
