// Firewalls: the rules Compute Engine creates with the default network, and tiered rules on the
// custom VPC. A rule's name is prefixed with its network's (the VPC's without "-vpc").
import { OFFICE_CIDR } from '../../../kit/vocabulary.js';
import { computeUrl } from '../catalogue.js';
import type { GceFirewall } from '../types.js';
import type { NetworkPlan, ProjectBuilder, ProjectNetworks } from './context.js';

/** Google's health-check and IAP ranges, as real firewall rules name them. */
const HEALTH_CHECK_RANGES = ['130.211.0.0/22', '35.191.0.0/16'];
const IAP_RANGE = '35.235.240.0/20';

/** What a rule sets beyond the defaults; `name` is without the network's prefix. */
type FirewallRule = Partial<GceFirewall> & Pick<GceFirewall, 'name' | 'direction'>;

// Functions rather than constants, so that no two projects share a rule's arrays.
const defaultNetworkRules = (): FirewallRule[] => [
  {
    name: 'allow-internal',
    direction: 'INGRESS',
    priority: 65534,
    description: 'Allow internal traffic on the default network',
    sourceRanges: ['10.128.0.0/9'],
    allowed: [
      { IPProtocol: 'tcp', ports: ['0-65535'] },
      { IPProtocol: 'udp', ports: ['0-65535'] },
      { IPProtocol: 'icmp' },
    ],
  },
  {
    name: 'allow-ssh',
    direction: 'INGRESS',
    priority: 65534,
    description: 'Allow SSH from anywhere',
    sourceRanges: ['0.0.0.0/0'],
    allowed: [{ IPProtocol: 'tcp', ports: ['22'] }],
  },
  {
    name: 'allow-rdp',
    direction: 'INGRESS',
    priority: 65534,
    description: 'Allow RDP from anywhere',
    sourceRanges: ['0.0.0.0/0'],
    allowed: [{ IPProtocol: 'tcp', ports: ['3389'] }],
  },
  {
    name: 'allow-icmp',
    direction: 'INGRESS',
    priority: 65534,
    description: 'Allow ICMP from anywhere',
    sourceRanges: ['0.0.0.0/0'],
    allowed: [{ IPProtocol: 'icmp' }],
  },
  {
    name: 'allow-http',
    direction: 'INGRESS',
    sourceRanges: ['0.0.0.0/0'],
    targetTags: ['http-server'],
    allowed: [{ IPProtocol: 'tcp', ports: ['80'] }],
  },
];

const vpcRules = (): FirewallRule[] => [
  {
    name: 'allow-web',
    direction: 'INGRESS',
    description: 'HTTP and HTTPS to the web tier',
    sourceRanges: ['0.0.0.0/0'],
    targetTags: ['web'],
    allowed: [{ IPProtocol: 'tcp', ports: ['80', '443'] }],
  },
  {
    name: 'allow-app-from-web',
    direction: 'INGRESS',
    description: 'The web tier calls the app tier',
    sourceTags: ['web'],
    targetTags: ['app'],
    allowed: [{ IPProtocol: 'tcp', ports: ['8080-8089'] }],
  },
  {
    name: 'allow-db-from-app',
    direction: 'INGRESS',
    priority: 900,
    description: 'Postgres and Redis from the app tier',
    sourceTags: ['app'],
    targetTags: ['db'],
    allowed: [{ IPProtocol: 'tcp', ports: ['5432', '6379'] }],
  },
  {
    name: 'allow-ssh-office',
    direction: 'INGRESS',
    description: 'SSH from the office and through IAP',
    sourceRanges: [OFFICE_CIDR, IAP_RANGE],
    targetTags: ['ssh'],
    allowed: [{ IPProtocol: 'tcp', ports: ['22'] }],
    logConfig: { enable: true },
  },
  {
    name: 'allow-health-checks',
    direction: 'INGRESS',
    description: 'Google Cloud load balancer health checks',
    sourceRanges: [...HEALTH_CHECK_RANGES],
    targetTags: ['web', 'app'],
    allowed: [{ IPProtocol: 'tcp' }],
  },
  {
    name: 'allow-internal-udp',
    direction: 'INGRESS',
    priority: 2000,
    sourceRanges: ['10.0.0.0/8'],
    allowed: [{ IPProtocol: 'udp', ports: ['53', '123'] }, { IPProtocol: 'icmp' }],
  },
  {
    name: 'deny-smtp-egress',
    direction: 'EGRESS',
    priority: 100,
    description: 'No outbound mail',
    destinationRanges: ['0.0.0.0/0'],
    denied: [{ IPProtocol: 'tcp', ports: ['25', '465', '587'] }],
  },
  {
    name: 'deny-all-ingress-legacy',
    direction: 'INGRESS',
    priority: 65000,
    description: 'Kept for reference; disabled',
    sourceRanges: ['0.0.0.0/0'],
    denied: [{ IPProtocol: 'all' }],
    disabled: true,
  },
];

export function addFirewalls(b: ProjectBuilder, networks: ProjectNetworks): void {
  b.data.firewalls.push(
    ...defaultNetworkRules().map((rule) => newFirewall(b, networks.defaultNetwork, rule)),
    ...vpcRules().map((rule) => newFirewall(b, networks.vpc, rule)),
  );
}

function newFirewall(b: ProjectBuilder, plan: NetworkPlan, { name: ruleName, ...rule }: FirewallRule): GceFirewall {
  const name = `${plan.network.name.replace(/-vpc$/, '')}-${ruleName}`;
  return {
    kind: 'compute#firewall',
    id: b.allocator.id(b.rng),
    creationTimestamp: plan.network.creationTimestamp,
    name,
    description: '',
    network: plan.network.selfLink,
    priority: 1000,
    disabled: false,
    logConfig: { enable: false },
    selfLink: computeUrl.global(b.projectId, 'firewalls', name),
    ...rule,
  };
}
