// Azure VMs (listAll with statusOnly=true: model and instance view in one listing) → VirtualMachine.
// Pure: the VM size's specification and the network side (vm-network.ts) come in from the caller.
//
// vCPUs: a VM created with a customised count (`hardwareProfile.vmSizeProperties.vCPUsAvailable`:
// constrained vCPUs, or hyper-threading off) has that many, whatever its size's default; memory is
// always the size's.
import type { ResourceSku, VirtualMachine as ArmVirtualMachine } from '@azure/arm-compute';
import { dateOrNull, extrasOf, unique } from '../common.js';
import type { VirtualMachine } from '../types.js';
import { armRef } from './arm-ids.js';
import { baseOf, resourceGroupOf, zoneOf } from './common.js';
import { vmStateOf } from './states.js';
import type { VmNetwork } from './vm-network.js';

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

export function mapVirtualMachine(
  subscriptionId: string,
  vm: ArmVirtualMachine,
  spec: VmSizeSpec | null | undefined,
  network?: VmNetwork | null,
): VirtualMachine {
  const sizeProperties = vm.hardwareProfile?.vmSizeProperties;
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
      vCPUsAvailable: sizeProperties?.vCPUsAvailable,
      vCPUsPerCore: sizeProperties?.vCPUsPerCore,
    }),
    zone: zoneOf(location, vm.zones),
    state,
    providerState,
    instanceType: vm.hardwareProfile?.vmSize ?? null,
    vcpus: sizeProperties?.vCPUsAvailable ?? spec?.vcpus ?? null,
    memoryMiB: spec?.memoryMiB ?? null,
    // ARM's listing has the creation time only; a restart does not change it.
    launchedAt: dateOrNull(vm.timeCreated),
    imageId: image ? (image.id ?? (image.publisher ? `${image.publisher}:${image.offer}:${image.sku}:${image.exactVersion ?? image.version}` : null)) : null,
    platform: storage?.osDisk?.osType ? storage.osDisk.osType.toLowerCase() : null,
    privateIp: network?.privateIp ?? null,
    publicIp: network?.publicIp ?? null,
    privateIps: network?.privateIps ?? [],
    publicIps: network?.publicIps ?? [],
    ipv6Addresses: network?.ipv6Addresses ?? [],
    networkId: ref('network', network?.networkId ?? undefined),
    subnetId: ref('subnet', network?.subnetId ?? undefined),
    volumeIds: unique(disks.flatMap((id) => (id ? [ref('volume', id)!] : []))),
    securityGroupIds: unique((network?.securityGroupIds ?? []).map((id) => ref('securityGroup', id)!)),
    networkInterfaceIds: unique((vm.networkProfile?.networkInterfaces ?? []).flatMap((n) => (n.id ? [ref('networkInterface', n.id)!] : []))),
  };
}
