// What the Cloud Billing Catalog's Compute Engine SKUs say one region costs: per machine family the
// on-demand core (per vCPU-hour) and RAM (per GiB-hour) rates, predefined and custom apart; the
// Windows Server licence (per vCPU-hour and GiB-hour, worldwide); persistent disk and snapshot
// storage per GiB-month. Pure. SKUs are recognised by their description, the one field that names
// the series consistently (resourceGroup is "CPU" for some families, "N2Standard" for others):
//   "N2 Instance Core running in Americas", "N2D AMD Instance Ram running in EMEA",
//   "N2 Custom Instance Core running in …", "Custom Instance Ram running in …" (N1's custom),
//   "Licensing Fee for Windows Server 2022 Datacenter Edition (CPU cost)", "Balanced PD Capacity in Iowa".
// Only usageType OnDemand counts (not Preemptible/Spot, not Commit1Yr); sole tenancy, extended
// memory, regional disks, GPUs and the like do not match and are left out.
import type { protos } from '@google-cloud/billing';
import { Decimal } from 'decimal.js';

export type CatalogSku = protos.google.cloud.billing.v1.ISku;

/** One SKU's on-demand price per its usage unit. */
export interface SkuRate {
  skuId: string;
  description: string;
  amount: Decimal;
  currency: string;
}

export interface CoreRam {
  core?: SkuRate;
  ram?: SkuRate;
}

export interface RegionRates {
  /** By machine family ("n2", "e2", "n2d"). */
  predefined: Map<string, CoreRam>;
  /** Custom machine types, by family ("n1" for `custom-…`). */
  custom: Map<string, CoreRam>;
  /** The newest Windows Server Datacenter licence the catalog lists. */
  windows: CoreRam & { year?: number };
  /** Per GiB-month, by the model's volumeType ("pd-balanced", "snapshot"). */
  storage: Map<string, SkuRate>;
}

/** "<Series>[ AMD| Arm| Predefined][ Custom] Instance Core|Ram running in <place>"; no series: N1 custom. */
const CORE_RAM = /^(?:([A-Z][0-9][A-Z0-9]*)(?: (?:AMD|Arm|Intel|Predefined))? )?(Custom )?Instance (Core|Ram) running in \S/;
const WINDOWS = /^Licensing Fee for Windows Server (\d{4}) Datacenter Edition \((CPU|RAM) cost\)$/;

const STORAGE: readonly (readonly [RegExp, string])[] = [
  [/^Storage PD Capacity\b/, 'pd-standard'],
  [/^Balanced PD Capacity\b/, 'pd-balanced'],
  [/^SSD backed PD Capacity\b/, 'pd-ssd'],
  [/^Extreme PD Capacity\b/, 'pd-extreme'],
  [/^Hyperdisk Balanced Capacity\b/, 'hyperdisk-balanced'],
  [/^Hyperdisk Extreme Capacity\b/, 'hyperdisk-extreme'],
  [/^Hyperdisk Throughput Capacity\b/, 'hyperdisk-throughput'],
  [/^Storage PD Snapshot\b/, 'snapshot'],
];

/** The unit each kind of rate must be quoted in; a SKU quoted otherwise is not used. */
const UNIT = { core: 'h', ram: 'GiBy.h', storage: 'GiBy.mo' } as const;

export function regionRates(skus: readonly CatalogSku[], region: string): RegionRates {
  const rates: RegionRates = { predefined: new Map(), custom: new Map(), windows: {}, storage: new Map() };
  for (const sku of skus) {
    if (sku.category?.usageType !== 'OnDemand') continue;
    const regions = sku.serviceRegions ?? [];
    switch (sku.category.resourceFamily) {
      case 'Compute':
        if (regions.includes(region)) addCoreRam(rates, sku);
        break;
      case 'License':
        if (regions.includes('global') || regions.includes(region)) addWindows(rates, sku);
        break;
      case 'Storage':
        if (regions.includes(region)) addStorage(rates, sku);
        break;
    }
  }
  return rates;
}

/** Families with both a core and a RAM rate for predefined types: what machine types are looked up for. */
export function pricedFamilies(rates: RegionRates): string[] {
  return [...rates.predefined.entries()].filter(([, r]) => r.core && r.ram).map(([family]) => family).sort();
}

function addCoreRam(rates: RegionRates, sku: CatalogSku): void {
  const m = CORE_RAM.exec(sku.description ?? '');
  if (!m) return;
  const custom = m[2] !== undefined;
  if (!m[1] && !custom) return;
  const family = m[1] ? m[1].toLowerCase() : 'n1';
  const part = m[3] === 'Core' ? 'core' : 'ram';
  const rate = rateOf(sku, UNIT[part]);
  if (!rate) return;
  const byFamily = custom ? rates.custom : rates.predefined;
  const entry = byFamily.get(family) ?? {};
  // The first SKU for a family and part wins; the catalog lists one per region.
  entry[part] ??= rate;
  byFamily.set(family, entry);
}

function addWindows(rates: RegionRates, sku: CatalogSku): void {
  const m = WINDOWS.exec(sku.description ?? '');
  if (!m) return;
  const year = Number(m[1]);
  const part = m[2] === 'CPU' ? 'core' : 'ram';
  const rate = rateOf(sku, UNIT[part]);
  if (!rate) return;
  // Every edition year costs the same; the newest one listed is the one named.
  if (rates.windows.year === undefined || year > rates.windows.year) rates.windows = { year };
  if (year === rates.windows.year) rates.windows[part] ??= rate;
}

function addStorage(rates: RegionRates, sku: CatalogSku): void {
  const description = sku.description ?? '';
  const volumeType = STORAGE.find(([pattern]) => pattern.test(description))?.[1];
  if (!volumeType || rates.storage.has(volumeType)) return;
  const rate = rateOf(sku, UNIT.storage);
  if (rate) rates.storage.set(volumeType, rate);
}

/**
 * The SKU's current price per unit: the last pricingInfo (the timeline is in chronological order),
 * its tier starting at 0 — what the first unit costs, as list prices are quoted — exactly
 * `units + nanos / 10^9`. Undefined when it is quoted in another unit or has no such tier.
 */
export function rateOf(sku: CatalogSku, unit: string): SkuRate | undefined {
  const expression = sku.pricingInfo?.at(-1)?.pricingExpression;
  if (!expression || expression.usageUnit !== unit || !sku.skuId) return undefined;
  const tier = expression.tieredRates?.find((t) => !t.startUsageAmount);
  const price = tier?.unitPrice;
  if (!price?.currencyCode) return undefined;
  const amount = new Decimal(String(price.units ?? 0)).plus(new Decimal(price.nanos ?? 0).dividedBy(1e9));
  return { skuId: sku.skuId, description: sku.description ?? '', amount, currency: price.currencyCode };
}
