// Fixed reference data for the Azure part of the fleet: sandbox subscriptions and their tokens,
// locations, VM sizes (as Resource SKUs describe them), marketplace images, disk performance
// tiers and the Azure Monitor platform metrics the fleet can answer.
import type { MetricShape } from '../../kit/metrics.js';
import type { AzureSubscription } from './types.js';

/** The sandbox tenant; the subscriptions live in it. */
export const AZURE_TENANT_ID = '33333333-3333-4333-8333-333333333333';

/**
 * Sandbox subscriptions. The bearer tokens are fake: they only mean something to the emulator,
 * which maps each back to its subscription (as the AWS emulator maps access keys to accounts).
 */
export const AZURE_SUBSCRIPTIONS: readonly AzureSubscription[] = [
  {
    subscriptionId: '11111111-1111-4111-8111-111111111111',
    displayName: 'fleet-demo-prod',
    tenantId: AZURE_TENANT_ID,
    token: 'fleetDemoAzureToken.prod.NotReal0000000001',
  },
  {
    subscriptionId: '22222222-2222-4222-8222-222222222222',
    displayName: 'fleet-demo-dev',
    tenantId: AZURE_TENANT_ID,
    token: 'fleetDemoAzureToken.dev.NotReal00000000002',
  },
];

export interface AzureLocationInfo {
  /** The location name ARM uses (`westeurope`). */
  location: string;
  displayName: string;
  /** Logical availability zones. */
  zones: readonly string[];
  /** Public address ranges (first octet, second octet from, to) handed out in this location. */
  publicIpPrefixes: readonly (readonly [number, number, number])[];
  /** The /48 (first three groups) public IPv6 addresses of this location come from. */
  publicIpv6Prefix: string;
  /** The second octet of the VNets' 10.x.0.0/16 spaces starts here, so locations never overlap. */
  vnetOctetBase: number;
}

export const AZURE_LOCATIONS: readonly AzureLocationInfo[] = [
  {
    location: 'westeurope',
    displayName: 'West Europe',
    zones: ['1', '2', '3'],
    publicIpPrefixes: [
      [20, 23, 126],
      [51, 105, 144],
      [52, 174, 178],
    ],
    publicIpv6Prefix: '2603:1020:203',
    vnetOctetBase: 10,
  },
  {
    location: 'eastus',
    displayName: 'East US',
    zones: ['1', '2', '3'],
    publicIpPrefixes: [
      [20, 121, 185],
      [40, 71, 121],
      [52, 168, 191],
    ],
    publicIpv6Prefix: '2603:1030:20c',
    vnetOctetBase: 130,
  },
];

export function azureLocationInfo(location: string): AzureLocationInfo | undefined {
  return AZURE_LOCATIONS.find((l) => l.location === location.toLowerCase());
}

export interface AzureVmSizeInfo {
  name: string;
  tier: 'Standard';
  size: string;
  family: string;
  vCPUs: number;
  memoryGB: number;
  architecture: 'x64' | 'Arm64';
  maxDataDiskCount: number;
  maxNetworkInterfaces: number;
  premiumIO: boolean;
  acceleratedNetworking: boolean;
  hibernationSupported: boolean;
}

const size = (
  name: string,
  family: string,
  vCPUs: number,
  memoryGB: number,
  extra: Partial<AzureVmSizeInfo> = {},
): AzureVmSizeInfo => ({
  name,
  tier: 'Standard',
  size: name.replace(/^Standard_/, ''),
  family,
  vCPUs,
  memoryGB,
  architecture: 'x64',
  maxDataDiskCount: Math.min(64, vCPUs * 4),
  maxNetworkInterfaces: Math.max(2, Math.min(8, vCPUs)),
  premiumIO: true,
  acceleratedNetworking: vCPUs >= 2,
  hibernationSupported: true,
  ...extra,
});

/** Real specifications of the VM sizes the fleet uses (vCPUs, memory in GiB). */
export const AZURE_VM_SIZES: readonly AzureVmSizeInfo[] = [
  size('Standard_B1s', 'standardBSFamily', 1, 1, { maxDataDiskCount: 2, acceleratedNetworking: false }),
  size('Standard_B2s', 'standardBSFamily', 2, 4, { acceleratedNetworking: false }),
  size('Standard_B2ms', 'standardBSFamily', 2, 8, { acceleratedNetworking: false }),
  size('Standard_D2s_v5', 'standardDSv5Family', 2, 8),
  size('Standard_D4s_v5', 'standardDSv5Family', 4, 16),
  size('Standard_E4s_v5', 'standardESv5Family', 4, 32),
  size('Standard_F4s_v2', 'standardFSv2Family', 4, 8),
  size('Standard_D2ps_v5', 'standardDPSv5Family', 2, 8, { architecture: 'Arm64', hibernationSupported: false }),
];

export function azureVmSizeInfo(name: string): AzureVmSizeInfo | undefined {
  return AZURE_VM_SIZES.find((s) => s.name.toLowerCase() === name.toLowerCase());
}

export interface AzureImageTemplate {
  publisher: string;
  offer: string;
  sku: string;
  exactVersion: string;
  osType: 'Linux' | 'Windows';
  architecture: 'x64' | 'Arm64';
  hyperVGeneration: 'V1' | 'V2';
  osName: string;
  osVersion: string;
  osDiskSizeGB: number;
  weight: number;
}

export const AZURE_IMAGES: readonly AzureImageTemplate[] = [
  {
    publisher: 'Canonical',
    offer: 'ubuntu-24_04-lts',
    sku: 'server',
    exactVersion: '24.04.202501140',
    osType: 'Linux',
    architecture: 'x64',
    hyperVGeneration: 'V2',
    osName: 'ubuntu',
    osVersion: '24.04',
    osDiskSizeGB: 30,
    weight: 5,
  },
  {
    publisher: 'Canonical',
    offer: '0001-com-ubuntu-server-jammy',
    sku: '22_04-lts-gen2',
    exactVersion: '22.04.202501100',
    osType: 'Linux',
    architecture: 'x64',
    hyperVGeneration: 'V2',
    osName: 'ubuntu',
    osVersion: '22.04',
    osDiskSizeGB: 30,
    weight: 3,
  },
  {
    publisher: 'RedHat',
    offer: 'RHEL',
    sku: '9-lvm-gen2',
    exactVersion: '9.5.2024112215',
    osType: 'Linux',
    architecture: 'x64',
    hyperVGeneration: 'V2',
    osName: 'redhat',
    osVersion: '9.5',
    osDiskSizeGB: 64,
    weight: 1,
  },
  {
    publisher: 'MicrosoftWindowsServer',
    offer: 'WindowsServer',
    sku: '2022-datacenter-azure-edition',
    exactVersion: '20348.2966.250104',
    osType: 'Windows',
    architecture: 'x64',
    hyperVGeneration: 'V2',
    osName: 'Windows Server 2022 Datacenter Azure Edition',
    osVersion: '10.0.20348.2966',
    osDiskSizeGB: 127,
    weight: 2,
  },
  {
    publisher: 'Canonical',
    offer: 'ubuntu-24_04-lts',
    sku: 'server-arm64',
    exactVersion: '24.04.202501140',
    osType: 'Linux',
    architecture: 'Arm64',
    hyperVGeneration: 'V2',
    osName: 'ubuntu',
    osVersion: '24.04',
    osDiskSizeGB: 30,
    weight: 1,
  },
];

export type AzureDiskSkuName = 'Premium_LRS' | 'StandardSSD_LRS' | 'Standard_LRS' | 'Premium_ZRS';

/** Performance tiers of managed disks: the provisioned IOPS and MB/s for a size (GiB) and SKU. */
export function diskPerformance(sku: AzureDiskSkuName, sizeGB: number): { tier: string; iops: number; mbps: number } {
  const tiers: readonly (readonly [number, string, number, number])[] =
    sku === 'Premium_LRS' || sku === 'Premium_ZRS'
      ? [
          [32, 'P4', 120, 25],
          [64, 'P6', 240, 50],
          [128, 'P10', 500, 100],
          [256, 'P15', 1100, 125],
          [512, 'P20', 2300, 150],
          [1024, 'P30', 5000, 200],
          [2048, 'P40', 7500, 250],
        ]
      : sku === 'StandardSSD_LRS'
        ? [
            [32, 'E4', 500, 100],
            [64, 'E6', 500, 100],
            [128, 'E10', 500, 100],
            [256, 'E15', 500, 100],
            [512, 'E20', 500, 100],
            [1024, 'E30', 500, 100],
            [2048, 'E40', 500, 100],
          ]
        : [
            [32, 'S4', 500, 60],
            [64, 'S6', 500, 60],
            [128, 'S10', 500, 60],
            [256, 'S15', 500, 60],
            [512, 'S20', 500, 60],
            [1024, 'S30', 500, 60],
            [2048, 'S40', 500, 60],
          ];
  const found = tiers.find(([max]) => sizeGB <= max) ?? tiers[tiers.length - 1]!;
  return { tier: found[1], iops: found[2], mbps: found[3] };
}

/** The Azure Monitor resource types (metric namespaces) the fleet publishes metrics for. */
export const AZURE_VM_TYPE = 'Microsoft.Compute/virtualMachines';
export const AZURE_DISK_TYPE = 'Microsoft.Compute/disks';

export type AzureMetricUnit = 'Percent' | 'Bytes' | 'Count' | 'CountPerSecond' | 'BytesPerSecond';
export type AzureAggregation = 'average' | 'minimum' | 'maximum' | 'total' | 'count';

export interface AzureMetricDefinition {
  /** The resource type whose namespace holds the metric (`Microsoft.Compute/virtualMachines`). */
  resourceType: string;
  /** The name in the REST API (`Percentage CPU`). */
  name: string;
  displayDescription: string;
  unit: AzureMetricUnit;
  /** The default ("primary") aggregation Azure documents for the metric. */
  primaryAggregation: AzureAggregation;
  shape: MetricShape;
}

const bytes = (low: number, high: number): MetricShape => ({ kind: 'bytes', low, high, daily: 0.5, noise: 0.35 });
const rate = (low: number, high: number): MetricShape => ({ kind: 'count', low, high, daily: 0.5, noise: 0.35 });

/**
 * The platform metrics the fleet answers, as "Supported metrics for Microsoft.Compute/virtualMachines"
 * and "... for microsoft.compute/disks" document them (names, units, default aggregations).
 * Shapes are per one-minute sample: bytes per minute for Bytes/Total metrics, per second for rates.
 */
export const AZURE_METRICS: readonly AzureMetricDefinition[] = [
  {
    resourceType: AZURE_VM_TYPE,
    name: 'Percentage CPU',
    displayDescription: 'The percentage of allocated compute units that are currently in use by the Virtual Machine(s)',
    unit: 'Percent',
    primaryAggregation: 'average',
    shape: { kind: 'percent', low: 1, high: 85, daily: 0.4, noise: 0.25 },
  },
  {
    resourceType: AZURE_VM_TYPE,
    name: 'Network In Total',
    displayDescription: 'The number of bytes received on all network interfaces by the Virtual Machine(s) (Incoming Traffic)',
    unit: 'Bytes',
    primaryAggregation: 'total',
    shape: bytes(20_000, 60_000_000),
  },
  {
    resourceType: AZURE_VM_TYPE,
    name: 'Network Out Total',
    displayDescription: 'The number of bytes out on all network interfaces by the Virtual Machine(s) (Outgoing Traffic)',
    unit: 'Bytes',
    primaryAggregation: 'total',
    shape: bytes(10_000, 40_000_000),
  },
  {
    resourceType: AZURE_VM_TYPE,
    name: 'Disk Read Bytes',
    displayDescription: 'Bytes read from disk during monitoring period',
    unit: 'Bytes',
    primaryAggregation: 'total',
    shape: bytes(0, 8_000_000),
  },
  {
    resourceType: AZURE_VM_TYPE,
    name: 'Disk Write Bytes',
    displayDescription: 'Bytes written to disk during monitoring period',
    unit: 'Bytes',
    primaryAggregation: 'total',
    shape: bytes(1_000, 12_000_000),
  },
  {
    resourceType: AZURE_VM_TYPE,
    name: 'Disk Read Operations/Sec',
    displayDescription: 'Disk Read IOPS',
    unit: 'CountPerSecond',
    primaryAggregation: 'average',
    shape: rate(0, 40),
  },
  {
    resourceType: AZURE_VM_TYPE,
    name: 'Disk Write Operations/Sec',
    displayDescription: 'Disk Write IOPS',
    unit: 'CountPerSecond',
    primaryAggregation: 'average',
    shape: rate(0.05, 60),
  },
  {
    resourceType: AZURE_VM_TYPE,
    name: 'Available Memory Percentage',
    displayDescription:
      'Amount of physical memory, in percentage, immediately available for allocation to a process or for system use in the Virtual Machine',
    unit: 'Percent',
    primaryAggregation: 'average',
    shape: { kind: 'percent', low: 8, high: 85, daily: 0.15, noise: 0.1 },
  },
  {
    resourceType: AZURE_VM_TYPE,
    name: 'Available Memory Bytes',
    displayDescription:
      'Amount of physical memory, in bytes, immediately available for allocation to a process or for system use in the Virtual Machine',
    unit: 'Bytes',
    primaryAggregation: 'average',
    shape: bytes(200_000_000, 12_000_000_000),
  },
  {
    resourceType: AZURE_DISK_TYPE,
    name: 'Composite Disk Read Bytes/sec',
    displayDescription: 'Bytes/sec read from disk during monitoring period',
    unit: 'BytesPerSecond',
    primaryAggregation: 'average',
    shape: bytes(0, 300_000),
  },
  {
    resourceType: AZURE_DISK_TYPE,
    name: 'Composite Disk Write Bytes/sec',
    displayDescription: 'Bytes/sec written to disk during monitoring period',
    unit: 'BytesPerSecond',
    primaryAggregation: 'average',
    shape: bytes(60, 500_000),
  },
  {
    resourceType: AZURE_DISK_TYPE,
    name: 'Composite Disk Read Operations/sec',
    displayDescription: 'Number of read IOs performed on a disk during monitoring period',
    unit: 'CountPerSecond',
    primaryAggregation: 'average',
    shape: rate(0, 100),
  },
  {
    resourceType: AZURE_DISK_TYPE,
    name: 'Composite Disk Write Operations/sec',
    displayDescription: 'Number of write IOs performed on a disk during monitoring period',
    unit: 'CountPerSecond',
    primaryAggregation: 'average',
    shape: rate(0.02, 150),
  },
];

export function azureMetricDefinition(resourceType: string, name: string): AzureMetricDefinition | undefined {
  const type = resourceType.toLowerCase();
  const metric = name.toLowerCase();
  return AZURE_METRICS.find((m) => m.resourceType.toLowerCase() === type && m.name.toLowerCase() === metric);
}

/** Metric time grains Azure Monitor accepts, in seconds (PT1M … P1D). */
export const AZURE_TIME_GRAINS: readonly { iso: string; seconds: number }[] = [
  { iso: 'PT1M', seconds: 60 },
  { iso: 'PT5M', seconds: 300 },
  { iso: 'PT15M', seconds: 900 },
  { iso: 'PT30M', seconds: 1800 },
  { iso: 'PT1H', seconds: 3600 },
  { iso: 'PT6H', seconds: 21_600 },
  { iso: 'PT12H', seconds: 43_200 },
  { iso: 'P1D', seconds: 86_400 },
];
