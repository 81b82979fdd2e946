import { providerEnum } from '../shared/enums.js';
import { DateTime } from '../shared/scalars.js';
import type { Resolvers } from './generated/resolvers-types.js';
import { Network, NetworkInterface, PublicIp, SecurityGroup, Subnet } from './resolvers/entities.js';
import { Query } from './resolvers/query.js';
import { VirtualMachine } from './resolvers/virtual-machine.js';

export const networkResolvers: Resolvers = {
  Query,
  VirtualMachine,
  Network,
  Subnet,
  SecurityGroup,
  PublicIp,
  NetworkInterface,
  DateTime,
  Provider: providerEnum,
};
