// Compute Engine instances → VirtualMachine, and their network interfaces → NetworkInterface
// (GCP interfaces live inside the instance: `nic0`, `nic1`; their native id is
// `<instance>/<nic>`). Pure: machine-type sizes come in from the caller.
import type { protos } from '@google-cloud/compute';
import { dateOrNull, extrasOf, unique } from '../common.js';
import type { NetworkInterface, VirtualMachine } from '../types.js';
import { parseCustomMachineType } from './custom-machine-types.js';
import { addressesOf } from './instance-addresses.js';
import { tagsOf } from './labels.js';
import { firewallId, firewallsFor, type GceFirewall } from './network.js';
import { vmStateOf } from './states.js';
import { baseOf, gcpId, lastSegment, refId } from './urls.js';

export type GceInstance = protos.google.cloud.compute.v1.IInstance;
export type GceMachineType = protos.google.cloud.compute.v1.IMachineType;

export interface MachineTypeSpec {
  vcpus: number | null;
  memoryMiB: number | null;
}

/** Compute Engine's "MB" of machine memory are MiB (a 4 GB e2-medium has memoryMb 4096). */
export function machineTypeSpecOf(type: GceMachineType): MachineTypeSpec {
  return { vcpus: type.guestCpus ?? null, memoryMiB: type.memoryMb ?? null };
}

/** A custom type's size, read from its name (custom-machine-types.ts); null for predefined types. */
export function customMachineTypeSpec(name: string): MachineTypeSpec | null {
  const custom = parseCustomMachineType(name);
  return custom ? { vcpus: custom.vcpus, memoryMiB: custom.memoryMiB } : null;
}

/** The native id of an instance's interface. */
export function nicNativeId(instanceName: string, nicName: string): string {
  return `${instanceName}/${nicName}`;
}

/** The instance name a NIC native id belongs to (`web-1/nic0` → `web-1`). */
export function instanceOfNic(nativeId: string): string {
  const slash = nativeId.indexOf('/');
  return slash > 0 ? nativeId.slice(0, slash) : nativeId;
}

/** The firewalls that apply to one interface of an instance, as global ids. */
function securityGroupIdsOf(project: string, instance: GceInstance, nic: NonNullable<GceInstance['networkInterfaces']>[number], firewalls: readonly GceFirewall[]): string[] {
  const target = {
    network: nic.network,
    tags: instance.tags?.items ?? [],
    serviceAccounts: (instance.serviceAccounts ?? []).flatMap((s) => (s.email ? [s.email] : [])),
  };
  return firewallsFor(target, firewalls).map((f) => firewallId(project, f));
}

/**
 * `firewalls`: the project's firewall rules (listed beside the instances); GCP attaches them by
 * network and target tag or service account rather than to the instance, so they are matched here.
 */
export function mapInstance(project: string, instance: GceInstance, spec: MachineTypeSpec | null | undefined, firewalls: readonly GceFirewall[] = []): VirtualMachine {
  const name = instance.name ?? '';
  const zone = lastSegment(instance.zone);
  const { state, providerState } = vmStateOf(instance.status);
  const nic0 = instance.networkInterfaces?.[0];
  const bootDisk = instance.disks?.find((d) => d.boot) ?? instance.disks?.[0];
  const licenses = bootDisk?.licenses ?? [];
  return {
    ...baseOf(project, zone, 'vm', name, name, tagsOf(instance.labels)),
    extras: extrasOf({
      instanceId: instance.id == null ? undefined : String(instance.id),
      description: instance.description,
      cpuPlatform: instance.cpuPlatform,
      networkTags: (instance.tags?.items ?? []).join(','),
      provisioningModel: instance.scheduling?.provisioningModel,
      preemptible: instance.scheduling?.preemptible,
      automaticRestart: instance.scheduling?.automaticRestart,
      onHostMaintenance: instance.scheduling?.onHostMaintenance,
      serviceAccount: instance.serviceAccounts?.[0]?.email,
      statusMessage: instance.statusMessage,
      canIpForward: instance.canIpForward,
      deletionProtection: instance.deletionProtection,
      createdAt: instance.creationTimestamp,
      lastStopTimestamp: instance.lastStopTimestamp,
      lastSuspendedTimestamp: instance.lastSuspendedTimestamp,
      bootDiskLicense: licenses.map(lastSegment).join(','),
      sourceMachineImage: lastSegment(instance.sourceMachineImage),
    }),
    zone: zone || null,
    state,
    providerState,
    instanceType: lastSegment(instance.machineType) || null,
    vcpus: spec?.vcpus ?? null,
    memoryMiB: spec?.memoryMiB ?? null,
    launchedAt: dateOrNull(instance.lastStartTimestamp ?? instance.creationTimestamp ?? undefined),
    // An instance does not say which image its boot disk came from (the disk does: see the volume's extras).
    imageId: null,
    platform: platformOf(instance),
    ...addressesOf(instance),
    networkId: refId(nic0?.network, 'network'),
    subnetId: refId(nic0?.subnetwork, 'subnet'),
    volumeIds: unique((instance.disks ?? []).flatMap((d) => refIdList(d.source, 'volume'))),
    securityGroupIds: unique((instance.networkInterfaces ?? []).flatMap((nic) => securityGroupIdsOf(project, instance, nic, firewalls))),
    networkInterfaceIds: (instance.networkInterfaces ?? []).map((nic, i) => gcpId(project, zone, 'networkInterface', nicNativeId(name, nic.name ?? `nic${i}`))),
  };
}

export function mapNetworkInterfaces(project: string, instance: GceInstance, firewalls: readonly GceFirewall[] = []): NetworkInterface[] {
  const name = instance.name ?? '';
  const zone = lastSegment(instance.zone);
  return (instance.networkInterfaces ?? []).map((nic, i) => {
    const nativeId = nicNativeId(name, nic.name ?? `nic${i}`);
    const access = nic.accessConfigs?.find((c) => c.natIP) ?? nic.accessConfigs?.[0];
    return {
      ...baseOf(project, zone, 'networkInterface', nativeId, nic.name ?? null, []),
      extras: extrasOf({
        stackType: nic.stackType,
        nicType: nic.nicType,
        accessConfig: access?.name,
        accessType: access?.type,
        networkTier: access?.networkTier,
        aliasIpRanges: (nic.aliasIpRanges ?? []).map((r) => r.ipCidrRange).join(','),
        ipv6Address: nic.ipv6Address,
        ipv6AccessType: nic.ipv6AccessType,
        externalIpv6: (nic.ipv6AccessConfigs ?? []).flatMap((c) => (c.externalIpv6 ? [c.externalIpv6] : [])).join(','),
      }),
      zone: zone || null,
      vmId: gcpId(project, zone, 'vm', name),
      subnetId: refId(nic.subnetwork, 'subnet'),
      networkId: refId(nic.network, 'network'),
      privateIps: unique([...(nic.networkIP ? [nic.networkIP] : []), ...(nic.aliasIpRanges ?? []).flatMap((r) => (r.ipCidrRange ? [r.ipCidrRange] : []))]),
      publicIp: access?.natIP ?? null,
      // Compute Engine does not report interfaces' MAC addresses.
      macAddress: null,
      securityGroupIds: securityGroupIdsOf(project, instance, nic, firewalls),
      // Interfaces have no status of their own; they exist while their instance does.
      providerState: '',
    };
  });
}

/** `windows` when the boot disk carries a Windows license or guest OS feature, `linux` for any other license, null when unknown. */
function platformOf(instance: GceInstance): string | null {
  const boot = instance.disks?.find((d) => d.boot);
  if (!boot) return null;
  const licenses = boot.licenses ?? [];
  if (licenses.some((l) => /\/windows-cloud\/|windows/i.test(l)) || (boot.guestOsFeatures ?? []).some((f) => f.type === 'WINDOWS')) return 'windows';
  return licenses.length > 0 ? 'linux' : null;
}

function refIdList(url: string | null | undefined, kind: 'volume'): string[] {
  const id = refId(url, kind);
  return id ? [id] : [];
}

/** The numeric instance id (Cloud Monitoring's `instance_id`), as a string. */
export function numericIdOf(instance: GceInstance): string | null {
  const n = instance.id;
  if (n === null || n === undefined || n === '') return null;
  // uint64: a decimal string from the REST transport (a Long's toString gives the same).
  return String(n);
}
