import { resourcesByIds } from '../../shared/resolve.js';
import type { VirtualMachineResolvers } from '../generated/resolvers-types.js';

// `volumeIds` comes from the compute subgraph (@requires), so the volumes of every VM in a
// query are fetched in one batch per scope, with no second VM listing. Null ids mean compute
// could not learn them (it reports why): the list is unknown, not empty.
export const VirtualMachine: VirtualMachineResolvers = {
  volumes: (vm, _args, context) => (vm.volumeIds ? resourcesByIds(context, 'volume', vm.volumeIds) : null),
};
