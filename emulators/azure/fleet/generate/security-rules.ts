// Security rules as ARM returns them, and the six every NSG has.
import type { AzureSecurityRule } from '../types.js';

export interface RuleSpec {
  priority: number;
  direction: 'Inbound' | 'Outbound';
  access: 'Allow' | 'Deny';
  protocol: string;
  ports: string[];
  source?: string;
  sourcePrefixes?: string[];
  sourceAsgs?: string[];
  destination?: string;
  description?: string;
}

/** A rule as ARM returns it: single values in the singular fields, several in the plural ones. */
export function securityRule(
  id: string,
  name: string,
  etag: string,
  spec: RuleSpec,
  type: AzureSecurityRule['type'] = 'Microsoft.Network/networkSecurityGroups/securityRules',
): AzureSecurityRule {
  const one = spec.ports.length === 1;
  return {
    id,
    name,
    etag,
    type,
    properties: {
      provisioningState: 'Succeeded',
      ...(spec.description ? { description: spec.description } : {}),
      protocol: spec.protocol,
      sourcePortRange: '*',
      sourcePortRanges: [],
      ...(one ? { destinationPortRange: spec.ports[0] } : {}),
      destinationPortRanges: one ? [] : spec.ports,
      ...(spec.sourceAsgs ? { sourceApplicationSecurityGroups: spec.sourceAsgs.map((asgId) => ({ id: asgId })) } : {}),
      ...(spec.sourcePrefixes || spec.sourceAsgs ? {} : { sourceAddressPrefix: spec.source ?? '*' }),
      sourceAddressPrefixes: spec.sourcePrefixes ?? [],
      destinationAddressPrefix: spec.destination ?? '*',
      destinationAddressPrefixes: [],
      access: spec.access,
      priority: spec.priority,
      direction: spec.direction,
    },
  };
}

/** The six rules every NSG has, as ARM lists them under defaultSecurityRules. */
export function defaultRules(nsgId: string, etag: () => string): AzureSecurityRule[] {
  const type = 'Microsoft.Network/networkSecurityGroups/defaultSecurityRules' as const;
  const make = (name: string, spec: RuleSpec, destination: string) =>
    securityRule(`${nsgId}/defaultSecurityRules/${name}`, name, etag(), { ...spec, destination }, type);
  return [
    make('AllowVnetInBound', { priority: 65000, direction: 'Inbound', access: 'Allow', protocol: '*', ports: ['*'], source: 'VirtualNetwork', description: 'Allow inbound traffic from all VMs in VNET' }, 'VirtualNetwork'),
    make('AllowAzureLoadBalancerInBound', { priority: 65001, direction: 'Inbound', access: 'Allow', protocol: '*', ports: ['*'], source: 'AzureLoadBalancer', description: 'Allow inbound traffic from azure load balancer' }, '*'),
    make('DenyAllInBound', { priority: 65500, direction: 'Inbound', access: 'Deny', protocol: '*', ports: ['*'], source: '*', description: 'Deny all inbound traffic' }, '*'),
    make('AllowVnetOutBound', { priority: 65000, direction: 'Outbound', access: 'Allow', protocol: '*', ports: ['*'], source: 'VirtualNetwork', description: 'Allow outbound traffic from all VMs to all VMs in VNET' }, 'VirtualNetwork'),
    make('AllowInternetOutBound', { priority: 65001, direction: 'Outbound', access: 'Allow', protocol: '*', ports: ['*'], source: '*', description: 'Allow outbound traffic from all VMs to Internet' }, 'Internet'),
    make('DenyAllOutBound', { priority: 65500, direction: 'Outbound', access: 'Deny', protocol: '*', ports: ['*'], source: '*', description: 'Deny all outbound traffic' }, '*'),
  ];
}
