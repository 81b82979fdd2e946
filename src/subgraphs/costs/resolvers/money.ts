import type { MoneyResolvers } from '../generated/resolvers-types.js';

export const Money: MoneyResolvers = {
  conversions: (money) => money.conversions ?? [],
};
