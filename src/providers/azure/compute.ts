// Azure VMs (listAll with statusOnly=true: model and instance view in one listing) → VirtualMachine.
// Pure: the VM sizes and network details come in from the caller.
//
// ARM's VM listing names the VM's NICs and managed disks, nothing more: its addresses, subnet,
// VNet and NSGs live on the NICs, their subnets and public IPs. VmNetworkIndex joins those three
// listings to the VMs.
import type { ResourceSku, VirtualMachine as ArmVirtualMachine } from '@azure/arm-compute';
import type { NetworkInterface as ArmNetworkInterface, PublicIPAddress, VirtualNetwork } from '@azure/arm-network';
import { dateOrNull, extrasOf, unique } from '../common.js';
import type { VirtualMachine } from '../types.js';
import { armRef, canonicalArmId, parentArmId } from './arm-ids.js';
import { baseOf, resourceGroupOf, zoneOf } from './common.js';
import { vmStateOf } from './states.js';

export interface VmSizeSpec {
  vcpus: number | null;
  memoryMiB: number | null;
}

/** vCPUs and memory of a VM size, from its Resource SKU capabilities (`vCPUs`, `MemoryGB`). */
export function vmSizeSpecOf(sku: ResourceSku): VmSizeSpec {
  const capability = (name: string) => sku.capabilities?.find((c) => c.name?.toLowerCase() === name.toLowerCase())?.value;
  const number = (value: string | undefined) => (value !== undefined && Number.isFinite(Number(value)) ? Number(value) : null);
  const memoryGB = number(capability('MemoryGB'));
  return { vcpus: number(capability('vCPUs')), memoryMiB: memoryGB === null ? null : Math.round(memoryGB * 1024) };
}

/** What a VM is attached to on the network side, as ARM ids (and addresses). */
export interface VmNetwork {
  privateIp: string | null;
  publicIp: string | null;
  subnetId: string | null;
  networkId: string | null;
  /** The NSGs of the VM's NICs and of their subnets: every NSG that filters its traffic. */
  securityGroupIds: string[];
}

export class VmNetworkIndex {
  private readonly nics = new Map<string, ArmNetworkInterface>();
  private readonly subnetNsgs = new Map<string, string>();
  private readonly addresses = new Map<string, string>();

  constructor(nics: readonly ArmNetworkInterface[], vnets: readonly VirtualNetwork[], pips: readonly PublicIPAddress[]) {
    for (const nic of nics) if (nic.id) this.nics.set(canonicalArmId(nic.id), nic);
    for (const vnet of vnets) {
      for (const subnet of vnet.subnets ?? []) {
        if (subnet.id && subnet.networkSecurityGroup?.id) this.subnetNsgs.set(canonicalArmId(subnet.id), subnet.networkSecurityGroup.id);
      }
    }
    for (const pip of pips) if (pip.id && pip.ipAddress) this.addresses.set(canonicalArmId(pip.id), pip.ipAddress);
  }

  of(vm: ArmVirtualMachine): VmNetwork {
    const refs = vm.networkProfile?.networkInterfaces ?? [];
    const nics = refs.flatMap((r) => {
      const nic = r.id ? this.nics.get(canonicalArmId(r.id)) : undefined;
      return nic ? [{ nic, primary: r.primary ?? false }] : [];
    });
    const primaryNic = (nics.find((n) => n.primary) ?? nics[0])?.nic;
    const configs = primaryNic?.ipConfigurations ?? [];
    const config = configs.find((c) => c.primary) ?? configs[0];
    const subnetId = config?.subnet?.id ?? null;
    const publicIpId = config?.publicIPAddress?.id;
    const nsgs = nics.flatMap(({ nic }) => [
      ...(nic.networkSecurityGroup?.id ? [nic.networkSecurityGroup.id] : []),
      ...(nic.ipConfigurations ?? []).flatMap((c) => {
        const nsg = c.subnet?.id ? this.subnetNsgs.get(canonicalArmId(c.subnet.id)) : undefined;
        return nsg ? [nsg] : [];
      }),
    ]);
    return {
      privateIp: config?.privateIPAddress ?? null,
      publicIp: publicIpId ? (this.addresses.get(canonicalArmId(publicIpId)) ?? null) : null,
      subnetId,
      networkId: subnetId ? parentArmId(subnetId) : null,
      securityGroupIds: [...new Set(nsgs.map(canonicalArmId))],
    };
  }
}

export function mapVirtualMachine(
  subscriptionId: string,
  vm: ArmVirtualMachine,
  spec: VmSizeSpec | null | undefined,
  network?: VmNetwork | null,
): VirtualMachine {
  const location = vm.location.toLowerCase();
  const ref = (kind: Parameters<typeof armRef>[2], id: string | undefined) => armRef(subscriptionId, location, kind, id);
  const { state, providerState } = vmStateOf(vm.instanceView?.statuses);
  const statuses = vm.instanceView?.statuses ?? [];
  const code = (prefix: string) => statuses.find((s) => s.code?.startsWith(`${prefix}/`))?.code;
  const storage = vm.storageProfile;
  const image = storage?.imageReference;
  const disks = [storage?.osDisk?.managedDisk?.id, ...(storage?.dataDisks ?? []).map((d) => d.managedDisk?.id)];
  return {
    ...baseOf(subscriptionId, 'vm', vm),
    extras: extrasOf({
      vmId: vm.vmId,
      resourceGroup: resourceGroupOf(vm.id),
      provisioningState: vm.provisioningState,
      powerState: code('PowerState'),
      provisioningStatus: code('ProvisioningState'),
      hibernationState: code('HibernationState'),
      priority: vm.priority,
      evictionPolicy: vm.evictionPolicy,
      osType: storage?.osDisk?.osType,
      osName: vm.instanceView?.osName,
      osVersion: vm.instanceView?.osVersion,
      computerName: vm.osProfile?.computerName ?? vm.instanceView?.computerName,
      hyperVGeneration: vm.instanceView?.hyperVGeneration,
      securityType: vm.securityProfile?.securityType,
      hibernationEnabled: vm.additionalCapabilities?.hibernationEnabled,
      licenseType: vm.licenseType,
      availabilitySetId: vm.availabilitySet?.id,
      virtualMachineScaleSetId: vm.virtualMachineScaleSet?.id,
      zones: vm.zones?.join(','),
    }),
    zone: zoneOf(location, vm.zones),
    state,
    providerState,
    instanceType: vm.hardwareProfile?.vmSize ?? null,
    vcpus: spec?.vcpus ?? null,
    memoryMiB: spec?.memoryMiB ?? null,
    // ARM's listing has the creation time only; a restart does not change it.
    launchedAt: dateOrNull(vm.timeCreated),
    imageId: image ? (image.id ?? (image.publisher ? `${image.publisher}:${image.offer}:${image.sku}:${image.exactVersion ?? image.version}` : null)) : null,
    platform: storage?.osDisk?.osType ? storage.osDisk.osType.toLowerCase() : null,
    privateIp: network?.privateIp ?? null,
    publicIp: network?.publicIp ?? null,
    privateIps: network?.privateIp ? [network.privateIp] : [],
    publicIps: network?.publicIp ? [network.publicIp] : [],
    ipv6Addresses: [],
    networkId: ref('network', network?.networkId ?? undefined),
    subnetId: ref('subnet', network?.subnetId ?? undefined),
    volumeIds: unique(disks.flatMap((id) => (id ? [ref('volume', id)!] : []))),
    securityGroupIds: unique((network?.securityGroupIds ?? []).map((id) => ref('securityGroup', id)!)),
    networkInterfaceIds: unique((vm.networkProfile?.networkInterfaces ?? []).flatMap((n) => (n.id ? [ref('networkInterface', n.id)!] : []))),
  };
}
