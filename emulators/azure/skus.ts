// Microsoft.Compute/skus (Resource SKUs) and the older locations/{location}/vmSizes, from the
// fleet's catalogue: one entry per SKU and location, capabilities as strings, as ARM returns them.
import { AZURE_LOCATIONS, AZURE_VM_SIZES, type AzureVmSizeInfo } from '../fleet.js';
import { armErrors } from './errors.js';

const DISK_SKUS = [
  { name: 'Premium_LRS', tier: 'Premium', size: 'P10' },
  { name: 'StandardSSD_LRS', tier: 'Standard', size: 'E10' },
  { name: 'Standard_LRS', tier: 'Standard', size: 'S10' },
] as const;

/** The locations a Resource SKUs `$filter` asks for (only `location eq '…'` is supported, as on ARM). */
export function skuFilterLocation(filter: string | null): string | null {
  if (filter === null || filter.trim() === '') return null;
  const m = /^\s*location\s+eq\s+'([^']+)'\s*$/i.exec(filter);
  if (!m) throw armErrors.badRequest(`The filter '${filter}' is not supported. Only a location filter ("location eq 'westus'") is supported.`);
  return m[1]!.toLowerCase();
}

export function resourceSkus(location: string | null): object[] {
  const locations = AZURE_LOCATIONS.filter((l) => location === null || l.location === location);
  return locations.flatMap((l) => [
    ...AZURE_VM_SIZES.map((size) => vmSku(size, l.location, l.zones)),
    ...DISK_SKUS.map((d) => ({
      resourceType: 'disks',
      name: d.name,
      tier: d.tier,
      size: d.size,
      family: d.name,
      locations: [l.location],
      locationInfo: [{ location: l.location, zones: [...l.zones], zoneDetails: [] }],
      capabilities: [
        { name: 'MaxSizeGiB', value: '128' },
        { name: 'MinSizeGiB', value: '64' },
        { name: 'MaxIOps', value: '500' },
        { name: 'MaxBandwidthMBps', value: d.tier === 'Premium' ? '100' : '60' },
      ],
      restrictions: [],
    })),
  ]);
}

function vmSku(size: AzureVmSizeInfo, location: string, zones: readonly string[]): object {
  const cap = (name: string, value: string | number | boolean) => ({ name, value: typeof value === 'boolean' ? (value ? 'True' : 'False') : String(value) });
  return {
    resourceType: 'virtualMachines',
    name: size.name,
    tier: size.tier,
    size: size.size,
    family: size.family,
    locations: [location],
    locationInfo: [{ location, zones: [...zones], zoneDetails: [] }],
    capabilities: [
      cap('MaxResourceVolumeMB', 0),
      cap('OSVhdSizeMB', 1_047_552),
      cap('vCPUs', size.vCPUs),
      cap('MemoryPreservingMaintenanceSupported', true),
      cap('HyperVGenerations', size.architecture === 'Arm64' ? 'V2' : 'V1,V2'),
      cap('MemoryGB', size.memoryGB),
      cap('MaxDataDiskCount', size.maxDataDiskCount),
      cap('CpuArchitectureType', size.architecture),
      cap('LowPriorityCapable', true),
      cap('PremiumIO', size.premiumIO),
      cap('VMDeploymentTypes', 'IaaS'),
      cap('vCPUsAvailable', size.vCPUs),
      cap('vCPUsPerCore', size.vCPUs > 1 ? 2 : 1),
      cap('EphemeralOSDiskSupported', false),
      cap('AcceleratedNetworkingEnabled', size.acceleratedNetworking),
      cap('RdmaEnabled', false),
      cap('MaxNetworkInterfaces', size.maxNetworkInterfaces),
      cap('HibernationSupported', size.hibernationSupported),
    ],
    restrictions: [],
  };
}

/** The deprecated vmSizes list of one location (not paged). */
export function vmSizes(): object[] {
  return AZURE_VM_SIZES.map((size) => ({
    name: size.name,
    numberOfCores: size.vCPUs,
    osDiskSizeInMB: 1_047_552,
    resourceDiskSizeInMB: 0,
    memoryInMB: Math.round(size.memoryGB * 1024),
    maxDataDiskCount: size.maxDataDiskCount,
  }));
}
