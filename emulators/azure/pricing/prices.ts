// The Azure price table: pay-as-you-go list prices (USD, late 2025) of every VM size and managed
// disk SKU the simulated fleet uses, in every location it uses. The Retail Prices endpoint serves
// its meters from here, and a billing emulator bills from here (a VM: hourly price × running
// hours), so every number the sandbox shows agrees with this one table. Amounts are decimal
// strings; whatever is derived (Spot, Low Priority, reservations, other locations' disk prices)
// is computed with decimal.js, never in floating point.
import { Decimal } from 'decimal.js';
import type { AzureDiskSkuName } from '../fleet/catalogue.js';

export const AZURE_PRICE_CURRENCY = 'USD';

export type AzureOs = 'Linux' | 'Windows';

/** How a VM is bought: on demand, as an evictable Spot VM, or as a Batch low-priority node. */
export type AzureVmPriority = 'regular' | 'spot' | 'lowPriority';

/** USD per hour, on demand: [Linux, Windows]. Windows is null where Azure sells no Windows licence (Arm64 sizes). */
const VM_HOURLY: Readonly<Record<string, Readonly<Record<string, readonly [string, string | null]>>>> = {
  eastus: {
    Standard_B1s: ['0.0104', '0.0146'],
    Standard_B2s: ['0.0416', '0.0496'],
    Standard_B2ms: ['0.0832', '0.0992'],
    Standard_D2s_v5: ['0.096', '0.188'],
    Standard_D4s_v5: ['0.192', '0.376'],
    Standard_E4s_v5: ['0.252', '0.436'],
    Standard_F4s_v2: ['0.169', '0.353'],
    Standard_D2ps_v5: ['0.077', null],
  },
  westeurope: {
    Standard_B1s: ['0.0114', '0.016'],
    Standard_B2s: ['0.0456', '0.0536'],
    Standard_B2ms: ['0.0912', '0.1072'],
    Standard_D2s_v5: ['0.115', '0.207'],
    Standard_D4s_v5: ['0.23', '0.414'],
    Standard_E4s_v5: ['0.296', '0.48'],
    Standard_F4s_v2: ['0.193', '0.377'],
    Standard_D2ps_v5: ['0.092', null],
  },
};

/** Spot and Low Priority rates as a share of the on-demand rate (Spot moves with demand; this is a typical day). */
const PRIORITY_SHARE: Readonly<Record<Exclude<AzureVmPriority, 'regular'>, string>> = { spot: '0.15', lowPriority: '0.2' };

/** Reservations: the whole term's price as a share of that many on-demand hours. */
export const RESERVATION_TERMS: readonly { term: '1 Year' | '3 Years'; hours: number; share: string }[] = [
  { term: '1 Year', hours: 8760, share: '0.62' },
  { term: '3 Years', hours: 26_280, share: '0.4' },
];

/** Disk and snapshot storage costs this many times its East US price in each location. */
const STORAGE_LOCATION_FACTOR: Readonly<Record<string, string>> = { eastus: '1', westeurope: '1.1' };

/** A managed disk performance tier: its name (P10), the largest disk it holds, USD per disk-month in East US. */
export interface AzureDiskTier {
  tier: string;
  maxSizeGiB: number;
  eastusMonthly: string;
}

const tiers = (letter: string, rows: readonly (readonly [number, number, string])[]): AzureDiskTier[] =>
  rows.map(([n, maxSizeGiB, eastusMonthly]) => ({ tier: `${letter}${n}`, maxSizeGiB, eastusMonthly }));

const PREMIUM_LRS = tiers('P', [
  [1, 4, '0.77'],
  [2, 8, '1.54'],
  [3, 16, '3.01'],
  [4, 32, '5.28'],
  [6, 64, '10.21'],
  [10, 128, '19.71'],
  [15, 256, '38.01'],
  [20, 512, '73.22'],
  [30, 1024, '135.17'],
  [40, 2048, '259.05'],
  [50, 4096, '495.57'],
]);

/** Zone-redundant Premium SSD costs half as much again as locally redundant. */
const PREMIUM_ZRS = PREMIUM_LRS.map((t) => ({ ...t, eastusMonthly: new Decimal(t.eastusMonthly).times('1.5').toDecimalPlaces(2).toFixed() }));

/** Disk tiers by the model's disk SKU name, smallest first. */
export const AZURE_DISK_TIERS: Readonly<Record<AzureDiskSkuName, readonly AzureDiskTier[]>> = {
  Premium_LRS: PREMIUM_LRS,
  Premium_ZRS: PREMIUM_ZRS,
  StandardSSD_LRS: tiers('E', [
    [1, 4, '0.3'],
    [2, 8, '0.6'],
    [3, 16, '1.2'],
    [4, 32, '2.4'],
    [6, 64, '4.8'],
    [10, 128, '9.6'],
    [15, 256, '19.2'],
    [20, 512, '38.4'],
    [30, 1024, '76.8'],
    [40, 2048, '153.6'],
    [50, 4096, '307.2'],
  ]),
  Standard_LRS: tiers('S', [
    [4, 32, '1.54'],
    [6, 64, '3.01'],
    [10, 128, '5.89'],
    [15, 256, '11.33'],
    [20, 512, '21.76'],
    [30, 1024, '40.96'],
    [40, 2048, '77.83'],
    [50, 4096, '143.36'],
  ]),
};

export type AzureSnapshotSkuName = 'Standard_LRS' | 'Standard_ZRS';

/** Snapshot storage, USD per GiB-month in East US, by the snapshot's SKU. */
const SNAPSHOT_EASTUS: Readonly<Record<AzureSnapshotSkuName, string>> = { Standard_LRS: '0.05', Standard_ZRS: '0.0625' };

/** Locations the table prices (every location of the fleet). */
export const AZURE_PRICED_LOCATIONS: readonly string[] = Object.keys(VM_HOURLY);

/** VM sizes priced in a location. */
export function azurePricedVmSizes(location: string): string[] {
  return Object.keys(VM_HOURLY[location.toLowerCase()] ?? {});
}

/** USD per hour of a VM size in a location, for an OS and priority; undefined where Azure sells none. */
export function azureVmHourlyPrice(size: string, location: string, os: AzureOs, priority: AzureVmPriority = 'regular'): string | undefined {
  const row = Object.entries(VM_HOURLY[location.toLowerCase()] ?? {}).find(([name]) => name.toLowerCase() === size.toLowerCase())?.[1];
  const onDemand = row ? (os === 'Linux' ? row[0] : row[1]) : null;
  if (!onDemand) return undefined;
  if (priority === 'regular') return onDemand;
  return new Decimal(onDemand).times(PRIORITY_SHARE[priority]).toDecimalPlaces(6).toFixed();
}

/** The price of a reservation's whole term (USD), from the Linux on-demand rate. */
export function azureReservationPrice(size: string, location: string, term: (typeof RESERVATION_TERMS)[number]): string | undefined {
  const hourly = azureVmHourlyPrice(size, location, 'Linux');
  return hourly === undefined ? undefined : new Decimal(hourly).times(term.hours).times(term.share).toDecimalPlaces(2).toFixed();
}

/** USD per disk-month of one tier of a disk SKU in a location. */
export function azureDiskTierPrice(sku: AzureDiskSkuName, tier: string, location: string): string | undefined {
  const factor = STORAGE_LOCATION_FACTOR[location.toLowerCase()];
  const found = AZURE_DISK_TIERS[sku]?.find((t) => t.tier === tier);
  return factor && found ? new Decimal(found.eastusMonthly).times(factor).toDecimalPlaces(2).toFixed() : undefined;
}

/** What a disk of `sizeGiB` costs a month: the smallest tier of its SKU that holds it. */
export function azureDiskMonthlyPrice(sku: AzureDiskSkuName, sizeGiB: number, location: string): { tier: string; monthly: string } | undefined {
  const tier = AZURE_DISK_TIERS[sku]?.find((t) => t.maxSizeGiB >= sizeGiB);
  const monthly = tier ? azureDiskTierPrice(sku, tier.tier, location) : undefined;
  return tier && monthly ? { tier: tier.tier, monthly } : undefined;
}

/** USD per GiB-month of snapshot storage of a SKU in a location. */
export function azureSnapshotPrice(sku: AzureSnapshotSkuName, location: string): string | undefined {
  const factor = STORAGE_LOCATION_FACTOR[location.toLowerCase()];
  return factor ? new Decimal(SNAPSHOT_EASTUS[sku]).times(factor).toDecimalPlaces(4).toFixed() : undefined;
}

/** The table as one price list: what a bill reads (a VM by size, location, OS and priority; a disk by SKU and size). */
export const AZURE_PRICE_LIST = {
  currency: AZURE_PRICE_CURRENCY,
  vmHourly: azureVmHourlyPrice,
  diskMonthly: azureDiskMonthlyPrice,
  snapshotMonthlyPerGiB: azureSnapshotPrice,
} as const;
