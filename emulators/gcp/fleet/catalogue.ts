// Fixed reference data for the GCP part of the fleet: sandbox projects and their tokens, regions
// and zones, machine types, public images, the Cloud Monitoring metrics the fleet answers, and
// how Compute Engine writes URLs and times.
import type { MetricShape } from '../../kit/metrics.js';
import type { GceMachineType, GcpProject } from './types.js';

/** Sandbox projects. The tokens are fake: they only mean something to the emulator. */
export const GCP_PROJECTS: readonly GcpProject[] = [
  { projectId: 'fleet-demo-prod', projectNumber: '310000000001', name: 'Fleet demo (prod)', accessToken: 'ya29.fleet-demo-prod.sandbox-token' },
  { projectId: 'fleet-demo-dev', projectNumber: '310000000002', name: 'Fleet demo (dev)', accessToken: 'ya29.fleet-demo-dev.sandbox-token' },
];

export interface GcpRegionInfo {
  region: string;
  zones: readonly string[];
  /** The range an auto-mode network's subnetwork has in this region. */
  autoSubnetRange: string;
  /** [first octet, second octet from, to] of external addresses handed out here. */
  publicIpPrefixes: readonly (readonly [number, number, number])[];
  cpuPlatforms: readonly string[];
}

/** The regions the fleet populates. */
export const GCP_REGIONS: readonly GcpRegionInfo[] = [
  {
    region: 'us-central1',
    zones: ['us-central1-a', 'us-central1-b', 'us-central1-c', 'us-central1-f'],
    autoSubnetRange: '10.128.0.0/20',
    publicIpPrefixes: [
      [34, 28, 31],
      [35, 184, 188],
      [104, 154, 154],
    ],
    cpuPlatforms: ['Intel Broadwell', 'Intel Cascade Lake', 'AMD Rome', 'Intel Sapphire Rapids'],
  },
  {
    region: 'europe-west1',
    zones: ['europe-west1-b', 'europe-west1-c', 'europe-west1-d'],
    autoSubnetRange: '10.132.0.0/20',
    publicIpPrefixes: [
      [34, 76, 79],
      [35, 187, 195],
      [104, 155, 155],
    ],
    cpuPlatforms: ['Intel Broadwell', 'Intel Cascade Lake', 'AMD Milan', 'Intel Sapphire Rapids'],
  },
];

/**
 * Every region and zone the emulator knows: aggregatedList answers with a key per scope, empty
 * ones included (with a NO_RESULTS_ON_PAGE warning), as Compute Engine does for all of its zones.
 */
export const GCP_ALL_REGIONS: readonly { region: string; zones: readonly string[] }[] = [
  ...GCP_REGIONS.map((r) => ({ region: r.region, zones: r.zones })),
  { region: 'us-east1', zones: ['us-east1-b', 'us-east1-c', 'us-east1-d'] },
  { region: 'asia-east1', zones: ['asia-east1-a', 'asia-east1-b', 'asia-east1-c'] },
];

export function gcpRegionInfo(region: string): GcpRegionInfo | undefined {
  return GCP_REGIONS.find((r) => r.region === region);
}

/** `us-central1-a` → `us-central1`. */
export function regionOfZone(zone: string): string {
  return zone.replace(/-[a-z]$/, '');
}

export function isKnownZone(zone: string): boolean {
  return GCP_ALL_REGIONS.some((r) => r.zones.includes(zone));
}

export function isKnownRegion(region: string): boolean {
  return GCP_ALL_REGIONS.some((r) => r.region === region);
}

// ---- URLs and times as Compute Engine writes them ----

/** Compute Engine's self links always name the public host, whichever endpoint served them. */
export const COMPUTE_URL_BASE = 'https://www.googleapis.com/compute/v1/';

export const computeUrl = {
  project: (project: string) => `${COMPUTE_URL_BASE}projects/${project}`,
  zone: (project: string, zone: string) => `${COMPUTE_URL_BASE}projects/${project}/zones/${zone}`,
  region: (project: string, region: string) => `${COMPUTE_URL_BASE}projects/${project}/regions/${region}`,
  zonal: (project: string, zone: string, collection: string, name: string) =>
    `${COMPUTE_URL_BASE}projects/${project}/zones/${zone}/${collection}/${name}`,
  regional: (project: string, region: string, collection: string, name: string) =>
    `${COMPUTE_URL_BASE}projects/${project}/regions/${region}/${collection}/${name}`,
  global: (project: string, collection: string, name: string) => `${COMPUTE_URL_BASE}projects/${project}/global/${collection}/${name}`,
};

const pacific = (() => {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: 'America/Los_Angeles', timeZoneName: 'longOffset' });
  } catch {
    return null;
  }
})();

/** Pacific offsets by UTC hour: they change only on the hour, and formatting one costs far more than a lookup (a large fleet asks for 100,000s). */
const pacificOffsets = new Map<number, string | undefined>();

function pacificOffsetAt(date: Date): string | undefined {
  const hour = Math.floor(date.getTime() / 3_600_000);
  if (!pacificOffsets.has(hour)) pacificOffsets.set(hour, pacific?.formatToParts(date).find((p) => p.type === 'timeZoneName')?.value);
  return pacificOffsets.get(hour);
}

/**
 * RFC 3339 with milliseconds in US Pacific time, as Compute Engine writes `creationTimestamp`
 * ("2025-03-01T02:00:00.000-08:00"); UTC ("Z") where the runtime has no time-zone data.
 */
export function gcpTimestamp(date: Date): string {
  const offsetName = pacificOffsetAt(date);
  const m = offsetName ? /^GMT([+-])(\d{2}):(\d{2})$/.exec(offsetName) : null;
  if (!m) return date.toISOString();
  const sign = m[1] === '-' ? -1 : 1;
  const offsetMinutes = sign * (Number(m[2]) * 60 + Number(m[3]));
  const local = new Date(date.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 23);
  return `${local}${m[1]}${m[2]}:${m[3]}`;
}

// ---- machine types ----

function machineType(
  name: string,
  guestCpus: number,
  memoryMb: number,
  description: string,
  extra: Partial<GceMachineType> & { zones?: readonly string[] } = {},
): GceMachineType & { zones?: readonly string[] } {
  return {
    kind: 'compute#machineType',
    id: String(800_000 + guestCpus * 1000 + Math.round(memoryMb / 256)),
    creationTimestamp: '1969-12-31T16:00:00.000-08:00',
    name,
    description,
    guestCpus,
    memoryMb,
    imageSpaceGb: 0,
    maximumPersistentDisks: 128,
    maximumPersistentDisksSizeGb: '263168',
    isSharedCpu: false,
    ...extra,
  };
}

/** Real sizes of the predefined machine types the fleet uses; `zones` limits where a type exists (all zones when absent). */
export const GCE_MACHINE_TYPES: readonly (GceMachineType & { zones?: readonly string[] })[] = [
  machineType('e2-micro', 2, 1024, 'Efficient Instance, 2 vCPU (1/8 shared physical core) and 1 GB RAM', { isSharedCpu: true, maximumPersistentDisks: 16, maximumPersistentDisksSizeGb: '3072' }),
  machineType('e2-small', 2, 2048, 'Efficient Instance, 2 vCPU (1/4 shared physical core) and 2 GB RAM', { isSharedCpu: true, maximumPersistentDisks: 16, maximumPersistentDisksSizeGb: '3072' }),
  machineType('e2-medium', 2, 4096, 'Efficient Instance, 2 vCPU (1/2 shared physical core) and 4 GB RAM', { isSharedCpu: true, maximumPersistentDisks: 16, maximumPersistentDisksSizeGb: '3072' }),
  machineType('e2-standard-4', 4, 16384, 'Efficient Instance, 4 vCPUs, 16 GB RAM'),
  machineType('n2-standard-2', 2, 8192, '2 vCPUs 8 GB RAM'),
  machineType('n2-standard-8', 8, 32768, '8 vCPUs 32 GB RAM'),
  machineType('n2d-highmem-4', 4, 32768, '4 vCPUs 32 GB RAM'),
  machineType('c3-standard-4', 4, 16384, '4 vCPUs, 16 GB RAM'),
  machineType('t2a-standard-2', 2, 8192, '2 vCPUs, 8 GB RAM', {
    architecture: 'ARM64',
    zones: ['us-central1-a', 'us-central1-b', 'us-central1-f'],
  }),
];

/**
 * Custom machine types the fleet uses; Compute Engine encodes their size in the name. The E2
 * shared-core ones (`e2-custom-micro|small|medium-<MB>`) name only their memory.
 */
export const GCE_CUSTOM_MACHINE_TYPES: readonly string[] = [
  'custom-4-16384',
  'e2-custom-2-6144',
  'n2-custom-6-24576',
  'e2-custom-micro-2048',
  'e2-custom-small-3072',
  'e2-custom-medium-6144',
];

/** The share of a core each E2 shared-core size is sustained on: 2 vCPUs to the guest, this billed. */
const SHARED_CORE_SHARES: Readonly<Record<string, string>> = { micro: '0.25', small: '0.5', medium: '1' };

export interface CustomMachineTypeSize {
  guestCpus: number;
  memoryMb: number;
  /** E2 shared-core custom types: the vCPUs billed (a fraction of one). */
  sharedCoreVcpus?: string;
}

/**
 * `custom-4-16384`, `e2-custom-2-6144`, `n2-custom-8-32768-ext` → vCPUs and MB; the E2 shared-core
 * `e2-custom-small-3072` → 2 vCPUs (what the guest sees, as for e2-small), 3072 MB and the billed
 * share; null for predefined names.
 */
export function customMachineTypeSize(name: string): CustomMachineTypeSize | null {
  const shared = /^e2-custom-(micro|small|medium)-(\d+)$/.exec(name);
  if (shared) return { guestCpus: 2, memoryMb: Number(shared[2]), sharedCoreVcpus: SHARED_CORE_SHARES[shared[1]!]! };
  const m = /^(?:[a-z0-9]+-)?custom-(\d+)-(\d+)(?:-ext)?$/.exec(name);
  return m ? { guestCpus: Number(m[1]), memoryMb: Number(m[2]) } : null;
}

export function machineTypeIn(zone: string, name: string): GceMachineType | undefined {
  const predefined = GCE_MACHINE_TYPES.find((t) => t.name === name && (!t.zones || t.zones.includes(zone)));
  if (predefined) {
    const { zones: _zones, ...type } = predefined;
    return type;
  }
  const custom = customMachineTypeSize(name);
  if (!custom) return undefined;
  return machineType(name, custom.guestCpus, custom.memoryMb, `Custom created machine type.`, {
    id: '0',
    ...(custom.sharedCoreVcpus ? { isSharedCpu: true, maximumPersistentDisks: 16, maximumPersistentDisksSizeGb: '3072' } : {}),
  });
}

/** The predefined types of one zone, in name order. */
export function machineTypesIn(zone: string): GceMachineType[] {
  return GCE_MACHINE_TYPES.filter((t) => !t.zones || t.zones.includes(zone))
    .map(({ zones: _zones, ...type }) => type)
    .sort((a, b) => a.name.localeCompare(b.name));
}

// ---- public images ----

export interface GceImageInfo {
  project: string;
  image: string;
  license: string;
  architecture: 'X86_64' | 'ARM64';
  sizeGb: number;
  windows: boolean;
  weight: number;
}

export const GCE_IMAGES: readonly GceImageInfo[] = [
  { project: 'debian-cloud', image: 'debian-12-bookworm-v20250113', license: 'debian-12-bookworm', architecture: 'X86_64', sizeGb: 10, windows: false, weight: 5 },
  { project: 'ubuntu-os-cloud', image: 'ubuntu-2404-noble-amd64-v20250117', license: 'ubuntu-2404-lts', architecture: 'X86_64', sizeGb: 10, windows: false, weight: 3 },
  { project: 'ubuntu-os-cloud', image: 'ubuntu-2404-noble-arm64-v20250117', license: 'ubuntu-2404-lts', architecture: 'ARM64', sizeGb: 10, windows: false, weight: 1 },
  { project: 'rocky-linux-cloud', image: 'rocky-linux-9-v20250114', license: 'rocky-linux-9', architecture: 'X86_64', sizeGb: 20, windows: false, weight: 1 },
  { project: 'cos-cloud', image: 'cos-117-18613-75-37', license: 'cos', architecture: 'X86_64', sizeGb: 10, windows: false, weight: 1 },
  { project: 'windows-cloud', image: 'windows-server-2022-dc-v20250115', license: 'windows-server-2022-dc', architecture: 'X86_64', sizeGb: 50, windows: true, weight: 1 },
];

export const imageUrl = (i: GceImageInfo) => computeUrl.global(i.project, 'images', i.image);
export const licenseUrl = (i: GceImageInfo) => computeUrl.global(i.project, 'licenses', i.license);

// ---- Cloud Monitoring ----

export type GcpMetricKind = 'GAUGE' | 'DELTA' | 'CUMULATIVE';
export type GcpValueType = 'BOOL' | 'INT64' | 'DOUBLE' | 'STRING' | 'DISTRIBUTION' | 'MONEY';

export interface GcpMetricDefinition {
  type: string;
  metricKind: GcpMetricKind;
  valueType: GcpValueType;
  /** The descriptor's unit, UCUM as Cloud Monitoring writes it. */
  unit: string;
  /** Per one-minute sample, in `shape` units; values on the wire are multiplied by `scale`. */
  shape: MetricShape;
  scale: number;
  /** One series per attached disk (metric label device_name). */
  perDisk: boolean;
  /** Written by the Ops Agent only. */
  agent: boolean;
  /** Extra metric labels and, for series that come in several flavours, their values. */
  variants: readonly Record<string, string>[];
}

const bytes = (low: number, high: number): MetricShape => ({ kind: 'bytes', low, high, daily: 0.5, noise: 0.35 });
const count = (low: number, high: number): MetricShape => ({ kind: 'count', low, high, daily: 0.5, noise: 0.35 });
const delta = (type: string, unit: string, shape: MetricShape, perDisk: boolean, variants: Record<string, string>[] = [{}]): GcpMetricDefinition => ({
  type,
  metricKind: 'DELTA',
  valueType: 'INT64',
  unit,
  shape,
  scale: 1,
  perDisk,
  agent: false,
  variants,
});

/** The series the fleet answers (sampled every 60 s, as Compute Engine's are). */
export const GCP_METRICS: readonly GcpMetricDefinition[] = [
  {
    type: 'compute.googleapis.com/instance/cpu/utilization',
    metricKind: 'GAUGE',
    valueType: 'DOUBLE',
    // A fraction 0–1 (the "10^2.%" unit), not a percentage.
    unit: '10^2.%',
    shape: { kind: 'percent', low: 1, high: 85, daily: 0.4, noise: 0.25 },
    scale: 0.01,
    perDisk: false,
    agent: false,
    variants: [{}],
  },
  delta('compute.googleapis.com/instance/network/received_bytes_count', 'By', bytes(20_000, 60_000_000), false, [{ loadbalanced: 'false' }, { loadbalanced: 'true' }]),
  delta('compute.googleapis.com/instance/network/sent_bytes_count', 'By', bytes(10_000, 40_000_000), false, [{ loadbalanced: 'false' }, { loadbalanced: 'true' }]),
  delta('compute.googleapis.com/instance/disk/read_bytes_count', 'By', bytes(0, 8_000_000), true),
  delta('compute.googleapis.com/instance/disk/write_bytes_count', 'By', bytes(1_000, 12_000_000), true),
  delta('compute.googleapis.com/instance/disk/read_ops_count', '1', count(0, 2_000), true),
  delta('compute.googleapis.com/instance/disk/write_ops_count', '1', count(1, 3_000), true),
  {
    type: 'agent.googleapis.com/memory/percent_used',
    metricKind: 'GAUGE',
    valueType: 'DOUBLE',
    unit: '%',
    shape: { kind: 'percent', low: 15, high: 90, daily: 0.15, noise: 0.1 },
    scale: 1,
    perDisk: false,
    agent: true,
    // `used` follows the shape; `free` is the rest (100 − used).
    variants: [{ state: 'used' }, { state: 'free' }],
  },
];

export function gcpMetricDefinition(type: string): GcpMetricDefinition | undefined {
  return GCP_METRICS.find((m) => m.type === type);
}
