// The Azure PricingAdapter against the emulator: the real HTTP pipeline over HTTPS (the emulator's
// certificate trusted through config), Retail Prices joined with Resource SKUs, paging, retries
// and ProviderErrors. Request counts come from the emulator's own log.
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startAzureEmulator, azureDiskTierPrice, azureSnapshotPrice, azureVmHourlyPrice, type AzureEmulator } from '../../../emulators/azure/index.js';
import { retailMeters } from '../../../emulators/azure/pricing/meters.js';
import { AZURE_SUBSCRIPTIONS, AZURE_VM_SIZES, createFleet } from '../../../emulators/fleet.js';
import { azureProviderSchema, costsSchema } from '../../../src/config/schema.js';
import { createAzurePricingAdapter } from '../../../src/providers/azure/index.js';
import { ProviderError } from '../../../src/providers/errors.js';
import type { PricingAdapter } from '../../../src/providers/pricing.js';
import { upstreamRequests } from '../../../src/telemetry/metrics.js';

const SUB = AZURE_SUBSCRIPTIONS[0]!.subscriptionId;
const silent = pino({ level: 'silent' });

let emulator: AzureEmulator;

beforeAll(async () => {
  emulator = await startAzureEmulator({ fleet: createFleet({ vmsPerScope: 2 }) });
});

afterAll(async () => {
  await emulator.close();
});

afterEach(() => {
  emulator.faults.clear();
  emulator.requests.reset();
  emulator.setMaxPageSize(null);
});

function adapterFor(options: { maxRetries?: number; currency?: string } = {}): PricingAdapter {
  const azure = azureProviderSchema.parse({
    maxRetries: options.maxRetries ?? 3,
    subscriptions: AZURE_SUBSCRIPTIONS.map((s) => ({
      id: s.subscriptionId,
      credentials: { type: 'accessToken', token: s.token },
      endpoint: emulator.url,
      caCertificate: emulator.caCertificate,
    })),
  });
  const costs = costsSchema.parse({ azure: { retailPricesUrl: `${emulator.url}/api/retail/prices`, ...(options.currency ? { currency: options.currency } : {}) } });
  return createAzurePricingAdapter(azure, costs, { logger: silent, retryDelayInMs: 5, maxRetryDelayInMs: 20 });
}

const calls = () => emulator.requests.entries().map((e) => `${e.action} ${e.status}`);

async function counted(outcome: 'ok' | 'error'): Promise<number> {
  const { values } = await upstreamRequests.get();
  return values
    .filter((v) => v.labels.provider === 'azure' && v.labels.service === 'retail-prices' && v.labels.operation === 'retailPrices.list' && v.labels.outcome === outcome)
    .reduce((n, v) => n + v.value, 0);
}

describe('Azure pricing adapter', () => {
  it('prices every fleet VM size on demand, with its shape from Resource SKUs, at the table price', async () => {
    const prices = await adapterFor().instancePrices('eastus', 'LINUX');
    expect(prices.map((p) => p.instanceType)).toEqual(AZURE_VM_SIZES.map((s) => s.name).sort((a, b) => a.localeCompare(b)));
    for (const price of prices) {
      const size = AZURE_VM_SIZES.find((s) => s.name === price.instanceType)!;
      expect(price).toMatchObject({ provider: 'azure', region: 'eastus', os: 'LINUX', vcpus: size.vCPUs, memoryMiB: size.memoryGB * 1024 });
      expect(price.hourly).toEqual({ amount: azureVmHourlyPrice(size.name, 'eastus', 'Linux'), currency: 'USD' });
      expect(price.sku).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(prices.find((p) => p.instanceType === 'Standard_D2s_v5')).toMatchObject({ hourly: { amount: '0.096' }, description: 'Virtual Machines Dsv5 Series: D2s v5' });
    expect(calls()).toEqual(['retailPrices.list 200', 'resourceSkus.list 200']);
  });

  it('prices Windows apart from Linux, asks Resource SKUs once per location, and has no Windows on Arm64', async () => {
    const adapter = adapterFor();
    const linux = await adapter.instancePrices('westeurope', 'LINUX');
    const windows = await adapter.instancePrices('WestEurope', 'WINDOWS');
    expect(windows.find((p) => p.instanceType === 'Standard_D2s_v5')!.hourly.amount).toBe('0.207');
    expect(linux.find((p) => p.instanceType === 'Standard_D2s_v5')!.hourly.amount).toBe('0.115');
    for (const w of windows) {
      expect(w.os).toBe('WINDOWS');
      expect(Number(w.hourly.amount)).toBeGreaterThan(Number(linux.find((l) => l.instanceType === w.instanceType)!.hourly.amount));
    }
    expect(windows.map((p) => p.instanceType)).not.toContain('Standard_D2ps_v5');
    expect(windows).toHaveLength(AZURE_VM_SIZES.length - 1);
    expect(calls()).toEqual(['retailPrices.list 200', 'resourceSkus.list 200', 'retailPrices.list 200']);
  });

  it('answers an unknown region with an empty list for one request, and no Resource SKUs call', async () => {
    const adapter = adapterFor();
    expect(await adapter.instancePrices('marsnorth', 'LINUX')).toEqual([]);
    expect(await adapter.storagePrices('marsnorth')).toEqual([]);
    expect(calls()).toEqual(['retailPrices.list 200', 'retailPrices.list 200']);
  });

  it('prices managed disks per tier (DISK_MONTH up to maxSizeGiB) and snapshots per GiB-month, in one request', async () => {
    const prices = await adapterFor().storagePrices('eastus');
    expect(prices.find((p) => p.volumeType === 'Premium_LRS' && p.maxSizeGiB === 128)).toMatchObject({
      provider: 'azure',
      region: 'eastus',
      unit: 'DISK_MONTH',
      monthly: { amount: azureDiskTierPrice('Premium_LRS', 'P10', 'eastus'), currency: 'USD' },
      description: 'Premium SSD Managed Disks: P10 LRS Disk',
    });
    expect(prices.find((p) => p.volumeType === 'StandardSSD_LRS' && p.maxSizeGiB === 32)!.monthly.amount).toBe('2.4');
    expect(prices.find((p) => p.volumeType === 'Standard_LRS' && p.maxSizeGiB === 1024)!.monthly.amount).toBe('40.96');
    expect(prices.find((p) => p.volumeType === 'Premium_ZRS' && p.maxSizeGiB === 4096)).toBeDefined();
    expect(prices.filter((p) => p.volumeType === 'snapshot')).toEqual([
      expect.objectContaining({ unit: 'GIB_MONTH', maxSizeGiB: null, monthly: { amount: azureSnapshotPrice('Standard_LRS', 'eastus'), currency: 'USD' } }),
    ]);
    expect(new Set(prices.map((p) => p.volumeType))).toEqual(new Set(['Premium_LRS', 'Premium_ZRS', 'StandardSSD_LRS', 'Standard_LRS', 'snapshot']));
    expect(calls()).toEqual(['retailPrices.list 200']);
  });

  it('reads every page when the answer is longer than one', async () => {
    emulator.setMaxPageSize(5);
    const meters = retailMeters().filter((m) => m.serviceName === 'Virtual Machines' && m.armRegionName === 'eastus' && m.type === 'Consumption').length;
    const prices = await adapterFor().instancePrices('eastus', 'LINUX');
    expect(prices).toHaveLength(AZURE_VM_SIZES.length);
    expect(emulator.requests.count({ action: 'retailPrices.list', status: 200 })).toBe(Math.ceil(meters / 5));
  });

  it('answers in the configured currency', async () => {
    const prices = await adapterFor({ currency: 'EUR' }).instancePrices('eastus', 'LINUX');
    expect(prices.find((p) => p.instanceType === 'Standard_D2s_v5')!.hourly).toEqual({ amount: '0.08304', currency: 'EUR' });
  });

  it('waits out a throttled answer (Retry-After) and counts both attempts', async () => {
    const [ok, error] = [await counted('ok'), await counted('error')];
    emulator.faults.add({ kind: 'throttle', service: 'retail-prices', retryAfterSeconds: 1, times: 1 });
    const started = Date.now();
    expect(await adapterFor().storagePrices('eastus')).not.toEqual([]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(calls()).toEqual(['retailPrices.list 429', 'retailPrices.list 200']);
    expect([(await counted('ok')) - ok, (await counted('error')) - error]).toEqual([1, 1]);
  });

  it('fails as a ProviderError naming subscription, region and operation when throttling outlasts the retries', async () => {
    emulator.faults.add({ kind: 'throttle', service: 'retail-prices', retryAfterSeconds: 0 });
    const error = await adapterFor({ maxRetries: 2 })
      .instancePrices('eastus', 'LINUX')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ category: 'THROTTLED', scope: { provider: 'azure', account: SUB, region: 'eastus' }, operation: 'retailPrices.list', providerCode: 'TooManyRequests' });
    expect(calls()).toEqual(['retailPrices.list 429', 'retailPrices.list 429', 'retailPrices.list 429']);
  });

  it('names resourceSkus.list when the Resource SKUs join fails, and asks again next time', async () => {
    emulator.faults.add({ kind: 'unavailable', action: 'resourceSkus.list', times: 1 });
    const adapter = adapterFor({ maxRetries: 0 });
    const error = await adapter.instancePrices('eastus', 'LINUX').catch((e: unknown) => e);
    expect(error).toMatchObject({ category: 'UNAVAILABLE', scope: { account: SUB, region: 'eastus' }, operation: 'resourceSkus.list' });
    expect(await adapter.instancePrices('eastus', 'LINUX')).toHaveLength(AZURE_VM_SIZES.length);
    expect(calls()).toEqual(['retailPrices.list 200', 'resourceSkus.list 503', 'retailPrices.list 200', 'resourceSkus.list 200']);
  });

  it('reports a currency the API does not know as REJECTED (the cloud refused what FleetGraph sent)', async () => {
    const error = await adapterFor({ currency: 'XYZ' })
      .storagePrices('eastus')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ category: 'REJECTED', operation: 'retailPrices.list', providerCode: 'BadRequest' });
  });

  it('names families for rightsizing without a call', () => {
    const adapter = adapterFor();
    expect(['Standard_D2s_v5', 'Standard_D4s_v5', 'Standard_B1s', 'Standard_B2ms', 'Standard_D2ps_v5', 'Standard_F4s_v2'].map(adapter.familyOf)).toEqual([
      'DSv5',
      'DSv5',
      'BS',
      'BS',
      'DPSv5',
      'FSv2',
    ]);
    expect(calls()).toEqual([]);
  });
});
