// Application security groups (one per tier), network security groups and the rules they carry.
import { OFFICE_CIDR } from '../../../kit/vocabulary.js';
import type { AzureApplicationSecurityGroup, AzureNetworkSecurityGroup, AzureTags } from '../types.js';
import type { ScopeBuilder } from './context.js';
import { defaultRules, securityRule, type RuleSpec } from './security-rules.js';

/** The three tiers of a workload network: web in front, app behind it, data behind that. */
export interface PerTier<T> {
  web: T;
  app: T;
  data: T;
}

export function newApplicationSecurityGroup(b: ScopeBuilder, name: string): AzureApplicationSecurityGroup {
  const group: AzureApplicationSecurityGroup = {
    ...b.networkResourceBase(b.networkRg, 'applicationSecurityGroups', name, {}),
    properties: { provisioningState: 'Succeeded', resourceGuid: b.rng.uuid() },
  };
  b.scope.applicationSecurityGroups.push(group);
  return group;
}

export function newNetworkSecurityGroup(b: ScopeBuilder, rg: string, name: string, tags: AzureTags): AzureNetworkSecurityGroup {
  const base = b.networkResourceBase(rg, 'networkSecurityGroups', name, tags);
  const group: AzureNetworkSecurityGroup = {
    ...base,
    properties: { provisioningState: 'Succeeded', resourceGuid: b.rng.uuid(), securityRules: [], defaultSecurityRules: defaultRules(base.id, () => b.etag()) },
  };
  b.scope.networkSecurityGroups.push(group);
  return group;
}

export function addRule(b: ScopeBuilder, group: AzureNetworkSecurityGroup, name: string, spec: RuleSpec): void {
  group.properties.securityRules.push(securityRule(`${group.id}/securityRules/${name}`, name, b.etag(), spec));
}

export function newTierAsgs(b: ScopeBuilder): PerTier<AzureApplicationSecurityGroup> {
  return {
    web: newApplicationSecurityGroup(b, `asg-web-${b.loc}`),
    app: newApplicationSecurityGroup(b, `asg-app-${b.loc}`),
    data: newApplicationSecurityGroup(b, `asg-data-${b.loc}`),
  };
}

export function newTierNsgs(b: ScopeBuilder, env: string): PerTier<AzureNetworkSecurityGroup> {
  return {
    web: newNetworkSecurityGroup(b, b.networkRg, `nsg-web-${b.loc}`, { env, tier: 'web' }),
    app: newNetworkSecurityGroup(b, b.networkRg, `nsg-app-${b.loc}`, { env, tier: 'app' }),
    data: newNetworkSecurityGroup(b, b.networkRg, `nsg-data-${b.loc}`, { env, tier: 'data' }),
  };
}

/** Each tier open to the one in front of it, the web tier to the internet, admin ports to the office. */
export function addTierRules(
  b: ScopeBuilder,
  nsgs: PerTier<AzureNetworkSecurityGroup>,
  asgs: PerTier<AzureApplicationSecurityGroup>,
  appPrefix: string,
): void {
  const { web, app, data } = nsgs;
  addRule(b, web, 'AllowHttpsInbound', { priority: 100, direction: 'Inbound', access: 'Allow', protocol: 'Tcp', ports: ['443'], source: 'Internet', description: 'HTTPS from the internet' });
  addRule(b, web, 'AllowHttpInbound', { priority: 110, direction: 'Inbound', access: 'Allow', protocol: 'Tcp', ports: ['80'], source: 'Internet' });
  addRule(b, web, 'AllowSshFromOffice', { priority: 120, direction: 'Inbound', access: 'Allow', protocol: 'Tcp', ports: ['22'], source: OFFICE_CIDR, description: 'office' });
  addRule(b, web, 'AllowPingFromVnet', { priority: 130, direction: 'Inbound', access: 'Allow', protocol: 'Icmp', ports: ['*'], source: 'VirtualNetwork' });
  addRule(b, web, 'DenyRdpInbound', { priority: 4000, direction: 'Inbound', access: 'Deny', protocol: 'Tcp', ports: ['3389'], source: '*' });
  addRule(b, web, 'DenySmtpOutbound', { priority: 200, direction: 'Outbound', access: 'Deny', protocol: 'Tcp', ports: ['25'], destination: 'Internet', description: 'no direct mail' });
  addRule(b, app, 'AllowAppFromWeb', { priority: 100, direction: 'Inbound', access: 'Allow', protocol: 'Tcp', ports: ['8080'], sourceAsgs: [asgs.web.id], description: 'from the web tier' });
  addRule(b, app, 'AllowSshFromOffice', { priority: 120, direction: 'Inbound', access: 'Allow', protocol: 'Tcp', ports: ['22'], sourcePrefixes: [OFFICE_CIDR, '198.51.100.0/24'] });
  addRule(b, app, 'AllowMonitoring', { priority: 130, direction: 'Inbound', access: 'Allow', protocol: 'Tcp', ports: ['9100', '9200-9299'], source: 'VirtualNetwork', description: 'scrapers' });
  addRule(b, data, 'AllowPostgresFromApp', { priority: 100, direction: 'Inbound', access: 'Allow', protocol: 'Tcp', ports: ['5432'], sourceAsgs: [asgs.app.id], description: 'postgres from the app tier' });
  addRule(b, data, 'AllowRedisFromApp', { priority: 110, direction: 'Inbound', access: 'Allow', protocol: 'Tcp', ports: ['6379'], source: appPrefix });
  addRule(b, data, 'AllowDns', { priority: 120, direction: 'Inbound', access: 'Allow', protocol: 'Udp', ports: ['53'], source: 'VirtualNetwork' });
  addRule(b, data, 'DenyInternetOutbound', { priority: 4096, direction: 'Outbound', access: 'Deny', protocol: '*', ports: ['*'], destination: 'Internet' });
}

/** The dev network's one NSG, open to the office for SSH and RDP. */
export function newDevNsg(b: ScopeBuilder): AzureNetworkSecurityGroup {
  const group = newNetworkSecurityGroup(b, b.networkRg, `nsg-dev-${b.loc}`, { env: 'dev' });
  addRule(b, group, 'AllowSshFromOffice', { priority: 100, direction: 'Inbound', access: 'Allow', protocol: 'Tcp', ports: ['22', '3389'], source: OFFICE_CIDR });
  return group;
}

/** What the portal creates beside a VM: one rule opening the admin port to everyone. */
export function newVmNsg(b: ScopeBuilder, rg: string, vmName: string, windows: boolean): AzureNetworkSecurityGroup {
  const group = newNetworkSecurityGroup(b, rg, `${vmName}-nsg`, {});
  addRule(b, group, windows ? 'RDP' : 'SSH', {
    priority: 300,
    direction: 'Inbound',
    access: 'Allow',
    protocol: 'Tcp',
    ports: [windows ? '3389' : '22'],
    source: '*',
  });
  return group;
}
