// Fixed reference data for the AWS part of the fleet: sandbox accounts, regions, instance types,
// images and the CloudWatch metrics the fleet can answer.
import type { MetricShape } from '../../kit/metrics.js';
import { Random } from '../../kit/prng.js';
import type { AwsAccount, Ec2Image, Ec2InstanceTypeInfo } from './types.js';

/** Sandbox accounts. The keys are fake: they only mean something to the emulator. */
export const AWS_ACCOUNTS: readonly AwsAccount[] = [
  {
    accountId: '111111111111',
    alias: 'fleet-demo-prod',
    credentials: {
      accessKeyId: 'AKIAFLEETDEMO0000001',
      secretAccessKey: 'fleetDemoSecretKeyNotReal/000000000000001',
    },
  },
  {
    accountId: '222222222222',
    alias: 'fleet-demo-dev',
    credentials: {
      accessKeyId: 'AKIAFLEETDEMO0000002',
      secretAccessKey: 'fleetDemoSecretKeyNotReal/000000000000002',
    },
  },
];

export interface AwsRegionInfo {
  region: string;
  /** Zone name suffixes and their zone ids. */
  zones: readonly { name: string; zoneId: string }[];
  privateDnsSuffix: string;
  publicDnsSuffix: string;
  /** First two octets ranges of public addresses handed out in this region. */
  publicIpPrefixes: readonly (readonly [number, number, number])[];
  /** The first 32 bits of the Amazon-provided IPv6 blocks of this region's VPCs. */
  ipv6Prefix: string;
}

export const AWS_REGIONS: readonly AwsRegionInfo[] = [
  {
    region: 'us-east-1',
    zones: [
      { name: 'us-east-1a', zoneId: 'use1-az4' },
      { name: 'us-east-1b', zoneId: 'use1-az6' },
      { name: 'us-east-1c', zoneId: 'use1-az1' },
    ],
    privateDnsSuffix: 'ec2.internal',
    publicDnsSuffix: 'compute-1.amazonaws.com',
    publicIpPrefixes: [
      [3, 80, 95],
      [54, 160, 175],
      [44, 192, 207],
    ],
    ipv6Prefix: '2600:1f18',
  },
  {
    region: 'eu-west-1',
    zones: [
      { name: 'eu-west-1a', zoneId: 'euw1-az3' },
      { name: 'eu-west-1b', zoneId: 'euw1-az1' },
      { name: 'eu-west-1c', zoneId: 'euw1-az2' },
    ],
    privateDnsSuffix: 'eu-west-1.compute.internal',
    publicDnsSuffix: 'eu-west-1.compute.amazonaws.com',
    publicIpPrefixes: [
      [34, 240, 255],
      [52, 16, 31],
      [54, 72, 79],
    ],
    ipv6Prefix: '2a05:d018',
  },
];

export function regionInfo(region: string): AwsRegionInfo | undefined {
  return AWS_REGIONS.find((r) => r.region === region);
}

function type(
  instanceType: string,
  vcpus: number,
  cores: number,
  memMiB: number,
  arch: 'x86_64' | 'arm64',
  ghz: number,
  net: string,
  maxEni: number,
  ipsPerEni: number,
  extra: Partial<Ec2InstanceTypeInfo> = {},
): Ec2InstanceTypeInfo {
  return {
    instanceType,
    currentGeneration: true,
    freeTierEligible: false,
    burstablePerformanceSupported: false,
    hypervisor: 'nitro',
    architectures: [arch],
    sustainedClockSpeedInGhz: ghz,
    manufacturer: arch === 'arm64' ? 'AWS' : 'Intel',
    defaultVCpus: vcpus,
    defaultCores: cores,
    defaultThreadsPerCore: vcpus / cores,
    sizeInMiB: memMiB,
    networkPerformance: net,
    maximumNetworkInterfaces: maxEni,
    ipv4AddressesPerInterface: ipsPerEni,
    ebsOptimizedSupport: 'default',
    validCores: [cores],
    // Graviton cores run one thread each; x86 cores two, and SMT can be turned off.
    validThreadsPerCore: vcpus === cores ? [1] : [1, 2],
    ...extra,
  };
}

/** Real specifications of the instance types the fleet uses (vCPUs, memory in MiB). */
export const EC2_INSTANCE_TYPES: readonly Ec2InstanceTypeInfo[] = [
  type('t3.micro', 2, 1, 1024, 'x86_64', 2.5, 'Up to 5 Gigabit', 2, 2, {
    burstablePerformanceSupported: true,
    freeTierEligible: true,
  }),
  type('t3.medium', 2, 1, 4096, 'x86_64', 2.5, 'Up to 5 Gigabit', 3, 6, { burstablePerformanceSupported: true }),
  type('t3.large', 2, 1, 8192, 'x86_64', 2.5, 'Up to 5 Gigabit', 3, 12, { burstablePerformanceSupported: true }),
  type('m5.xlarge', 4, 2, 16384, 'x86_64', 3.1, 'Up to 10 Gigabit', 4, 15),
  type('m6i.large', 2, 1, 8192, 'x86_64', 3.5, 'Up to 12.5 Gigabit', 3, 10),
  type('c6i.2xlarge', 8, 4, 16384, 'x86_64', 3.5, 'Up to 12.5 Gigabit', 4, 15, { validCores: [1, 2, 3, 4] }),
  type('r6g.large', 2, 2, 16384, 'arm64', 2.5, 'Up to 10 Gigabit', 3, 10, { validCores: [1, 2] }),
  type('m7g.medium', 1, 1, 4096, 'arm64', 2.6, 'Up to 12.5 Gigabit', 2, 4),
];

export function instanceTypeInfo(name: string): Ec2InstanceTypeInfo | undefined {
  return EC2_INSTANCE_TYPES.find((t) => t.instanceType === name);
}

interface ImageTemplate {
  name: string;
  architecture: 'x86_64' | 'arm64';
  platform: 'windows' | null;
  platformDetails: string;
  usageOperation: string;
  rootDeviceName: string;
  rootSizeGiB: number;
  weight: number;
}

const IMAGE_TEMPLATES: readonly ImageTemplate[] = [
  {
    name: 'al2023-ami-2023.6.20250115.0-kernel-6.1-x86_64',
    architecture: 'x86_64',
    platform: null,
    platformDetails: 'Linux/UNIX',
    usageOperation: 'RunInstances',
    rootDeviceName: '/dev/xvda',
    rootSizeGiB: 8,
    weight: 5,
  },
  {
    name: 'al2023-ami-2023.6.20250115.0-kernel-6.1-arm64',
    architecture: 'arm64',
    platform: null,
    platformDetails: 'Linux/UNIX',
    usageOperation: 'RunInstances',
    rootDeviceName: '/dev/xvda',
    rootSizeGiB: 8,
    weight: 3,
  },
  {
    name: 'ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-20250112',
    architecture: 'x86_64',
    platform: null,
    platformDetails: 'Linux/UNIX',
    usageOperation: 'RunInstances',
    rootDeviceName: '/dev/sda1',
    rootSizeGiB: 8,
    weight: 3,
  },
  {
    name: 'ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-arm64-server-20250112',
    architecture: 'arm64',
    platform: null,
    platformDetails: 'Linux/UNIX',
    usageOperation: 'RunInstances',
    rootDeviceName: '/dev/sda1',
    rootSizeGiB: 8,
    weight: 1,
  },
  {
    name: 'Windows_Server-2022-English-Full-Base-2025.01.15',
    architecture: 'x86_64',
    platform: 'windows',
    platformDetails: 'Windows',
    usageOperation: 'RunInstances:0002',
    rootDeviceName: '/dev/sda1',
    rootSizeGiB: 30,
    weight: 1,
  },
  {
    name: 'RHEL-9.5.0_HVM-20250101-x86_64-0-Hourly2-GP3',
    architecture: 'x86_64',
    platform: null,
    platformDetails: 'Red Hat Enterprise Linux',
    usageOperation: 'RunInstances:0010',
    rootDeviceName: '/dev/sda1',
    rootSizeGiB: 10,
    weight: 1,
  },
];

/** Public images per region: the same names everywhere, region-specific ids (as on AWS). */
export function imagesFor(region: string): (Ec2Image & { weight: number })[] {
  return IMAGE_TEMPLATES.map((t) => {
    const r = Random.of('aws-image', region, t.name);
    return {
      imageId: `ami-0${r.hex(16)}`,
      rootSnapshotId: `snap-0${r.hex(16)}`,
      name: t.name,
      architecture: t.architecture,
      platform: t.platform,
      platformDetails: t.platformDetails,
      usageOperation: t.usageOperation,
      rootDeviceName: t.rootDeviceName,
      rootSizeGiB: t.rootSizeGiB,
      weight: t.weight,
    };
  });
}

export interface AwsMetricDefinition {
  namespace: string;
  metricName: string;
  /** The dimension that names the resource (the only dimension the fleet's series carry). */
  dimension: 'InstanceId' | 'VolumeId';
  /** CloudWatch unit name. */
  unit: 'Percent' | 'Bytes' | 'Count';
  shape: MetricShape;
}

const bytes = (low: number, high: number): MetricShape => ({ kind: 'bytes', low, high, daily: 0.5, noise: 0.35 });
const count = (low: number, high: number): MetricShape => ({ kind: 'count', low, high, daily: 0.5, noise: 0.35 });

/** The CloudWatch series the fleet answers. Values are per one-minute sample (Sum adds the samples of a period). */
export const AWS_METRICS: readonly AwsMetricDefinition[] = [
  {
    namespace: 'AWS/EC2',
    metricName: 'CPUUtilization',
    dimension: 'InstanceId',
    unit: 'Percent',
    shape: { kind: 'percent', low: 1, high: 85, daily: 0.4, noise: 0.25 },
  },
  { namespace: 'AWS/EC2', metricName: 'NetworkIn', dimension: 'InstanceId', unit: 'Bytes', shape: bytes(20_000, 60_000_000) },
  { namespace: 'AWS/EC2', metricName: 'NetworkOut', dimension: 'InstanceId', unit: 'Bytes', shape: bytes(10_000, 40_000_000) },
  { namespace: 'AWS/EC2', metricName: 'DiskReadBytes', dimension: 'InstanceId', unit: 'Bytes', shape: bytes(0, 8_000_000) },
  { namespace: 'AWS/EC2', metricName: 'DiskWriteBytes', dimension: 'InstanceId', unit: 'Bytes', shape: bytes(1_000, 12_000_000) },
  { namespace: 'AWS/EC2', metricName: 'DiskReadOps', dimension: 'InstanceId', unit: 'Count', shape: count(0, 2_000) },
  { namespace: 'AWS/EC2', metricName: 'DiskWriteOps', dimension: 'InstanceId', unit: 'Count', shape: count(1, 3_000) },
  { namespace: 'AWS/EC2', metricName: 'NetworkPacketsIn', dimension: 'InstanceId', unit: 'Count', shape: count(50, 90_000) },
  { namespace: 'AWS/EC2', metricName: 'NetworkPacketsOut', dimension: 'InstanceId', unit: 'Count', shape: count(40, 70_000) },
  { namespace: 'AWS/EC2', metricName: 'CPUCreditUsage', dimension: 'InstanceId', unit: 'Count', shape: count(0, 30) },
  { namespace: 'AWS/EBS', metricName: 'VolumeReadBytes', dimension: 'VolumeId', unit: 'Bytes', shape: bytes(0, 20_000_000) },
  { namespace: 'AWS/EBS', metricName: 'VolumeWriteBytes', dimension: 'VolumeId', unit: 'Bytes', shape: bytes(4_096, 30_000_000) },
  { namespace: 'AWS/EBS', metricName: 'VolumeReadOps', dimension: 'VolumeId', unit: 'Count', shape: count(0, 6_000) },
  { namespace: 'AWS/EBS', metricName: 'VolumeWriteOps', dimension: 'VolumeId', unit: 'Count', shape: count(1, 9_000) },
  {
    namespace: 'CWAgent',
    metricName: 'mem_used_percent',
    dimension: 'InstanceId',
    unit: 'Percent',
    shape: { kind: 'percent', low: 15, high: 90, daily: 0.15, noise: 0.1 },
  },
];

export function awsMetricDefinition(namespace: string, metricName: string): AwsMetricDefinition | undefined {
  return AWS_METRICS.find((m) => m.namespace === namespace && m.metricName === metricName);
}
