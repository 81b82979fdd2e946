// What one VM or one volume costs on demand, looked up in its region's price catalog. A type the
// catalog does not list is not priced: the quote says why instead of guessing.
import type { InstancePrice, OsFamily, StoragePrice } from '../../providers/pricing.js';
import { HOURS_PER_MONTH } from '../../providers/pricing.js';
import type { ProviderName } from '../../providers/types.js';
import type { PriceCatalogs } from '../../loaders/prices.js';
import type { Converter } from './currency.js';
import { times, type MoneyValue } from './money.js';
import type { InstanceOfferValue, PriceQuoteValue, StorageOfferValue } from './offer.js';
import { rateCardOf, rateCardQuote, rateCardStorage, type RateCards } from './rate-cards.js';

export type { InstanceOfferValue, PriceQuoteValue, StorageOfferValue } from './offer.js';

/** Providers that send no bill and have no catalog: priced only by a configured rate card. */
const ON_PREMISES: ReadonlySet<ProviderName> = new Set(['proxmox', 'libvirt', 'containerd']);


export interface VolumePriceQuoteValue {
  offer: StorageOfferValue | null;
  monthly: MoneyValue | null;
  reason: string | null;
}

export interface PricedVm {
  provider: ProviderName;
  region: string;
  instanceType?: string | null;
  platform?: string | null;
  /** What a rate card prices a machine without an instance type by (rate-cards.ts). */
  vcpus?: number | null;
  memoryMiB?: number | null;
}

export interface PricedVolume {
  provider: ProviderName;
  region: string;
  volumeType?: string | null;
  sizeGiB: number;
}

/** The model's platform ("windows", "linux", null) as the OS prices are for; unknown is priced as Linux. */
export function osOf(platform: string | null | undefined): OsFamily {
  return platform?.toLowerCase() === 'windows' ? 'WINDOWS' : 'LINUX';
}

export function instanceOffer(price: InstancePrice, convert: Converter): InstanceOfferValue {
  return { ...price, hourly: convert(price.hourly), monthly: convert(times(price.hourly, HOURS_PER_MONTH)) };
}

export async function vmPriceQuote(vm: PricedVm, prices: PriceCatalogs, convert: Converter, rateCards: RateCards = {}): Promise<PriceQuoteValue> {
  const card = rateCardOf(rateCards, vm.provider);
  if (card) return rateCardQuote(vm, card, convert);
  if (!vm.instanceType) return { offer: null, reason: ON_PREMISES.has(vm.provider) ? `${vm.provider} sends no bill and has no price catalog: configure costs.rateCards.${vm.provider}.` : 'The VM reports no instance type.' };
  const os = osOf(vm.platform);
  const catalog = await prices.instances(vm.provider, vm.region, os);
  const wanted = vm.instanceType.toLowerCase();
  const price = catalog.find((p) => p.instanceType.toLowerCase() === wanted) ?? (await prices.unlisted(vm.provider, vm.region, os, vm.instanceType));
  if (!price) {
    return { offer: null, reason: `The ${vm.provider} price catalog lists no on-demand ${os} price for ${vm.instanceType} in ${vm.region}.` };
  }
  return { offer: instanceOffer(price, convert), reason: null };
}

export async function volumePriceQuote(volume: PricedVolume, prices: PriceCatalogs, convert: Converter, rateCards: RateCards = {}): Promise<VolumePriceQuoteValue> {
  const card = rateCardOf(rateCards, volume.provider);
  if (card) {
    const offer = rateCardStorage(volume.provider, volume.region, volume.volumeType ?? null, card, convert);
    if (!offer) return { offer: null, monthly: null, reason: `costs.rateCards.${volume.provider} names no storageGiBMonth.` };
    return { offer, monthly: times(offer.monthly, volume.sizeGiB), reason: null };
  }
  if (!volume.volumeType) return { offer: null, monthly: null, reason: 'The volume reports no volume type.' };
  const wanted = volume.volumeType.toLowerCase();
  const candidates = (await prices.storage(volume.provider, volume.region)).filter((p) => p.volumeType.toLowerCase() === wanted);
  const price = applicablePrice(candidates, volume.sizeGiB);
  if (!price) {
    return { offer: null, monthly: null, reason: `The ${volume.provider} price catalog lists no ${volume.volumeType} storage price in ${volume.region} for ${volume.sizeGiB} GiB.` };
  }
  const monthly = price.unit === 'GIB_MONTH' ? times(price.monthly, volume.sizeGiB) : price.monthly;
  return { offer: { ...price, monthly: convert(price.monthly) }, monthly: convert(monthly), reason: null };
}

/** Per-GiB prices apply to any size; tiered prices: the smallest tier that holds the disk. */
function applicablePrice(candidates: readonly StoragePrice[], sizeGiB: number): StoragePrice | undefined {
  const perGiB = candidates.find((p) => p.unit === 'GIB_MONTH');
  if (perGiB) return perGiB;
  return candidates
    .filter((p) => p.maxSizeGiB !== null && p.maxSizeGiB >= sizeGiB)
    .sort((a, b) => (a.maxSizeGiB ?? 0) - (b.maxSizeGiB ?? 0))[0];
}
