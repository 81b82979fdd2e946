// The rules that turn Cloud Billing Catalog SKUs into prices, without a server: which SKUs count
// (on demand, the region's, the recognised descriptions and units), exact units + nanos, and how a
// machine type's price is put together from them.
import { describe, expect, it } from 'vitest';
import { instancePriceOf, pricingFamilyOf, storagePricesOf } from '../../../src/providers/gcp/machine-prices.js';
import { pricedFamilies, rateOf, regionRates, type CatalogSku } from '../../../src/providers/gcp/sku-rates.js';

let next = 0;
function sku(description: string, units: string, nanos: number, extra: { family?: string; usage?: string; regions?: string[]; unit?: string; currency?: string; tiers?: { start: number; units: string; nanos: number }[] } = {}): CatalogSku {
  const family = extra.family ?? (description.startsWith('Licensing') ? 'License' : /PD|Hyperdisk/.test(description) ? 'Storage' : 'Compute');
  const unit = extra.unit ?? (family === 'Storage' ? 'GiBy.mo' : / Ram |RAM cost/.test(description) ? 'GiBy.h' : 'h');
  const tiers = extra.tiers ?? [{ start: 0, units, nanos }];
  return {
    skuId: `SKU-${++next}`,
    description,
    category: { resourceFamily: family, usageType: extra.usage ?? 'OnDemand' },
    serviceRegions: extra.regions ?? (family === 'License' ? ['global'] : ['us-central1']),
    pricingInfo: [
      {
        pricingExpression: {
          usageUnit: unit,
          tieredRates: tiers.map((t) => ({ startUsageAmount: t.start, unitPrice: { currencyCode: extra.currency ?? 'USD', units: t.units, nanos: t.nanos } })),
        },
      },
    ],
  };
}

const N2 = [sku('N2 Instance Core running in Americas', '0', 31_611_000), sku('N2 Instance Ram running in Americas', '0', 4_237_000)];
const E2 = [sku('E2 Instance Core running in Americas', '0', 21_811_000), sku('E2 Instance Ram running in Americas', '0', 2_923_000)];
const WINDOWS = [
  sku('Licensing Fee for Windows Server 2019 Datacenter Edition (CPU cost)', '0', 46_000_000),
  sku('Licensing Fee for Windows Server 2022 Datacenter Edition (CPU cost)', '0', 46_000_000),
  sku('Licensing Fee for Windows Server 2022 Datacenter Edition (RAM cost)', '0', 0),
];

describe('regionRates', () => {
  it('takes on-demand core and RAM per family, ignoring what only looks like them', () => {
    const decoys = [
      sku('Spot Preemptible N2 Instance Core running in Americas', '0', 7_641_000, { usage: 'Preemptible' }),
      sku('Commitment v1: N2 Cpu in Americas for 1 Year', '0', 19_915_000, { usage: 'Commit1Yr' }),
      sku('N2 Sole Tenancy Instance Core running in Americas', '0', 34_772_000),
      sku('N2 Custom Extended Instance Ram running in Americas', '0', 9_550_000),
      sku('N2 Instance Core running in Virginia', '0', 35_605_000, { regions: ['us-east4'] }),
      sku('Memory-optimized Instance Core running in Americas', '0', 34_800_000),
      sku('Nvidia Tesla T4 GPU running in Americas', '0', 350_000_000),
      sku('N2 Instance Ram running in Americas', '0', 4_237, { unit: 'MiBy.h' }),
    ];
    const rates = regionRates([...decoys, ...N2], 'us-central1');
    expect(rates.predefined.get('n2')!.core!.amount.toFixed()).toBe('0.031611');
    expect(rates.predefined.get('n2')!.ram!.amount.toFixed()).toBe('0.004237');
    expect(rates.custom.size).toBe(0);
    expect(pricedFamilies(rates)).toEqual(['n2']);
  });

  it('reads custom series (N1 custom has none), the newest Windows Datacenter licence and zonal disk capacity', () => {
    const rates = regionRates(
      [
        sku('N2D AMD Custom Instance Core running in Americas', '0', 28_877_000),
        sku('Custom Instance Ram running in Americas', '0', 4_446_000),
        ...WINDOWS,
        sku('Licensing Fee for SQL Server 2022 Standard (CPU cost)', '0', 164_500_000),
        sku('Regional Balanced PD Capacity in Iowa', '0', 200_000_000),
        sku('Balanced PD Capacity in Iowa', '0', 100_000_000),
        sku('Hyperdisk Balanced IOPS in Iowa', '0', 5_000_000, { unit: 'mo' }),
        sku('Storage PD Snapshot in Iowa', '0', 50_000_000),
      ],
      'us-central1',
    );
    expect(rates.custom.get('n2d')!.core!.amount.toFixed()).toBe('0.028877');
    expect(rates.custom.get('n1')!.ram!.amount.toFixed()).toBe('0.004446');
    expect(rates.windows.year).toBe(2022);
    expect(rates.windows.core!.description).toContain('2022');
    expect([...rates.storage.keys()].sort()).toEqual(['pd-balanced', 'snapshot']);
    expect(storagePricesOf(rates, 'us-central1').map((s) => [s.volumeType, s.monthly.amount])).toEqual([
      ['pd-balanced', '0.1'],
      ['snapshot', '0.05'],
    ]);
  });

  it('reads units + nanos exactly, from the tier starting at 0 of the latest pricing', () => {
    const big = sku('X', '12', 345_678_901);
    expect(rateOf(big, 'h')!.amount.toFixed()).toBe('12.345678901');
    const tiered = sku('Y', '', 0, { tiers: [{ start: 0, units: '0', nanos: 120_000_000 }, { start: 1024, units: '0', nanos: 110_000_000 }] });
    expect(rateOf(tiered, 'h')!.amount.toFixed()).toBe('0.12');
    expect(rateOf(big, 'GiBy.h')).toBeUndefined();
  });
});

describe('instancePriceOf', () => {
  const rates = regionRates([...N2, ...E2, ...WINDOWS, sku('N2 Custom Instance Core running in Americas', '0', 33_191_000), sku('N2 Custom Instance Ram running in Americas', '0', 4_449_000)], 'us-central1');

  it('adds vCPUs × core and GiB × RAM, and the licence per vCPU for Windows', () => {
    const linux = instancePriceOf({ name: 'n2-standard-8', vcpus: 8, memoryMiB: 32768 }, rates, 'us-central1', 'LINUX')!;
    expect(linux.hourly).toEqual({ amount: '0.388472', currency: 'USD' });
    expect(linux.sku.split('+')).toHaveLength(2);
    const windows = instancePriceOf({ name: 'n2-standard-8', vcpus: 8, memoryMiB: 32768 }, rates, 'us-central1', 'WINDOWS')!;
    expect(windows.hourly.amount).toBe('0.756472');
    expect(windows.sku.split('+')).toHaveLength(4);
  });

  it('bills E2 shared-core types for their share of a core, the licence for their 2 vCPUs', () => {
    const micro = { name: 'e2-micro', vcpus: 2, memoryMiB: 1024 };
    expect(instancePriceOf(micro, rates, 'us-central1', 'LINUX')!.hourly.amount).toBe('0.00837575');
    expect(instancePriceOf(micro, rates, 'us-central1', 'WINDOWS')!.hourly.amount).toBe('0.10037575');
    expect(instancePriceOf({ name: 'e2-medium', vcpus: 2, memoryMiB: 4096 }, rates, 'us-central1', 'LINUX')!.hourly.amount).toBe('0.033503');
  });

  it('prices custom types with the custom rates, and nothing it has no rate for', () => {
    expect(instancePriceOf({ name: 'n2-custom-6-24576', vcpus: 6, memoryMiB: 24576 }, rates, 'us-central1', 'LINUX')!.hourly.amount).toBe('0.305922');
    expect(instancePriceOf({ name: 'e2-custom-2-6144', vcpus: 2, memoryMiB: 6144 }, rates, 'us-central1', 'LINUX')).toBeNull();
    expect(instancePriceOf({ name: 'c3-standard-4', vcpus: 4, memoryMiB: 16384 }, rates, 'us-central1', 'LINUX')).toBeNull();
    const noLicence = regionRates(N2, 'us-central1');
    expect(instancePriceOf({ name: 'n2-standard-2', vcpus: 2, memoryMiB: 8192 }, noLicence, 'us-central1', 'WINDOWS')).toBeNull();
    const mixed = regionRates([N2[0]!, sku('N2 Instance Ram running in Americas', '0', 3_654_413, { currency: 'EUR' })], 'us-central1');
    expect(instancePriceOf({ name: 'n2-standard-2', vcpus: 2, memoryMiB: 8192 }, mixed, 'us-central1', 'LINUX')).toBeNull();
  });

  it('knows the family a type is priced by', () => {
    expect(pricingFamilyOf('n2d-highmem-4')).toEqual({ family: 'n2d', custom: false });
    expect(pricingFamilyOf('custom-4-16384')).toEqual({ family: 'n1', custom: true });
    expect(pricingFamilyOf('e2-custom-2-6144-ext')).toEqual({ family: 'e2', custom: true });
    expect(pricingFamilyOf('e2-custom-micro-2048')).toEqual({ family: 'e2', custom: true });
  });

  it('bills E2 shared-core custom types for the same share of a core, at the E2 custom rates', () => {
    const custom = regionRates([...E2, ...WINDOWS, sku('E2 Custom Instance Core running in Americas', '0', 22_890_000), sku('E2 Custom Instance Ram running in Americas', '0', 3_067_000)], 'us-central1');
    const small = { name: 'e2-custom-small-3072', vcpus: 2, memoryMiB: 3072 };
    // 0.5 × 0.02289 + 3 × 0.003067
    expect(instancePriceOf(small, custom, 'us-central1', 'LINUX')!.hourly.amount).toBe('0.020646');
    // The licence counts the 2 vCPUs the guest sees, as for e2-small.
    expect(instancePriceOf(small, custom, 'us-central1', 'WINDOWS')!.hourly.amount).toBe('0.112646');
    expect(instancePriceOf({ name: 'e2-custom-micro-2048', vcpus: 2, memoryMiB: 2048 }, custom, 'us-central1', 'LINUX')!.hourly.amount).toBe('0.0118565');
    expect(instancePriceOf({ name: 'e2-custom-medium-6144', vcpus: 2, memoryMiB: 6144 }, custom, 'us-central1', 'LINUX')!.hourly.amount).toBe('0.041292');
  });
});
