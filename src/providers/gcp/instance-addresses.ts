// A Compute Engine instance's addresses, read from its network interfaces (nic0 first):
//   private IPv4 — each interface's primary `networkIP`, then the single addresses among its
//     alias IP ranges (`10.0.0.7/32`: a secondary IP; a wider alias range, e.g. a pod range, is a
//     range rather than an address of the VM and is left to the interface's own privateIps);
//   public IPv4  — every `accessConfigs[].natIP` of every interface (one-to-one NAT, ephemeral or
//     a reserved static address);
//   IPv6         — each interface's internal `ipv6Address` (ULA, IPv6 access type INTERNAL), then
//     its `ipv6AccessConfigs[].externalIpv6` (DIRECT_IPV6, access type EXTERNAL). Compute Engine
//     gives an interface a /96 and names its first address; the values are kept as it writes them.
// Pure.
import type { protos } from '@google-cloud/compute';
import { unique } from '../common.js';
import type { VirtualMachine } from '../types.js';

type GceInstance = protos.google.cloud.compute.v1.IInstance;
type Nic = protos.google.cloud.compute.v1.INetworkInterface;

export type InstanceAddresses = Pick<VirtualMachine, 'privateIp' | 'publicIp' | 'privateIps' | 'publicIps' | 'ipv6Addresses'>;

const present = (value: string | null | undefined): string[] => (value ? [value] : []);

/** `10.1.2.3/32` → `10.1.2.3`; null for a wider range. */
function singleAddress(range: string | null | undefined): string | null {
  const m = range ? /^([0-9.]+)(?:\/32)?$/.exec(range) : null;
  return m ? m[1]! : null;
}

const natIpsOf = (nic: Nic): string[] => (nic.accessConfigs ?? []).flatMap((c) => present(c.natIP));

export function addressesOf(instance: GceInstance): InstanceAddresses {
  const nics = instance.networkInterfaces ?? [];
  const nic0 = nics[0];
  const primaries = nics.flatMap((nic) => present(nic.networkIP));
  const secondaries = nics.flatMap((nic) => (nic.aliasIpRanges ?? []).flatMap((r) => present(singleAddress(r.ipCidrRange))));
  return {
    privateIp: nic0?.networkIP ?? null,
    publicIp: nic0 ? (natIpsOf(nic0)[0] ?? null) : null,
    privateIps: unique([...primaries, ...secondaries]),
    publicIps: unique(nics.flatMap(natIpsOf)),
    ipv6Addresses: unique(nics.flatMap((nic) => [...present(nic.ipv6Address), ...(nic.ipv6AccessConfigs ?? []).flatMap((c) => present(c.externalIpv6))])),
  };
}
