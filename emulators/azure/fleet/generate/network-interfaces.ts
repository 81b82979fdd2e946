// Network interfaces: a VM's, or a detached one kept for failover.
import type { Random } from '../../../kit/prng.js';
import type { AzureNetworkInterface, AzurePublicIpAddress, AzureTags, AzureVirtualMachine } from '../types.js';
import type { ScopeBuilder } from './context.js';
import type { Tier } from './virtual-networks.js';

export interface NicOptions {
  /** The VM the NIC is attached to; a detached NIC has no MAC address. */
  vm?: AzureVirtualMachine;
  primary?: boolean;
  publicIp?: AzurePublicIpAddress;
  nsgId?: string;
  accelerated: boolean;
}

export function newNic(b: ScopeBuilder, rg: string, name: string, tier: Tier, tags: AzureTags, options: NicOptions): AzureNetworkInterface {
  const ip = b.privateIp(tier.subnet.id);
  const base = b.networkResourceBase(rg, 'networkInterfaces', name, tags);
  return {
    ...base,
    properties: {
      provisioningState: 'Succeeded',
      resourceGuid: b.rng.uuid(),
      ipConfigurations: [
        {
          id: `${base.id}/ipConfigurations/ipconfig1`,
          name: 'ipconfig1',
          etag: b.etag(),
          type: 'Microsoft.Network/networkInterfaces/ipConfigurations',
          properties: {
            provisioningState: 'Succeeded',
            privateIPAddress: ip,
            privateIPAllocationMethod: b.rng.chance(0.85) ? 'Dynamic' : 'Static',
            privateIPAddressVersion: 'IPv4',
            subnet: { id: tier.subnet.id },
            primary: true,
            ...(options.publicIp ? { publicIPAddress: { id: options.publicIp.id } } : {}),
            ...(tier.asg ? { applicationSecurityGroups: [{ id: tier.asg.id }] } : {}),
          },
        },
      ],
      dnsSettings: { dnsServers: [], appliedDnsServers: [], internalDomainNameSuffix: `${b.rng.hex(26)}.ax.internal.cloudapp.net` },
      ...(options.vm ? { macAddress: macAddress(b.rng), primary: options.primary ?? true } : {}),
      enableAcceleratedNetworking: options.accelerated,
      enableIPForwarding: false,
      vnetEncryptionSupported: false,
      disableTcpStateTracking: false,
      ...(options.nsgId ? { networkSecurityGroup: { id: options.nsgId } } : {}),
      ...(options.vm ? { virtualMachine: { id: options.vm.id } } : {}),
      hostedWorkloads: [],
      nicType: 'Standard',
      auxiliaryMode: 'None',
    },
  };
}

/** Azure MACs: the 00-0D-3A prefix, upper-case, hyphenated. */
function macAddress(rng: Random): string {
  const tail = Array.from({ length: 3 }, () => rng.int(0, 255).toString(16).padStart(2, '0').toUpperCase());
  return ['00', '0D', '3A', ...tail].join('-');
}
