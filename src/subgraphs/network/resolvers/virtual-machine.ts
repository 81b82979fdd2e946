import { resourcesByIds } from '../../shared/resolve.js';
import type { VirtualMachineResolvers } from '../generated/resolvers-types.js';

// The ids come from the compute subgraph (@requires): one batch per scope for all VMs. Null ids
// mean compute could not learn them (it reports why): the list is unknown, not empty.
export const VirtualMachine: VirtualMachineResolvers = {
  securityGroups: (vm, _args, context) => (vm.securityGroupIds ? resourcesByIds(context, 'securityGroup', vm.securityGroupIds) : null),
  networkInterfaces: (vm, _args, context) => (vm.networkInterfaceIds ? resourcesByIds(context, 'networkInterface', vm.networkInterfaceIds) : null),
};
