// The back-references ARM derives rather than stores, computed from the fleet's forward
// references: a subnet's ipConfigurations, an NSG's networkInterfaces and subnets, a public IP's
// ipConfiguration. ARM writes such cross-resource references with the resource group name in
// upper case (`…/resourceGroups/RG-PROD-WESTEUROPE/…`); the emulator does too, so clients learn to
// compare ids case-insensitively, as ARM ids are.
import type { AzureFleet } from '../fleet.js';
import type {
  AzureNetworkInterface,
  AzureNetworkSecurityGroup,
  AzurePublicIpAddress,
  AzureSubnet,
  AzureSubResource,
  AzureVirtualMachine,
  AzureVirtualNetwork,
} from '../fleet.js';

/** `/subscriptions/s/resourceGroups/rg/…` → `/subscriptions/s/resourceGroups/RG/…`, as ARM writes references. */
export function armReference(id: string): string {
  return id.replace(/(\/resourceGroups\/)([^/]+)/i, (_m, prefix: string, rg: string) => `${prefix}${rg.toUpperCase()}`);
}

export class Joins {
  private readonly ipConfigsBySubnet = new Map<string, AzureSubResource[]>();
  private readonly nicsByNsg = new Map<string, AzureSubResource[]>();
  private readonly subnetsByNsg = new Map<string, AzureSubResource[]>();
  private readonly ipConfigByPublicIp = new Map<string, AzureSubResource>();

  constructor(fleet: AzureFleet, subscriptionId: string) {
    const push = (map: Map<string, AzureSubResource[]>, key: string, id: string) => {
      const list = map.get(key.toLowerCase()) ?? [];
      list.push({ id });
      map.set(key.toLowerCase(), list);
    };
    for (const nic of fleet.resources(subscriptionId, 'networkInterfaces')) {
      if (nic.properties.networkSecurityGroup) push(this.nicsByNsg, nic.properties.networkSecurityGroup.id, armReference(nic.id));
      for (const config of nic.properties.ipConfigurations) {
        push(this.ipConfigsBySubnet, config.properties.subnet.id, armReference(config.id));
        const pip = config.properties.publicIPAddress;
        if (pip) this.ipConfigByPublicIp.set(pip.id.toLowerCase(), { id: armReference(config.id) });
      }
    }
    for (const vnet of fleet.resources(subscriptionId, 'virtualNetworks')) {
      for (const subnet of vnet.properties.subnets) {
        if (subnet.properties.networkSecurityGroup) push(this.subnetsByNsg, subnet.properties.networkSecurityGroup.id, subnet.id);
      }
    }
  }

  subnet(subnet: AzureSubnet): object {
    const ipConfigurations = this.ipConfigsBySubnet.get(subnet.id.toLowerCase());
    return { ...subnet, properties: { ...subnet.properties, ...(ipConfigurations ? { ipConfigurations } : {}) } };
  }

  virtualNetwork(vnet: AzureVirtualNetwork): object {
    return { ...vnet, properties: { ...vnet.properties, subnets: vnet.properties.subnets.map((s) => this.subnet(s)) } };
  }

  networkSecurityGroup(nsg: AzureNetworkSecurityGroup): object {
    const networkInterfaces = this.nicsByNsg.get(nsg.id.toLowerCase());
    const subnets = this.subnetsByNsg.get(nsg.id.toLowerCase());
    return {
      ...nsg,
      properties: { ...nsg.properties, ...(networkInterfaces ? { networkInterfaces } : {}), ...(subnets ? { subnets } : {}) },
    };
  }

  publicIpAddress(pip: AzurePublicIpAddress): object {
    const ipConfiguration = this.ipConfigByPublicIp.get(pip.id.toLowerCase());
    return { ...pip, properties: { ...pip.properties, ...(ipConfiguration ? { ipConfiguration } : {}) } };
  }

  networkInterface(nic: AzureNetworkInterface): object {
    const vm = nic.properties.virtualMachine;
    return { ...nic, properties: { ...nic.properties, ...(vm ? { virtualMachine: { id: armReference(vm.id) } } : {}) } };
  }
}

/** A VM as ARM returns it: the instance view inside `properties` only when asked for, never the simulation state. */
export function serializeVm(vm: AzureVirtualMachine, withInstanceView: boolean): object {
  const { sim: _sim, instanceView, ...resource } = vm;
  void _sim;
  return { ...resource, properties: { ...resource.properties, ...(withInstanceView ? { instanceView } : {}) } };
}
