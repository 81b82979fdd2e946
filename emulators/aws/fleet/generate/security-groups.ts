// Each VPC's security groups: the default one, and web, app and db tiers whose rules reference
// each other, as a small production account has them — ICMP included: ping from inside, the
// "fragmentation needed" messages path MTU discovery depends on, ICMPv6, all ICMP within the VPC.
import { OFFICE_CIDR } from '../../../kit/vocabulary.js';
import type { Ec2IpPermission, Ec2SecurityGroup, Ec2Vpc } from '../types.js';
import { tag, type ScopeBuilder, type TierGroups } from './context.js';

export function tierGroups(b: ScopeBuilder, vpc: Ec2Vpc, isDefault: boolean): TierGroups {
  const { account } = b.ctx;
  const prefix = isDefault ? '' : `${vpc.tags.find((t) => t.key === 'env')?.value ?? 'main'}-`;
  const def = securityGroup(b, vpc, 'default', 'default VPC security group');
  def.ipPermissions.push({ ...allTraffic(), userIdGroupPairs: [{ userId: account, groupId: def.groupId }] });
  const web = securityGroup(b, vpc, `${prefix}web`, 'HTTP and HTTPS from anywhere, SSH from the office');
  web.ipPermissions.push(
    tcp(80, { cidr: '0.0.0.0/0', ipv6: '::/0' }),
    tcp(443, { cidr: '0.0.0.0/0', ipv6: '::/0' }),
    tcp(22, { cidr: OFFICE_CIDR, description: 'office' }),
    icmp('icmp', 8, -1, { cidr: '10.0.0.0/8', description: 'ping from internal' }),
    icmp('icmp', 3, 4, { cidr: '0.0.0.0/0', description: 'path MTU discovery' }),
    icmp('icmpv6', -1, -1, { ipv6: '::/0', description: 'ICMPv6' }),
  );
  const app = securityGroup(b, vpc, `${prefix}app`, 'Application tier');
  app.ipPermissions.push(
    tcp(8080, { group: web.groupId, account, description: 'from the web tier' }),
    tcp(22, { cidr: OFFICE_CIDR, description: 'office' }),
    icmp('icmp', -1, -1, { cidr: vpc.cidrBlock, description: 'all ICMP within the VPC' }),
  );
  const db = securityGroup(b, vpc, `${prefix}db`, 'Databases and caches');
  db.ipPermissions.push(
    tcp(5432, { group: app.groupId, account, description: 'postgres from the app tier' }),
    tcp(6379, { group: app.groupId, account, description: 'redis from the app tier' }),
    permission('udp', 53, 53, { cidr: vpc.cidrBlock }),
  );
  return { default: def, web, app, db };
}

/** The classic console leftover: SSH from anywhere. */
export function launchWizardGroup(b: ScopeBuilder, vpc: Ec2Vpc): Ec2SecurityGroup {
  const wizard = securityGroup(b, vpc, 'launch-wizard-1', 'launch-wizard-1 created 2024-05-02T09:12:44.000Z');
  wizard.ipPermissions.push(tcp(22, { cidr: '0.0.0.0/0' }));
  return wizard;
}

function securityGroup(b: ScopeBuilder, vpc: Ec2Vpc, groupName: string, description: string): Ec2SecurityGroup {
  return {
    groupId: b.ctx.allocator.id('sg', b.rng),
    groupName,
    description,
    vpcId: vpc.vpcId,
    ownerId: b.ctx.account,
    ipPermissions: [],
    ipPermissionsEgress: [{ ...allTraffic(), ipRanges: [{ cidrIp: '0.0.0.0/0' }] }],
    tags: groupName === 'default' ? [] : [tag('Name', groupName)],
  };
}

function allTraffic(): Ec2IpPermission {
  return { ipProtocol: '-1', fromPort: null, toPort: null, ipRanges: [], ipv6Ranges: [], userIdGroupPairs: [] };
}

interface RuleSource {
  cidr?: string;
  ipv6?: string;
  group?: string;
  account?: string;
  description?: string;
}

function tcp(port: number, source: RuleSource): Ec2IpPermission {
  return permission('tcp', port, port, source);
}

/** EC2 keeps an ICMP rule's type in FromPort and its code in ToPort; -1 is every type or code. */
function icmp(protocol: 'icmp' | 'icmpv6', type: number, code: number, source: RuleSource): Ec2IpPermission {
  return permission(protocol, type, code, source);
}

function permission(ipProtocol: string, fromPort: number, toPort: number, source: RuleSource): Ec2IpPermission {
  const described = <T extends object>(x: T): T => (source.description ? { ...x, description: source.description } : x);
  return {
    ipProtocol,
    fromPort,
    toPort,
    ipRanges: source.cidr ? [described({ cidrIp: source.cidr })] : [],
    ipv6Ranges: source.ipv6 ? [described({ cidrIpv6: source.ipv6 })] : [],
    userIdGroupPairs: source.group ? [described({ userId: source.account ?? '', groupId: source.group })] : [],
  };
}
