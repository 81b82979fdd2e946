// `balances`: each configured account's balance, from the providers whose billing reports one,
// narrowed to the caller's grants (whole accounts only) and the filter. One cached call per account; a failing account
// is left out with an error naming it.
import type { AccountBalance } from '../../providers/billing.js';
import { narrowToGrants, NOTHING_GRANTED } from '../../auth/grants.js';
import { ProviderError } from '../../providers/errors.js';
import type { ProviderName } from '../../providers/types.js';
import type { SubgraphContext } from '../shared/context.js';
import { recordFailures } from '../shared/errors.js';
import { converterTo, type Converter } from './currency.js';
import type { MoneyValue } from './money.js';

export interface BalancesArgs {
  filter?: { providers?: readonly ProviderName[] | null; accounts?: readonly string[] | null } | null;
  currency?: string | null;
}

export interface AccountBalanceValue {
  provider: ProviderName;
  account: string;
  accountBalance: MoneyValue;
  monthToDateUsage: MoneyValue;
  monthToDateBalance: MoneyValue;
  generatedAt: Date;
}

export async function accountBalances(args: BalancesArgs, context: SubgraphContext): Promise<AccountBalanceValue[]> {
  const convert = converterTo(args.currency, context.services.costs);
  const { grants } = context.caller;
  // A balance covers the whole account: a caller granted only some of its regions sees none.
  if (grants.regions !== null) return [];
  const filter = narrowToGrants(args.filter, grants);
  if (filter === NOTHING_GRANTED) return [];
  const { spend } = context.loaders;
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  const accounts = context.services.registry.accounts.filter(
    (a) => spend.reportsBalance(a.provider) && (!filter?.providers || filter.providers.includes(a.provider)) && (!filter?.accounts || filter.accounts.some((w) => same(w, a.id))),
  );
  const answers = await Promise.all(accounts.map((a) => balanceOrNothing(a.provider, a.id, convert, context)));
  return answers.filter((b): b is AccountBalanceValue => b !== null).sort((a, b) => a.provider.localeCompare(b.provider) || a.account.localeCompare(b.account));
}

async function balanceOrNothing(provider: ProviderName, account: string, convert: Converter, context: SubgraphContext): Promise<AccountBalanceValue | null> {
  let balance: AccountBalance;
  try {
    balance = await context.loaders.spend.balance(provider, account);
  } catch (error) {
    if (!(error instanceof ProviderError)) throw error;
    recordFailures(context, [error]);
    return null;
  }
  return {
    provider,
    account: balance.account,
    accountBalance: convert(balance.accountBalance),
    monthToDateUsage: convert(balance.monthToDateUsage),
    monthToDateBalance: convert(balance.monthToDateBalance),
    generatedAt: balance.generatedAt,
  };
}
