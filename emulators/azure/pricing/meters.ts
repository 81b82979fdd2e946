// The price table as the Retail Prices API lists it: one meter per VM size, location, OS and
// priority (on demand, Spot, Low Priority; reservations and Dev/Test rates beside them), and one
// per managed disk tier and snapshot SKU. Names follow the real catalog ("Virtual Machines Dsv5
// Series Windows", meter "D2s v5 Spot", "P10 LRS Disk"); ids are deterministic GUIDs.
import { Random, hashString } from '../../kit/prng.js';
import { azureVmSizeInfo, type AzureDiskSkuName } from '../fleet/catalogue.js';
import {
  AZURE_DISK_TIERS,
  AZURE_PRICED_LOCATIONS,
  RESERVATION_TERMS,
  azureDiskTierPrice,
  azurePricedVmSizes,
  azureReservationPrice,
  azureSnapshotPrice,
  azureVmHourlyPrice,
  type AzureOs,
  type AzureVmPriority,
} from './prices.js';

/** One meter, its price a USD decimal string (the answer writes it as a number in the asked currency). */
export interface RetailMeter {
  tierMinimumUnits: number;
  reservationTerm?: string;
  priceUsd: string;
  armRegionName: string;
  location: string;
  effectiveStartDate: string;
  meterId: string;
  meterName: string;
  productId: string;
  skuId: string;
  availabilityId: null;
  productName: string;
  skuName: string;
  serviceName: string;
  serviceId: string;
  serviceFamily: string;
  unitOfMeasure: string;
  type: 'Consumption' | 'Reservation' | 'DevTestConsumption';
  isPrimaryMeterRegion: boolean;
  armSkuName: string;
}

/** The Retail Prices API names locations its own way ("US East", not "East US"). */
const RETAIL_LOCATION: Readonly<Record<string, string>> = { eastus: 'US East', westeurope: 'EU West' };

/** Product series by Resource SKU family. */
const SERIES: Readonly<Record<string, string>> = {
  standardBSFamily: 'BS',
  standardDSv5Family: 'Dsv5',
  standardESv5Family: 'Esv5',
  standardFSv2Family: 'FSv2',
  standardDPSv5Family: 'Dpsv5',
};

const DISK_PRODUCT: Readonly<Record<AzureDiskSkuName, string>> = {
  Premium_LRS: 'Premium SSD Managed Disks',
  Premium_ZRS: 'Premium SSD Managed Disks',
  StandardSSD_LRS: 'Standard SSD Managed Disks',
  Standard_LRS: 'Standard HDD Managed Disks',
};

const VM_SERVICE = { serviceName: 'Virtual Machines', serviceId: 'DZH313Z7MMC8', serviceFamily: 'Compute' } as const;
const STORAGE_SERVICE = { serviceName: 'Storage', serviceId: 'DZH317F1HKN0', serviceFamily: 'Storage' } as const;
const EFFECTIVE_START = '2025-10-01T00:00:00Z';
const PRIORITY_SUFFIX: Readonly<Record<AzureVmPriority, string>> = { regular: '', spot: ' Spot', lowPriority: ' Low Priority' };

type MeterFields = Pick<RetailMeter, 'productName' | 'skuName' | 'meterName' | 'unitOfMeasure' | 'type' | 'armSkuName' | 'priceUsd'> & {
  service: typeof VM_SERVICE | typeof STORAGE_SERVICE;
  reservationTerm?: string;
};

function meter(location: string, f: MeterFields): RetailMeter {
  const productId = `DZH318${(hashString(f.productName) % 36 ** 6).toString(36).toUpperCase().padStart(6, '0')}`;
  return {
    tierMinimumUnits: 0,
    ...(f.reservationTerm ? { reservationTerm: f.reservationTerm } : {}),
    priceUsd: f.priceUsd,
    armRegionName: location,
    location: RETAIL_LOCATION[location] ?? location,
    effectiveStartDate: EFFECTIVE_START,
    meterId: Random.of('azure-retail-meter', f.productName, f.meterName, location, f.type, f.reservationTerm ?? '').uuid(),
    meterName: f.meterName,
    productId,
    skuId: `${productId}/${(hashString(f.skuName) % 36 ** 4).toString(36).toUpperCase().padStart(4, '0')}`,
    availabilityId: null,
    productName: f.productName,
    skuName: f.skuName,
    ...f.service,
    unitOfMeasure: f.unitOfMeasure,
    type: f.type,
    isPrimaryMeterRegion: true,
    armSkuName: f.armSkuName,
  };
}

/** "Virtual Machines Dsv5 Series" (+ " Windows") and the meter name "D2s v5". */
function vmNames(size: string, os: AzureOs): { productName: string; meterName: string } {
  const family = azureVmSizeInfo(size)?.family ?? '';
  const series = SERIES[family] ?? family.replace(/^standard|Family$/g, '');
  return {
    productName: `Virtual Machines ${series} Series${os === 'Windows' ? ' Windows' : ''}`,
    meterName: size.replace(/^Standard_/, '').replace(/_/g, ' '),
  };
}

function vmMeters(location: string, size: string): RetailMeter[] {
  const meters: RetailMeter[] = [];
  const hourly = (os: AzureOs, type: MeterFields['type'], priceUsd: string | undefined, suffix = '', reservationTerm?: string) => {
    if (priceUsd === undefined) return;
    const { productName, meterName } = vmNames(size, os);
    const name = `${meterName}${suffix}`;
    meters.push(meter(location, { service: VM_SERVICE, productName, skuName: name, meterName: name, unitOfMeasure: '1 Hour', type, armSkuName: size, priceUsd, reservationTerm }));
  };
  for (const os of ['Linux', 'Windows'] as const) {
    for (const priority of ['regular', 'spot', 'lowPriority'] as const) {
      hourly(os, 'Consumption', azureVmHourlyPrice(size, location, os, priority), PRIORITY_SUFFIX[priority]);
    }
  }
  // Dev/Test subscriptions run Windows without the licence: the Linux rate on the Windows product.
  if (azureVmHourlyPrice(size, location, 'Windows')) hourly('Windows', 'DevTestConsumption', azureVmHourlyPrice(size, location, 'Linux'));
  for (const term of RESERVATION_TERMS) hourly('Linux', 'Reservation', azureReservationPrice(size, location, term), '', term.term);
  return meters;
}

function diskMeters(location: string): RetailMeter[] {
  return (Object.keys(AZURE_DISK_TIERS) as AzureDiskSkuName[]).flatMap((sku) => {
    const redundancy = sku.endsWith('_ZRS') ? 'ZRS' : 'LRS';
    return AZURE_DISK_TIERS[sku].map((t) => {
      const skuName = `${t.tier} ${redundancy}`;
      const priceUsd = azureDiskTierPrice(sku, t.tier, location)!;
      return meter(location, { service: STORAGE_SERVICE, productName: DISK_PRODUCT[sku], skuName, meterName: `${skuName} Disk`, unitOfMeasure: '1/Month', type: 'Consumption', armSkuName: '', priceUsd });
    });
  });
}

/** Snapshot storage (per GiB-month) and the transaction meters standard disks also carry. */
function otherStorageMeters(location: string): RetailMeter[] {
  const storage = (productName: string, skuName: string, meterName: string, unitOfMeasure: string, priceUsd: string) =>
    meter(location, { service: STORAGE_SERVICE, productName, skuName, meterName, unitOfMeasure, type: 'Consumption', armSkuName: '', priceUsd });
  return [
    storage('Standard HDD Managed Disks', 'Snapshots LRS', 'LRS Snapshots', '1 GB/Month', azureSnapshotPrice('Standard_LRS', location)!),
    storage('Standard HDD Managed Disks', 'Snapshots ZRS', 'ZRS Snapshots', '1 GB/Month', azureSnapshotPrice('Standard_ZRS', location)!),
    storage('Standard HDD Managed Disks', 'Standard LRS', 'LRS Disk Operations', '10K', '0.0005'),
    storage('Standard SSD Managed Disks', 'Standard LRS', 'LRS Disk Operations', '10K', '0.002'),
  ];
}

let catalog: readonly RetailMeter[] | null = null;

/** Every meter of the table, in a fixed order (by location, VMs first). */
export function retailMeters(): readonly RetailMeter[] {
  catalog ??= AZURE_PRICED_LOCATIONS.flatMap((location) => [
    ...azurePricedVmSizes(location).flatMap((size) => vmMeters(location, size)),
    ...diskMeters(location),
    ...otherStorageMeters(location),
  ]);
  return catalog;
}
