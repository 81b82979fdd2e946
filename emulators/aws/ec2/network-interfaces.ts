// DescribeNetworkInterfaces.
import type { Ec2NetworkInterface } from '../../fleet.js';
import { awsId, doesNotExist, fromScope, optionalTags, type DescribeFamily } from './describe.js';
import { names } from './filters.js';
import { interfaceAddressSets, interfaceAddresses, zoneId } from './joins.js';
import type { XmlObject } from './xml.js';

export const networkInterfacesFamily: DescribeFamily<Ec2NetworkInterface> = {
  action: 'DescribeNetworkInterfaces',
  idLists: [
    {
      param: 'NetworkInterfaceId',
      pattern: awsId('eni'),
      malformedCode: 'InvalidNetworkInterfaceID.Malformed',
      notFoundCode: 'InvalidNetworkInterfaceID.NotFound',
      notFoundMessage: doesNotExist('networkInterface ID', 'networkInterface IDs'),
      key: (n) => n.networkInterfaceId,
    },
  ],
  paging: { min: 5, max: 1000, aboveMax: 'error', exclusiveWithIds: 'networkInterfaceIdSet' },
  list: fromScope((s) => s.networkInterfaces),
  filters: {
    tags: (n) => n.tags,
    unmodelled: names('operator.managed operator.principal requester-id availability-zone-id'),
    fields: {
      'network-interface-id': (n) => n.networkInterfaceId,
      'attachment.instance-id': (n) => n.attachment?.instanceId,
      'attachment.instance-owner-id': (n) => n.attachment?.instanceOwnerId,
      'attachment.attachment-id': (n) => n.attachment?.attachmentId,
      'attachment.device-index': (n) => n.attachment?.deviceIndex,
      'attachment.status': (n) => n.attachment?.status,
      'attachment.attach-time': (n) => n.attachment?.attachTime,
      'attachment.delete-on-termination': (n) => n.attachment?.deleteOnTermination,
      'association.public-ip': (n) => n.association?.publicIp,
      'association.public-dns-name': (n) => n.association?.publicDnsName,
      'association.ip-owner-id': (n) => n.association?.ipOwnerId,
      'association.allocation-id': (n) => n.association?.allocationId,
      'association.association-id': (n) => n.association?.associationId,
      'addresses.private-ip-address': (n) => interfaceAddresses(n).map((a) => a.privateIpAddress),
      'addresses.primary': (n) => interfaceAddresses(n).map((a) => a.primary),
      'addresses.association.public-ip': (n) => interfaceAddresses(n).map((a) => a.association?.publicIp),
      'addresses.association.owner-id': (n) => interfaceAddresses(n).map((a) => a.association?.ipOwnerId),
      'ipv6-addresses.ipv6-address': (n) => n.ipv6Addresses,
      'availability-zone': (n) => n.availabilityZone,
      description: (n) => n.description,
      'group-id': (n) => n.groups.map((g) => g.groupId),
      'group-name': (n) => n.groups.map((g) => g.groupName),
      'interface-type': (n) => n.interfaceType,
      'mac-address': (n) => n.macAddress,
      'owner-id': (n) => n.ownerId,
      'private-dns-name': (n) => n.privateDnsName,
      'private-ip-address': (n) => n.privateIpAddress,
      'requester-managed': (n) => n.requesterManaged,
      'source-dest-check': (n) => n.sourceDestCheck,
      status: (n) => n.status,
      'subnet-id': (n) => n.subnetId,
      'vpc-id': (n) => n.vpcId,
    },
  },
  render: (interfaces, ctx) => ({
    networkInterfaceSet: interfaces.map((n) => {
      return {
        networkInterfaceId: n.networkInterfaceId,
        subnetId: n.subnetId,
        vpcId: n.vpcId,
        availabilityZone: n.availabilityZone,
        availabilityZoneId: zoneId(ctx.region, n.availabilityZone),
        description: n.description,
        ownerId: n.ownerId,
        requesterManaged: n.requesterManaged,
        status: n.status,
        macAddress: n.macAddress,
        privateIpAddress: n.privateIpAddress,
        privateDnsName: n.privateDnsName,
        sourceDestCheck: n.sourceDestCheck,
        groupSet: n.groups.map((g) => ({ groupId: g.groupId, groupName: g.groupName })),
        attachment: n.attachment
          ? {
              attachmentId: n.attachment.attachmentId,
              instanceId: n.attachment.instanceId,
              instanceOwnerId: n.attachment.instanceOwnerId,
              deviceIndex: n.attachment.deviceIndex,
              networkCardIndex: n.attachment.networkCardIndex,
              status: n.attachment.status,
              attachTime: n.attachment.attachTime,
              deleteOnTermination: n.attachment.deleteOnTermination,
            }
          : undefined,
        association: renderAssociation(n.association),
        tagSet: optionalTags(n.tags),
        ...interfaceAddressSets(n, renderAssociation),
        interfaceType: n.interfaceType,
      };
    }),
  }),
};

/** A public IP as DescribeNetworkInterfaces gives it: with the Elastic IP's allocation and association ids. */
function renderAssociation(association: Ec2NetworkInterface['association']): XmlObject | undefined {
  if (!association) return undefined;
  const { publicIp, publicDnsName, ipOwnerId, allocationId, associationId } = association;
  return { publicIp, publicDnsName, ipOwnerId, allocationId, associationId };
}
