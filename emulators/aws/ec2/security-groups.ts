// DescribeSecurityGroups. `GroupName.N` names groups of the default VPC only, as on EC2.
import type { Ec2IpPermission, Ec2SecurityGroup } from '../../fleet.js';
import { awsId, doesNotExist, optionalTags, type DescribeFamily } from './describe.js';
import type { FilterAccessor } from './filters.js';
import type { XmlObject } from './xml.js';

interface GroupView {
  group: Ec2SecurityGroup;
  inDefaultVpc: boolean;
  /** Names of the groups in the scope, for the `*.group-name` rule filters. */
  groupNames: ReadonlyMap<string, string>;
}

/** Filters over one rule direction: `ip-permission.*` or `egress.ip-permission.*`. */
function ruleFilters(prefix: string, pick: (g: Ec2SecurityGroup) => Ec2IpPermission[]): Record<string, FilterAccessor<GroupView>> {
  const over = (f: (p: Ec2IpPermission) => (string | number | null | undefined)[]) => (v: GroupView) => pick(v.group).flatMap(f);
  return {
    [`${prefix}.cidr`]: over((p) => p.ipRanges.map((r) => r.cidrIp)),
    [`${prefix}.ipv6-cidr`]: over((p) => p.ipv6Ranges.map((r) => r.cidrIpv6)),
    [`${prefix}.from-port`]: over((p) => [p.fromPort]),
    [`${prefix}.to-port`]: over((p) => [p.toPort]),
    [`${prefix}.protocol`]: over((p) => [p.ipProtocol]),
    [`${prefix}.group-id`]: over((p) => p.userIdGroupPairs.map((g) => g.groupId)),
    [`${prefix}.user-id`]: over((p) => p.userIdGroupPairs.map((g) => g.userId)),
    [`${prefix}.group-name`]: (v) =>
      pick(v.group).flatMap((p) => p.userIdGroupPairs.map((g) => v.groupNames.get(g.groupId))),
    [`${prefix}.prefix-list-id`]: () => undefined,
  };
}

function renderPermission(p: Ec2IpPermission): XmlObject {
  return {
    ipProtocol: p.ipProtocol,
    fromPort: p.fromPort,
    toPort: p.toPort,
    groups: p.userIdGroupPairs.map((g) => ({ userId: g.userId, groupId: g.groupId, description: g.description })),
    ipRanges: p.ipRanges.map((r) => ({ cidrIp: r.cidrIp, description: r.description })),
    ipv6Ranges: p.ipv6Ranges.map((r) => ({ cidrIpv6: r.cidrIpv6, description: r.description })),
    prefixListIds: [],
  };
}

export const securityGroupsFamily: DescribeFamily<GroupView> = {
  action: 'DescribeSecurityGroups',
  idLists: [
    {
      param: 'GroupId',
      pattern: awsId('sg'),
      malformedCode: 'InvalidGroupId.Malformed',
      notFoundCode: 'InvalidGroup.NotFound',
      notFoundMessage: doesNotExist('security group', 'security groups'),
      key: (v) => v.group.groupId,
    },
    {
      param: 'GroupName',
      notFoundCode: 'InvalidGroup.NotFound',
      notFoundMessage: (ids) => `The security group '${ids.join(', ')}' does not exist in default VPC`,
      key: (v) => (v.inDefaultVpc ? v.group.groupName : undefined),
    },
  ],
  paging: { min: 5, max: 1000, aboveMax: 'error' },
  list: (ctx) => {
    const scope = ctx.scope;
    if (!scope) return [];
    const defaultVpcId = scope.vpcs.find((v) => v.isDefault)?.vpcId;
    const groupNames = new Map(scope.securityGroups.map((g) => [g.groupId, g.groupName]));
    return scope.securityGroups.map((group) => ({ group, groupNames, inDefaultVpc: group.vpcId === defaultVpcId }));
  },
  filters: {
    tags: (v) => v.group.tags,
    fields: {
      'group-id': (v) => v.group.groupId,
      'group-name': (v) => v.group.groupName,
      'vpc-id': (v) => v.group.vpcId,
      description: (v) => v.group.description,
      'owner-id': (v) => v.group.ownerId,
      ...ruleFilters('ip-permission', (g) => g.ipPermissions),
      ...ruleFilters('egress.ip-permission', (g) => g.ipPermissionsEgress),
    },
  },
  render: (views, ctx) => ({
    securityGroupInfo: views.map(({ group: g }) => ({
      ownerId: g.ownerId,
      groupId: g.groupId,
      groupName: g.groupName,
      groupDescription: g.description,
      vpcId: g.vpcId,
      securityGroupArn: `arn:aws:ec2:${ctx.region}:${g.ownerId}:security-group/${g.groupId}`,
      ipPermissions: g.ipPermissions.map(renderPermission),
      ipPermissionsEgress: g.ipPermissionsEgress.map(renderPermission),
      tagSet: optionalTags(g.tags),
    })),
  }),
};
