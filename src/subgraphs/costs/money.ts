// Exact money arithmetic. Amounts travel as decimal strings and are computed with decimal.js,
// never with floats; sums keep one amount per currency, because adding dollars to euros is
// only possible with a rate the operator configured (see currency.ts), and a converted amount
// keeps the originals and rates it came from.
import { Decimal } from 'decimal.js';
import type { Money } from '../../providers/pricing.js';

export interface Conversion {
  original: Money;
  rate: string;
}

/** A Money the GraphQL Money type resolves; `conversions` lists what was converted into it. */
export interface MoneyValue extends Money {
  conversions?: Conversion[];
}

/** The canonical spelling of an amount: no exponent, no trailing zeros ("0.0416", "12", "-3.5"). */
export function decimalString(value: Decimal.Value): string {
  return new Decimal(value).toFixed();
}

export function money(amount: Decimal.Value, currency: string): MoneyValue {
  return { amount: decimalString(amount), currency };
}

/** `m` × `factor` (hours, GiB), exact; conversions scale with it. */
export function times(m: MoneyValue, factor: Decimal.Value): MoneyValue {
  const scaled = money(new Decimal(m.amount).times(factor), m.currency);
  if (!m.conversions?.length) return scaled;
  return { ...scaled, conversions: m.conversions.map((c) => ({ original: times(c.original, factor), rate: c.rate })) };
}

/** One total per currency, in the order the currencies first appear; conversions add up per original currency and rate. */
export function sumByCurrency(amounts: readonly MoneyValue[]): MoneyValue[] {
  const totals = new Map<string, { total: Decimal; conversions: Map<string, { original: Money; rate: string }> }>();
  for (const m of amounts) {
    const slot = totals.get(m.currency) ?? { total: new Decimal(0), conversions: new Map() };
    slot.total = slot.total.plus(m.amount);
    for (const c of m.conversions ?? []) {
      const key = `${c.original.currency}@${c.rate}`;
      const seen = slot.conversions.get(key);
      slot.conversions.set(key, { original: money(new Decimal(seen?.original.amount ?? 0).plus(c.original.amount), c.original.currency), rate: c.rate });
    }
    totals.set(m.currency, slot);
  }
  return [...totals].map(([currency, { total, conversions }]) => ({ ...money(total, currency), conversions: [...conversions.values()] }));
}

/**
 * A text key that orders amounts by currency, then numerically (for keyset cursors, which sort
 * text): non-negative amounts, zero-padded to a fixed width.
 */
export function moneySortKey(m: Money): string {
  return `${m.currency} ${new Decimal(m.amount).toFixed(10).padStart(24, '0')}`;
}
