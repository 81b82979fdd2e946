// The Operation type: the stored record as clients see it, and its entity reference (the storage
// subgraph's mutations return only the id). An operation outside the caller's grants is null.
import { grantsAllow } from '../../../auth/grants.js';
import type { Operation as OperationModel } from '../../../operations/index.js';
import type { SubgraphContext } from '../../shared/context.js';
import { operationsOf } from '../../shared/mutations.js';
import type { OperationResolvers } from '../generated/resolvers-types.js';

export const Operation: OperationResolvers = {
  __resolveReference: (reference, context) => visibleOperation(context, reference.id),
  requestedBy: (operation) => operation.requestedBy.id,
  // codegen types a remapped enum's resolver result as null; the model's spelling is what the schema maps.
  requestedByRole: (operation) => operation.requestedBy.role as never,
};

/** The operation when it exists and the caller is granted where it acts; null otherwise. */
export async function visibleOperation(context: SubgraphContext, id: string): Promise<OperationModel | null> {
  const operation = await operationsOf(context).store.get(id);
  return operation && visibleTo(context, operation) ? operation : null;
}

export function visibleTo(context: SubgraphContext, operation: OperationModel): boolean {
  return grantsAllow(context.caller.grants, operation.provider, operation.account, operation.region);
}
