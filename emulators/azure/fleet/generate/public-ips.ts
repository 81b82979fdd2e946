// Public IP addresses: a VM's, or reserved ones nothing uses yet.
import type { AzurePublicIpAddress, AzureTags } from '../types.js';
import type { ScopeBuilder } from './context.js';

/** `dnsLabel`: the domain name label, for an address with a DNS name. An IPv6 address (Standard SKU, static) is for an IPv6 IP configuration. */
export function newPublicIp(
  b: ScopeBuilder,
  rg: string,
  name: string,
  zones: string[] | undefined,
  tags: AzureTags,
  dnsLabel: string | null,
  version: 'IPv4' | 'IPv6' = 'IPv4',
): AzurePublicIpAddress {
  const address = version === 'IPv4' ? b.ctx.allocator.publicIp(b.rng, b.location) : publicIpv6(b);
  return {
    ...b.networkResourceBase(rg, 'publicIPAddresses', name, tags),
    ...(zones ? { zones } : {}),
    sku: { name: 'Standard', tier: 'Regional' },
    properties: {
      provisioningState: 'Succeeded',
      resourceGuid: b.rng.uuid(),
      ipAddress: address,
      publicIPAddressVersion: version,
      publicIPAllocationMethod: 'Static',
      idleTimeoutInMinutes: 4,
      ...(dnsLabel ? { dnsSettings: { domainNameLabel: dnsLabel, fqdn: `${dnsLabel}.${b.loc}.cloudapp.azure.com` } } : {}),
      ipTags: [],
      ddosSettings: { protectionMode: 'VirtualNetworkInherited' },
    },
  };
}

/** An address of the location's public IPv6 /48, unique across the fleet. */
function publicIpv6(b: ScopeBuilder): string {
  const group = () => b.rng.int(1, 0xffff).toString(16);
  return b.ctx.allocator.unique(() => `${b.location.publicIpv6Prefix}:${group()}::${group()}`);
}
