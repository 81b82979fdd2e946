// Bad input and provider faults through the gateway: clear codes, and partial data rather than
// a blank page when one region fails.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { ProvidersDocument, VmByIdDocument, VmPricesDocument, VmStatesDocument } from '../generated/operations.js';
import { gatewayUrl, startTestApp } from '../support/app.js';
import { execute } from '../support/graphql.js';

const NO_CACHE = { vm: 0, volume: 0, securityGroup: 0, networkInterface: 0, metrics: 0 };

describe('errors through the gateway', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ vmsPerScope: 12, ttlSeconds: NO_CACHE });
  });
  afterAll(async () => {
    await app?.stop();
  });
  afterEach(() => {
    app.sandbox!.aws!.faults.clear();
    app.sandbox!.aws!.requests.reset();
  });

  it('answers a malformed id with BAD_USER_INPUT', async () => {
    for (const id of ['not-an-id', 'aws:111111111111:us-east-1:volume:vol-1', 'ibm:1:r:vm:x', 'aws:1:%E0%A4%A:vm:i-1']) {
      const result = await execute(gatewayUrl(app), VmByIdDocument, { id });
      expect(result.errors?.[0]?.extensions?.code, id).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toContain('Invalid id');
    }
  });

  it('answers a well-formed id of nothing with null, without an error', async () => {
    for (const id of ['aws:111111111111:us-east-1:vm:i-0ffffffffffffffff', 'aws:999999999999:us-east-1:vm:i-0123456789abcdef0']) {
      const result = await execute(gatewayUrl(app), VmByIdDocument, { id });
      expect(result.errors).toBeUndefined();
      expect(result.data?.vm).toBeNull();
    }
  });

  it('resolves an id it returned', async () => {
    const list = await execute(gatewayUrl(app), VmStatesDocument, { first: 3 });
    const [vm] = list.data!.vms.edges.map((edge) => edge.node);
    const result = await execute(gatewayUrl(app), VmByIdDocument, { id: vm!.id });
    expect(result.data?.vm).toMatchObject({ id: vm!.id, name: vm!.name, state: vm!.state });
  });

  it('rejects a bad page size and a forged cursor with BAD_USER_INPUT', async () => {
    const tooMany = await execute(gatewayUrl(app), VmStatesDocument, { first: 5000 });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const forged = await execute(gatewayUrl(app), VmStatesDocument, { first: 5, after: 'bm9wZQ' });
    expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('retries a throttled call and answers in full', async () => {
    const emulator = app.sandbox!.aws!;
    emulator.faults.add({ service: 'ec2', action: 'DescribeInstances', region: 'eu-west-1', account: '111111111111', kind: 'throttle', times: 1 });
    const result = await execute(gatewayUrl(app), VmStatesDocument, { first: 1000 });
    expect(result.errors).toBeUndefined();
    expect(result.data!.vms.totalCount).toBe(12 * 4);
    expect(emulator.requests.count({ action: 'DescribeInstances', region: 'eu-west-1', account: '111111111111' })).toBe(2);
  });

  it('returns the other regions plus an error naming the one that keeps failing', async () => {
    const emulator = app.sandbox!.aws!;
    emulator.faults.add({ service: 'ec2', action: 'DescribeInstances', region: 'eu-west-1', account: '222222222222', kind: 'throttle' });
    emulator.faults.add({ service: 'ec2', action: 'DescribeInstances', region: 'us-east-1', account: '222222222222', kind: 'unavailable' });
    const result = await execute(gatewayUrl(app), VmStatesDocument, { first: 1000 });

    expect(result.data!.vms.totalCount).toBe(12 * 2);
    expect(result.data!.vms.edges.every((edge) => edge.node.id.startsWith('aws:111111111111:'))).toBe(true);
    const byRegion = Object.fromEntries((result.errors ?? []).map((e) => [e.extensions?.region, e.extensions]));
    expect(byRegion['eu-west-1']).toMatchObject({ code: 'PROVIDER_THROTTLED', provider: 'aws', account: '222222222222' });
    expect(byRegion['us-east-1']).toMatchObject({ code: 'PROVIDER_UNAVAILABLE', provider: 'aws', account: '222222222222' });
    // maxAttempts 3: each failing scope was tried three times, then given up on.
    expect(emulator.requests.count({ action: 'DescribeInstances', account: '222222222222', region: 'eu-west-1' })).toBe(3);

    const health = await execute(gatewayUrl(app), ProvidersDocument, {});
    const regions = health.data!.providers[0]!.accounts.find((a) => a.id === '222222222222')!.regions;
    expect(Object.fromEntries(regions.map((r) => [r.region, r.health]))).toEqual({ 'us-east-1': 'FAILING', 'eu-west-1': 'THROTTLED' });
  });
});

describe('a cloud refusing a request FleetGraph composed', () => {
  let app: RunningApp;
  beforeAll(async () => {
    // A currency the Retail Prices API does not know: the operator's setting, not the client's input.
    app = await startTestApp({ clouds: ['azure'], vmsPerScope: 3, costs: { azure: { currency: 'XYZ' } } });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('is PROVIDER_ERROR naming the provider and operation, never BAD_USER_INPUT', async () => {
    const result = await execute(gatewayUrl(app), VmPricesDocument, { first: 5 });
    expect(result.data!.vms.nodes.length).toBeGreaterThan(0);
    expect(result.data!.vms.nodes.every((vm) => vm.price === null)).toBe(true);
    expect(result.errors!.map((e) => e.extensions?.code)).not.toContain('BAD_USER_INPUT');
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'PROVIDER_ERROR', provider: 'azure', operation: 'retailPrices.list', providerCode: 'BadRequest' });
  });
});
