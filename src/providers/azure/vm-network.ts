// A VM's network side. ARM's VM listing names the VM's NICs and nothing more: addresses, subnet
// and NIC-level NSGs are on the NICs (networkInterfaces.listAll), subnet-level NSGs on the VNets
// (virtualNetworks.listAll, subnets inside), and the addresses of public IPs on those
// (publicIPAddresses.listAll). Each listing may be missing (it failed): what it alone feeds is then
// unknown, and `fedBy` says which fields of this VM each listing feeds, for its gap. Pure.
//
// Addresses: every IP configuration of every NIC, the primary NIC first and within a NIC the
// primary configuration first. IPv4 configurations give privateIps (the first is privateIp), IPv6
// ones (`privateIPAddressVersion: IPv6`) ipv6Addresses; a configuration's public IP gives publicIps
// when it is IPv4 and ipv6Addresses (after the private ones) when it is IPv6. The subnet (and its
// VNet, the subnet id's parent) is the primary configuration's.
import type { VirtualMachine as ArmVirtualMachine } from '@azure/arm-compute';
import type { NetworkInterface as ArmNetworkInterface, NetworkInterfaceIPConfiguration, PublicIPAddress, VirtualNetwork } from '@azure/arm-network';
import { unique } from '../common.js';
import { canonicalArmId, parentArmId } from './arm-ids.js';

/** The listings a VM's network side is joined from, by source name; null for one that failed. */
export interface VmNetworkListings {
  networkInterfaces: readonly ArmNetworkInterface[] | null;
  virtualNetworks: readonly VirtualNetwork[] | null;
  publicIPAddresses: readonly PublicIPAddress[] | null;
}

export type VmNetworkPart = keyof VmNetworkListings;

export type VmNetworkField = 'privateIp' | 'publicIp' | 'privateIps' | 'publicIps' | 'ipv6Addresses' | 'subnetId' | 'networkId' | 'securityGroupIds';

/** Everything the NICs feed: the addresses (public ones through the NICs' references), subnet, VNet and NSGs. */
export const NIC_FIELDS: readonly VmNetworkField[] = ['privateIp', 'privateIps', 'ipv6Addresses', 'subnetId', 'networkId', 'publicIp', 'publicIps', 'securityGroupIds'];

/** What a VM is attached to on the network side, as ARM ids, and its addresses. */
export interface VmNetwork {
  privateIp: string | null;
  publicIp: string | null;
  privateIps: string[];
  publicIps: string[];
  ipv6Addresses: string[];
  subnetId: string | null;
  networkId: string | null;
  /** The NSGs of the VM's NICs and of their subnets: every NSG that filters its traffic. */
  securityGroupIds: string[];
  /** The fields of this VM each listing feeds: unknown when that listing failed. */
  fedBy: Record<VmNetworkPart, readonly VmNetworkField[]>;
}

interface Config {
  config: NetworkInterfaceIPConfiguration;
  primaryNic: boolean;
  ipv6: boolean;
}

interface PublicAddress {
  address: string;
  ipv6: boolean;
}

const isIpv6 = (version: string | undefined) => version?.toLowerCase() === 'ipv6';
const primaryFirst = <T extends { primary?: boolean }>(items: readonly T[]) => [...items.filter((i) => i.primary), ...items.filter((i) => !i.primary)];

export class VmNetworkIndex {
  private readonly nics: Map<string, ArmNetworkInterface> | null;
  private readonly subnetNsgs: Map<string, string> | null;
  private readonly publicIps: Map<string, PublicAddress> | null;

  constructor(listings: VmNetworkListings) {
    this.nics = listings.networkInterfaces && new Map(listings.networkInterfaces.flatMap((nic) => (nic.id ? [[canonicalArmId(nic.id), nic]] : [])));
    this.subnetNsgs =
      listings.virtualNetworks &&
      new Map(
        listings.virtualNetworks.flatMap((vnet) =>
          (vnet.subnets ?? []).flatMap((s) => (s.id && s.networkSecurityGroup?.id ? [[canonicalArmId(s.id), s.networkSecurityGroup.id]] : [])),
        ),
      );
    this.publicIps =
      listings.publicIPAddresses &&
      new Map(
        listings.publicIPAddresses.flatMap((pip) =>
          pip.id && pip.ipAddress ? [[canonicalArmId(pip.id), { address: pip.ipAddress, ipv6: isIpv6(pip.publicIPAddressVersion) }]] : [],
        ),
      );
  }

  of(vm: ArmVirtualMachine): VmNetwork {
    const configs = this.configsOf(vm);
    if (configs === null) return unknownNetwork((vm.networkProfile?.networkInterfaces ?? []).length > 0);
    const v4 = configs.filter((c) => !c.ipv6);
    const primary = v4[0]?.config;
    const publics = configs.flatMap((c) => {
      const found = this.publicAddressOf(c.config);
      return found ? [{ ...found, primaryNic: c.primaryNic }] : [];
    });
    const subnetId = primary?.subnet?.id ?? null;
    return {
      privateIp: primary?.privateIPAddress ?? null,
      publicIp: publics.find((p) => p.primaryNic && !p.ipv6)?.address ?? null,
      privateIps: addresses(v4.map((c) => c.config.privateIPAddress)),
      publicIps: addresses(publics.filter((p) => !p.ipv6).map((p) => p.address)),
      ipv6Addresses: addresses([...configs.filter((c) => c.ipv6).map((c) => c.config.privateIPAddress), ...publics.filter((p) => p.ipv6).map((p) => p.address)]),
      subnetId,
      networkId: subnetId ? parentArmId(subnetId) : null,
      securityGroupIds: this.securityGroupsOf(vm, configs),
      fedBy: {
        networkInterfaces: NIC_FIELDS,
        virtualNetworks: configs.some((c) => c.config.subnet?.id) ? ['securityGroupIds'] : [],
        publicIPAddresses: publicFieldsOf(configs),
      },
    };
  }

  /** The VM's IP configurations in address order; null when the NICs are unknown. */
  private configsOf(vm: ArmVirtualMachine): Config[] | null {
    const nics = this.nics;
    if (nics === null) return null;
    return primaryFirst(vm.networkProfile?.networkInterfaces ?? []).flatMap((ref, n) => {
      const nic = ref.id ? nics.get(canonicalArmId(ref.id)) : undefined;
      return primaryFirst(nic?.ipConfigurations ?? []).map((config) => ({ config, primaryNic: n === 0, ipv6: isIpv6(config.privateIPAddressVersion) }));
    });
  }

  private publicAddressOf(config: NetworkInterfaceIPConfiguration): PublicAddress | undefined {
    const id = config.publicIPAddress?.id;
    return id ? this.publicIps?.get(canonicalArmId(id)) : undefined;
  }

  private securityGroupsOf(vm: ArmVirtualMachine, configs: readonly Config[]): string[] {
    const nicNsgs = (vm.networkProfile?.networkInterfaces ?? []).flatMap((ref) => {
      const id = ref.id ? this.nics?.get(canonicalArmId(ref.id))?.networkSecurityGroup?.id : undefined;
      return id ? [id] : [];
    });
    const subnetNsgs = configs.flatMap((c) => {
      const nsg = c.config.subnet?.id ? this.subnetNsgs?.get(canonicalArmId(c.config.subnet.id)) : undefined;
      return nsg ? [nsg] : [];
    });
    return unique([...nicNsgs, ...subnetNsgs].map(canonicalArmId));
  }
}

function addresses(values: readonly (string | undefined)[]): string[] {
  return unique(values.filter((v): v is string => !!v));
}

/**
 * The fields public IPs feed for this VM: only where a configuration names one (an IPv6 public IP
 * sits on an IPv6 configuration, as Azure requires). A VM whose configurations name none has no
 * public address, known without that listing.
 */
function publicFieldsOf(configs: readonly Config[]): VmNetworkField[] {
  const named = configs.filter((c) => c.config.publicIPAddress?.id);
  return [
    ...(named.some((c) => c.primaryNic && !c.ipv6) ? (['publicIp'] as const) : []),
    ...(named.some((c) => !c.ipv6) ? (['publicIps'] as const) : []),
    ...(named.some((c) => c.ipv6) ? (['ipv6Addresses'] as const) : []),
  ];
}

/** The NICs are unknown: so is everything on the network side (a VM without NICs has none to know). */
function unknownNetwork(hasNics: boolean): VmNetwork {
  return {
    privateIp: null,
    publicIp: null,
    privateIps: [],
    publicIps: [],
    ipv6Addresses: [],
    subnetId: null,
    networkId: null,
    securityGroupIds: [],
    fedBy: {
      networkInterfaces: hasNics ? NIC_FIELDS : [],
      virtualNetworks: hasNics ? ['securityGroupIds'] : [],
      publicIPAddresses: hasNics ? ['publicIp', 'publicIps'] : [],
    },
  };
}
