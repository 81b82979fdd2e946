// What a GCP VM of the emulator's fleet must come back as, read straight from the fleet (the truth
// the adapter and the gateway are compared with), and which of its fields each auxiliary call
// feeds. Written apart from the adapter's own code on purpose: the same rules, read again.
import { GCE_MACHINE_TYPES, gceCustomMachineTypeSize, type Fleet, type GceInstance } from '../../../emulators/fleet.js';
import { globalId } from '../../../src/providers/ids.js';

export interface GcpVmTruth {
  vcpus: number;
  memoryMiB: number;
  privateIp: string | null;
  publicIp: string | null;
  privateIps: string[];
  publicIps: string[];
  ipv6Addresses: string[];
  networkId: string | null;
  subnetId: string | null;
  /** Sorted. */
  securityGroupIds: string[];
  /** Sorted. */
  volumeIds: string[];
  networkInterfaceIds: string[];
}

export type GcpVmField = keyof GcpVmTruth;

/** The auxiliary calls a VM listing is joined with, by the operation names the adapter gives them. */
export const GCP_AUXILIARY = ['machineTypes.list', 'firewalls.list'] as const;
export type GcpAuxiliary = (typeof GCP_AUXILIARY)[number];

const lastSegment = (url: string) => url.slice(url.lastIndexOf('/') + 1);
const projectOf = (instance: GceInstance) => instance.selfLink.split('/projects/')[1]!.split('/')[0]!;

/** A custom type's size is in its name; a predefined one's in the catalogue. */
function sizeOf(machineType: string): { guestCpus: number; memoryMb: number } {
  return gceCustomMachineTypeSize(machineType) ?? GCE_MACHINE_TYPES.find((t) => t.name === machineType)!;
}

export function isCustomType(instance: GceInstance): boolean {
  return gceCustomMachineTypeSize(lastSegment(instance.machineType)) !== null;
}

/** The fields `call` feeds for this VM: a custom type's size never waits on machineTypes.list. */
export function gcpFieldsFedBy(instance: GceInstance, call: GcpAuxiliary): GcpVmField[] {
  if (call === 'firewalls.list') return ['securityGroupIds'];
  return isCustomType(instance) ? [] : ['vcpus', 'memoryMiB'];
}

export function gcpVmTruth(fleet: Fleet, instance: GceInstance): GcpVmTruth {
  const project = projectOf(instance);
  const zone = lastSegment(instance.zone);
  const region = zone.replace(/-[a-z]$/, '');
  const at = (location: string) => ({ provider: 'gcp' as const, account: project, region: location });
  const nics = instance.networkInterfaces;
  const size = sizeOf(lastSegment(instance.machineType));
  const natIps = nics.flatMap((n) => (n.accessConfigs ?? []).flatMap((c) => (c.natIP ? [c.natIP] : [])));
  // Rules apply to an interface by its network and the rule's targets: tags, service accounts, or everything.
  const accounts = instance.serviceAccounts.map((s) => s.email);
  const firewalls = fleet.gcp.project(project)!.firewalls.filter(
    (f) =>
      !f.disabled &&
      nics.some((n) => n.network === f.network) &&
      (f.targetTags?.length ? f.targetTags.some((t) => instance.tags.items?.includes(t)) : f.targetServiceAccounts?.length ? f.targetServiceAccounts.some((a) => accounts.includes(a)) : true),
  );
  return {
    vcpus: size.guestCpus,
    memoryMiB: size.memoryMb,
    privateIp: nics[0]?.networkIP ?? null,
    publicIp: nics[0]?.accessConfigs?.find((c) => c.natIP)?.natIP ?? null,
    privateIps: nics.map((n) => n.networkIP),
    publicIps: natIps,
    ipv6Addresses: nics.flatMap((n) => [...(n.ipv6Address ? [n.ipv6Address] : []), ...(n.ipv6AccessConfigs ?? []).map((c) => c.externalIpv6)]),
    networkId: nics[0] ? globalId(at('global'), 'network', lastSegment(nics[0].network)) : null,
    subnetId: nics[0] ? globalId(at(region), 'subnet', lastSegment(nics[0].subnetwork)) : null,
    securityGroupIds: firewalls.map((f) => globalId(at('global'), 'securityGroup', f.name)).sort(),
    // A disk lives in its zone, or (regional disks) its region: the URL segment before `/disks/`.
    volumeIds: instance.disks.map((d) => globalId(at(lastSegment(d.source.replace(/\/disks\/.*$/, ''))), 'volume', lastSegment(d.source))).sort(),
    networkInterfaceIds: nics.map((n) => globalId(at(zone), 'networkInterface', `${instance.name}/${n.name}`)),
  };
}
