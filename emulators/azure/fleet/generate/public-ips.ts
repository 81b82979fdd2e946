// Public IP addresses: a VM's, or reserved ones nothing uses yet.
import type { AzurePublicIpAddress, AzureTags } from '../types.js';
import type { ScopeBuilder } from './context.js';

/** `dnsLabel`: the domain name label, for an address with a DNS name. */
export function newPublicIp(
  b: ScopeBuilder,
  rg: string,
  name: string,
  zones: string[] | undefined,
  tags: AzureTags,
  dnsLabel: string | null,
): AzurePublicIpAddress {
  const address = b.ctx.allocator.publicIp(b.rng, b.location);
  return {
    ...b.networkResourceBase(rg, 'publicIPAddresses', name, tags),
    ...(zones ? { zones } : {}),
    sku: { name: 'Standard', tier: 'Regional' },
    properties: {
      provisioningState: 'Succeeded',
      resourceGuid: b.rng.uuid(),
      ipAddress: address,
      publicIPAddressVersion: 'IPv4',
      publicIPAllocationMethod: 'Static',
      idleTimeoutInMinutes: 4,
      ...(dnsLabel ? { dnsSettings: { domainNameLabel: dnsLabel, fqdn: `${dnsLabel}.${b.loc}.cloudapp.azure.com` } } : {}),
      ipTags: [],
      ddosSettings: { protectionMode: 'VirtualNetworkInherited' },
    },
  };
}
