import { resourcesByIds } from '../../shared/resolve.js';
import type { VirtualMachineResolvers } from '../generated/resolvers-types.js';

// The ids come from the compute subgraph (@requires): one batch per scope for all VMs.
export const VirtualMachine: VirtualMachineResolvers = {
  securityGroups: (vm, _args, context) => resourcesByIds(context, 'securityGroup', vm.securityGroupIds),
  networkInterfaces: (vm, _args, context) => resourcesByIds(context, 'networkInterface', vm.networkInterfaceIds),
};
