import { providerEnum } from '../shared/enums.js';
import { DateTime } from '../shared/scalars.js';
import type { Resolvers } from './generated/resolvers-types.js';
import { CostReport } from './resolvers/cost-report.js';
import { VirtualMachine, Volume } from './resolvers/entities.js';
import { Money } from './resolvers/money.js';
import { Query } from './resolvers/query.js';
import { DateScalar, DecimalScalar } from './scalars.js';

export const costsResolvers: Resolvers = {
  Query,
  VirtualMachine,
  Volume,
  CostReport,
  Money,
  Decimal: DecimalScalar,
  Date: DateScalar,
  DateTime,
  Provider: providerEnum,
};
