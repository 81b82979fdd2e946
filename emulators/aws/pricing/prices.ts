// The AWS price list the emulator serves (Price List API) and bills by (Cost Explorer): on-demand
// list prices in USD as published late 2025 for the types, volumes and regions the fleet uses.
// Decimal strings, never floats. Windows includes its licence; AWS sells no Windows on Graviton
// (arm64), so those types have no Windows price.
import { Decimal } from 'decimal.js';

export type AwsPriceOs = 'LINUX' | 'WINDOWS';
export type EbsVolumeApiName = 'gp2' | 'gp3' | 'io1' | 'io2' | 'st1' | 'sc1' | 'standard';
export const EBS_VOLUME_API_NAMES: readonly EbsVolumeApiName[] = ['gp2', 'gp3', 'io1', 'io2', 'st1', 'sc1', 'standard'];

export interface InstanceListPrice {
  linux: string;
  /** Absent where AWS does not sell Windows (Graviton types). */
  windows?: string;
}

export interface AwsRegionPriceList {
  /** The Price List's `location` attribute for the region. */
  location: string;
  /** Usage types carry a region prefix everywhere but us-east-1 ("EU-BoxUsage:m5.xlarge"). */
  usageTypePrefix: string;
  /** Hourly, shared tenancy, per instance type. */
  instances: Readonly<Record<string, InstanceListPrice>>;
  /** Per GB-month of provisioned volume storage. */
  volumes: Readonly<Record<EbsVolumeApiName, string>>;
  /** Per GB-month of EBS snapshot data: standard tier and archive tier. */
  snapshot: string;
  snapshotArchive: string;
  /** Per provisioned IOPS-month (io1/io2, and gp3 above its 3,000 free IOPS). */
  iops: Readonly<Record<'io1' | 'io2' | 'gp3', string>>;
  /** Per MiB/s-month of gp3 throughput above the free 125 MiB/s. */
  gp3Throughput: string;
}

export const AWS_PRICE_LIST: Readonly<Record<string, AwsRegionPriceList>> = {
  'us-east-1': {
    location: 'US East (N. Virginia)',
    usageTypePrefix: '',
    instances: {
      't3.micro': { linux: '0.0104', windows: '0.0196' },
      't3.medium': { linux: '0.0416', windows: '0.0600' },
      't3.large': { linux: '0.0832', windows: '0.1108' },
      'm5.xlarge': { linux: '0.192', windows: '0.376' },
      'm6i.large': { linux: '0.096', windows: '0.188' },
      'c6i.2xlarge': { linux: '0.34', windows: '0.708' },
      'r6g.large': { linux: '0.1008' },
      'm7g.medium': { linux: '0.0408' },
    },
    volumes: { gp2: '0.10', gp3: '0.08', io1: '0.125', io2: '0.125', st1: '0.045', sc1: '0.015', standard: '0.05' },
    snapshot: '0.05',
    snapshotArchive: '0.0125',
    iops: { io1: '0.065', io2: '0.065', gp3: '0.005' },
    gp3Throughput: '0.04',
  },
  'eu-west-1': {
    location: 'EU (Ireland)',
    usageTypePrefix: 'EU-',
    instances: {
      't3.micro': { linux: '0.0114', windows: '0.0206' },
      't3.medium': { linux: '0.0456', windows: '0.0640' },
      't3.large': { linux: '0.0912', windows: '0.1188' },
      'm5.xlarge': { linux: '0.214', windows: '0.398' },
      'm6i.large': { linux: '0.107', windows: '0.199' },
      'c6i.2xlarge': { linux: '0.384', windows: '0.752' },
      'r6g.large': { linux: '0.1128' },
      'm7g.medium': { linux: '0.0446' },
    },
    volumes: { gp2: '0.11', gp3: '0.088', io1: '0.138', io2: '0.138', st1: '0.05', sc1: '0.0168', standard: '0.055' },
    snapshot: '0.05',
    snapshotArchive: '0.0125',
    iops: { io1: '0.072', io2: '0.072', gp3: '0.0055' },
    gp3Throughput: '0.044',
  },
};

/** Dedicated tenancy costs about a tenth more than shared on the current generations. */
const DEDICATED_UPLIFT = '1.1';

/** Regions the price list covers. */
export function awsPricedRegions(): string[] {
  return Object.keys(AWS_PRICE_LIST);
}

export function awsRegionPriceList(region: string): AwsRegionPriceList | undefined {
  return Object.hasOwn(AWS_PRICE_LIST, region) ? AWS_PRICE_LIST[region] : undefined;
}

/** On-demand hourly price (USD, shared tenancy); undefined when the type is not sold there for that OS. */
export function awsInstanceHourly(instanceType: string, region: string, os: AwsPriceOs): string | undefined {
  const prices = awsRegionPriceList(region);
  const entry = prices && Object.hasOwn(prices.instances, instanceType) ? prices.instances[instanceType] : undefined;
  return os === 'LINUX' ? entry?.linux : entry?.windows;
}

/** The same on dedicated tenancy. */
export function awsDedicatedInstanceHourly(instanceType: string, region: string, os: AwsPriceOs): string | undefined {
  const shared = awsInstanceHourly(instanceType, region, os);
  return shared === undefined ? undefined : new Decimal(shared).times(DEDICATED_UPLIFT).toDecimalPlaces(4).toFixed();
}

/** USD per GB-month of a volume type's storage; undefined for a type or region not listed. */
export function awsStorageMonthlyPerGiB(volumeType: string, region: string): string | undefined {
  const prices = awsRegionPriceList(region);
  if (!prices || !(EBS_VOLUME_API_NAMES as readonly string[]).includes(volumeType)) return undefined;
  return prices.volumes[volumeType as EbsVolumeApiName];
}

/** USD per GB-month of standard-tier snapshot data. */
export function awsSnapshotMonthlyPerGiB(region: string): string | undefined {
  return awsRegionPriceList(region)?.snapshot;
}

/** The lookups a billing emulator reads prices through. */
export const awsPriceList = {
  instanceHourly: awsInstanceHourly,
  storageMonthlyPerGiB: awsStorageMonthlyPerGiB,
  snapshotMonthlyPerGiB: awsSnapshotMonthlyPerGiB,
} as const;
