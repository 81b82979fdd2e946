// DescribeAddresses (Elastic IPs). EC2 does not page this call.
import type { Ec2Address } from '../../fleet.js';
import { awsId, doesNotExist, fromScope, optionalTags, type DescribeFamily } from './describe.js';
import { names } from './filters.js';

export const addressesFamily: DescribeFamily<Ec2Address> = {
  action: 'DescribeAddresses',
  idLists: [
    {
      param: 'AllocationId',
      pattern: awsId('eipalloc'),
      malformedCode: 'InvalidAllocationID.Malformed',
      notFoundCode: 'InvalidAllocationID.NotFound',
      notFoundMessage: doesNotExist('allocation ID', 'allocation IDs'),
      key: (a) => a.allocationId,
    },
    {
      param: 'PublicIp',
      pattern: /^\d{1,3}(\.\d{1,3}){3}$/,
      malformedCode: 'InvalidParameterValue',
      notFoundCode: 'InvalidAddress.NotFound',
      notFoundMessage: (ips) => `Address '${ips.join(', ')}' not found.`,
      key: (a) => a.publicIp,
    },
  ],
  paging: null,
  list: fromScope((s) => s.addresses),
  filters: {
    tags: (a) => a.tags,
    unmodelled: names('network-interface-owner-id'),
    fields: {
      'allocation-id': (a) => a.allocationId,
      'association-id': (a) => a.associationId,
      domain: (a) => a.domain,
      'instance-id': (a) => a.instanceId,
      'network-border-group': (a) => a.networkBorderGroup,
      'network-interface-id': (a) => a.networkInterfaceId,
      'private-ip-address': (a) => a.privateIpAddress,
      'public-ip': (a) => a.publicIp,
      'public-ipv4-pool': (a) => a.publicIpv4Pool,
    },
  },
  render: (addresses) => ({
    addressesSet: addresses.map((a) => ({
      publicIp: a.publicIp,
      allocationId: a.allocationId,
      domain: a.domain,
      instanceId: a.instanceId,
      associationId: a.associationId,
      networkInterfaceId: a.networkInterfaceId,
      networkInterfaceOwnerId: a.networkInterfaceOwnerId,
      privateIpAddress: a.privateIpAddress,
      tagSet: optionalTags(a.tags),
      publicIpv4Pool: a.publicIpv4Pool,
      networkBorderGroup: a.networkBorderGroup,
    })),
  }),
};
