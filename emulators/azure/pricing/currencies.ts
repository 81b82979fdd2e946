// The currencies the Retail Prices API answers in besides USD (its documented list), each at a
// fixed rate: units per US dollar. Azure converts its USD list prices for reference; so does
// the emulator, with decimal arithmetic, to six decimal places.
import { Decimal } from 'decimal.js';

const PER_USD: Readonly<Record<string, string>> = {
  USD: '1',
  AUD: '1.53',
  BRL: '5.35',
  CAD: '1.4',
  CHF: '0.8',
  CNY: '7.12',
  DKK: '6.45',
  EUR: '0.865',
  GBP: '0.76',
  INR: '88.5',
  JPY: '153',
  KRW: '1430',
  NOK: '10.1',
  NZD: '1.76',
  RUB: '80',
  SEK: '9.45',
  TWD: '30.8',
};

export function isRetailCurrency(code: string): boolean {
  return Object.hasOwn(PER_USD, code.toUpperCase());
}

/** A USD decimal string in `currency` (one the API supports). */
export function convertUsd(usd: string, currency: string): string {
  const rate = PER_USD[currency.toUpperCase()];
  if (rate === undefined) throw new Error(`unsupported currency ${currency}`);
  return rate === '1' ? usd : new Decimal(usd).times(rate).toDecimalPlaces(6).toFixed();
}
