// What a price lookup answers: an offer (a catalog's or a rate card's) in the currency asked for,
// or the reason there is none.
import type { InstancePrice, StoragePrice } from '../../providers/pricing.js';
import type { MoneyValue } from './money.js';

export interface InstanceOfferValue extends Omit<InstancePrice, 'hourly'> {
  hourly: MoneyValue;
  monthly: MoneyValue;
}

export interface StorageOfferValue extends Omit<StoragePrice, 'monthly'> {
  monthly: MoneyValue;
}

export interface PriceQuoteValue {
  offer: InstanceOfferValue | null;
  reason: string | null;
}
