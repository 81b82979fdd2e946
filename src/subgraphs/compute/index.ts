import { DateTime } from '../shared/scalars.js';
import { providerEnum } from '../shared/enums.js';
import type { Resolvers } from './generated/resolvers-types.js';
import { Query } from './resolvers/query.js';
import { Subscription } from './resolvers/subscription.js';
import { VirtualMachine } from './resolvers/virtual-machine.js';
import { VmStateChangedEvent } from './resolvers/vm-state-changed-event.js';

export const computeResolvers: Resolvers = { Query, Subscription, VirtualMachine, VmStateChangedEvent, DateTime, Provider: providerEnum };
