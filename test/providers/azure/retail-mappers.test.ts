// What the Azure pricing adapter keeps of Retail Prices items, without a server: on-demand meters
// only, one per size, joined with Resource SKUs; disk tiers and snapshot storage; exact amounts.
import { describe, expect, it } from 'vitest';
import type { RetailPriceItem } from '../../../src/providers/azure/retail-client.js';
import { diskPriceFilter, diskPrices } from '../../../src/providers/azure/retail-disk-prices.js';
import { amountOf, azureFamilyOf, joinVmPrices, onDemandVmItems, vmPriceFilter } from '../../../src/providers/azure/retail-vm-prices.js';

const vm = (over: Partial<RetailPriceItem>): RetailPriceItem => ({
  retailPrice: 0.096,
  meterId: 'm-linux',
  meterName: 'D2s v5',
  skuName: 'D2s v5',
  productName: 'Virtual Machines Dsv5 Series',
  unitOfMeasure: '1 Hour',
  type: 'Consumption',
  armSkuName: 'Standard_D2s_v5',
  isPrimaryMeterRegion: true,
  effectiveStartDate: '2024-01-01T00:00:00Z',
  ...over,
});

const disk = (meterName: string, over: Partial<RetailPriceItem> = {}): RetailPriceItem => ({
  retailPrice: 19.71,
  meterId: `m-${meterName}`,
  meterName,
  productName: 'Premium SSD Managed Disks',
  unitOfMeasure: '1/Month',
  type: 'Consumption',
  armSkuName: '',
  ...over,
});

describe('VM meters', () => {
  it('asks for the region\'s pay-as-you-go VM meters, Windows ones only for Windows', () => {
    expect(vmPriceFilter('eastus', 'LINUX')).toBe("serviceName eq 'Virtual Machines' and armRegionName eq 'eastus' and priceType eq 'Consumption'");
    expect(vmPriceFilter("o'hare", 'WINDOWS')).toBe(
      "serviceName eq 'Virtual Machines' and armRegionName eq 'o''hare' and priceType eq 'Consumption' and contains(productName, 'Windows')",
    );
  });

  it('keeps on-demand hourly meters of the OS asked for: no Spot, Low Priority, reservations, Dev/Test or other OS', () => {
    const items = [
      vm({}),
      vm({ meterId: 'spot', meterName: 'D2s v5 Spot', skuName: 'D2s v5 Spot', retailPrice: 0.01 }),
      vm({ meterId: 'spot-sku-only', skuName: 'D2s v5 Spot', retailPrice: 0.01 }),
      vm({ meterId: 'lp', meterName: 'D2s v5 Low Priority', retailPrice: 0.02 }),
      vm({ meterId: 'ri', type: 'Reservation', retailPrice: 500 }),
      vm({ meterId: 'devtest', type: 'DevTestConsumption', productName: 'Virtual Machines Dsv5 Series Windows' }),
      vm({ meterId: 'win', productName: 'Virtual Machines Dsv5 Series Windows', retailPrice: 0.188 }),
      vm({ meterId: 'monthly', unitOfMeasure: '1/Month' }),
      vm({ meterId: 'no-size', armSkuName: '' }),
    ];
    expect([...onDemandVmItems(items, 'LINUX').values()].map((i) => i.meterId)).toEqual(['m-linux']);
    expect([...onDemandVmItems(items, 'WINDOWS').values()].map((i) => i.meterId)).toEqual(['win']);
  });

  it('keeps one meter per size: the primary region\'s, then the most recent', () => {
    const items = [
      vm({ meterId: 'old', effectiveStartDate: '2022-01-01T00:00:00Z' }),
      vm({ meterId: 'new', armSkuName: 'standard_d2s_v5', effectiveStartDate: '2025-01-01T00:00:00Z' }),
      vm({ meterId: 'secondary', isPrimaryMeterRegion: false, effectiveStartDate: '2026-01-01T00:00:00Z' }),
    ];
    expect([...onDemandVmItems(items, 'LINUX').values()].map((i) => i.meterId)).toEqual(['new']);
  });

  it('drops sizes Resource SKUs does not describe, and carries the amount exactly', () => {
    const offers = onDemandVmItems([vm({}), vm({ meterId: 'a1', armSkuName: 'Standard_A1', meterName: 'A1', retailPrice: 1e-7 })], 'LINUX');
    const specs = new Map([['standard_d2s_v5', { vcpus: 2, memoryMiB: 8192 }]]);
    expect(joinVmPrices(offers, specs, { region: 'eastus', os: 'LINUX', currency: 'USD' })).toEqual([
      {
        provider: 'azure',
        region: 'eastus',
        instanceType: 'Standard_D2s_v5',
        os: 'LINUX',
        vcpus: 2,
        memoryMiB: 8192,
        hourly: { amount: '0.096', currency: 'USD' },
        sku: 'm-linux',
        description: 'Virtual Machines Dsv5 Series: D2s v5',
      },
    ]);
    expect(amountOf(vm({ retailPrice: 1e-7 }))).toBe('0.0000001');
    expect(amountOf(vm({ retailPrice: 0.1 + 0.2 }))).toBe('0.30000000000000004'); // what the API wrote, never rounded here
    expect(amountOf(vm({ retailPrice: -1 }))).toBeNull();
    expect(amountOf(vm({ retailPrice: Number.NaN }))).toBeNull();
  });

  it('names families', () => {
    expect(['Standard_E4-2s_v5', 'Standard_NC24ads_A100_v4', 'Standard_M8ms', 'Standard_D2ds_v5', 'odd-name'].map(azureFamilyOf)).toEqual([
      'ESv5',
      'NCADSA100v4',
      'MS',
      'DDSv5',
      'odd-name',
    ]);
  });
});

describe('disk meters', () => {
  it('asks for the three managed disk products of the region', () => {
    expect(diskPriceFilter('eastus')).toBe(
      "serviceName eq 'Storage' and armRegionName eq 'eastus' and priceType eq 'Consumption' and (productName eq 'Premium SSD Managed Disks' or productName eq 'Standard SSD Managed Disks' or productName eq 'Standard HDD Managed Disks')",
    );
  });

  it('maps tier meters to the model\'s disk SKU names with their sizes, snapshots per GiB-month, and ignores the rest', () => {
    const items = [
      disk('P10 LRS Disk'),
      disk('P4 ZRS Disk', { retailPrice: 7.92 }),
      disk('E30 LRS Disk', { productName: 'Standard SSD Managed Disks', retailPrice: 76.8 }),
      disk('S80 LRS Disk', { productName: 'Standard HDD Managed Disks', retailPrice: 1638.4 }),
      disk('LRS Snapshots', { productName: 'Standard HDD Managed Disks', unitOfMeasure: '1 GB/Month', retailPrice: 0.05 }),
      disk('LRS Disk Operations', { productName: 'Standard HDD Managed Disks', unitOfMeasure: '10K', retailPrice: 0.0005 }),
      disk('P10 LRS Disk Mount', { unitOfMeasure: '1/Month' }),
      disk('E10 LRS Disk'), // an E tier under the Premium product: not a price of anything the model has
      disk('P99 LRS Disk'),
      disk('P20 LRS Disk', { type: 'Reservation' }),
      disk('P10 LRS Disk', { productName: 'Ultra Disks' }),
    ];
    expect(diskPrices(items, 'eastus', 'USD').map((p) => [p.volumeType, p.unit, p.maxSizeGiB, p.monthly.amount])).toEqual([
      ['Premium_LRS', 'DISK_MONTH', 128, '19.71'],
      ['Premium_ZRS', 'DISK_MONTH', 32, '7.92'],
      ['snapshot', 'GIB_MONTH', null, '0.05'],
      ['Standard_LRS', 'DISK_MONTH', 32_767, '1638.4'],
      ['StandardSSD_LRS', 'DISK_MONTH', 1024, '76.8'],
    ]);
  });
});
