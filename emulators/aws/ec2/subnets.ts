// DescribeSubnets.
import type { Ec2Subnet } from '../../fleet.js';
import { awsId, doesNotExist, optionalTags, type DescribeFamily } from './describe.js';
import { names } from './filters.js';
import { availableIpCount } from './joins.js';

interface SubnetView {
  subnet: Ec2Subnet;
  arn: string;
  availableIpAddressCount: number;
}

export const subnetsFamily: DescribeFamily<SubnetView> = {
  action: 'DescribeSubnets',
  idLists: [
    {
      param: 'SubnetId',
      pattern: awsId('subnet'),
      malformedCode: 'InvalidSubnetID.Malformed',
      notFoundCode: 'InvalidSubnetID.NotFound',
      notFoundMessage: doesNotExist('subnet ID', 'subnet IDs'),
      key: (v) => v.subnet.subnetId,
    },
  ],
  paging: { min: 5, max: 1000, aboveMax: 'error' },
  list: (ctx) => {
    const scope = ctx.scope;
    if (!scope) return [];
    return scope.subnets.map((subnet) => ({
      subnet,
      arn: `arn:aws:ec2:${ctx.region}:${subnet.ownerId}:subnet/${subnet.subnetId}`,
      availableIpAddressCount: availableIpCount(scope, subnet),
    }));
  },
  filters: {
    tags: (v) => v.subnet.tags,
    unmodelled: names('customer-owned-ipv4-pool enable-lni-at-device-index map-customer-owned-ip-on-launch outpost-arn'),
    fields: {
      'subnet-id': (v) => v.subnet.subnetId,
      'subnet-arn': (v) => v.arn,
      'vpc-id': (v) => v.subnet.vpcId,
      state: (v) => v.subnet.state,
      'availability-zone': (v) => v.subnet.availabilityZone,
      availabilityZone: (v) => v.subnet.availabilityZone,
      'availability-zone-id': (v) => v.subnet.availabilityZoneId,
      'available-ip-address-count': (v) => v.availableIpAddressCount,
      'cidr-block': (v) => v.subnet.cidrBlock,
      cidrBlock: (v) => v.subnet.cidrBlock,
      cidr: (v) => v.subnet.cidrBlock,
      'default-for-az': (v) => v.subnet.defaultForAz,
      defaultForAz: (v) => v.subnet.defaultForAz,
      'map-public-ip-on-launch': (v) => v.subnet.mapPublicIpOnLaunch,
      'owner-id': (v) => v.subnet.ownerId,
      'ipv6-cidr-block-association.ipv6-cidr-block': (v) => v.subnet.ipv6CidrBlockAssociations.map((a) => a.ipv6CidrBlock),
      'ipv6-cidr-block-association.association-id': (v) => v.subnet.ipv6CidrBlockAssociations.map((a) => a.associationId),
      'ipv6-cidr-block-association.state': (v) => v.subnet.ipv6CidrBlockAssociations.map((a) => a.state),
      'enable-dns64': () => false,
      'ipv6-native': () => false,
      'private-dns-name-options-on-launch.hostname-type': () => 'ip-name',
    },
  },
  render: (views) => ({
    subnetSet: views.map(({ subnet: s, arn, availableIpAddressCount }) => ({
      subnetId: s.subnetId,
      subnetArn: arn,
      state: s.state,
      ownerId: s.ownerId,
      vpcId: s.vpcId,
      cidrBlock: s.cidrBlock,
      ipv6CidrBlockAssociationSet: s.ipv6CidrBlockAssociations.map((a) => ({
        associationId: a.associationId,
        ipv6CidrBlock: a.ipv6CidrBlock,
        ipv6CidrBlockState: { state: a.state },
        ipv6AddressAttribute: 'public',
        ipSource: 'amazon',
      })),
      availableIpAddressCount,
      availabilityZone: s.availabilityZone,
      availabilityZoneId: s.availabilityZoneId,
      defaultForAz: s.defaultForAz,
      mapPublicIpOnLaunch: s.mapPublicIpOnLaunch,
      assignIpv6AddressOnCreation: s.assignIpv6AddressOnCreation,
      mapCustomerOwnedIpOnLaunch: false,
      enableDns64: false,
      ipv6Native: false,
      privateDnsNameOptionsOnLaunch: {
        hostnameType: 'ip-name',
        enableResourceNameDnsARecord: false,
        enableResourceNameDnsAAAARecord: false,
      },
      tagSet: optionalTags(s.tags),
      blockPublicAccessStates: { internetGatewayBlockMode: 'off' },
    })),
  }),
};
