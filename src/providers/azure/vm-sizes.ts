// vCPUs and memory per VM size, from Resource SKUs (Microsoft.Compute/skus, filtered to one
// location: the API's only filter). A size's specification never changes and is the same in
// every subscription, so answers are kept per location for the life of the adapter: a VM listing
// asks once per location it has not seen, and concurrent listings of a subscription share that
// call. Each location is asked on its own: one failing leaves the others' sizes known. (The older
// locations/{location}/vmSizes API answers the same, but is deprecated.)
import type { ComputeManagementClient } from '@azure/arm-compute';
import { vmSizeSpecOf, type VmSizeSpec } from './compute.js';

export const RESOURCE_SKUS_OPERATION = 'resourceSkus.list';

export class VmSizeCatalog {
  private readonly known = new Map<string, Map<string, VmSizeSpec>>();
  private readonly asking = new Map<string, Promise<Map<string, VmSizeSpec>>>();

  /**
   * One location's sizes by lower-case name. Once one subscription's call has answered, every
   * subscription has them; until then concurrent askers of one subscription share its call, and a
   * failure is that subscription's alone (its role may lack what another's has) and not remembered.
   */
  sizesIn(location: string, subscription: string, load: (location: string) => Promise<Map<string, VmSizeSpec>>): Promise<Map<string, VmSizeSpec>> {
    const key = location.toLowerCase();
    const known = this.known.get(key);
    if (known) return Promise.resolve(known);
    const askKey = `${subscription.toLowerCase()}|${key}`;
    let pending = this.asking.get(askKey);
    if (!pending) {
      pending = load(key).then((sizes) => {
        this.known.set(key, sizes);
        return sizes;
      });
      const settled = () => this.asking.delete(askKey);
      pending.then(settled, settled);
      this.asking.set(askKey, pending);
    }
    return pending;
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
