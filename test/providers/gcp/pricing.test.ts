// The GCP price catalog through the adapter, against the emulator: machine-type prices built from
// the Cloud Billing Catalog's core/RAM/licence SKUs and the region's machine types, equal to the
// emulator's own price table; disk prices; exact upstream calls (and counted attempts); paging;
// retries and failures as ProviderErrors.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { costsSchema } from '../../../src/config/schema.js';
import { createFleet, type Fleet } from '../../../emulators/fleet.js';
import { gcpRegionInfo, machineTypesIn } from '../../../emulators/gcp/fleet/catalogue.js';
import { computeEngineSkus, gcpInstanceHourly, gcpStorageMonthly, startGcpEmulator, type GcpEmulator } from '../../../emulators/gcp/index.js';
import { ProviderError } from '../../../src/providers/errors.js';
import { createGcpPricingAdapter } from '../../../src/providers/gcp/index.js';
import type { PricingAdapter } from '../../../src/providers/pricing.js';
import { FAST_RETRY, PROD, configFor, counted, silent } from './support.js';

describe('GCP pricing adapter', () => {
  let fleet: Fleet;
  let emulator: GcpEmulator;
  let pricing: PricingAdapter;
  const make = (overrides: { maxAttempts?: number; currency?: string } = {}) =>
    createGcpPricingAdapter(configFor(emulator, fleet, { maxAttempts: overrides.maxAttempts }), costsSchema.parse({ ttlSeconds: { catalog: 0 }, gcp: { currency: overrides.currency ?? 'USD' } }), {
      logger: silent,
      retry: FAST_RETRY,
    });
  const calls = () => emulator.requests.entries().map((e) => `${e.service} ${e.action} ${e.status}`);
  /** Every zone's machine types in the region, a row per zone and type (what the aggregated list pages over). */
  const typeRows = (region: string) => gcpRegionInfo(region)!.zones.flatMap((zone) => machineTypesIn(zone).map((t) => t.name));

  beforeAll(async () => {
    fleet = createFleet({ seed: 21, vmsPerScope: 6 });
    emulator = await startGcpEmulator({ fleet });
    pricing = make();
  });

  afterAll(async () => {
    await pricing?.close();
    await emulator?.close();
  });

  beforeEach(() => {
    emulator.requests.reset();
    emulator.faults.clear();
    emulator.setMaxPageSize(null);
    emulator.setRetryAfter(0);
  });

  it("prices every predefined machine type of the region, each equal to the emulator's price table, in 2 calls", async () => {
    for (const region of ['us-central1', 'europe-west1']) {
      for (const os of ['LINUX', 'WINDOWS'] as const) {
        emulator.requests.reset();
        const prices = await pricing.instancePrices(region, os);
        expect(calls()).toEqual(['cloudbilling skus.list 200', 'compute machineTypes.aggregatedList 200']);
        const sold = [...new Set(typeRows(region))].filter((t) => gcpInstanceHourly(t, region, os) !== undefined);
        expect(prices.map((p) => p.instanceType)).toEqual(sold.sort());
        for (const p of prices) {
          expect(p, `${p.instanceType} ${os} in ${region}`).toMatchObject({ provider: 'gcp', region, os, hourly: { amount: gcpInstanceHourly(p.instanceType, region, os), currency: 'USD' } });
          expect(p.sku.split('+')).toHaveLength(os === 'WINDOWS' ? 4 : 2);
        }
      }
    }
  });

  it('lists a type a region has in any of its zones (T2A: not in every us-central1 zone), and none it is not sold in', async () => {
    const us = await pricing.instancePrices('us-central1', 'LINUX');
    expect(us.find((p) => p.instanceType === 't2a-standard-2')).toMatchObject({ vcpus: 2, memoryMiB: 8192, hourly: { amount: '0.077' } });
    const eu = await pricing.instancePrices('europe-west1', 'LINUX');
    expect(eu.map((p) => p.instanceType)).not.toContain('t2a-standard-2');
  });

  it('builds prices from parts: shared-core E2 billed for its share of a core, Windows licence per vCPU', async () => {
    const [linux, windows] = await Promise.all([pricing.instancePrices('us-central1', 'LINUX'), pricing.instancePrices('us-central1', 'WINDOWS')]);
    const get = (list: typeof linux, type: string) => list.find((p) => p.instanceType === type)!;
    expect(get(linux, 'n2-standard-2')).toMatchObject({ vcpus: 2, memoryMiB: 8192, hourly: { amount: '0.097118' }, description: 'N2 Instance Core + Ram running in Americas' });
    expect(get(windows, 'n2-standard-2').hourly.amount).toBe('0.189118');
    expect(get(windows, 'n2-standard-2').description).toBe('N2 Instance Core + Ram running in Americas + Windows Server 2022 Datacenter licence');
    expect(get(linux, 'e2-micro')).toMatchObject({ vcpus: 2, memoryMiB: 1024, hourly: { amount: '0.00837575' } });
    for (const p of linux) expect(get(windows, p.instanceType).hourly.amount).not.toBe(p.hourly.amount);
    // LINUX and WINDOWS asked together share one catalog listing and one machine-type listing.
    expect(calls()).toEqual(['cloudbilling skus.list 200', 'compute machineTypes.aggregatedList 200']);
  });

  it('answers an unknown region with nothing, after the one catalog listing (no machine-type call)', async () => {
    expect(await pricing.instancePrices('mars-north1', 'LINUX')).toEqual([]);
    expect(await pricing.storagePrices('mars-north1')).toEqual([]);
    expect(calls()).toEqual(['cloudbilling skus.list 200', 'cloudbilling skus.list 200']);
    expect(await pricing.instancePrices('not a region', 'LINUX')).toEqual([]);
    expect(emulator.requests.count()).toBe(2);
  });

  it('prices every disk type and snapshots per GiB-month, zonal only, equal to the price table', async () => {
    const storage = await pricing.storagePrices('us-central1');
    expect(calls()).toEqual(['cloudbilling skus.list 200']);
    expect(storage.map((s) => s.volumeType)).toEqual(['hyperdisk-balanced', 'pd-balanced', 'pd-ssd', 'pd-standard', 'snapshot']);
    for (const s of storage) {
      expect(s).toMatchObject({ provider: 'gcp', region: 'us-central1', unit: 'GIB_MONTH', maxSizeGiB: null, monthly: { amount: gcpStorageMonthly(s.volumeType, 'us-central1'), currency: 'USD' } });
    }
    expect(storage.find((s) => s.volumeType === 'pd-balanced')).toMatchObject({ monthly: { amount: '0.1' }, description: 'Balanced PD Capacity in Iowa' });
    const eu = await pricing.storagePrices('europe-west1');
    expect(eu.find((s) => s.volumeType === 'hyperdisk-balanced')!.monthly.amount).toBe('0.088');
  });

  it('follows every page of both listings when the answers are longer than a page', async () => {
    emulator.setMaxPageSize(10);
    const prices = await pricing.instancePrices('us-central1', 'LINUX');
    expect(prices.length).toBeGreaterThan(0);
    expect(emulator.requests.count({ action: 'skus.list' })).toBe(Math.ceil(computeEngineSkus().length / 10));
    // Every zone's rows of the region's types (all of them priced there) go over the wire, 10 a page.
    expect(emulator.requests.count({ action: 'machineTypes.aggregatedList' })).toBe(Math.ceil(typeRows('us-central1').length / 10));
    emulator.setMaxPageSize(null);
    emulator.requests.reset();
    expect(await pricing.instancePrices('us-central1', 'LINUX')).toEqual(prices);
  });

  it('asks the catalog in the configured currency', async () => {
    const eur = make({ currency: 'EUR' });
    try {
      const storage = await eur.storagePrices('us-central1');
      expect(storage.find((s) => s.volumeType === 'pd-ssd')!.monthly).toEqual({ amount: '0.146625', currency: 'EUR' });
      const n2 = (await eur.instancePrices('us-central1', 'LINUX')).find((p) => p.instanceType === 'n2-standard-2')!;
      // Each part converted and rounded to the nano by the catalog: 2 × 0.027264488 + 8 × 0.003654413.
      expect(n2.hourly).toEqual({ amount: '0.08376428', currency: 'EUR' });
    } finally {
      await eur.close();
    }
  });

  it('retries a throttled page and counts every attempt', async () => {
    const ok = await counted({ service: 'cloudbilling', operation: 'skus.list', outcome: 'ok' });
    const errors = await counted({ service: 'cloudbilling', operation: 'skus.list', outcome: 'error' });
    emulator.faults.add({ service: 'cloudbilling', kind: 'throttle', times: 2 });
    expect((await pricing.storagePrices('us-central1')).length).toBe(5);
    expect(calls()).toEqual(['cloudbilling skus.list 429', 'cloudbilling skus.list 429', 'cloudbilling skus.list 200']);
    expect((await counted({ service: 'cloudbilling', operation: 'skus.list', outcome: 'ok' })) - ok).toBe(1);
    expect((await counted({ service: 'cloudbilling', operation: 'skus.list', outcome: 'error' })) - errors).toBe(2);
  });

  it('fails as a ProviderError naming gcp, the project, the region and the operation once attempts run out', async () => {
    emulator.faults.add({ service: 'cloudbilling', kind: 'throttle' });
    const error = await pricing.instancePrices('europe-west1', 'WINDOWS').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ category: 'THROTTLED', operation: 'skus.list', scope: { provider: 'gcp', account: PROD, region: 'europe-west1' } });
    expect((error as Error).message).toMatch(/^gcp fleet-demo-prod\/europe-west1 skus\.list: RESOURCE_EXHAUSTED: .* after 3 attempts$/);
    expect((error as Error).message).not.toContain('sandbox-token');
    expect(emulator.requests.count({ action: 'skus.list', status: 429 })).toBe(3);

    emulator.faults.clear();
    emulator.faults.add({ action: 'machineTypes.aggregatedList', kind: 'unavailable' });
    const single = make({ maxAttempts: 1 });
    try {
      await expect(single.instancePrices('us-central1', 'LINUX')).rejects.toMatchObject({ category: 'UNAVAILABLE', operation: 'machineTypes.aggregatedList', scope: { region: 'us-central1' } });
      expect(emulator.requests.count({ action: 'machineTypes.aggregatedList' })).toBe(1);
    } finally {
      await single.close();
    }
  });

  it('names the family to rightsize within, without a call', () => {
    expect(pricing.familyOf('n2-standard-8')).toBe('n2-standard');
    expect(pricing.familyOf('n2d-highmem-4')).toBe('n2d-highmem');
    expect(pricing.familyOf('c3-standard-4-lssd')).toBe('c3-standard');
    expect(pricing.familyOf('e2-micro')).toBe('e2-shared-core');
    expect(pricing.familyOf('n2-custom-6-24576')).toBe('n2-custom');
    expect(pricing.familyOf('custom-4-16384')).toBe('n1-custom');
    expect(emulator.requests.count()).toBe(0);
  });
});
