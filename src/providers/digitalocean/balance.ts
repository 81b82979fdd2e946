// A team's balance as the model's AccountBalance: the API's decimal strings (USD), each one
// required — a figure the answer lacks is an error, never a zero.
import type { AccountBalance } from '../billing.js';
import { ProviderError } from '../errors.js';
import type { Scope } from '../types.js';
import { BALANCE_OPERATION } from './invoices.js';
import type { DoBalance } from './wire.js';

const DECIMAL = /^-?\d+(\.\d+)?$/;

export function balanceOf(account: string, balance: DoBalance, scope: Scope): AccountBalance {
  const amount = (field: 'account_balance' | 'month_to_date_usage' | 'month_to_date_balance') => {
    const value = balance[field];
    if (typeof value !== 'string' || !DECIMAL.test(value)) throw unreadable(scope, `${field} is ${JSON.stringify(value)}`);
    return { amount: value, currency: 'USD' };
  };
  const generatedAt = new Date(balance.generated_at);
  if (Number.isNaN(generatedAt.getTime())) throw unreadable(scope, `generated_at is ${JSON.stringify(balance.generated_at)}`);
  return { account, accountBalance: amount('account_balance'), monthToDateUsage: amount('month_to_date_usage'), monthToDateBalance: amount('month_to_date_balance'), generatedAt };
}

function unreadable(scope: Scope, detail: string): ProviderError {
  return new ProviderError('UNKNOWN', scope, BALANCE_OPERATION, null, `the balance answer is not readable: ${detail}`);
}
