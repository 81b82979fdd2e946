// "Compute Instance" products: per region, instance type and operating system, the shared
// on-demand product and the variants a careless filter would also catch, as on AWS: unused and
// allocated capacity reservations, and dedicated tenancy.
import { Decimal } from 'decimal.js';
import { EC2_INSTANCE_TYPES } from '../fleet/catalogue.js';
import type { Ec2InstanceTypeInfo } from '../fleet/types.js';
import { priceListProduct, type PriceListProduct } from './document.js';
import { AWS_PRICE_LIST, awsDedicatedInstanceHourly, awsInstanceHourly, type AwsPriceOs, type AwsRegionPriceList } from './prices.js';
import { skuOf } from './sku.js';

interface Variant {
  tenancy: 'Shared' | 'Dedicated';
  capacitystatus: 'Used' | 'UnusedCapacityReservation' | 'AllocatedCapacityReservation';
  usage: string;
  price(instanceType: string, region: string, os: AwsPriceOs): string | undefined;
  /** What the rate is called after "$<price> per ". */
  rateName: string;
}

const VARIANTS: readonly Variant[] = [
  { tenancy: 'Shared', capacitystatus: 'Used', usage: 'BoxUsage', price: awsInstanceHourly, rateName: 'On Demand' },
  { tenancy: 'Shared', capacitystatus: 'UnusedCapacityReservation', usage: 'UnusedBox', price: awsInstanceHourly, rateName: 'Unused Reservation' },
  {
    tenancy: 'Shared',
    capacitystatus: 'AllocatedCapacityReservation',
    usage: 'Reservation',
    // The reserved capacity is billed as unused or as the instance using it, never here.
    price: (type, region, os) => (awsInstanceHourly(type, region, os) === undefined ? undefined : '0'),
    rateName: 'Allocated Reservation',
  },
  { tenancy: 'Dedicated', capacitystatus: 'Used', usage: 'DedicatedUsage', price: awsDedicatedInstanceHourly, rateName: 'On Demand Dedicated' },
];

const OPERATING_SYSTEMS: readonly { os: AwsPriceOs; name: 'Linux' | 'Windows'; operation: string }[] = [
  { os: 'LINUX', name: 'Linux', operation: 'RunInstances' },
  { os: 'WINDOWS', name: 'Windows', operation: 'RunInstances:0002' },
];

const PROCESSORS: Readonly<Record<string, string>> = {
  t3: 'Intel Skylake E5 2686 v5',
  m5: 'Intel Xeon Platinum 8175',
  m6i: 'Intel Xeon 8375C (Ice Lake)',
  c6i: 'Intel Xeon 8375C (Ice Lake)',
  r6g: 'AWS Graviton2 Processor',
  m7g: 'AWS Graviton3 Processor',
};

const INSTANCE_FAMILIES: Readonly<Record<string, string>> = { t: 'General purpose', m: 'General purpose', c: 'Compute optimized', r: 'Memory optimized' };

/** Normalisation factors by size, as the Price List gives them (Reserved Instance flexibility). */
const SIZE_FACTORS: Readonly<Record<string, string>> = { nano: '0.25', micro: '0.5', small: '1', medium: '2', large: '4', xlarge: '8', '2xlarge': '16' };

export function instanceProducts(): PriceListProduct[] {
  const products: PriceListProduct[] = [];
  for (const [region, prices] of Object.entries(AWS_PRICE_LIST)) {
    for (const type of EC2_INSTANCE_TYPES) {
      for (const os of OPERATING_SYSTEMS) {
        for (const variant of VARIANTS) {
          const usd = variant.price(type.instanceType, region, os.os);
          if (usd !== undefined) products.push(instanceProduct(region, prices, type, os, variant, usd));
        }
      }
    }
  }
  return products;
}

function instanceProduct(
  region: string,
  prices: AwsRegionPriceList,
  type: Ec2InstanceTypeInfo,
  os: (typeof OPERATING_SYSTEMS)[number],
  variant: Variant,
  usd: string,
): PriceListProduct {
  const sku = skuOf('AmazonEC2', region, type.instanceType, os.os, variant.tenancy, variant.capacitystatus);
  return priceListProduct(sku, 'Compute Instance', instanceAttributes(region, prices, type, os, variant), {
    usd,
    unit: 'Hrs',
    description: `$${usd} per ${variant.rateName} ${os.name} ${type.instanceType} Instance Hour`,
  });
}

function instanceAttributes(
  region: string,
  prices: AwsRegionPriceList,
  type: Ec2InstanceTypeInfo,
  os: (typeof OPERATING_SYSTEMS)[number],
  variant: Variant,
): Record<string, string> {
  const [family = '', size = ''] = type.instanceType.split('.');
  return {
    location: prices.location,
    locationType: 'AWS Region',
    regionCode: region,
    instanceType: type.instanceType,
    currentGeneration: type.currentGeneration ? 'Yes' : 'No',
    instanceFamily: INSTANCE_FAMILIES[family.charAt(0)] ?? 'General purpose',
    vcpu: String(type.defaultVCpus),
    physicalProcessor: PROCESSORS[family] ?? (type.manufacturer === 'AWS' ? 'AWS Graviton Processor' : 'Intel Xeon Family'),
    clockSpeed: `${type.sustainedClockSpeedInGhz} GHz`,
    memory: `${new Decimal(type.sizeInMiB).dividedBy(1024).toFixed()} GiB`,
    storage: 'EBS only',
    networkPerformance: type.networkPerformance,
    processorArchitecture: '64-bit',
    tenancy: variant.tenancy,
    operatingSystem: os.name,
    licenseModel: 'No License required',
    usagetype: `${prices.usageTypePrefix}${variant.usage}:${type.instanceType}`,
    operation: os.operation,
    capacitystatus: variant.capacitystatus,
    preInstalledSw: 'NA',
    marketoption: 'OnDemand',
    normalizationSizeFactor: SIZE_FACTORS[size] ?? 'NA',
  };
}
