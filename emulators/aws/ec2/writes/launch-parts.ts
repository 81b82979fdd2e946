// What a launch creates besides the instance, as EC2 creates it: the primary interface with a free
// private address of the subnet (and a public one where the subnet maps them), and the volumes of
// the block device mappings, attached, deleted on termination unless the mapping says otherwise.
import { cidrBase, cidrSize, intToIp, ipToInt } from '../../../kit/ipv4.js';
import { macAddress, privateDnsName, publicDnsName } from '../../fleet/network.js';
import { regionInfo } from '../../fleet/catalogue.js';
import type { AwsScopeData, AwsTag, Ec2Instance, Ec2NetworkInterface, Ec2SecurityGroup, Ec2Subnet, Ec2Volume, Fleet } from '../../../fleet.js';
import { Ec2Error } from '../errors.js';

export interface DiskPlan {
  device: string;
  sizeGiB: number;
  volumeType: Ec2Volume['volumeType'];
  deleteOnTermination: boolean;
  /** The image's root snapshot, for the root disk. */
  snapshotId: string;
}

export function primaryInterface(fleet: Fleet, scope: AwsScopeData, instance: Ec2Instance, subnet: Ec2Subnet, groups: Ec2SecurityGroup[], at: Date): Ec2NetworkInterface {
  const { allocator, writeRandom: rng } = fleet.aws;
  const region = regionInfo(scope.region)!;
  const ip = freeAddress(scope, subnet);
  const publicIp = subnet.mapPublicIpOnLaunch ? allocator.publicIp(rng, region) : null;
  const autoPublicIp = publicIp ? { publicIp, publicDnsName: publicDnsName(publicIp, region) } : null;
  return {
    networkInterfaceId: allocator.id('eni', rng),
    ownerId: scope.account,
    subnetId: subnet.subnetId,
    vpcId: subnet.vpcId,
    availabilityZone: subnet.availabilityZone,
    description: '',
    interfaceType: 'interface',
    status: 'in-use',
    macAddress: macAddress(rng),
    privateIpAddress: ip,
    privateDnsName: privateDnsName(ip, region),
    secondaryPrivateIps: [],
    ipv6Addresses: [],
    sourceDestCheck: true,
    requesterManaged: false,
    groups: groups.map((g) => ({ groupId: g.groupId, groupName: g.groupName })),
    attachment: {
      attachmentId: allocator.id('eni-attach', rng),
      instanceId: instance.instanceId,
      instanceOwnerId: scope.account,
      deviceIndex: 0,
      networkCardIndex: 0,
      status: 'attached',
      attachTime: at,
      deleteOnTermination: true,
    },
    // EC2 gives the public address when the instance reaches running (state.ts restores it then).
    association: null,
    tags: [],
    sim: { autoPublicIp },
  };
}

export function launchVolume(fleet: Fleet, scope: AwsScopeData, instance: Ec2Instance, disk: DiskPlan, tags: AwsTag[], at: Date): Ec2Volume {
  const { allocator, writeRandom: rng } = fleet.aws;
  return {
    volumeId: allocator.id('vol', rng),
    ownerId: scope.account,
    size: disk.sizeGiB,
    snapshotId: disk.snapshotId,
    availabilityZone: instance.availabilityZone,
    state: 'in-use',
    createTime: at,
    attachments: [{ instanceId: instance.instanceId, device: disk.device, state: 'attached', attachTime: at, deleteOnTermination: disk.deleteOnTermination }],
    volumeType: disk.volumeType,
    iops: disk.volumeType === 'gp3' ? 3000 : disk.volumeType === 'gp2' ? Math.min(16000, Math.max(100, disk.sizeGiB * 3)) : null,
    throughput: disk.volumeType === 'gp3' ? 125 : null,
    encrypted: false,
    kmsKeyId: null,
    multiAttachEnabled: false,
    tags,
  };
}

/** The lowest address of the subnet nothing in the scope holds, past the four AWS reserves at the start. */
function freeAddress(scope: AwsScopeData, subnet: Ec2Subnet): string {
  const used = new Set<number>();
  for (const eni of scope.networkInterfaces) {
    if (eni.subnetId !== subnet.subnetId) continue;
    used.add(ipToInt(eni.privateIpAddress));
    for (const secondary of eni.secondaryPrivateIps) used.add(ipToInt(secondary.privateIpAddress));
  }
  const base = cidrBase(subnet.cidrBlock);
  for (let n = base + 4; n < base + cidrSize(subnet.cidrBlock) - 1; n++) if (!used.has(n)) return intToIp(n);
  throw new Ec2Error('InsufficientFreeAddressesInSubnet', `There are not enough free addresses in subnet '${subnet.subnetId}' to satisfy the requested number of instances.`);
}
