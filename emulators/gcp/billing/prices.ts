// The Compute Engine price table the emulator's Cloud Billing Catalog serves and a billing
// emulator bills by: on-demand (and Spot) list prices in USD as published late 2025, per machine
// family and region the fleet uses. Compute Engine prices a VM by its parts — vCPUs × the family's
// core rate + GiB of memory × its RAM rate — and a premium image (Windows Server) per vCPU on top.
// Decimal strings, never floats.
import { Decimal } from 'decimal.js';
import { GCE_MACHINE_TYPES, customMachineTypeSize } from '../fleet/catalogue.js';

export type GcpPriceOs = 'LINUX' | 'WINDOWS';

/** Per vCPU-hour and per GiB-hour. */
export interface CoreRamRates {
  core: string;
  ram: string;
}

export interface GcpFamilyRates {
  onDemand: CoreRamRates;
  spot: CoreRamRates;
  /** Custom machine types of the family (a 5% premium over predefined); absent where it has none. */
  custom?: CoreRamRates;
  /** 1-year committed use (resource-based), what the catalog lists beside on-demand; absent where not offered. */
  commit1Yr?: CoreRamRates;
}

/** How the catalog's SKU descriptions name each family's predefined and custom series. */
export const GCP_FAMILY_SERIES: Readonly<Record<string, { series: string; customSeries?: string }>> = {
  e2: { series: 'E2', customSeries: 'E2 Custom' },
  n1: { series: 'N1 Predefined', customSeries: 'Custom' },
  n2: { series: 'N2', customSeries: 'N2 Custom' },
  n2d: { series: 'N2D AMD', customSeries: 'N2D AMD Custom' },
  c3: { series: 'C3' },
  t2a: { series: 'T2A Arm' },
};

export type GcpDiskType = 'pd-standard' | 'pd-balanced' | 'pd-ssd' | 'hyperdisk-balanced';
export const GCP_DISK_TYPES: readonly GcpDiskType[] = ['pd-standard', 'pd-balanced', 'pd-ssd', 'hyperdisk-balanced'];

export interface GcpRegionPrices {
  /** The multi-region compute SKUs are named after ("Americas", "EMEA"). */
  computeLocation: string;
  /** The place storage SKUs are named after ("Iowa", "Belgium"). */
  storageLocation: string;
  /** By machine family (the machine type's prefix: "n2", "e2"); a family absent here is not sold in the region. */
  families: Readonly<Record<string, GcpFamilyRates>>;
  /** Per GiB-month of provisioned zonal disk (Hyperdisk: capacity only; its IOPS and throughput above the baseline are billed apart). */
  disks: Readonly<Record<GcpDiskType, string>>;
  /** Regional (replicated) persistent disk, per GiB-month. */
  regionalDisks: Readonly<Record<'pd-standard' | 'pd-balanced' | 'pd-ssd', string>>;
  /** Per GiB-month of standard snapshot storage. */
  snapshot: string;
  /** Hyperdisk Balanced per provisioned IOPS-month and MiB/s-month above the baseline. */
  hyperdiskIops: string;
  hyperdiskThroughput: string;
}

const rates = (core: string, ram: string): CoreRamRates => ({ core, ram });

export const GCP_PRICE_TABLE: Readonly<Record<string, GcpRegionPrices>> = {
  'us-central1': {
    computeLocation: 'Americas',
    storageLocation: 'Iowa',
    families: {
      e2: { onDemand: rates('0.021811', '0.002923'), spot: rates('0.006543', '0.000877'), custom: rates('0.022890', '0.003067'), commit1Yr: rates('0.013741', '0.001842') },
      n1: { onDemand: rates('0.031611', '0.004237'), spot: rates('0.006655', '0.000892'), custom: rates('0.033174', '0.004446'), commit1Yr: rates('0.019915', '0.002669') },
      n2: { onDemand: rates('0.031611', '0.004237'), spot: rates('0.007641', '0.001024'), custom: rates('0.033191', '0.004449'), commit1Yr: rates('0.019915', '0.002669') },
      n2d: { onDemand: rates('0.027502', '0.003686'), spot: rates('0.006648', '0.000891'), custom: rates('0.028877', '0.003870'), commit1Yr: rates('0.017326', '0.002322') },
      c3: { onDemand: rates('0.03398', '0.00456'), spot: rates('0.00513', '0.000687'), commit1Yr: rates('0.021407', '0.002873') },
      t2a: { onDemand: rates('0.022', '0.004125'), spot: rates('0.0066', '0.00124') },
    },
    disks: { 'pd-standard': '0.04', 'pd-balanced': '0.1', 'pd-ssd': '0.17', 'hyperdisk-balanced': '0.08' },
    regionalDisks: { 'pd-standard': '0.08', 'pd-balanced': '0.2', 'pd-ssd': '0.34' },
    snapshot: '0.05',
    hyperdiskIops: '0.005',
    hyperdiskThroughput: '0.04',
  },
  'europe-west1': {
    computeLocation: 'EMEA',
    storageLocation: 'Belgium',
    // About a tenth over us-central1; Tau T2A is not sold in Belgium.
    families: {
      e2: { onDemand: rates('0.023992', '0.003215'), spot: rates('0.007198', '0.000965'), custom: rates('0.025179', '0.003374'), commit1Yr: rates('0.015115', '0.002026') },
      n1: { onDemand: rates('0.034773', '0.004661'), spot: rates('0.007321', '0.000981'), custom: rates('0.036491', '0.004891'), commit1Yr: rates('0.021907', '0.002936') },
      n2: { onDemand: rates('0.034773', '0.004661'), spot: rates('0.008405', '0.001126'), custom: rates('0.03651', '0.004894'), commit1Yr: rates('0.021907', '0.002936') },
      n2d: { onDemand: rates('0.030253', '0.004055'), spot: rates('0.007313', '0.00098'), custom: rates('0.031765', '0.004257'), commit1Yr: rates('0.019059', '0.002554') },
      c3: { onDemand: rates('0.037378', '0.005016'), spot: rates('0.005643', '0.000756'), commit1Yr: rates('0.023548', '0.00316') },
    },
    disks: { 'pd-standard': '0.04', 'pd-balanced': '0.1', 'pd-ssd': '0.17', 'hyperdisk-balanced': '0.088' },
    regionalDisks: { 'pd-standard': '0.08', 'pd-balanced': '0.2', 'pd-ssd': '0.34' },
    snapshot: '0.05',
    hyperdiskIops: '0.0055',
    hyperdiskThroughput: '0.044',
  },
};

/** Windows Server (Datacenter), the same worldwide: per vCPU-hour, and per GiB-hour (nothing). */
export const GCP_WINDOWS_LICENCE: Readonly<{ edition: string; years: readonly string[]; core: string; ram: string }> = {
  edition: 'Datacenter Edition',
  years: ['2019', '2022'],
  core: '0.046',
  ram: '0',
};

/**
 * E2 shared-core types are billed for a fraction of a vCPU (their guestCpus is 2): the share of
 * the physical core they are sustained on. Memory is billed in full. The shared-core custom types
 * (`e2-custom-small-3072`) are billed the same share, at the E2 custom rates.
 */
export const GCP_SHARED_CORE_VCPUS: Readonly<Record<string, string>> = { 'e2-micro': '0.25', 'e2-small': '0.5', 'e2-medium': '1' };

/** `record[key]` when the record has it as its own entry (not an Object.prototype member). */
function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

export function gcpPricedRegions(): string[] {
  return Object.keys(GCP_PRICE_TABLE);
}

/** `n2-standard-8` → n2, `custom-4-16384` → n1 (the first generation's custom types carry no prefix). */
export function gcpFamilyOf(machineType: string): string {
  if (machineType.startsWith('custom-')) return 'n1';
  const dash = machineType.indexOf('-');
  return dash < 0 ? machineType : machineType.slice(0, dash);
}

/** The machine type's vCPUs and MiB: predefined ones the fleet knows, custom ones from their name. */
function sizeOf(machineType: string): { guestCpus: number; memoryMb: number; sharedCoreVcpus?: string } | undefined {
  return customMachineTypeSize(machineType) ?? GCE_MACHINE_TYPES.find((t) => t.name === machineType);
}

/** The core and RAM rates a machine type is billed at in a region; undefined where the region does not sell it. */
export function gcpMachineRates(machineType: string, region: string): CoreRamRates | undefined {
  const prices = own(GCP_PRICE_TABLE, region);
  const family = prices && own(prices.families, gcpFamilyOf(machineType));
  if (!family) return undefined;
  return customMachineTypeSize(machineType) ? family.custom : family.onDemand;
}

/** On-demand hourly price of a machine type in a region for an OS (USD decimal string); undefined where not sold. */
export function gcpInstanceHourly(machineType: string, region: string, os: GcpPriceOs): string | undefined {
  const size = sizeOf(machineType);
  const rates = gcpMachineRates(machineType, region);
  if (!size || !rates) return undefined;
  const vcpus = GCP_SHARED_CORE_VCPUS[machineType] ?? size.sharedCoreVcpus ?? size.guestCpus;
  const gib = new Decimal(size.memoryMb).dividedBy(1024);
  let hourly = new Decimal(vcpus).times(rates.core).plus(gib.times(rates.ram));
  // The licence counts the type's vCPUs, shared-core ones included.
  if (os === 'WINDOWS') hourly = hourly.plus(new Decimal(size.guestCpus).times(GCP_WINDOWS_LICENCE.core)).plus(gib.times(GCP_WINDOWS_LICENCE.ram));
  return hourly.toFixed();
}

/**
 * Per GiB-month of a disk type (or "snapshot") in a region (USD decimal string), of a regional
 * (replicated) disk when `regional`; undefined where not sold.
 */
export function gcpStorageMonthly(volumeType: string, region: string, regional = false): string | undefined {
  const prices = own(GCP_PRICE_TABLE, region);
  if (!prices) return undefined;
  if (volumeType === 'snapshot') return prices.snapshot;
  return own<string>(regional ? prices.regionalDisks : prices.disks, volumeType);
}
