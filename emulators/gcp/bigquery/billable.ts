// The GCP fleet's billable items, as the Cloud Billing export names them: service "Compute
// Engine"; each instance accrues its machine type's on-demand price while it runs
// (`sim.activity`), each disk its per-GiB-month price from creation while it exists. The detailed
// export names the resource twice: `resource.name` (the name the user gave it) and
// `resource.global_name` (//compute.googleapis.com/projects/P/zones/Z/instances/<numeric id>).
// Simplification: one line per VM where the real export splits vCPU, RAM and licence SKUs.
import { Decimal } from 'decimal.js';
import { hourlyOfMonthly, type BillableItem } from '../../kit/billing.js';
import type { GcpFleet } from '../fleet/fleet.js';
import type { GceDisk, GceInstance, GcpRegionData } from '../fleet/types.js';

export const COMPUTE_ENGINE_SERVICE = 'Compute Engine';

/** The emulator's price list, as the bill reads it: USD decimal strings; undefined when not sold. */
export interface GcpBillingPrices {
  instanceHourly(machineType: string, region: string, os: 'LINUX' | 'WINDOWS'): string | undefined;
  /** Per GiB-month of a disk type; `regional` for a replicated (regional) disk. */
  storageMonthlyPerGiB(diskType: string, region: string, regional: boolean): string | undefined;
}

/** A billable item with the detailed export's resource columns. */
export interface GcpBillableItem extends BillableItem {
  /** `resource.global_name`. */
  globalName: string;
}

const DISK_SKUS: Readonly<Record<string, string>> = {
  'pd-standard': 'Storage PD Capacity',
  'pd-balanced': 'Balanced PD Capacity',
  'pd-ssd': 'SSD backed PD Capacity',
  'hyperdisk-balanced': 'Hyperdisk Balanced Capacity',
};

const lastSegment = (url: string | undefined) => (url ?? '').slice((url ?? '').lastIndexOf('/') + 1);

export function gcpBillableItems(fleet: GcpFleet, prices: GcpBillingPrices): GcpBillableItem[] {
  return fleet.scopes().flatMap(({ project, region }) => {
    const data = fleet.region(project, region);
    return data ? regionItems(data, prices) : [];
  });
}

function regionItems(data: GcpRegionData, prices: GcpBillingPrices): GcpBillableItem[] {
  return [...data.instances.flatMap((i) => instanceItem(data, i, prices)), ...data.disks.flatMap((d) => diskItem(data, d, prices))];
}

function instanceItem(data: GcpRegionData, instance: GceInstance, prices: GcpBillingPrices): GcpBillableItem[] {
  const machineType = lastSegment(instance.machineType);
  const hourly = prices.instanceHourly(machineType, data.region, isWindows(instance) ? 'WINDOWS' : 'LINUX');
  if (hourly === undefined) return [];
  const zone = lastSegment(instance.zone);
  const family = machineType.startsWith('custom-') ? 'N1' : machineType.split('-')[0]!.toUpperCase();
  return [
    {
      resourceId: instance.name,
      globalName: `//compute.googleapis.com/projects/${data.project}/zones/${zone}/instances/${instance.id}`,
      account: data.project,
      region: data.region,
      service: COMPUTE_ENGINE_SERVICE,
      usageType: `${family} Instance Core and Ram running in ${data.region}`,
      tags: { ...instance.labels },
      currency: 'USD',
      hourly,
      accrues: instance.sim.activity,
    },
  ];
}

function diskItem(data: GcpRegionData, disk: GceDisk, prices: GcpBillingPrices): GcpBillableItem[] {
  const type = lastSegment(disk.type);
  const regional = disk.region !== undefined && disk.zone === undefined;
  const perGiB = prices.storageMonthlyPerGiB(type, data.region, regional);
  if (perGiB === undefined) return [];
  const location = regional ? `regions/${data.region}` : `zones/${lastSegment(disk.zone)}`;
  const sku = DISK_SKUS[type] ?? `${type} Capacity`;
  return [
    {
      resourceId: disk.name,
      globalName: `//compute.googleapis.com/projects/${data.project}/${location}/disks/${disk.id}`,
      account: data.project,
      region: data.region,
      service: COMPUTE_ENGINE_SERVICE,
      usageType: regional ? `Regional ${sku}` : sku,
      tags: { ...disk.labels },
      currency: 'USD',
      hourly: hourlyOfMonthly(new Decimal(perGiB).times(disk.sizeGb)),
      accrues: [{ from: new Date(disk.creationTimestamp), to: null }],
    },
  ];
}

/** Windows when the boot disk carries a Windows licence or guest OS feature. */
function isWindows(instance: GceInstance): boolean {
  const boot = instance.disks.find((d) => d.boot) ?? instance.disks[0];
  if (!boot) return false;
  return (boot.licenses ?? []).some((l) => /windows/i.test(l)) || (boot.guestOsFeatures ?? []).some((f) => f.type === 'WINDOWS');
}
