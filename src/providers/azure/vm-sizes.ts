// vCPUs and memory per VM size, from Resource SKUs (Microsoft.Compute/skus, filtered to one
// location: the API's only filter). A size's specification never changes and is the same in
// every subscription, so answers are kept per location for the life of the adapter: a VM listing
// asks once per location it has not seen, and concurrent listings share that call. (The older
// locations/{location}/vmSizes API answers the same, but is deprecated.)
import type { ComputeManagementClient } from '@azure/arm-compute';
import { vmSizeSpecOf, type VmSizeSpec } from './compute.js';

export const RESOURCE_SKUS_OPERATION = 'resourceSkus.list';

export class VmSizeCatalog {
  private readonly byLocation = new Map<string, Promise<Map<string, VmSizeSpec>>>();

  /** Sizes by lower-case name, per location asked for. */
  async lookup(
    locations: readonly string[],
    load: (location: string) => Promise<Map<string, VmSizeSpec>>,
  ): Promise<Map<string, Map<string, VmSizeSpec>>> {
    const wanted = [...new Set(locations.map((l) => l.toLowerCase()))];
    for (const location of wanted) {
      if (this.byLocation.has(location)) continue;
      const pending = load(location);
      this.byLocation.set(location, pending);
      // A failed lookup is not remembered: the next listing asks again.
      pending.catch(() => this.byLocation.delete(location));
    }
    return new Map(await Promise.all(wanted.map(async (l) => [l, await this.byLocation.get(l)!] as const)));
  }
}

/** One location's VM sizes, by lower-case name, from Resource SKUs. */
export async function fetchVmSizes(compute: ComputeManagementClient, location: string): Promise<Map<string, VmSizeSpec>> {
  const sizes = new Map<string, VmSizeSpec>();
  for await (const sku of compute.resourceSkus.list({ filter: `location eq '${location}'` })) {
    if (sku.resourceType === 'virtualMachines' && sku.name) sizes.set(sku.name.toLowerCase(), vmSizeSpecOf(sku));
  }
  return sizes;
}
