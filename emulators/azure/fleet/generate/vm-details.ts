// What some VMs have beyond the common shape, drawn once everything else is (so every earlier draw
// stays as it was): a customised vCPU count (`hardwareProfile.vmSizeProperties`), a secondary IPv4
// configuration on the primary NIC, and, where the NIC's subnet is dual-stack, an IPv6
// configuration; some of those with a public address of their own version. Each detail is on at
// least one VM of a scope that can have it.
import type { Random } from '../../../kit/prng.js';
import { azureVmSizeInfo } from '../catalogue.js';
import type { AzureNetworkInterface, AzureNicIpConfiguration, AzureTags, AzureVirtualMachine, AzureVmSizeProperties } from '../types.js';
import type { ScopeBuilder } from './context.js';
import { newPublicIp } from './public-ips.js';

export function addVmDetails(b: ScopeBuilder): void {
  const vms = b.scope.virtualMachines;
  const nics = new Map(b.scope.networkInterfaces.map((n) => [n.id.toLowerCase(), n]));
  const primaryNic = (vm: AzureVirtualMachine) => nics.get(vm.properties.networkProfile.networkInterfaces[0]!.id.toLowerCase())!;
  for (const vm of some(b.rng, vms.filter(canCustomiseVcpus), 0.2)) customiseVcpus(b.rng, vm);
  for (const vm of some(b.rng, vms, 0.12)) addIpConfiguration(b, vm, primaryNic(vm), 'IPv4');
  const dualStack = vms.filter((vm) => b.isDualStack(primaryNic(vm).properties.ipConfigurations[0]!.properties.subnet.id));
  for (const vm of some(b.rng, dualStack, 0.4)) addIpConfiguration(b, vm, primaryNic(vm), 'IPv6');
}

/** Each item with probability `p`; the first one when the draw took none. */
function some<T>(rng: Random, items: readonly T[], p: number): T[] {
  const chosen = items.filter(() => rng.chance(p));
  return chosen.length > 0 || items.length === 0 ? chosen : [items[0]!];
}

/** Sizes of 4 vCPUs or more with two hyper-threads per core (as their Resource SKU says) can be constrained. */
function canCustomiseVcpus(vm: AzureVirtualMachine): boolean {
  const size = azureVmSizeInfo(vm.properties.hardwareProfile.vmSize);
  return size !== undefined && size.vCPUs >= 4 && size.architecture === 'x64';
}

/** Half the size's vCPUs: with hyper-threading off (one vCPU per core) or constrained (two per core). */
function customiseVcpus(rng: Random, vm: AzureVirtualMachine): void {
  const size = azureVmSizeInfo(vm.properties.hardwareProfile.vmSize)!;
  const properties: AzureVmSizeProperties = { vCPUsAvailable: size.vCPUs / 2, vCPUsPerCore: rng.chance(0.5) ? 1 : 2 };
  vm.properties.hardwareProfile = { ...vm.properties.hardwareProfile, vmSizeProperties: properties };
}

/** A non-primary IP configuration in the NIC's subnet (IPv6 needs a dual-stack one), with a public address for some. */
function addIpConfiguration(b: ScopeBuilder, vm: AzureVirtualMachine, nic: AzureNetworkInterface, version: 'IPv4' | 'IPv6'): void {
  const configs = nic.properties.ipConfigurations;
  const primary = configs[0]!;
  const subnetId = primary.properties.subnet.id;
  const name = version === 'IPv6' ? 'ipconfig-v6' : `ipconfig${configs.length + 1}`;
  const rg = vm.id.split('/')[4]!;
  const tags: AzureTags = vm.tags.env ? { env: vm.tags.env } : {};
  const publicIp = b.rng.chance(0.5) ? newPublicIp(b, rg, `${vm.name}-pip-${name}`, vm.zones, tags, null, version) : undefined;
  if (publicIp) b.scope.publicIPAddresses.push(publicIp);
  const config: AzureNicIpConfiguration = {
    id: `${nic.id}/ipConfigurations/${name}`,
    name,
    etag: b.etag(),
    type: 'Microsoft.Network/networkInterfaces/ipConfigurations',
    properties: {
      provisioningState: 'Succeeded',
      privateIPAddress: version === 'IPv6' ? b.privateIpv6(subnetId) : b.privateIp(subnetId),
      privateIPAllocationMethod: 'Dynamic',
      privateIPAddressVersion: version,
      subnet: { id: subnetId },
      primary: false,
      ...(publicIp ? { publicIPAddress: { id: publicIp.id } } : {}),
      ...(primary.properties.applicationSecurityGroups ? { applicationSecurityGroups: primary.properties.applicationSecurityGroups } : {}),
    },
  };
  configs.push(config);
}
