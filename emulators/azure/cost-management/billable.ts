// The Azure fleet's billable items, as Cost Management names them: each VM accrues its
// pay-as-you-go hourly price while it runs (service "Virtual Machines"), each managed disk the
// monthly price of its performance tier while it exists (service "Storage"). Prices come from a
// price list the emulator is given, so the bill and the Retail Prices API agree.
import { hourlyOfMonthly, type BillableItem } from '../../kit/billing.js';
import type { AzureFleet } from '../fleet/fleet.js';
import type { AzureDiskSkuName } from '../fleet/catalogue.js';
import type { AzureDisk, AzureVirtualMachine } from '../fleet/types.js';

export const VM_SERVICE = 'Virtual Machines';
export const DISK_SERVICE = 'Storage';

/** The emulator's price list, as the bill reads it: decimal strings in `currency`; undefined when not listed. */
export interface AzurePriceList {
  currency: string;
  vmHourly(size: string, location: string, os: 'Linux' | 'Windows', priority: 'regular' | 'spot'): string | undefined;
  /** The tier a disk of this SKU and size falls in, and its price per month. */
  diskMonthly(sku: AzureDiskSkuName, sizeGiB: number, location: string): { tier: string; monthly: string } | undefined;
}

export function azureBillableItems(fleet: AzureFleet, prices: AzurePriceList): BillableItem[] {
  return fleet.scopes().flatMap((scope) => [
    ...scope.virtualMachines.flatMap((vm) => vmItem(vm, scope.subscriptionId, prices)),
    ...scope.disks.flatMap((disk) => diskItem(disk, scope.subscriptionId, prices)),
  ]);
}

function vmItem(vm: AzureVirtualMachine, subscriptionId: string, prices: AzurePriceList): BillableItem[] {
  const size = vm.properties.hardwareProfile.vmSize;
  const os = vm.properties.storageProfile.osDisk.osType;
  const spot = vm.properties.priority === 'Spot';
  const hourly = prices.vmHourly(size, vm.location, os, spot ? 'spot' : 'regular');
  if (hourly === undefined) return [];
  return [
    {
      resourceId: vm.id.toLowerCase(),
      account: subscriptionId,
      region: vm.location.toLowerCase(),
      service: VM_SERVICE,
      usageType: `${meterOfSize(size)}${spot ? ' Spot' : ''}${os === 'Windows' ? ' Windows' : ''}`,
      tags: { ...vm.tags },
      currency: prices.currency,
      hourly,
      accrues: vm.sim.activity,
    },
  ];
}

function diskItem(disk: AzureDisk, subscriptionId: string, prices: AzurePriceList): BillableItem[] {
  const price = prices.diskMonthly(disk.sku.name as AzureDiskSkuName, disk.properties.diskSizeGB, disk.location);
  if (price === undefined) return [];
  const redundancy = disk.sku.name.endsWith('ZRS') ? 'ZRS' : 'LRS';
  return [
    {
      resourceId: disk.id.toLowerCase(),
      account: subscriptionId,
      region: disk.location.toLowerCase(),
      service: DISK_SERVICE,
      usageType: `${price.tier} ${redundancy} Disk`,
      tags: { ...disk.tags },
      currency: prices.currency,
      hourly: hourlyOfMonthly(price.monthly),
      accrues: [{ from: new Date(disk.properties.timeCreated), to: null }],
    },
  ];
}

/** The meter a VM size bills under: "Standard_D2s_v5" → "D2s v5". */
function meterOfSize(size: string): string {
  return size.replace(/^(Standard|Basic)_/i, '').replace(/_/g, ' ');
}
