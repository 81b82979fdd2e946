// Managed disk prices from Retail Prices items. Pure. Azure bills a managed disk by performance
// tier, per disk per month ("P10 LRS Disk": any Premium SSD LRS disk up to 128 GiB), so each tier
// is one DISK_MONTH price whose maxSizeGiB is the tier's size, under the volumeType the model gives
// a disk (its SKU name, Premium_LRS …). Snapshot storage is per GiB-month: the standard LRS
// snapshot rate is the model's "snapshot" price.
import type { StoragePrice } from '../pricing.js';
import type { RetailPriceItem } from './retail-client.js';
import { amountOf, odataString, preferred } from './retail-vm-prices.js';

/** The managed disk products and the model's SKU-name prefix of each, with the tier letter its meters use. */
const DISK_PRODUCTS: Readonly<Record<string, { skuPrefix: string; tierLetter: string }>> = {
  'premium ssd managed disks': { skuPrefix: 'Premium', tierLetter: 'P' },
  'standard ssd managed disks': { skuPrefix: 'StandardSSD', tierLetter: 'E' },
  'standard hdd managed disks': { skuPrefix: 'Standard', tierLetter: 'S' },
};

/** The largest disk (GiB) of each tier number, the same for P, E and S tiers. */
const TIER_MAX_GIB: Readonly<Record<number, number>> = {
  1: 4,
  2: 8,
  3: 16,
  4: 32,
  6: 64,
  10: 128,
  15: 256,
  20: 512,
  30: 1024,
  40: 2048,
  50: 4096,
  60: 8192,
  70: 16_384,
  80: 32_767,
};

const SNAPSHOT_PRODUCT = 'standard hdd managed disks';

/** The region's meters of the three managed disk products. */
export function diskPriceFilter(region: string): string {
  const products = ['Premium SSD Managed Disks', 'Standard SSD Managed Disks', 'Standard HDD Managed Disks'].map((p) => `productName eq ${odataString(p)}`);
  return `serviceName eq 'Storage' and armRegionName eq ${odataString(region)} and priceType eq 'Consumption' and (${products.join(' or ')})`;
}

interface Priced {
  item: RetailPriceItem;
  volumeType: string;
  unit: StoragePrice['unit'];
  maxSizeGiB: number | null;
}

/** What one meter prices: a disk tier, snapshot storage, or nothing the model has (transactions, bursting). */
function pricedOf(item: RetailPriceItem): Priced | null {
  if (item.type !== 'Consumption' || amountOf(item) === null) return null;
  const productName = item.productName.toLowerCase();
  const product = DISK_PRODUCTS[productName];
  if (!product) return null;
  const tier = /^([A-Z])(\d+) (LRS|ZRS) Disk$/i.exec(item.meterName);
  if (tier && item.unitOfMeasure === '1/Month' && tier[1]!.toUpperCase() === product.tierLetter) {
    const maxSizeGiB = TIER_MAX_GIB[Number(tier[2])];
    return maxSizeGiB === undefined ? null : { item, volumeType: `${product.skuPrefix}_${tier[3]!.toUpperCase()}`, unit: 'DISK_MONTH', maxSizeGiB };
  }
  if (productName === SNAPSHOT_PRODUCT && /^LRS Snapshots?$/i.test(item.meterName) && /GB\/Month$/i.test(item.unitOfMeasure)) {
    return { item, volumeType: 'snapshot', unit: 'GIB_MONTH', maxSizeGiB: null };
  }
  return null;
}

/** One price per volume type and tier, smallest tier first within a type. */
export function diskPrices(items: readonly RetailPriceItem[], region: string, currency: string): StoragePrice[] {
  const chosen = new Map<string, Priced>();
  for (const item of items) {
    const priced = pricedOf(item);
    if (!priced) continue;
    const key = `${priced.volumeType}|${priced.maxSizeGiB ?? ''}`;
    const seen = chosen.get(key);
    chosen.set(key, seen && preferred(seen.item, item) === seen.item ? seen : priced);
  }
  return [...chosen.values()]
    .sort((a, b) => a.volumeType.localeCompare(b.volumeType) || (a.maxSizeGiB ?? 0) - (b.maxSizeGiB ?? 0))
    .map(({ item, volumeType, unit, maxSizeGiB }) => ({
      provider: 'azure',
      region,
      volumeType,
      unit,
      maxSizeGiB,
      monthly: { amount: amountOf(item)!, currency: item.currencyCode ?? currency },
      sku: item.meterId,
      description: `${item.productName}: ${item.meterName}`,
    }));
}
