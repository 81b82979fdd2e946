// What FleetGraph asks the AWS Price List (GetProducts filters) and how it reads the answer: each
// PriceList entry is one product as a JSON document, its on-demand price at
// terms.OnDemand.<term>.priceDimensions.<rate>.pricePerUnit.USD, a decimal string kept as it is.
// An entry that is not what the filters promise is skipped: no price is ever made up.
import type { Filter } from '@aws-sdk/client-pricing';
import type { InstancePrice, Money, OsFamily, StoragePrice } from '../pricing.js';

export const EC2_SERVICE_CODE = 'AmazonEC2';

const OPERATING_SYSTEM: Record<OsFamily, string> = { LINUX: 'Linux', WINDOWS: 'Windows' };

const term = (Field: string, Value: string): Filter => ({ Type: 'TERM_MATCH', Field, Value });

/** On-demand, shared tenancy, licence included, no pre-installed software, not a capacity reservation. */
export function instanceFilters(region: string, os: OsFamily): Filter[] {
  return [
    term('regionCode', region),
    term('productFamily', 'Compute Instance'),
    term('operatingSystem', OPERATING_SYSTEM[os]),
    term('tenancy', 'Shared'),
    term('preInstalledSw', 'NA'),
    term('capacitystatus', 'Used'),
    term('licenseModel', 'No License required'),
  ];
}

/** "Storage" (volume capacity) and "Storage Snapshot" in one call. */
export function storageFilters(region: string): Filter[] {
  return [term('regionCode', region), { Type: 'CONTAINS', Field: 'productFamily', Value: 'Storage' }];
}

interface PriceDimension {
  unit?: string;
  description?: string;
  beginRange?: string;
  pricePerUnit?: Record<string, string>;
}

interface PriceListDocument {
  product?: { productFamily?: string; attributes?: Record<string, string>; sku?: string };
  terms?: { OnDemand?: Record<string, { priceDimensions?: Record<string, PriceDimension> }> };
}

/** A PriceList entry (a string, or the SDK's lazy JSON string) as a document; null when it is not JSON. */
export function parsePriceListEntry(entry: unknown): PriceListDocument | null {
  try {
    const parsed: unknown = JSON.parse(String(entry));
    return typeof parsed === 'object' && parsed !== null ? (parsed as PriceListDocument) : null;
  } catch {
    return null;
  }
}

interface Rate {
  money: Money;
  description: string;
}

/** The product's one on-demand rate in `unit`, from zero usage up; null when there is not exactly one. */
function onDemandRate(doc: PriceListDocument, unit: string): Rate | null {
  const dimensions = Object.values(doc.terms?.OnDemand ?? {}).flatMap((t) => Object.values(t.priceDimensions ?? {}));
  const rates = dimensions.filter((d) => d.unit === unit && (d.beginRange ?? '0') === '0');
  if (rates.length !== 1) return null;
  const rate = rates[0]!;
  const prices = rate.pricePerUnit ?? {};
  // USD everywhere but the China regions (CNY).
  const currency = Object.hasOwn(prices, 'USD') ? 'USD' : Object.keys(prices)[0];
  const amount = currency === undefined ? undefined : prices[currency];
  if (currency === undefined || amount === undefined || !/^\d+(\.\d+)?$/.test(amount)) return null;
  return { money: { amount, currency }, description: rate.description ?? '' };
}

export function instancePriceOf(doc: PriceListDocument, region: string, os: OsFamily): InstancePrice | null {
  const attributes = doc.product?.attributes ?? {};
  const { instanceType } = attributes;
  const vcpus = Number(attributes.vcpu);
  const memoryMiB = mebibytesOf(attributes.memory);
  const rate = onDemandRate(doc, 'Hrs');
  if (!instanceType || !doc.product?.sku || !Number.isInteger(vcpus) || memoryMiB === null || !rate) return null;
  return { provider: 'aws', region, instanceType, os, vcpus, memoryMiB, hourly: rate.money, sku: doc.product.sku, description: rate.description };
}

/** "16 GiB", "0.5 GiB", "1,952 GiB" → MiB; null for anything else ("NA"). */
function mebibytesOf(memory: string | undefined): number | null {
  const m = /^([\d,]+(?:\.\d+)?) GiB$/.exec(memory ?? '');
  if (!m) return null;
  const mib = Number(m[1]!.replaceAll(',', '')) * 1024;
  return Number.isFinite(mib) ? Math.round(mib) : null;
}

/** Volume capacity per volume type, and standard-tier snapshot storage as volumeType "snapshot". */
export function storagePriceOf(doc: PriceListDocument, region: string): StoragePrice | null {
  const volumeType = storageKindOf(doc);
  const rate = onDemandRate(doc, 'GB-Mo');
  if (!volumeType || !rate || !doc.product?.sku) return null;
  return {
    provider: 'aws',
    region,
    volumeType,
    unit: 'GIB_MONTH',
    maxSizeGiB: null,
    monthly: rate.money,
    sku: doc.product.sku,
    description: rate.description,
  };
}

function storageKindOf(doc: PriceListDocument): string | null {
  const attributes = doc.product?.attributes ?? {};
  if (doc.product?.productFamily === 'Storage') return attributes.volumeApiName || null;
  // Usage types carry a region prefix outside us-east-1 ("EU-EBS:SnapshotUsage"); the archive tier is another usage type.
  if (doc.product?.productFamily === 'Storage Snapshot' && /(^|-)EBS:SnapshotUsage$/.test(attributes.usagetype ?? '')) return 'snapshot';
  return null;
}

/** One price per key (the first the catalog lists), ordered by key. */
export function onePerKey<T>(prices: readonly T[], keyOf: (price: T) => string): T[] {
  const byKey = new Map<string, T>();
  for (const price of prices) if (!byKey.has(keyOf(price))) byKey.set(keyOf(price), price);
  return [...byKey.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, price]) => price);
}

/** "m5.xlarge" → "m5", "u-6tb1.metal" → "u-6tb1". */
export function familyOfInstanceType(instanceType: string): string {
  const dot = instanceType.indexOf('.');
  return dot < 0 ? instanceType : instanceType.slice(0, dot);
}
