import type { VirtualMachine as VmModel } from '../../../providers/types.js';
import { gapAwareResolvers } from '../../shared/gaps.js';
import { resolveEntity } from '../../shared/resolve.js';
import type { VirtualMachineResolvers } from '../generated/resolvers-types.js';

/** The VM fields an auxiliary listing or lookup feeds: any of them may be left unknown by a gap. */
export const VM_JOINED_FIELDS: readonly (keyof VmModel & string)[] = [
  'vcpus',
  'memoryMiB',
  'privateIp',
  'publicIp',
  'privateIps',
  'publicIps',
  'ipv6Addresses',
  'networkId',
  'subnetId',
  'volumeIds',
  'securityGroupIds',
  'networkInterfaceIds',
];

export const VirtualMachine: VirtualMachineResolvers = {
  __resolveReference: (reference, context) => resolveEntity(context, 'vm', reference.id),
  // An enum mapped to the model's spelling (codegen.yml) is typed null for a resolver to return.
  kind: (vm) => (vm.workload ?? 'vm') as never,
  ...gapAwareResolvers<VmModel>(VM_JOINED_FIELDS),
};
