// What the Cost Management adapter reads off the wire without a server: JSON numbers kept as
// their digits, billing region names mapped to ARM locations, windows split at the API's limits,
// and the QPU retry-after headers turned into the Retry-After the SDK's retry policy honours.
import { createHttpHeaders, createPipelineRequest, type PipelineResponse } from '@azure/core-rest-pipeline';
import { describe, expect, it } from 'vitest';
import { locationOfResourceLocation, resourceLocationsOf } from '../../../src/providers/azure/billing-regions.js';
import { qpuRetryAfterPolicy } from '../../../src/providers/azure/cost-management-client.js';
import { queryBody, windowsOf } from '../../../src/providers/azure/cost-management-requests.js';
import { parseJsonKeepingNumbers } from '../../../src/providers/azure/json-decimals.js';

const DAY = 86_400_000;

describe('JSON with exact numbers', () => {
  it('keeps every number as its digits, strings untouched', () => {
    const text = '{"rows":[[0.1234567890123456789,20260131,"USD",-1.5e-7],[0,"a \\"9\\" b",true,null]],"n":12}';
    expect(parseJsonKeepingNumbers(text)).toEqual({ rows: [['0.1234567890123456789', '20260131', 'USD', '-1.5e-7'], ['0', 'a "9" b', true, null]], n: '12' });
    expect(() => parseJsonKeepingNumbers('{"a": "unterminated}')).toThrow(SyntaxError);
  });
});

describe('billing regions', () => {
  it('maps the bill\'s region names, display names and ARM names to the ARM location', () => {
    expect(locationOfResourceLocation('EU West')).toBe('westeurope');
    expect(locationOfResourceLocation('US East 2')).toBe('eastus2');
    expect(locationOfResourceLocation('West Europe')).toBe('westeurope');
    expect(locationOfResourceLocation('eastus')).toBe('eastus');
    expect(locationOfResourceLocation('')).toBe('');
    expect(resourceLocationsOf('westeurope')).toEqual(['EU West', 'westeurope']);
    expect(resourceLocationsOf('somewherenew')).toEqual(['somewherenew']);
  });
});

describe('query windows and bodies', () => {
  it('splits Daily at 31 days, Monthly at 12 months ending on the 1st, None at a year', () => {
    const from = new Date(Date.UTC(2025, 0, 15));
    const to = new Date(Date.UTC(2026, 2, 1));
    const days = (w: { from: Date; to: Date }) => (w.to.getTime() - w.from.getTime()) / DAY;
    expect(windowsOf({ from, to }, 'Daily').every((w) => days(w) <= 31)).toBe(true);
    expect(windowsOf({ from, to }, 'Daily')).toHaveLength(Math.ceil((to.getTime() - from.getTime()) / DAY / 31));
    expect(windowsOf({ from, to }, 'Monthly').map((w) => w.to.toISOString().slice(0, 10))).toEqual(['2026-01-01', '2026-03-01']);
    expect(windowsOf({ from, to }, 'None').map((w) => w.to.toISOString().slice(0, 10))).toEqual(['2026-01-15', '2026-03-01']);
  });

  it('sends the period as whole days, `to` inclusive to its last second', () => {
    const body = JSON.parse(queryBody({ costType: 'ACTUAL', window: { from: new Date(Date.UTC(2026, 0, 1)), to: new Date(Date.UTC(2026, 1, 1)) }, granularity: 'Daily', grouping: [], filter: undefined }));
    expect(body).toEqual({
      type: 'ActualCost',
      timeframe: 'Custom',
      timePeriod: { from: '2026-01-01T00:00:00Z', to: '2026-01-31T23:59:59Z' },
      dataset: { granularity: 'Daily', aggregation: { totalCost: { name: 'Cost', function: 'Sum' } } },
    });
  });
});

describe('QPU retry-after', () => {
  const respond = (status: number, headers: Record<string, string>) => {
    const request = createPipelineRequest({ url: 'https://example.invalid/' });
    return qpuRetryAfterPolicy().sendRequest(request, async (): Promise<PipelineResponse> => ({ request, status, headers: createHttpHeaders(headers) }));
  };

  it('copies the longest Cost Management wait into Retry-After on a 429 that has none', async () => {
    const response = await respond(429, {
      'x-ms-ratelimit-microsoft.costmanagement-qpu-retry-after': '3',
      'x-ms-ratelimit-microsoft.costmanagement-entity-retry-after': '12',
    });
    expect(response.headers.get('retry-after')).toBe('12');
    expect((await respond(429, { 'retry-after': '2', 'x-ms-ratelimit-microsoft.costmanagement-qpu-retry-after': '9' })).headers.get('retry-after')).toBe('2');
    expect((await respond(200, { 'x-ms-ratelimit-microsoft.costmanagement-qpu-retry-after': '9' })).headers.get('retry-after')).toBeUndefined();
  });
});
