import { resolveEntity } from '../../shared/resolve.js';
import type { VirtualMachineResolvers } from '../generated/resolvers-types.js';

export const VirtualMachine: VirtualMachineResolvers = {
  __resolveReference: (reference, context) => resolveEntity(context, 'vm', reference.id),
};
