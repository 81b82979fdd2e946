// Prices for machines on the operator's own hardware (Proxmox VE, libvirt, containerd), which
// send no bill and have no catalog: the configured rate card (costs.rateCards) × what the machine
// is given — its vCPUs and memory, a volume's size. The offer says it is a rate card, so every
// cost built on it is an ESTIMATE that names where its price came from.
import { Decimal } from 'decimal.js';
import type { CostsConfig } from '../../config/schema.js';
import { HOURS_PER_MONTH } from '../../providers/pricing.js';
import type { ProviderName } from '../../providers/types.js';
import type { Converter } from './currency.js';
import { money, times } from './money.js';
import type { InstanceOfferValue, PriceQuoteValue, StorageOfferValue } from './offer.js';

export type RateCards = CostsConfig['rateCards'];
type RateCard = NonNullable<RateCards[keyof RateCards]>;

export function rateCardOf(cards: RateCards, provider: ProviderName): RateCard | null {
  return (cards as Partial<Record<ProviderName, RateCard>>)[provider] ?? null;
}

export interface SizedVm {
  provider: ProviderName;
  region: string;
  vcpus?: number | null;
  memoryMiB?: number | null;
}

export function rateCardQuote(vm: SizedVm, card: RateCard, convert: Converter): PriceQuoteValue {
  if (!vm.vcpus || !vm.memoryMiB) return { offer: null, reason: `The ${vm.provider} machine reports no CPU or memory size (a container without limits) for the rate card to price.` };
  const memoryGiB = new Decimal(vm.memoryMiB).dividedBy(1024);
  const hourly = money(new Decimal(card.vcpuHour).times(vm.vcpus).plus(new Decimal(card.memoryGiBHour).times(memoryGiB)), card.currency);
  const offer: InstanceOfferValue = {
    provider: vm.provider,
    region: vm.region,
    instanceType: `${vm.vcpus} vCPU, ${memoryGiB.toFixed()} GiB`,
    os: 'LINUX',
    vcpus: vm.vcpus,
    memoryMiB: vm.memoryMiB,
    hourly: convert(hourly),
    monthly: convert(times(hourly, HOURS_PER_MONTH)),
    sku: `rate-card:${vm.provider}`,
    description: `Configured rate card (costs.rateCards.${vm.provider}): ${card.vcpuHour} ${card.currency} per vCPU-hour × ${vm.vcpus} + ${card.memoryGiBHour} ${card.currency} per GiB-hour × ${memoryGiB.toFixed()} GiB`,
  };
  return { offer, reason: null };
}

export function rateCardStorage(provider: ProviderName, region: string, volumeType: string | null, card: RateCard, convert: Converter): StorageOfferValue | null {
  if (!card.storageGiBMonth) return null;
  return {
    provider,
    region,
    volumeType: volumeType ?? 'disk',
    unit: 'GIB_MONTH',
    maxSizeGiB: null,
    monthly: convert(money(card.storageGiBMonth, card.currency)),
    sku: `rate-card:${provider}`,
    description: `Configured rate card (costs.rateCards.${provider}): ${card.storageGiBMonth} ${card.currency} per GiB-month`,
  };
}
