// Compute Engine prices a VM by its parts, so a machine type's hourly price is built here from the
// catalog's rates (sku-rates.ts) and the type's size (machineTypes): vCPUs × the family's core
// rate + GiB of memory × its RAM rate; Windows adds the licence, per vCPU-hour (and per GiB-hour,
// zero today). The rules, as Compute Engine bills them:
//   - E2 shared-core types (e2-micro, e2-small, e2-medium) report 2 vCPUs but are billed for the
//     share of a core they are sustained on: 0.25, 0.5 and 1 vCPU; memory is billed in full;
//   - the Windows licence counts the type's vCPUs as it reports them (2 for the shared-core E2s);
//   - custom types (`n2-custom-6-24576`, `custom-4-16384` = N1) use the family's custom rates;
//     the E2 shared-core custom types (`e2-custom-small-3072`) the E2 custom rates, for the same
//     vCPU share as their predefined siblings (custom-machine-types.ts);
//   - a type whose family lacks a core or RAM rate in the region, or Windows without a licence
//     rate, or parts quoted in different currencies, has no price (absent, never guessed).
// Pure; exact decimal arithmetic.
import { Decimal } from 'decimal.js';
import type { InstancePrice, OsFamily, StoragePrice } from '../pricing.js';
import { parseCustomMachineType } from './custom-machine-types.js';
import type { CoreRam, RegionRates, SkuRate } from './sku-rates.js';

/** A machine type's size, as machineTypes.list reports it. */
export interface MachineTypeSize {
  name: string;
  vcpus: number;
  memoryMiB: number;
}

/** vCPUs billed for the E2 shared-core types. */
export const SHARED_CORE_BILLED_VCPUS: Readonly<Record<string, string>> = { 'e2-micro': '0.25', 'e2-small': '0.5', 'e2-medium': '1' };

/** The machine family a type is priced by, and whether it is a custom type. */
export function pricingFamilyOf(machineType: string): { family: string; custom: boolean } {
  const custom = parseCustomMachineType(machineType);
  if (custom) return { family: custom.family, custom: true };
  const dash = machineType.indexOf('-');
  return { family: dash < 0 ? machineType : machineType.slice(0, dash), custom: false };
}

/**
 * The family for rightsizing: the series and shape without the size ("n2-standard-8" →
 * "n2-standard", "n2d-highmem-4" → "n2d-highmem"); the E2 shared-core types are one family
 * ("e2-shared-core"); custom types are "<family>-custom".
 */
export function rightsizingFamilyOf(machineType: string): string {
  if (Object.hasOwn(SHARED_CORE_BILLED_VCPUS, machineType)) return 'e2-shared-core';
  const { family, custom } = pricingFamilyOf(machineType);
  if (custom) return `${family}-custom`;
  return machineType.replace(/-\d+[a-z]*(?:-[a-z]+)?$/, '');
}

function ratesOf(rates: RegionRates, machineType: string): CoreRam | undefined {
  const { family, custom } = pricingFamilyOf(machineType);
  return (custom ? rates.custom : rates.predefined).get(family);
}

/** The type's on-demand hourly price in the region for the OS; null when the catalog cannot price it. */
export function instancePriceOf(type: MachineTypeSize, rates: RegionRates, region: string, os: OsFamily): InstancePrice | null {
  const family = ratesOf(rates, type.name);
  if (!family?.core || !family.ram) return null;
  const licence = os === 'WINDOWS' ? rates.windows : null;
  if (licence && !licence.core) return null;
  const parts: SkuRate[] = [family.core, family.ram, ...(licence ? [licence.core!, ...(licence.ram ? [licence.ram] : [])] : [])];
  const currency = family.core.currency;
  if (parts.some((p) => p.currency !== currency)) return null;

  const gib = new Decimal(type.memoryMiB).dividedBy(1024);
  const billedVcpus = new Decimal(SHARED_CORE_BILLED_VCPUS[type.name] ?? parseCustomMachineType(type.name)?.billedVcpus ?? type.vcpus);
  let hourly = billedVcpus.times(family.core.amount).plus(gib.times(family.ram.amount));
  if (licence) {
    hourly = hourly.plus(new Decimal(type.vcpus).times(licence.core!.amount));
    if (licence.ram) hourly = hourly.plus(gib.times(licence.ram.amount));
  }
  return {
    provider: 'gcp',
    region,
    instanceType: type.name,
    os,
    vcpus: type.vcpus,
    memoryMiB: type.memoryMiB,
    hourly: { amount: hourly.toFixed(), currency },
    sku: parts.map((p) => p.skuId).join('+'),
    description: descriptionOf(family.core, licence ? rates.windows.year : undefined),
  };
}

/** "N2 Instance Core + Ram running in Americas", "+ Windows Server 2022 licence" for Windows. */
function descriptionOf(core: SkuRate, windowsYear: number | undefined): string {
  const machine = core.description.replace(/ Instance Core /, ' Instance Core + Ram ');
  return windowsYear === undefined ? machine : `${machine} + Windows Server ${windowsYear} Datacenter licence`;
}

/** Every disk type (and snapshot storage) the catalog prices in the region, per GiB-month, by volumeType. */
export function storagePricesOf(rates: RegionRates, region: string): StoragePrice[] {
  return [...rates.storage.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([volumeType, rate]) => ({
      provider: 'gcp' as const,
      region,
      volumeType,
      unit: 'GIB_MONTH' as const,
      maxSizeGiB: null,
      monthly: { amount: rate.amount.toFixed(), currency: rate.currency },
      sku: rate.skuId,
      description: rate.description,
    }));
}
