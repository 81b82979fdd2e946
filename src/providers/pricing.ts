// The normalised price model: what each cloud's public price catalog says a resource costs on
// demand. Amounts are exact decimal strings with their ISO 4217 currency, never floats: the
// catalogs publish decimal strings ("0.0416") and they are carried through untouched.
import type { ProviderName } from './types.js';

/** The operating system a price is for: the licence is part of the hourly rate on every cloud. */
export type OsFamily = 'LINUX' | 'WINDOWS';
export const OS_FAMILIES: readonly OsFamily[] = ['LINUX', 'WINDOWS'];

/** An exact amount: `amount` is a decimal string ("0.0416", "-12.5"), `currency` ISO 4217 ("USD"). */
export interface Money {
  amount: string;
  currency: string;
}

/** The on-demand price of one instance type in one region for one operating system. */
export interface InstancePrice {
  provider: ProviderName;
  region: string;
  /** The cloud's own name: "m5.xlarge", "Standard_D2s_v5", "n2-standard-2". */
  instanceType: string;
  os: OsFamily;
  vcpus: number;
  memoryMiB: number;
  /** Per hour, on demand, shared tenancy, no reservation or commitment. */
  hourly: Money;
  /**
   * The catalog entries the price came from: the AWS SKU, the Azure meterId, or the GCP SKU ids
   * (core and RAM, and the licence where there is one) joined with "+".
   */
  sku: string;
  /** How the catalog names it ("Linux/UNIX m5.xlarge", "D2s v5", "N2 Instance Core + Ram"). */
  description: string;
}

/**
 * The price of block storage of one volume type in one region. Either per GiB-month (AWS EBS, GCP
 * persistent disk: `maxSizeGiB` null) or per disk-month for disks up to `maxSizeGiB` (Azure
 * managed disk tiers: P10 = up to 128 GiB); the cheapest tier that holds a disk applies.
 */
export interface StoragePrice {
  provider: ProviderName;
  region: string;
  /** The model's volumeType: "gp3", "Premium_LRS", "pd-balanced"; "snapshot" for snapshot storage. */
  volumeType: string;
  unit: 'GIB_MONTH' | 'DISK_MONTH';
  maxSizeGiB: number | null;
  monthly: Money;
  sku: string;
  description: string;
}

/**
 * One cloud's price catalog. Each method is one logical lookup (its pages included) and answers
 * everything the catalog lists for the region; types or regions the catalog does not list are
 * simply absent. Failures leave as ProviderError naming the provider and operation.
 */
export interface PricingAdapter {
  readonly provider: ProviderName;
  /** Every instance type the catalog prices in `region` for `os`, on demand. */
  instancePrices(region: string, os: OsFamily): Promise<InstancePrice[]>;
  /**
   * The price of a type `instancePrices` cannot list because its size is in its name (GCP custom
   * machine types), from the same catalog's rates; null when the catalog cannot price it. Clouds
   * without such types leave it out.
   */
  unlistedInstancePrice?(region: string, os: OsFamily, instanceType: string): Promise<InstancePrice | null>;
  /** Block storage prices in `region`, every volume type (and tier) the catalog lists; snapshots as volumeType "snapshot". */
  storagePrices(region: string): Promise<StoragePrice[]>;
  /** The family a type belongs to, for rightsizing within it ("m5", "DSv5", "n2-standard"). Costs no call. */
  familyOf(instanceType: string): string;
  close(): Promise<void>;
}

/** Hours in the month the clouds use to turn hourly prices into monthly ones. */
export const HOURS_PER_MONTH = 730;
