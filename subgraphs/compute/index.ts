import { DateTime } from '../shared/scalars.js';
import { providerEnum } from '../shared/enums.js';
import type { Resolvers } from './generated/resolvers-types.js';
import { Query } from './resolvers/query.js';
import { VirtualMachine } from './resolvers/virtual-machine.js';

export const computeResolvers: Resolvers = { Query, VirtualMachine, DateTime, Provider: providerEnum };
