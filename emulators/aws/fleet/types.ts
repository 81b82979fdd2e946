// The AWS part of the simulated fleet, in EC2's own shape (field names follow the EC2 API's XML
// names, camelCase; times are Dates). This is the emulator's database: relations are stored once
// (an instance's network interfaces, volumes and public IP are found through the ENIs, volumes and
// addresses that point at it), and the emulator joins them as EC2 does in its responses.
// `sim` fields are simulation state that EC2 does not expose.
import type { ActivityInterval } from '../../kit/activity.js';

export type Ec2InstanceStateName = 'pending' | 'running' | 'shutting-down' | 'terminated' | 'stopping' | 'stopped';

export const EC2_INSTANCE_STATES: readonly Ec2InstanceStateName[] = [
  'pending',
  'running',
  'shutting-down',
  'terminated',
  'stopping',
  'stopped',
];

/** The `instanceState.code` EC2 reports with each state name (low byte). */
export const EC2_INSTANCE_STATE_CODES: Readonly<Record<Ec2InstanceStateName, number>> = {
  pending: 0,
  running: 16,
  'shutting-down': 32,
  terminated: 48,
  stopping: 64,
  stopped: 80,
};

export interface AwsTag {
  key: string;
  value: string;
}

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
}

export interface AwsAccount {
  accountId: string;
  /** A human label for the sandbox account; not an AWS concept the emulator serves. */
  alias: string;
  credentials: AwsCredentials;
}

export interface Ec2InstanceTypeInfo {
  instanceType: string;
  currentGeneration: boolean;
  freeTierEligible: boolean;
  burstablePerformanceSupported: boolean;
  hypervisor: 'nitro' | 'xen';
  architectures: ('x86_64' | 'arm64')[];
  sustainedClockSpeedInGhz: number;
  manufacturer: string;
  defaultVCpus: number;
  defaultCores: number;
  defaultThreadsPerCore: number;
  sizeInMiB: number;
  networkPerformance: string;
  maximumNetworkInterfaces: number;
  ipv4AddressesPerInterface: number;
  ebsOptimizedSupport: 'default' | 'supported' | 'unsupported';
  /** The core counts an instance of this type may be launched with (CpuOptions), ascending. */
  validCores: number[];
  /** The threads per core an instance may be launched with: 1 turns simultaneous multithreading off. */
  validThreadsPerCore: number[];
}

export interface Ec2Image {
  imageId: string;
  name: string;
  architecture: 'x86_64' | 'arm64';
  platform: 'windows' | null;
  platformDetails: string;
  usageOperation: string;
  rootDeviceName: string;
  rootSnapshotId: string;
  rootSizeGiB: number;
}

export interface Ec2StateReason {
  code: string;
  message: string;
}

export type { ActivityInterval } from '../../kit/activity.js';

export interface Ec2Instance {
  instanceId: string;
  reservationId: string;
  ownerId: string;
  imageId: string;
  instanceType: string;
  keyName: string | null;
  launchTime: Date;
  amiLaunchIndex: number;
  availabilityZone: string;
  tenancy: 'default' | 'dedicated';
  state: Ec2InstanceStateName;
  /** EC2's `reason` element, e.g. "User initiated (2025-03-01 10:00:00 GMT)"; empty when running. */
  stateTransitionReason: string;
  stateReason: Ec2StateReason | null;
  architecture: 'x86_64' | 'arm64';
  platform: 'windows' | null;
  platformDetails: string;
  usageOperation: string;
  rootDeviceName: string;
  rootDeviceType: 'ebs';
  virtualizationType: 'hvm';
  hypervisor: 'xen' | 'nitro';
  ebsOptimized: boolean;
  enaSupport: boolean;
  monitoringState: 'disabled' | 'enabled';
  /** What the instance was launched with: the type's default, or fewer cores or threads (CpuOptions). */
  cpuOptions: { coreCount: number; threadsPerCore: number };
  tags: AwsTag[];
  /** The ClientToken it was launched with; absent for instances launched without one. */
  clientToken?: string;
  sim: {
    /** Whether the CloudWatch agent is installed (memory metrics in the CWAgent namespace). */
    cloudWatchAgent: boolean;
    activity: ActivityInterval[];
  };
}

/** Every attachment state EC2 documents; `busy` is an attached volume whose detach waits on the instance. */
export type Ec2VolumeAttachmentState = 'attaching' | 'attached' | 'detaching' | 'detached' | 'busy';

export interface Ec2VolumeAttachment {
  instanceId: string;
  device: string;
  state: Ec2VolumeAttachmentState;
  attachTime: Date;
  deleteOnTermination: boolean;
}

export type Ec2VolumeState = 'creating' | 'available' | 'in-use' | 'deleting' | 'deleted' | 'error';

export interface Ec2Volume {
  volumeId: string;
  ownerId: string;
  size: number;
  snapshotId: string;
  availabilityZone: string;
  state: Ec2VolumeState;
  createTime: Date;
  attachments: Ec2VolumeAttachment[];
  volumeType: 'gp3' | 'gp2' | 'io1' | 'io2' | 'st1' | 'sc1' | 'standard';
  iops: number | null;
  throughput: number | null;
  encrypted: boolean;
  kmsKeyId: string | null;
  multiAttachEnabled: boolean;
  tags: AwsTag[];
}

export type Ec2SnapshotState = 'pending' | 'completed' | 'error' | 'recoverable' | 'recovering';

export interface Ec2Snapshot {
  snapshotId: string;
  ownerId: string;
  volumeId: string;
  volumeSize: number;
  state: Ec2SnapshotState;
  stateMessage: string | null;
  startTime: Date;
  progress: string;
  description: string;
  encrypted: boolean;
  kmsKeyId: string | null;
  storageTier: 'standard' | 'archive';
  tags: AwsTag[];
}

export interface Ec2Vpc {
  vpcId: string;
  ownerId: string;
  state: 'pending' | 'available';
  cidrBlock: string;
  cidrBlockAssociations: { associationId: string; cidrBlock: string; state: 'associated' }[];
  /** An Amazon-provided /56, for the VPCs that have IPv6. */
  ipv6CidrBlockAssociations: Ec2Ipv6CidrAssociation[];
  dhcpOptionsId: string;
  instanceTenancy: 'default' | 'dedicated';
  isDefault: boolean;
  tags: AwsTag[];
}

export interface Ec2Subnet {
  subnetId: string;
  ownerId: string;
  vpcId: string;
  state: 'pending' | 'available';
  cidrBlock: string;
  availabilityZone: string;
  availabilityZoneId: string;
  defaultForAz: boolean;
  mapPublicIpOnLaunch: boolean;
  /** A /64 of its VPC's /56, when the VPC has IPv6. */
  ipv6CidrBlockAssociations: Ec2Ipv6CidrAssociation[];
  assignIpv6AddressOnCreation: boolean;
  tags: AwsTag[];
}

export interface Ec2Ipv6CidrAssociation {
  associationId: string;
  ipv6CidrBlock: string;
  state: 'associated';
}

export interface Ec2IpPermission {
  /** 'tcp' | 'udp' | 'icmp' | 'icmpv6' | '-1' (all traffic). */
  ipProtocol: string;
  /** For icmp/icmpv6: the ICMP type (-1: every type). */
  fromPort: number | null;
  /** For icmp/icmpv6: the ICMP code (-1: every code). */
  toPort: number | null;
  ipRanges: { cidrIp: string; description?: string }[];
  ipv6Ranges: { cidrIpv6: string; description?: string }[];
  userIdGroupPairs: { userId: string; groupId: string; description?: string }[];
}

export interface Ec2SecurityGroup {
  groupId: string;
  groupName: string;
  description: string;
  vpcId: string;
  ownerId: string;
  ipPermissions: Ec2IpPermission[];
  ipPermissionsEgress: Ec2IpPermission[];
  tags: AwsTag[];
}

export interface Ec2NetworkInterfaceAssociation {
  publicIp: string;
  publicDnsName: string;
  /** 'amazon' for an auto-assigned public IP, the account id for an Elastic IP. */
  ipOwnerId: string;
  allocationId: string | null;
  associationId: string | null;
}

/** A private address of an interface besides its primary one, with the Elastic IP associated with it, if any. */
export interface Ec2SecondaryPrivateIp {
  privateIpAddress: string;
  privateDnsName: string;
  association: Ec2NetworkInterfaceAssociation | null;
}

export interface Ec2NetworkInterface {
  networkInterfaceId: string;
  ownerId: string;
  subnetId: string;
  vpcId: string;
  availabilityZone: string;
  description: string;
  interfaceType: 'interface';
  status: 'available' | 'attaching' | 'in-use' | 'detaching';
  macAddress: string;
  privateIpAddress: string;
  privateDnsName: string;
  secondaryPrivateIps: Ec2SecondaryPrivateIp[];
  /** From its subnet's /64, when the subnet has IPv6. */
  ipv6Addresses: string[];
  sourceDestCheck: boolean;
  requesterManaged: boolean;
  groups: { groupId: string; groupName: string }[];
  attachment: {
    attachmentId: string;
    instanceId: string;
    instanceOwnerId: string;
    deviceIndex: number;
    networkCardIndex: number;
    status: 'attaching' | 'attached' | 'detaching' | 'detached';
    attachTime: Date;
    deleteOnTermination: boolean;
  } | null;
  /** The public address of the primary private address. */
  association: Ec2NetworkInterfaceAssociation | null;
  tags: AwsTag[];
  sim: {
    /** The public IP EC2 gives this interface while its instance runs (subnet maps public IPs), if any. */
    autoPublicIp: { publicIp: string; publicDnsName: string } | null;
  };
}

export interface Ec2Address {
  allocationId: string;
  publicIp: string;
  domain: 'vpc';
  publicIpv4Pool: string;
  networkBorderGroup: string;
  associationId: string | null;
  instanceId: string | null;
  networkInterfaceId: string | null;
  networkInterfaceOwnerId: string | null;
  privateIpAddress: string | null;
  tags: AwsTag[];
}

/** Everything one account holds in one region. */
export interface AwsScopeData {
  account: string;
  region: string;
  zones: string[];
  instances: Ec2Instance[];
  volumes: Ec2Volume[];
  snapshots: Ec2Snapshot[];
  vpcs: Ec2Vpc[];
  subnets: Ec2Subnet[];
  securityGroups: Ec2SecurityGroup[];
  networkInterfaces: Ec2NetworkInterface[];
  addresses: Ec2Address[];
}

export interface AwsMetricDimension {
  name: string;
  value: string;
}

/** One CloudWatch series wanted: everything GetMetricData's MetricStat carries, plus where and when. */
export interface AwsMetricQuery {
  account: string;
  region: string;
  namespace: string;
  metricName: string;
  dimensions: readonly AwsMetricDimension[];
  /** Seconds. */
  period: number;
  /** 'Average' | 'Sum' | 'Minimum' | 'Maximum' | 'SampleCount' | 'pNN'. */
  stat: string;
  start: Date;
  end: Date;
  /** Points after this are not returned (defaults to the fleet's clock). */
  now?: Date;
}

/** Datapoints in ascending time order. */
export interface AwsMetricSeries {
  timestamps: Date[];
  values: number[];
  unit: string;
}

export interface InstanceStateChange {
  account: string;
  region: string;
  instanceId: string;
  previousState: Ec2InstanceStateName;
  state: Ec2InstanceStateName;
  at: Date;
}
