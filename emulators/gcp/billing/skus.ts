// The Compute Engine SKUs of the Cloud Billing Catalog, built from the price table: per family and
// region one core and one RAM SKU for each way it is sold (on demand, Spot, 1-year commitment,
// custom), the Windows Server licence, persistent disk and snapshot storage — and, as the real
// catalog has them, SKUs a machine-type price must not be built from (sole tenancy, extended
// memory, GPUs, other families and regions, network egress, other licences). SKU ids are
// deterministic ("XXXX-XXXX-XXXX", hex) so they stay the same from one run to the next.
import { hashString } from '../../kit/prng.js';
import { GCP_FAMILY_SERIES, GCP_PRICE_TABLE, GCP_WINDOWS_LICENCE, type CoreRamRates, type GcpRegionPrices } from './prices.js';

export const COMPUTE_ENGINE_SERVICE_ID = '6F81-5844-456A';
export const COMPUTE_ENGINE_DISPLAY_NAME = 'Compute Engine';

export type SkuUnit = 'h' | 'GiBy.h' | 'GiBy.mo' | 'GiBy' | 'mo';
export type SkuUsageType = 'OnDemand' | 'Preemptible' | 'Commit1Yr';

export interface CatalogSku {
  skuId: string;
  description: string;
  resourceFamily: 'Compute' | 'Storage' | 'License' | 'Network';
  resourceGroup: string;
  usageType: SkuUsageType;
  /** Region names, or ["global"]. */
  regions: readonly string[];
  unit: SkuUnit;
  /** USD per unit, by tier: the first starts at 0. */
  tiers: readonly { start: number; usd: string }[];
}

type SkuSpec = Omit<CatalogSku, 'skuId' | 'tiers'> & { usd: string };

/** Deterministic, unique-enough "XXXX-XXXX-XXXX" from what identifies the SKU. */
export function skuIdOf(key: string): string {
  const hex = (hashString(key).toString(16).padStart(8, '0') + (hashString(`${key}#`) & 0xffff).toString(16).padStart(4, '0')).toUpperCase();
  return `${hex.slice(0, 4)}-${hex.slice(4, 8)}-${hex.slice(8, 12)}`;
}

function coreRam(series: string, location: string, region: string, usageType: SkuUsageType, group: [string, string], r: CoreRamRates, prefix = ''): SkuSpec[] {
  const base = { resourceFamily: 'Compute' as const, usageType, regions: [region] };
  return [
    { ...base, description: `${prefix}${series} Instance Core running in ${location}`, resourceGroup: group[0], unit: 'h', usd: r.core },
    { ...base, description: `${prefix}${series} Instance Ram running in ${location}`, resourceGroup: group[1], unit: 'GiBy.h', usd: r.ram },
  ];
}

/** "Commitment v1: N2 Cpu in Americas for 1 Year" (N1's carry no series: "Commitment v1: Cpu in …"). */
function commitments(family: string, location: string, region: string, r: CoreRamRates): SkuSpec[] {
  const series = family === 'n1' ? '' : `${GCP_FAMILY_SERIES[family]!.series.replace(/ Arm$/, '')} `;
  const base = { resourceFamily: 'Compute' as const, usageType: 'Commit1Yr' as const, regions: [region], unit: 'h' as const };
  return [
    { ...base, description: `Commitment v1: ${series}Cpu in ${location} for 1 Year`, resourceGroup: 'CPU', usd: r.core },
    { ...base, description: `Commitment v1: ${series}Ram in ${location} for 1 Year`, resourceGroup: 'RAM', unit: 'GiBy.h', usd: r.ram },
  ];
}

function familySkus(region: string, prices: GcpRegionPrices): SkuSpec[] {
  const loc = prices.computeLocation;
  return Object.entries(prices.families).flatMap(([family, rates]) => {
    const { series, customSeries } = GCP_FAMILY_SERIES[family]!;
    const group: [string, string] = family === 'n2' ? ['N2Standard', 'N2Standard'] : ['CPU', 'RAM'];
    return [
      ...coreRam(series, loc, region, 'OnDemand', group, rates.onDemand),
      ...coreRam(series, loc, region, 'Preemptible', group, rates.spot, 'Spot Preemptible '),
      ...(rates.custom && customSeries ? coreRam(customSeries, loc, region, 'OnDemand', ['CPU', 'RAM'], rates.custom) : []),
      ...(rates.commit1Yr ? commitments(family, loc, region, rates.commit1Yr) : []),
    ];
  });
}

function storageSkus(region: string, prices: GcpRegionPrices): SkuSpec[] {
  const at = prices.storageLocation;
  const base = { resourceFamily: 'Storage' as const, usageType: 'OnDemand' as const, regions: [region], unit: 'GiBy.mo' as const };
  const regional = prices.regionalDisks;
  return [
    { ...base, description: `Storage PD Capacity in ${at}`, resourceGroup: 'PDStandard', usd: prices.disks['pd-standard'] },
    { ...base, description: `Balanced PD Capacity in ${at}`, resourceGroup: 'SSD', usd: prices.disks['pd-balanced'] },
    { ...base, description: `SSD backed PD Capacity in ${at}`, resourceGroup: 'SSD', usd: prices.disks['pd-ssd'] },
    { ...base, description: `Hyperdisk Balanced Capacity in ${at}`, resourceGroup: 'SSD', usd: prices.disks['hyperdisk-balanced'] },
    { ...base, description: `Storage PD Snapshot in ${at}`, resourceGroup: 'PDSnapshot', usd: prices.snapshot },
    { ...base, description: `Regional Storage PD Capacity in ${at}`, resourceGroup: 'PDStandard', usd: regional['pd-standard'] },
    { ...base, description: `Regional Balanced PD Capacity in ${at}`, resourceGroup: 'SSD', usd: regional['pd-balanced'] },
    { ...base, description: `Regional SSD backed PD Capacity in ${at}`, resourceGroup: 'SSD', usd: regional['pd-ssd'] },
    { ...base, description: `Hyperdisk Balanced IOPS in ${at}`, resourceGroup: 'SSD', unit: 'mo', usd: prices.hyperdiskIops },
    { ...base, description: `Hyperdisk Balanced Throughput in ${at}`, resourceGroup: 'SSD', unit: 'mo', usd: prices.hyperdiskThroughput },
  ];
}

function licenceSkus(): SkuSpec[] {
  const base = { resourceFamily: 'License' as const, resourceGroup: 'PremiumImage', usageType: 'OnDemand' as const, regions: ['global'] };
  return [
    ...GCP_WINDOWS_LICENCE.years.flatMap((year): SkuSpec[] => [
      { ...base, description: `Licensing Fee for Windows Server ${year} ${GCP_WINDOWS_LICENCE.edition} (CPU cost)`, unit: 'h', usd: GCP_WINDOWS_LICENCE.core },
      { ...base, description: `Licensing Fee for Windows Server ${year} ${GCP_WINDOWS_LICENCE.edition} (RAM cost)`, unit: 'GiBy.h', usd: GCP_WINDOWS_LICENCE.ram },
    ]),
    { ...base, description: 'Licensing Fee for SQL Server 2022 Standard (CPU cost)', unit: 'h', usd: '0.1645' },
    { ...base, description: 'Licensing Fee for Shielded COS (CPU cost)', unit: 'h', usd: '0' },
  ];
}

/** What must not end up in a machine-type or disk price: the filter's test cases. */
function distractorSkus(): SkuSpec[] {
  const compute = { resourceFamily: 'Compute' as const, usageType: 'OnDemand' as const, regions: ['us-central1'] };
  const virginia = { ...compute, regions: ['us-east4'] };
  return [
    { ...compute, description: 'N2 Sole Tenancy Instance Core running in Americas', resourceGroup: 'CPU', unit: 'h', usd: '0.034772' },
    { ...compute, description: 'N2 Custom Extended Instance Ram running in Americas', resourceGroup: 'RAM', unit: 'GiBy.h', usd: '0.009550' },
    { ...compute, description: 'A2 Instance Core running in Americas', resourceGroup: 'CPU', unit: 'h', usd: '0.031611' },
    { ...compute, description: 'A2 Instance Ram running in Americas', resourceGroup: 'RAM', unit: 'GiBy.h', usd: '0.004237' },
    { ...compute, description: 'Memory-optimized Instance Core running in Americas', resourceGroup: 'CPU', unit: 'h', usd: '0.0348' },
    { ...compute, description: 'Nvidia Tesla T4 GPU running in Americas', resourceGroup: 'GPU', unit: 'h', usd: '0.35' },
    { ...virginia, description: 'N2 Instance Core running in Virginia', resourceGroup: 'N2Standard', unit: 'h', usd: '0.035605' },
    { ...virginia, description: 'N2 Instance Ram running in Virginia', resourceGroup: 'N2Standard', unit: 'GiBy.h', usd: '0.004772' },
    { ...virginia, description: 'Balanced PD Capacity in Virginia', resourceFamily: 'Storage', resourceGroup: 'SSD', unit: 'GiBy.mo', usd: '0.11' },
  ];
}

function egressSku(): CatalogSku {
  const spec = {
    description: 'Network Internet Egress from Americas to Americas',
    resourceFamily: 'Network' as const,
    resourceGroup: 'PremiumInternetEgress',
    usageType: 'OnDemand' as const,
    regions: ['us-central1', 'us-east4'],
    unit: 'GiBy' as const,
  };
  const tiers = [
    { start: 0, usd: '0.12' },
    { start: 1024, usd: '0.11' },
    { start: 10240, usd: '0.08' },
  ];
  return { ...spec, skuId: skuIdOf(`${spec.description}|${spec.usageType}`), tiers };
}

function catalogSku(spec: SkuSpec): CatalogSku {
  const { usd, ...rest } = spec;
  return { ...rest, skuId: skuIdOf(`${spec.description}|${spec.usageType}|${spec.regions.join(',')}`), tiers: [{ start: 0, usd }] };
}

let built: readonly CatalogSku[] | undefined;

/** Every Compute Engine SKU, in skuId order (the order pages are cut in). */
export function computeEngineSkus(): readonly CatalogSku[] {
  if (!built) {
    const specs = [...Object.entries(GCP_PRICE_TABLE).flatMap(([region, prices]) => [...familySkus(region, prices), ...storageSkus(region, prices)]), ...licenceSkus(), ...distractorSkus()];
    const skus = [...specs.map(catalogSku), egressSku()].sort((a, b) => a.skuId.localeCompare(b.skuId));
    if (new Set(skus.map((s) => s.skuId)).size !== skus.length) throw new Error('Compute Engine SKU ids collide');
    built = skus;
  }
  return built;
}
