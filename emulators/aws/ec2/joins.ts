// Joins over the fleet's relational data, shaped as EC2 reports them (an instance's interfaces,
// disks and public address; a subnet's free addresses).
import {
  cidrSize,
  regionInfo,
  type AwsScopeData,
  type Ec2Instance,
  type Ec2NetworkInterface,
  type Ec2NetworkInterfaceAssociation,
  type Ec2Subnet,
  type Ec2Volume,
  type Ec2VolumeAttachment,
} from '../../fleet.js';
import type { XmlObject } from './xml.js';

export interface InstanceView {
  instance: Ec2Instance;
  /** Attached interfaces by device index; the first is the primary. */
  interfaces: Ec2NetworkInterface[];
  primary: Ec2NetworkInterface | undefined;
  disks: { volume: Ec2Volume; attachment: Ec2VolumeAttachment }[];
}

export function instanceViews(scope: AwsScopeData): InstanceView[] {
  const interfacesByInstance = new Map<string, Ec2NetworkInterface[]>();
  for (const eni of scope.networkInterfaces) {
    if (!eni.attachment) continue;
    const list = interfacesByInstance.get(eni.attachment.instanceId) ?? [];
    list.push(eni);
    interfacesByInstance.set(eni.attachment.instanceId, list);
  }
  const disksByInstance = new Map<string, InstanceView['disks']>();
  for (const volume of scope.volumes) {
    for (const attachment of volume.attachments) {
      const list = disksByInstance.get(attachment.instanceId) ?? [];
      list.push({ volume, attachment });
      disksByInstance.set(attachment.instanceId, list);
    }
  }
  return scope.instances.map((instance) => {
    const interfaces = (interfacesByInstance.get(instance.instanceId) ?? []).sort(
      (a, b) => (a.attachment?.deviceIndex ?? 0) - (b.attachment?.deviceIndex ?? 0),
    );
    const disks = (disksByInstance.get(instance.instanceId) ?? []).sort((a, b) =>
      a.attachment.device === instance.rootDeviceName ? -1 : b.attachment.device === instance.rootDeviceName ? 1 : a.attachment.device.localeCompare(b.attachment.device),
    );
    return { instance, interfaces, primary: interfaces.find((i) => i.attachment?.deviceIndex === 0), disks };
  });
}

/** One private address of an interface as EC2 lists it (`privateIpAddressesSet`): the primary first. */
export interface InterfaceAddress {
  privateIpAddress: string;
  privateDnsName: string;
  primary: boolean;
  association: Ec2NetworkInterfaceAssociation | null;
}

export function interfaceAddresses(eni: Ec2NetworkInterface): InterfaceAddress[] {
  return [
    { privateIpAddress: eni.privateIpAddress, privateDnsName: eni.privateDnsName, primary: true, association: eni.association },
    ...eni.secondaryPrivateIps.map((s) => ({ ...s, primary: false })),
  ];
}

/**
 * An interface's address sets as both DescribeInstances and DescribeNetworkInterfaces write them;
 * each writes an address's public IP its own way (`association`).
 */
export function interfaceAddressSets(
  eni: Ec2NetworkInterface,
  association: (a: Ec2NetworkInterface['association']) => XmlObject | undefined,
): { privateIpAddressesSet: XmlObject[]; ipv6AddressesSet: XmlObject[] } {
  return {
    privateIpAddressesSet: interfaceAddresses(eni).map((a) => ({
      privateIpAddress: a.privateIpAddress,
      privateDnsName: a.privateDnsName,
      primary: a.primary,
      association: association(a.association),
    })),
    ipv6AddressesSet: eni.ipv6Addresses.map((ipv6Address) => ({ ipv6Address, isPrimaryIpv6: false })),
  };
}

export function zoneId(region: string, zone: string): string | undefined {
  return regionInfo(region)?.zones.find((z) => z.name === zone)?.zoneId;
}

/** The subnet's size minus AWS's five reserved addresses minus the private addresses of the interfaces in it. */
export function availableIpCount(scope: AwsScopeData, subnet: Ec2Subnet): number {
  const used = scope.networkInterfaces.filter((n) => n.subnetId === subnet.subnetId).reduce((sum, n) => sum + 1 + n.secondaryPrivateIps.length, 0);
  return cidrSize(subnet.cidrBlock) - 5 - used;
}
