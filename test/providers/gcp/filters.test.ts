// ListFilter → Compute Engine filter expressions, and the filter applied after the call.
import { describe, expect, it } from 'vitest';
import { parseComputeFilter } from '../../../emulators/gcp/index.js';
import { MAX_FILTER_LENGTH, anyOf, matchesFilter, planFilter, quote } from '../../../src/providers/gcp/filters.js';
import { endpointOptions } from '../../../src/providers/gcp/clients.js';
import { portRange } from '../../../src/providers/gcp/network.js';
import { parseResourceUrl, regionOfLocation } from '../../../src/providers/gcp/urls.js';
import type { ResourceBase } from '../../../src/providers/types.js';

describe('planFilter', () => {
  it('joins OR-groups of parenthesised comparisons with AND', () => {
    const plan = planFilter({ states: true, labels: true }, { nativeIds: ['a', 'b'], states: ['RUNNING'], tags: [{ key: 'env', values: ['prod', 'dev'] }, { key: 'team', values: [] }] });
    expect(plan).toEqual({
      expression: '(name = "a") OR (name = "b") AND (status = "RUNNING") AND (labels.env = "prod") OR (labels.env = "dev")',
      nothing: false,
      namesPushed: true,
    });
    // Read with OR binding tighter (AIP-160), it means exactly that.
    const matches = parseComputeFilter(plan.expression);
    expect(matches({ name: 'a', status: 'RUNNING', labels: { env: 'dev' } })).toBe(true);
    expect(matches({ name: 'a', status: 'RUNNING', labels: { env: 'test' } })).toBe(false);
    expect(matches({ name: 'c', status: 'RUNNING', labels: { env: 'prod' } })).toBe(false);
  });

  it('sends nothing for states no status has, or names that cannot exist', () => {
    expect(planFilter({ states: true }, { states: ['TERMINATED'] }).nothing).toBe(true);
    expect(planFilter({}, { nativeIds: ['Not A Name'] }).nothing).toBe(true);
    expect(planFilter({ states: true }, { states: ['UNKNOWN'] })).toEqual({ expression: undefined, nothing: false, namesPushed: false });
    expect(planFilter({}, {}).expression).toBeUndefined();
    expect(planFilter({ fixed: ['(addressType = "EXTERNAL")'] }, {}).expression).toBe('(addressType = "EXTERNAL")');
  });

  it(`drops the names past ${MAX_FILTER_LENGTH} characters (the scope is then listed whole)`, () => {
    const names = Array.from({ length: 200 }, (_, i) => `instance-${i}`);
    const plan = planFilter({ states: true }, { nativeIds: names, states: ['RUNNING'] });
    expect(plan.namesPushed).toBe(false);
    expect(plan.expression).toBe('(status = "RUNNING")');
  });

  it('quotes values', () => {
    expect(quote('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(anyOf('name', ['x', 'x', 'y'])).toBe('(name = "x") OR (name = "y")');
  });
});

describe('matchesFilter', () => {
  const base = (over: Partial<ResourceBase> & Record<string, unknown>) =>
    ({ id: 'i', nativeId: 'n', provider: 'gcp', account: 'p', region: 'us-central1', name: 'n', tags: [{ key: 'env', value: 'prod' }], extras: [], ...over }) as ResourceBase;

  it('applies regions, configured regions (global always passes), tags and zones', () => {
    expect(matchesFilter(base({}), { regions: ['europe-west1'] })).toBe(false);
    expect(matchesFilter(base({ region: 'global' }), {}, { configuredRegions: ['europe-west1'] })).toBe(true);
    expect(matchesFilter(base({}), {}, { configuredRegions: ['europe-west1'] })).toBe(false);
    expect(matchesFilter(base({}), { tags: [{ key: 'env', values: ['dev'] }] })).toBe(false);
    expect(matchesFilter(base({}), { tags: [{ key: 'env', values: [] }] })).toBe(true);
    expect(matchesFilter(base({ zone: null }), { zones: ['us-central1-a'] }, { zoned: true })).toBe(false);
    expect(matchesFilter(base({ zone: null }), { zones: ['us-central1-a'] }, { zoned: false })).toBe(true);
  });
});

describe('urls and endpoints', () => {
  it('reads resource URLs whatever the host', () => {
    expect(parseResourceUrl('https://www.googleapis.com/compute/v1/projects/p/zones/us-central1-a/disks/d1')).toEqual({
      project: 'p',
      location: 'us-central1-a',
      locationKind: 'zone',
      collection: 'disks',
      name: 'd1',
    });
    expect(parseResourceUrl('projects/host-vpc/global/networks/shared')).toMatchObject({ project: 'host-vpc', location: 'global', name: 'shared' });
    expect(parseResourceUrl('https://example.com/nothing')).toBeNull();
    expect(regionOfLocation('europe-west1-b')).toBe('europe-west1');
    expect(regionOfLocation('northamerica-northeast1-a')).toBe('northamerica-northeast1');
    expect(regionOfLocation('us-central1')).toBe('us-central1');
    expect(portRange('8000-8089')).toEqual([8000, 8089]);
    expect(portRange('22')).toEqual([22, 22]);
  });

  it('points the clients at an endpoint: http only for an http endpoint', () => {
    expect(endpointOptions('http://127.0.0.1:4567')).toEqual({ apiEndpoint: '127.0.0.1', port: 4567, protocol: 'http' });
    expect(endpointOptions('https://compute.example.internal')).toEqual({ apiEndpoint: 'compute.example.internal', port: 443 });
    expect(endpointOptions('http://[::1]:9000')).toEqual({ apiEndpoint: '[::1]', port: 9000, protocol: 'http' });
    expect(endpointOptions(undefined)).toEqual({});
  });
});
