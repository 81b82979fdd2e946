// Conversion to the operator's reporting currency (config `costs.exchangeRates`). Only what the
// operator configured is used: an amount is converted from currency X to the reporting currency
// with the rate given for X, and says so; nothing is converted any other way.
import { Decimal } from 'decimal.js';
import type { CostsConfig } from '../../config/schema.js';
import type { Money } from '../../providers/pricing.js';
import { badUserInput } from '../shared/errors.js';
import { money, type MoneyValue } from './money.js';

/** Converts an amount to the currency a caller asked for. */
export type Converter = (m: Money) => MoneyValue;

const CURRENCY_CODE = /^[A-Z]{3}$/;

/**
 * The converter for the `currency` argument: the identity when none was asked for; otherwise
 * every amount must already be in that currency or have a configured rate to it (else
 * BAD_USER_INPUT naming the missing rate). Validates the argument before any provider call.
 */
export function converterTo(currency: string | null | undefined, config: CostsConfig): Converter {
  if (currency === null || currency === undefined) return (m) => m;
  if (!CURRENCY_CODE.test(currency)) {
    throw badUserInput(`"currency" must be an ISO 4217 code such as USD, got ${JSON.stringify(currency)}`, { argument: 'currency' });
  }
  const rates = config.exchangeRates;
  return (m) => {
    if (m.currency === currency) return m;
    const rate = rates?.reportingCurrency === currency ? rates.rates[m.currency] : undefined;
    if (rate === undefined) throw missingRate(m.currency, currency, config);
    return { ...money(new Decimal(m.amount).times(rate), currency), conversions: [{ original: m, rate }] };
  };
}

function missingRate(from: string, to: string, config: CostsConfig): Error {
  const rates = config.exchangeRates;
  const configured = rates
    ? `the configured reporting currency is ${rates.reportingCurrency}, with rates for ${Object.keys(rates.rates).join(', ') || 'no currency'}`
    : 'no exchange rates are configured (costs.exchangeRates)';
  return badUserInput(`No exchange rate from ${from} to ${to}: ${configured}`, { argument: 'currency' });
}
