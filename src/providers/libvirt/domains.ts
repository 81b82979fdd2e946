// Domains → VirtualMachine and their NICs → NetworkInterface. A domain's id is its UUID (its name
// can change), its location the host's region; it has no zone. Its disks are volumes named by the
// path (or pool/volume) they are stored at, its NICs `<uuid>/<mac>`, its network the libvirt
// network its first NIC is on. libvirt knows a guest's addresses only from DHCP leases or the
// guest agent, per domain: not listed.
import { extrasOf, noAddresses, resourceBase } from '../common.js';
import { globalId } from '../ids.js';
import type { NetworkInterface, Scope, VirtualMachine } from '../types.js';
import type { DomainSpec } from './domain-xml.js';
import { numberField, type DomainStats } from './domstats.js';
import { domainStateOf } from './states.js';

export function mapDomain(owner: Scope, spec: DomainSpec, stats: DomainStats): VirtualMachine {
  const { state, providerState } = domainStateOf(numberField(stats, 'state.state'), numberField(stats, 'state.reason'));
  const network = spec.nics.find((nic) => nic.network)?.network ?? null;
  return {
    ...resourceBase(owner, 'vm', spec.uuid, spec.name, []),
    extras: extrasOf({ title: spec.title, description: spec.description, hypervisor: spec.hypervisor, osType: spec.osType, arch: spec.arch }),
    zone: null,
    state,
    providerState,
    instanceType: null,
    vcpus: spec.vcpus,
    memoryMiB: spec.memoryKiB === null ? null : Math.round(spec.memoryKiB / 1024),
    launchedAt: null,
    imageId: null,
    platform: null,
    ...noAddresses(),
    networkId: network ? globalId(owner, 'network', network) : null,
    subnetId: null,
    volumeIds: spec.disks.filter((d) => d.device === 'disk' && d.source).map((d) => globalId(owner, 'volume', d.source!)),
    securityGroupIds: [],
    networkInterfaceIds: spec.nics.filter((nic) => nic.mac).map((nic) => globalId(owner, 'networkInterface', `${spec.uuid}/${nic.mac}`)),
  };
}

export function mapNics(owner: Scope, spec: DomainSpec): NetworkInterface[] {
  return spec.nics
    .filter((nic) => nic.mac)
    .map((nic) => ({
      ...resourceBase(owner, 'networkInterface', `${spec.uuid}/${nic.mac}`, nic.target, []),
      extras: extrasOf({ type: nic.type, model: nic.model, bridge: nic.bridge, hostDevice: nic.target }),
      zone: null,
      vmId: globalId(owner, 'vm', spec.uuid),
      subnetId: null,
      networkId: nic.network ? globalId(owner, 'network', nic.network) : null,
      privateIps: [],
      publicIp: null,
      macAddress: nic.mac,
      securityGroupIds: [],
      providerState: nic.target ? 'attached' : 'defined',
    }));
}
