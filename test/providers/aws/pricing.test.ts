// The AWS pricing adapter against the emulator's Price List API: the real PricingClient, real
// paging and retries; request counts from the emulator's log and the upstream request counter.
import { Decimal } from 'decimal.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { awsProviderSchema, costsSchema } from '../../../src/config/schema.js';
import {
  EBS_VOLUME_API_NAMES,
  awsInstanceHourly,
  awsSnapshotMonthlyPerGiB,
  awsStorageMonthlyPerGiB,
  startAwsEmulator,
  type AwsEmulator,
} from '../../../emulators/aws/index.js';
import { AWS_ACCOUNTS, EC2_INSTANCE_TYPES, createFleet } from '../../../emulators/fleet.js';
import { createAwsPricingAdapter } from '../../../src/providers/aws/index.js';
import { ProviderError } from '../../../src/providers/errors.js';
import type { PricingAdapter } from '../../../src/providers/pricing.js';
import { upstreamRequests } from '../../../src/telemetry/metrics.js';

const ACCOUNT = '111111111111';
const OTHER_ACCOUNT = '222222222222';
const LINUX_TYPES = EC2_INSTANCE_TYPES.map((t) => t.instanceType).sort();
const WINDOWS_TYPES = EC2_INSTANCE_TYPES.filter((t) => t.architectures.includes('x86_64'))
  .map((t) => t.instanceType)
  .sort();

let emulator: AwsEmulator;
const adapters: PricingAdapter[] = [];

function adapterFor(options: { maxAttempts?: number; account?: string } = {}): PricingAdapter {
  const aws = awsProviderSchema.parse({
    maxAttempts: options.maxAttempts ?? 3,
    accounts: AWS_ACCOUNTS.map((a) => ({
      id: a.accountId,
      // The accounts' own regions do not matter: the Price List is called in us-east-1.
      regions: ['eu-west-1'],
      endpoint: emulator.url,
      credentials: { type: 'static', ...a.credentials },
    })),
  });
  const adapter = createAwsPricingAdapter(aws, costsSchema.parse({ aws: options.account ? { account: options.account } : {} }));
  adapters.push(adapter);
  return adapter;
}

async function counted(outcome: 'ok' | 'error'): Promise<number> {
  const { values } = await upstreamRequests.get();
  return values
    .filter((v) => v.labels.provider === 'aws' && v.labels.service === 'pricing' && v.labels.operation === 'GetProducts' && v.labels.outcome === outcome)
    .reduce((n, v) => n + v.value, 0);
}

beforeAll(async () => {
  emulator = await startAwsEmulator({ fleet: createFleet({ vmsPerScope: 5 }), host: '127.0.0.1', port: 0 });
});

afterEach(() => {
  emulator.faults.clear();
  emulator.requests.reset();
  emulator.setMaxPageSize(null);
});

afterAll(async () => {
  await Promise.all(adapters.map((a) => a.close()));
  await emulator.close();
});

describe('instancePrices', () => {
  it('answers every type the region prices for Linux with the catalog’s amount and SKU, in one GetProducts call', async () => {
    const before = await counted('ok');
    const prices = await adapterFor().instancePrices('us-east-1', 'LINUX');
    expect(prices.map((p) => p.instanceType)).toEqual(LINUX_TYPES);
    for (const p of prices) {
      expect(p).toMatchObject({ provider: 'aws', region: 'us-east-1', os: 'LINUX', hourly: { currency: 'USD' } });
      expect(new Decimal(p.hourly.amount).eq(awsInstanceHourly(p.instanceType, 'us-east-1', 'LINUX')!)).toBe(true);
      expect(p.sku).toMatch(/^[A-Z0-9]{16}$/);
    }
    expect(prices.find((p) => p.instanceType === 'm5.xlarge')).toMatchObject({
      vcpus: 4,
      memoryMiB: 16_384,
      hourly: { amount: '0.1920000000', currency: 'USD' },
      description: '$0.192 per On Demand Linux m5.xlarge Instance Hour',
    });
    expect(prices.find((p) => p.instanceType === 't3.micro')).toMatchObject({ vcpus: 2, memoryMiB: 1024 });
    expect(emulator.requests.entries()).toEqual([{ service: 'pricing', action: 'GetProducts', account: ACCOUNT, region: 'us-east-1', status: 200 }]);
    expect((await counted('ok')) - before).toBe(1);
  });

  it('prices Windows higher than Linux and leaves out the types AWS sells no Windows on', async () => {
    const adapter = adapterFor();
    const linux = new Map((await adapter.instancePrices('eu-west-1', 'LINUX')).map((p) => [p.instanceType, p]));
    const windows = await adapter.instancePrices('eu-west-1', 'WINDOWS');
    expect(windows.map((p) => p.instanceType)).toEqual(WINDOWS_TYPES);
    for (const p of windows) {
      expect(p.os).toBe('WINDOWS');
      expect(new Decimal(p.hourly.amount).gt(linux.get(p.instanceType)!.hourly.amount)).toBe(true);
      expect(p.sku).not.toBe(linux.get(p.instanceType)!.sku);
    }
    expect(emulator.requests.count({ service: 'pricing' })).toBe(2);
  });

  it('costs more in Ireland than in N. Virginia', async () => {
    const adapter = adapterFor();
    const us = await adapter.instancePrices('us-east-1', 'LINUX');
    const eu = await adapter.instancePrices('eu-west-1', 'LINUX');
    for (const p of eu) expect(new Decimal(p.hourly.amount).gt(us.find((u) => u.instanceType === p.instanceType)!.hourly.amount)).toBe(true);
  });

  it('answers an empty list for a region the catalog does not list, after one call', async () => {
    expect(await adapterFor().instancePrices('mars-north-1', 'LINUX')).toEqual([]);
    expect(emulator.requests.count({ service: 'pricing' })).toBe(1);
  });

  it('gathers every page when the answer is longer than a page', async () => {
    const adapter = adapterFor();
    const whole = await adapter.instancePrices('us-east-1', 'LINUX');
    emulator.requests.reset();
    emulator.setMaxPageSize(3);
    expect(await adapter.instancePrices('us-east-1', 'LINUX')).toEqual(whole);
    expect(emulator.requests.count({ service: 'pricing', action: 'GetProducts' })).toBe(Math.ceil(LINUX_TYPES.length / 3));
  });
});

describe('storagePrices', () => {
  it('answers every volume type and snapshot storage per GiB-month in one call', async () => {
    const prices = await adapterFor().storagePrices('us-east-1');
    expect(prices.map((p) => p.volumeType).sort()).toEqual([...EBS_VOLUME_API_NAMES, 'snapshot'].sort());
    for (const p of prices) {
      expect(p).toMatchObject({ provider: 'aws', region: 'us-east-1', unit: 'GIB_MONTH', maxSizeGiB: null, monthly: { currency: 'USD' } });
      const table = p.volumeType === 'snapshot' ? awsSnapshotMonthlyPerGiB('us-east-1') : awsStorageMonthlyPerGiB(p.volumeType, 'us-east-1');
      expect(new Decimal(p.monthly.amount).eq(table!)).toBe(true);
    }
    expect(prices.find((p) => p.volumeType === 'gp3')!.monthly.amount).toBe('0.0800000000');
    expect(emulator.requests.count({ service: 'pricing' })).toBe(1);
  });

  it('reads the region-prefixed usage types outside us-east-1 and keeps the archive tier out', async () => {
    const prices = await adapterFor().storagePrices('eu-west-1');
    expect(prices.filter((p) => p.volumeType === 'snapshot')).toHaveLength(1);
    expect(new Decimal(prices.find((p) => p.volumeType === 'gp2')!.monthly.amount).eq('0.11')).toBe(true);
  });

  it('answers an empty list for an unknown region', async () => {
    expect(await adapterFor().storagePrices('mars-north-1')).toEqual([]);
  });
});

describe('failures and accounts', () => {
  it('retries a throttled call under the configured policy, counting every attempt', async () => {
    emulator.faults.add({ kind: 'throttle', service: 'pricing', times: 2 });
    const [okBefore, errorBefore] = [await counted('ok'), await counted('error')];
    expect(await adapterFor({ maxAttempts: 3 }).instancePrices('us-east-1', 'WINDOWS')).toHaveLength(WINDOWS_TYPES.length);
    expect(emulator.requests.entries().map((e) => e.status)).toEqual([429, 429, 200]);
    expect((await counted('error')) - errorBefore).toBe(2);
    expect((await counted('ok')) - okBefore).toBe(1);
  });

  it('turns a throttle that outlasts the retries into a THROTTLED ProviderError naming account, region and operation, secrets scrubbed', async () => {
    emulator.faults.add({ kind: 'throttle', service: 'pricing' });
    const error = await adapterFor({ maxAttempts: 2 })
      .storagePrices('eu-west-1')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    const e = error as ProviderError;
    expect(e).toMatchObject({ category: 'THROTTLED', operation: 'GetProducts', scope: { provider: 'aws', account: ACCOUNT, region: 'us-east-1' } });
    expect(e.message).toContain('aws 111111111111/us-east-1 GetProducts');
    for (const secret of Object.values(AWS_ACCOUNTS[0]!.credentials)) expect(JSON.stringify({ m: e.message, c: String(e.cause) })).not.toContain(secret);
    expect(emulator.requests.count({ service: 'pricing', status: 429 })).toBe(2);
  });

  it('turns an unavailable service into an UNAVAILABLE ProviderError', async () => {
    emulator.faults.add({ kind: 'unavailable', service: 'pricing' });
    await expect(adapterFor({ maxAttempts: 1 }).instancePrices('us-east-1', 'LINUX')).rejects.toMatchObject({
      name: 'ProviderError',
      category: 'UNAVAILABLE',
      operation: 'GetProducts',
    });
  });

  it('calls through costs.aws.account when one is named', async () => {
    await adapterFor({ account: OTHER_ACCOUNT }).storagePrices('us-east-1');
    expect(emulator.requests.entries()).toEqual([{ service: 'pricing', action: 'GetProducts', account: OTHER_ACCOUNT, region: 'us-east-1', status: 200 }]);
  });

  it('names a type’s family without a call', () => {
    const adapter = adapterFor();
    expect(adapter.familyOf('m5.xlarge')).toBe('m5');
    expect(adapter.familyOf('c6i.2xlarge')).toBe('c6i');
    expect(adapter.familyOf('u-6tb1.metal')).toBe('u-6tb1');
    expect(emulator.requests.entries()).toEqual([]);
  });
});
