// The Azure price table: it prices everything the simulated fleet runs and stores, where it runs
// it, with realistic list prices, and its derived rates are exact decimals.
import { describe, expect, it } from 'vitest';
import {
  AZURE_DISK_TIERS,
  AZURE_PRICE_LIST,
  AZURE_PRICED_LOCATIONS,
  azureDiskMonthlyPrice,
  azureDiskTierPrice,
  azureSnapshotPrice,
  azureVmHourlyPrice,
  type AzureSnapshotSkuName,
} from '../../../emulators/azure/index.js';
import type { AzureDiskSkuName } from '../../../emulators/azure/fleet/catalogue.js';
import { AZURE_LOCATIONS, AZURE_SUBSCRIPTIONS, AZURE_VM_SIZES, createFleet } from '../../../emulators/fleet.js';

const DECIMAL = /^\d+(\.\d+)?$/;

describe('Azure price table', () => {
  it('prices every VM size of the fleet in every location, Linux and (x64 only) Windows', () => {
    expect([...AZURE_PRICED_LOCATIONS].sort()).toEqual(AZURE_LOCATIONS.map((l) => l.location).sort());
    for (const { location } of AZURE_LOCATIONS) {
      for (const size of AZURE_VM_SIZES) {
        const linux = azureVmHourlyPrice(size.name, location, 'Linux');
        const windows = azureVmHourlyPrice(size.name, location, 'Windows');
        expect(linux, `${size.name} ${location}`).toMatch(DECIMAL);
        if (size.architecture === 'Arm64') {
          expect(windows).toBeUndefined(); // Azure sells no Windows licence on Arm64 sizes
        } else {
          expect(windows).toMatch(DECIMAL);
          expect(Number(windows)).toBeGreaterThan(Number(linux));
        }
      }
    }
  });

  it('has the real list prices of late 2025 where they are well known', () => {
    expect(azureVmHourlyPrice('Standard_D2s_v5', 'eastus', 'Linux')).toBe('0.096');
    expect(azureVmHourlyPrice('standard_d2s_v5', 'EastUS', 'Windows')).toBe('0.188');
    expect(azureDiskTierPrice('Premium_LRS', 'P10', 'eastus')).toBe('19.71');
    expect(azureDiskTierPrice('StandardSSD_LRS', 'E10', 'eastus')).toBe('9.6');
    expect(azureVmHourlyPrice('Standard_D2s_v5', 'mars', 'Linux')).toBeUndefined();
    expect(azureVmHourlyPrice('Standard_D64s_v5', 'eastus', 'Linux')).toBeUndefined();
  });

  it('derives Spot and Low Priority rates exactly, for every size (the fleet runs any size as Spot)', () => {
    expect(azureVmHourlyPrice('Standard_D2s_v5', 'eastus', 'Linux', 'spot')).toBe('0.0144');
    expect(azureVmHourlyPrice('Standard_D2s_v5', 'eastus', 'Windows', 'lowPriority')).toBe('0.0376');
    expect(azureVmHourlyPrice('Standard_B1s', 'eastus', 'Linux', 'spot')).toBe('0.00156');
    expect(azureVmHourlyPrice('Standard_D2ps_v5', 'eastus', 'Windows', 'spot')).toBeUndefined();
  });

  it('prices every VM the fleet runs, at its OS and priority (what a bill reads)', () => {
    const fleet = createFleet({ vmsPerScope: 60 });
    let spot = 0;
    for (const { subscriptionId } of AZURE_SUBSCRIPTIONS) {
      for (const vm of fleet.azure.resources(subscriptionId, 'virtualMachines')) {
        const priority = vm.properties.priority === 'Spot' ? 'spot' : 'regular';
        spot += priority === 'spot' ? 1 : 0;
        const price = AZURE_PRICE_LIST.vmHourly(vm.properties.hardwareProfile.vmSize, vm.location, vm.properties.storageProfile.osDisk.osType, priority);
        expect(price, `${vm.properties.hardwareProfile.vmSize} ${vm.location} ${priority}`).toMatch(DECIMAL);
      }
    }
    expect(spot).toBeGreaterThan(0);
  });

  it('prices every disk and snapshot the fleet holds, by the smallest tier that holds a disk', () => {
    const fleet = createFleet({ vmsPerScope: 30 });
    for (const { subscriptionId } of AZURE_SUBSCRIPTIONS) {
      for (const disk of fleet.azure.resources(subscriptionId, 'disks')) {
        const price = azureDiskMonthlyPrice(disk.sku.name as AzureDiskSkuName, disk.properties.diskSizeGB, disk.location);
        expect(price?.monthly, `${disk.sku.name} ${disk.properties.diskSizeGB} GiB in ${disk.location}`).toMatch(DECIMAL);
      }
      for (const snapshot of fleet.azure.resources(subscriptionId, 'snapshots')) {
        expect(azureSnapshotPrice(snapshot.sku.name as AzureSnapshotSkuName, snapshot.location)).toMatch(DECIMAL);
      }
    }
    expect(azureDiskMonthlyPrice('Premium_LRS', 127, 'eastus')).toEqual({ tier: 'P10', monthly: '19.71' });
    expect(azureDiskMonthlyPrice('Standard_LRS', 30, 'westeurope')).toEqual({ tier: 'S4', monthly: '1.69' });
    expect(azureDiskMonthlyPrice('Premium_ZRS', 128, 'eastus')).toEqual({ tier: 'P10', monthly: '29.57' });
  });

  it('lists each SKU\'s tiers smallest first', () => {
    for (const tiers of Object.values(AZURE_DISK_TIERS)) {
      const sizes = tiers.map((t) => t.maxSizeGiB);
      expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    }
  });
});
