// What an Azure VM of the emulator's fleet must come back as, read straight from the fleet (the
// truth the adapter and the gateway are compared with), and which of its fields each auxiliary
// listing feeds. Written apart from the adapter's own code on purpose: the same rules, read again.
import { AZURE_VM_SIZES, type AzureVirtualMachine, type Fleet } from '../../../emulators/fleet.js';
import { globalId } from '../../../src/providers/ids.js';
import type { ResourceKind } from '../../../src/providers/types.js';

export interface AzureVmTruth {
  vcpus: number;
  memoryMiB: number;
  privateIp: string | null;
  publicIp: string | null;
  privateIps: string[];
  publicIps: string[];
  ipv6Addresses: string[];
  subnetId: string | null;
  networkId: string | null;
  /** Sorted. */
  securityGroupIds: string[];
  /** Sorted. */
  volumeIds: string[];
  /** Sorted. */
  networkInterfaceIds: string[];
}

export type AzureVmField = keyof AzureVmTruth;

/** The auxiliary calls a VM listing is joined with, by the operation names the adapter gives them. */
export const AZURE_AUXILIARY = ['resourceSkus.list', 'networkInterfaces.listAll', 'virtualNetworks.listAll', 'publicIPAddresses.listAll'] as const;
export type AzureAuxiliary = (typeof AZURE_AUXILIARY)[number];

const lower = (id: string) => id.toLowerCase();

export function azureVmTruth(fleet: Fleet, vm: AzureVirtualMachine): AzureVmTruth {
  const subscription = vm.id.split('/')[2]!;
  const ref = (kind: ResourceKind, id: string) => globalId({ provider: 'azure', account: subscription, region: vm.location }, kind, lower(id));
  const nics = vm.properties.networkProfile.networkInterfaces.map((r) => fleet.azure.resources(subscription, 'networkInterfaces').find((n) => n.id === r.id)!);
  const pips = new Map(fleet.azure.resources(subscription, 'publicIPAddresses').map((p) => [p.id, p]));
  const subnets = new Map(fleet.azure.resources(subscription, 'virtualNetworks').flatMap((v) => v.properties.subnets.map((s) => [s.id, s])));
  const configs = nics.flatMap((nic, n) => nic.properties.ipConfigurations.map((c) => ({ c: c.properties, primaryNic: n === 0 })));
  const v4 = configs.filter(({ c }) => c.privateIPAddressVersion === 'IPv4');
  const v6 = configs.filter(({ c }) => c.privateIPAddressVersion === 'IPv6');
  const publicOf = (configsOf: typeof configs) => configsOf.flatMap(({ c }) => (c.publicIPAddress ? [pips.get(c.publicIPAddress.id)!.properties.ipAddress!] : []));
  const size = AZURE_VM_SIZES.find((s) => s.name === vm.properties.hardwareProfile.vmSize)!;
  const subnet = v4[0]!.c.subnet.id;
  const storage = vm.properties.storageProfile;
  const nsgs = [
    ...nics.flatMap((n) => (n.properties.networkSecurityGroup ? [n.properties.networkSecurityGroup.id] : [])),
    ...configs.flatMap(({ c }) => {
      const nsg = subnets.get(c.subnet.id)!.properties.networkSecurityGroup;
      return nsg ? [nsg.id] : [];
    }),
  ];
  return {
    vcpus: vm.properties.hardwareProfile.vmSizeProperties?.vCPUsAvailable ?? size.vCPUs,
    memoryMiB: size.memoryGB * 1024,
    privateIp: v4[0]!.c.privateIPAddress,
    publicIp: publicOf(v4.filter((x) => x.primaryNic))[0] ?? null,
    privateIps: v4.map(({ c }) => c.privateIPAddress),
    publicIps: publicOf(v4),
    ipv6Addresses: [...v6.map(({ c }) => c.privateIPAddress), ...publicOf(v6)],
    subnetId: ref('subnet', subnet),
    networkId: ref('network', subnet.split('/subnets/')[0]!),
    securityGroupIds: [...new Set(nsgs.map((id) => ref('securityGroup', id)))].sort(),
    volumeIds: [storage.osDisk.managedDisk.id, ...storage.dataDisks.map((d) => d.managedDisk.id)].map((id) => ref('volume', id)).sort(),
    networkInterfaceIds: nics.map((n) => ref('networkInterface', n.id)).sort(),
  };
}

/** The fields of this VM a failed auxiliary call leaves unknown: only those it feeds for this VM. */
export function azureFieldsFedBy(vm: AzureVirtualMachine, fleet: Fleet, call: AzureAuxiliary): AzureVmField[] {
  switch (call) {
    case 'resourceSkus.list':
      return vm.properties.hardwareProfile.vmSizeProperties ? ['memoryMiB'] : ['vcpus', 'memoryMiB'];
    case 'networkInterfaces.listAll':
      return ['privateIp', 'publicIp', 'privateIps', 'publicIps', 'ipv6Addresses', 'subnetId', 'networkId', 'securityGroupIds'];
    case 'virtualNetworks.listAll':
      return ['securityGroupIds'];
    case 'publicIPAddresses.listAll': {
      const subscription = vm.id.split('/')[2]!;
      const nics = vm.properties.networkProfile.networkInterfaces.map((r) => fleet.azure.resources(subscription, 'networkInterfaces').find((n) => n.id === r.id)!);
      const named = nics.flatMap((nic, n) => nic.properties.ipConfigurations.filter((c) => c.properties.publicIPAddress).map((c) => ({ v6: c.properties.privateIPAddressVersion === 'IPv6', primaryNic: n === 0 })));
      return [
        ...(named.some((x) => x.primaryNic && !x.v6) ? (['publicIp'] as const) : []),
        ...(named.some((x) => !x.v6) ? (['publicIps'] as const) : []),
        ...(named.some((x) => x.v6) ? (['ipv6Addresses'] as const) : []),
      ];
    }
  }
}
