import { DateTime } from '../shared/scalars.js';
import { operationKindEnum, providerEnum, roleEnum, workloadKindEnum } from '../shared/enums.js';
import type { Resolvers } from './generated/resolvers-types.js';
import { AuditEntry } from './resolvers/audit-entry.js';
import { Mutation } from './resolvers/mutation.js';
import { Operation } from './resolvers/operation.js';
import { operationUpdates } from './resolvers/operation-updated.js';
import { OperationsQuery } from './resolvers/operations-query.js';
import { Query } from './resolvers/query.js';
import { Subscription } from './resolvers/subscription.js';
import { VirtualMachine } from './resolvers/virtual-machine.js';
import { VmStateChangedEvent } from './resolvers/vm-state-changed-event.js';

export const computeResolvers: Resolvers = { Query, Subscription, VirtualMachine, VmStateChangedEvent, DateTime, Provider: providerEnum, WorkloadKind: workloadKindEnum };

/** With `writes.enabled`: the mutations, operations and the audit log besides. */
export const computeWriteResolvers: Resolvers = {
  ...computeResolvers,
  Query: { ...Query, ...OperationsQuery },
  Subscription: {
    ...Subscription,
    operationUpdated: { subscribe: (_parent, { id }, context) => operationUpdates(context, id), resolve: (operation: unknown) => operation as never },
  },
  Mutation,
  Operation,
  AuditEntry,
  OperationKind: operationKindEnum,
  Role: roleEnum,
};
