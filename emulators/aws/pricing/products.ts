// The AmazonEC2 price list as GetProducts serves it: one product per SKU (compute instances with
// their tenancy and capacity-reservation variants, EBS storage, snapshots, IOPS and throughput).
import type { PriceListProduct } from './document.js';
import { instanceProducts } from './instance-products.js';
import { storageProducts } from './storage-products.js';

let catalog: readonly PriceListProduct[] | undefined;

/**
 * Every product of the AmazonEC2 list, built once, in SKU order: stable, and as unordered as the
 * real list, so a variant a filter should have excluded does not hide behind the one it wanted.
 */
export function ec2PriceListProducts(): readonly PriceListProduct[] {
  catalog ??= [...instanceProducts(), ...storageProducts()].sort((a, b) => (a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : 0));
  return catalog;
}
