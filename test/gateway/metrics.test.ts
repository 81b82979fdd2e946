// Metrics through the gateway: model names with units, provider-native names, and validation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { VmMetricsDocument, VmStatesDocument } from '../generated/operations.js';
import { gatewayUrl, startTestApp } from '../support/app.js';
import { execute } from '../support/graphql.js';

const window = { from: '2026-11-21T00:00:00Z', to: '2026-11-21T03:00:00Z' };

describe('VM metrics', () => {
  let app: RunningApp;
  let vmId: string;
  beforeAll(async () => {
    app = await startTestApp({ vmsPerScope: 6 });
    const list = await execute(gatewayUrl(app), VmStatesDocument, { first: 1, filter: { states: ['RUNNING'] } });
    vmId = list.data!.vms.edges[0]!.node.id;
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('returns model metrics with units, one point per period', async () => {
    const result = await execute(gatewayUrl(app), VmMetricsDocument, { id: vmId, names: ['CPU_UTILIZATION', 'DISK_READ_OPS'], period: 3600, ...window });
    expect(result.errors).toBeUndefined();
    const [cpu, ops] = result.data!.vm!.metrics!;
    expect(cpu).toMatchObject({ name: 'CPU_UTILIZATION', unit: 'PERCENT', period: 3600, available: true, nativeUnit: null });
    expect(cpu!.points.map((p) => p.timestamp)).toEqual(['2026-11-21T00:00:00.000Z', '2026-11-21T01:00:00.000Z', '2026-11-21T02:00:00.000Z']);
    expect(ops).toMatchObject({ name: 'DISK_READ_OPS', unit: 'COUNT' });
  });

  it('returns provider-native metrics, by bare and by full name, alongside model ones', async () => {
    const result = await execute(gatewayUrl(app), VmMetricsDocument, {
      id: vmId,
      names: ['CPU_UTILIZATION'],
      nativeNames: ['NetworkPacketsIn', 'AWS/EC2/CPUCreditUsage'],
      period: 3600,
      ...window,
    });
    expect(result.errors).toBeUndefined();
    const [cpu, packets, credits] = result.data!.vm!.metrics!;
    expect(cpu!.name).toBe('CPU_UTILIZATION');
    expect(packets).toMatchObject({ name: null, nativeName: 'AWS/EC2/NetworkPacketsIn' });
    expect(credits).toMatchObject({ name: null, nativeName: 'AWS/EC2/CPUCreditUsage' });
    expect(packets!.points.length + credits!.points.length).toBeGreaterThan(0);
  });

  it('refuses windows, periods and names it cannot answer with BAD_USER_INPUT, without asking the cloud', async () => {
    app.sandbox!.aws!.requests.reset();
    const cases = [
      { names: [], period: 300, ...window },
      { names: ['CPU_UTILIZATION' as const], period: 45, ...window },
      { names: ['CPU_UTILIZATION' as const], period: 300, from: window.to, to: window.from },
      { names: ['CPU_UTILIZATION' as const], period: 60, from: '2026-11-01T00:00:00Z', to: '2026-11-21T00:00:00Z' },
      { nativeNames: [' '], period: 300, ...window },
    ];
    for (const variables of cases) {
      const result = await execute(gatewayUrl(app), VmMetricsDocument, { id: vmId, ...variables });
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe('BAD_USER_INPUT');
    }
    expect(app.sandbox!.aws!.requests.count({ action: 'GetMetricData' })).toBe(0);
  });

  it('codes errors the gateway raises itself', async () => {
    const wrongType = await execute(gatewayUrl(app), VmMetricsDocument, { id: vmId, period: 'soon' as never, ...window });
    expect(wrongType.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const response = await fetch(gatewayUrl(app), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ vms { nope } }' }),
    });
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
