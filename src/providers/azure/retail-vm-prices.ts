// VM prices from Retail Prices items, joined with Resource SKUs for vCPUs and memory. Pure.
// The API cannot negate a filter (`not`, `ne` are refused), so the request narrows to the
// region's pay-as-you-go VM meters (Windows ones only, for Windows) and the rest is chosen here:
// hourly Consumption meters of the OS asked for, without Spot and Low Priority ones, one per
// size. A size Resource SKUs does not describe is dropped: a price without its shape cannot be
// compared.
import { Decimal } from 'decimal.js';
import type { InstancePrice, OsFamily } from '../pricing.js';
import type { VmSizeSpec } from './compute.js';
import type { RetailPriceItem } from './retail-client.js';

/** An OData string literal: quotes doubled. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** The region's pay-as-you-go VM meters; for Windows, only those whose product names Windows. */
export function vmPriceFilter(region: string, os: OsFamily): string {
  const base = `serviceName eq 'Virtual Machines' and armRegionName eq ${odataString(region)} and priceType eq 'Consumption'`;
  return os === 'WINDOWS' ? `${base} and contains(productName, 'Windows')` : base;
}

const EVICTABLE = /\b(spot|low priority)\b/i;

function isOnDemandVm(item: RetailPriceItem, os: OsFamily): boolean {
  return (
    item.type === 'Consumption' &&
    item.unitOfMeasure === '1 Hour' &&
    typeof item.armSkuName === 'string' &&
    item.armSkuName !== '' &&
    !EVICTABLE.test(item.meterName) &&
    !EVICTABLE.test(item.skuName ?? '') &&
    /windows/i.test(item.productName) === (os === 'WINDOWS') &&
    amountOf(item) !== null
  );
}

/** The retail price as an exact decimal string; null for anything but a finite, non-negative number. */
export function amountOf(item: RetailPriceItem): string | null {
  const price = item.retailPrice;
  return typeof price === 'number' && Number.isFinite(price) && price >= 0 ? new Decimal(price).toFixed() : null;
}

/** Of two meters for the same thing: the primary region's, then the most recent. */
export function preferred<T extends RetailPriceItem>(a: T, b: T): T {
  if ((a.isPrimaryMeterRegion ?? true) !== (b.isPrimaryMeterRegion ?? true)) return (a.isPrimaryMeterRegion ?? true) ? a : b;
  return (b.effectiveStartDate ?? '') > (a.effectiveStartDate ?? '') ? b : a;
}

/** One on-demand meter per VM size (keyed lower-case) for `os`. */
export function onDemandVmItems(items: readonly RetailPriceItem[], os: OsFamily): Map<string, RetailPriceItem> {
  const bySize = new Map<string, RetailPriceItem>();
  for (const item of items) {
    if (!isOnDemandVm(item, os)) continue;
    const key = item.armSkuName!.toLowerCase();
    const seen = bySize.get(key);
    bySize.set(key, seen ? preferred(seen, item) : item);
  }
  return bySize;
}

export interface VmPriceContext {
  region: string;
  os: OsFamily;
  currency: string;
}

/** Prices of the sizes Resource SKUs describes (`specs` by lower-case size name), sorted by size name. */
export function joinVmPrices(offers: ReadonlyMap<string, RetailPriceItem>, specs: ReadonlyMap<string, VmSizeSpec>, context: VmPriceContext): InstancePrice[] {
  const prices: InstancePrice[] = [];
  for (const [key, item] of offers) {
    const spec = specs.get(key);
    if (!spec || spec.vcpus === null || spec.memoryMiB === null) continue;
    prices.push({
      provider: 'azure',
      region: context.region,
      instanceType: item.armSkuName!,
      os: context.os,
      vcpus: spec.vcpus,
      memoryMiB: spec.memoryMiB,
      hourly: { amount: amountOf(item)!, currency: item.currencyCode ?? context.currency },
      sku: item.meterId,
      description: `${item.productName}: ${item.meterName}`,
    });
  }
  return prices.sort((a, b) => a.instanceType.localeCompare(b.instanceType));
}

/**
 * The family a size belongs to, for rightsizing within it: the series letters, the feature
 * letters except the memory variant `m` (B2ms and B2s are one family), any accelerator part and
 * the version — "Standard_D2s_v5" → "DSv5", "Standard_B2ms" → "BS", "Standard_E4-2s_v5" → "ESv5",
 * "Standard_NC24ads_A100_v4" → "NCADSA100v4". A name of another shape is its own family.
 */
export function azureFamilyOf(instanceType: string): string {
  const [first = '', ...rest] = instanceType.replace(/^(Standard|Basic)_/i, '').split('_');
  const m = /^([A-Z]+)\d+(?:-\d+)?([a-z]*)$/.exec(first);
  if (!m) return instanceType;
  const version = rest.length > 0 && /^v\d+$/i.test(rest.at(-1)!) ? rest.pop()!.toLowerCase() : '';
  return `${m[1]}${m[2]!.replace(/m/g, '').toUpperCase()}${rest.join('').toUpperCase()}${version}`;
}
