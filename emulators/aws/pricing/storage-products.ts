// EBS products: "Storage" per volume type (GB-month of provisioned capacity), "Storage Snapshot"
// (standard and archive tiers), and the extras a storage filter must not mistake for capacity:
// provisioned IOPS ("System Operation") and gp3 throughput ("Provisioned Throughput").
import { priceListProduct, type PriceListProduct } from './document.js';
import { AWS_PRICE_LIST, EBS_VOLUME_API_NAMES, type AwsRegionPriceList, type EbsVolumeApiName } from './prices.js';
import { skuOf } from './sku.js';

interface VolumeFacts {
  volumeType: string;
  /** The usage type's suffix after "EBS:VolumeUsage" (io1 is still "piops" on AWS). */
  usageSuffix: string;
  storageMedia: string;
  maxVolumeSize: string;
  maxIopsvolume: string;
  maxThroughputvolume: string;
}

type FactList = [volumeType: string, usageSuffix: string, storageMedia: string, maxVolumeSize: string, maxIops: string, maxThroughput: string];

const facts = (...[volumeType, usageSuffix, storageMedia, maxVolumeSize, maxIopsvolume, maxThroughputvolume]: FactList): VolumeFacts => ({
  volumeType,
  usageSuffix,
  storageMedia,
  maxVolumeSize,
  maxIopsvolume,
  maxThroughputvolume,
});

const VOLUMES: Readonly<Record<EbsVolumeApiName, VolumeFacts>> = {
  gp2: facts('General Purpose', '.gp2', 'SSD-backed', '16 TiB', '16000', '250 MiB/s'),
  gp3: facts('General Purpose', '.gp3', 'SSD-backed', '16 TiB', '16000', '1000 MiB/s'),
  io1: facts('Provisioned IOPS', '.piops', 'SSD-backed', '16 TiB', '64000', '1000 MiB/s'),
  io2: facts('Provisioned IOPS', '.io2', 'SSD-backed', '16 TiB', '64000', '1000 MiB/s'),
  st1: facts('Throughput Optimized HDD', '.st1', 'HDD-backed', '16 TiB', '500', '500 MiB/s'),
  sc1: facts('Cold HDD', '.sc1', 'HDD-backed', '16 TiB', '250', '250 MiB/s'),
  standard: facts('Magnetic', '', 'HDD-backed', '1 TiB', '40 - 200', '40 - 90 MiB/s'),
};

export function storageProducts(): PriceListProduct[] {
  return Object.entries(AWS_PRICE_LIST).flatMap(([region, prices]) => [
    ...EBS_VOLUME_API_NAMES.map((name) => volumeProduct(region, prices, name)),
    ...snapshotProducts(region, prices),
    ...iopsProducts(region, prices),
    throughputProduct(region, prices),
  ]);
}

function regionAttributes(region: string, prices: AwsRegionPriceList): Record<string, string> {
  return { location: prices.location, locationType: 'AWS Region', regionCode: region };
}

function volumeProduct(region: string, prices: AwsRegionPriceList, name: EbsVolumeApiName): PriceListProduct {
  const facts = VOLUMES[name];
  const usd = prices.volumes[name];
  return priceListProduct(
    skuOf('AmazonEC2', region, 'Storage', name),
    'Storage',
    {
      ...regionAttributes(region, prices),
      volumeApiName: name,
      volumeType: facts.volumeType,
      storageMedia: facts.storageMedia,
      maxVolumeSize: facts.maxVolumeSize,
      maxIopsvolume: facts.maxIopsvolume,
      maxThroughputvolume: facts.maxThroughputvolume,
      usagetype: `${prices.usageTypePrefix}EBS:VolumeUsage${facts.usageSuffix}`,
      operation: '',
    },
    { usd, unit: 'GB-Mo', description: `$${usd} per GB-month of ${facts.volumeType} (${name}) provisioned storage - ${prices.location}` },
  );
}

function snapshotProducts(region: string, prices: AwsRegionPriceList): PriceListProduct[] {
  const tiers = [
    { tier: 'standard', usage: 'EBS:SnapshotUsage', usd: prices.snapshot, storageMedia: 'Amazon S3', what: 'snapshot data stored' },
    { tier: 'archive', usage: 'EBS:SnapshotArchiveStorage', usd: prices.snapshotArchive, storageMedia: 'Amazon S3', what: 'snapshot data stored in the archive tier' },
  ];
  return tiers.map((t) =>
    priceListProduct(
      skuOf('AmazonEC2', region, 'Storage Snapshot', t.tier),
      'Storage Snapshot',
      { ...regionAttributes(region, prices), storageMedia: t.storageMedia, usagetype: `${prices.usageTypePrefix}${t.usage}`, operation: '' },
      { usd: t.usd, unit: 'GB-Mo', description: `$${t.usd} per GB-Month of ${t.what} - ${prices.location}` },
    ),
  );
}

function iopsProducts(region: string, prices: AwsRegionPriceList): PriceListProduct[] {
  return (['io1', 'io2', 'gp3'] as const).map((name) => {
    const usd = prices.iops[name];
    const suffix = name === 'io1' ? 'piops' : name;
    return priceListProduct(
      skuOf('AmazonEC2', region, 'System Operation', name),
      'System Operation',
      {
        ...regionAttributes(region, prices),
        group: 'EBS IOPS',
        groupDescription: 'IOPS',
        volumeApiName: name,
        usagetype: `${prices.usageTypePrefix}EBS:VolumeP-IOPS.${suffix}`,
        operation: '',
      },
      { usd, unit: 'IOPS-Mo', description: `$${usd} per IOPS-month provisioned (${name}) - ${prices.location}` },
    );
  });
}

function throughputProduct(region: string, prices: AwsRegionPriceList): PriceListProduct {
  const usd = prices.gp3Throughput;
  return priceListProduct(
    skuOf('AmazonEC2', region, 'Provisioned Throughput', 'gp3'),
    'Provisioned Throughput',
    {
      ...regionAttributes(region, prices),
      volumeApiName: 'gp3',
      usagetype: `${prices.usageTypePrefix}EBS:VolumeP-Throughput.gp3`,
      operation: '',
    },
    { usd, unit: 'MiBps-Mo', description: `$${usd} per provisioned MiB/s-month of gp3 throughput - ${prices.location}` },
  );
}
