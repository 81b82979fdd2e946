// DescribeVpcs.
import type { Ec2Vpc } from '../../fleet.js';
import { awsId, doesNotExist, fromScope, optionalTags, type DescribeFamily } from './describe.js';

export const vpcsFamily: DescribeFamily<Ec2Vpc> = {
  action: 'DescribeVpcs',
  idLists: [
    {
      param: 'VpcId',
      pattern: awsId('vpc'),
      malformedCode: 'InvalidVpcID.Malformed',
      notFoundCode: 'InvalidVpcID.NotFound',
      notFoundMessage: doesNotExist('vpc ID', 'vpc IDs'),
      key: (v) => v.vpcId,
    },
  ],
  paging: { min: 5, max: 1000, aboveMax: 'error' },
  list: fromScope((s) => s.vpcs),
  filters: {
    tags: (v) => v.tags,
    fields: {
      'vpc-id': (v) => v.vpcId,
      state: (v) => v.state,
      cidr: (v) => v.cidrBlock,
      'cidr-block-association.cidr-block': (v) => v.cidrBlockAssociations.map((a) => a.cidrBlock),
      'cidr-block-association.association-id': (v) => v.cidrBlockAssociations.map((a) => a.associationId),
      'cidr-block-association.state': (v) => v.cidrBlockAssociations.map((a) => a.state),
      'ipv6-cidr-block-association.ipv6-cidr-block': (v) => v.ipv6CidrBlockAssociations.map((a) => a.ipv6CidrBlock),
      'ipv6-cidr-block-association.ipv6-pool': (v) => v.ipv6CidrBlockAssociations.map(() => 'Amazon'),
      'ipv6-cidr-block-association.association-id': (v) => v.ipv6CidrBlockAssociations.map((a) => a.associationId),
      'ipv6-cidr-block-association.state': (v) => v.ipv6CidrBlockAssociations.map((a) => a.state),
      'dhcp-options-id': (v) => v.dhcpOptionsId,
      'is-default': (v) => v.isDefault,
      'owner-id': (v) => v.ownerId,
    },
  },
  render: (vpcs, ctx) => ({
    vpcSet: vpcs.map((v) => ({
      vpcId: v.vpcId,
      ownerId: v.ownerId,
      state: v.state,
      cidrBlock: v.cidrBlock,
      cidrBlockAssociationSet: v.cidrBlockAssociations.map((a) => ({
        associationId: a.associationId,
        cidrBlock: a.cidrBlock,
        cidrBlockState: { state: a.state },
      })),
      ipv6CidrBlockAssociationSet: v.ipv6CidrBlockAssociations.map((a) => ({
        associationId: a.associationId,
        ipv6CidrBlock: a.ipv6CidrBlock,
        ipv6CidrBlockState: { state: a.state },
        networkBorderGroup: ctx.region,
        ipv6Pool: 'Amazon',
        ipv6AddressAttribute: 'public',
        ipSource: 'amazon',
      })),
      dhcpOptionsId: v.dhcpOptionsId,
      tagSet: optionalTags(v.tags),
      instanceTenancy: v.instanceTenancy,
      isDefault: v.isDefault,
      blockPublicAccessStates: { internetGatewayBlockMode: 'off' },
    })),
  }),
};
