import { accountBalances } from '../balances.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';
import { instanceOffers } from '../offers.js';
import { savingsReport } from '../savings/report.js';
import { costReport } from '../spend.js';

export const Query: QueryResolvers = {
  instanceOffers: (_parent, args, context) => instanceOffers(args, context),
  costs: (_parent, args, context) => costReport(args, context),
  savings: (_parent, args, context) => savingsReport(args, context),
  balances: (_parent, args, context) => accountBalances(args, context) as never,
};
