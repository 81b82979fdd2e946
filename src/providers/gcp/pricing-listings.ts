// The two listings a price answer is built from, every page followed with the SDKs' async
// iterators (one HTTP request a page):
//   - skus.list of Compute Engine (services/6F81-5844-456A): the whole catalog, every region at
//     once — the API filters nothing — 5,000 SKUs a page;
//   - machineTypes.aggregatedList filtered to the region's zones and the families the catalog
//     prices there, 500 a page: the predefined types of the region (a type counts when any zone
//     of the region has it), with their vCPUs and memory. Custom types are never listed.
import type { CloudCatalogClient } from '@google-cloud/billing';
import type { MachineTypesClient } from '@google-cloud/compute';
import type { MachineTypeSize } from './machine-prices.js';
import type { CatalogSku } from './sku-rates.js';

export const COMPUTE_ENGINE_SERVICE = 'services/6F81-5844-456A';

/** skus.list serves at most 5,000 a page (also its default). */
export const SKU_PAGE_SIZE = 5000;

/** machineTypes.aggregatedList serves at most 500 a page. */
export const MACHINE_TYPE_PAGE_SIZE = 500;

const paging = { autoPaginate: false } as const;

export async function listComputeSkus(catalog: CloudCatalogClient, currencyCode: string): Promise<CatalogSku[]> {
  const skus: CatalogSku[] = [];
  for await (const sku of catalog.listSkusAsync({ parent: COMPUTE_ENGINE_SERVICE, currencyCode, pageSize: SKU_PAGE_SIZE }, paging)) skus.push(sku);
  return skus;
}

/** Machine types whose zone is in `region` and whose family is one of `families` (lower-case names such as "n2"). */
export async function listRegionMachineTypes(client: MachineTypesClient, project: string, region: string, families: readonly string[]): Promise<MachineTypeSize[]> {
  const zone = new RegExp(`^${region}-[a-z0-9]+$`);
  const family = new RegExp(`^(?:${families.join('|')})-.+$`);
  // Regular-expression filters (RE2, matching the whole value), ANDed; applied here again below.
  const filter = `(zone eq "${region}-[a-z0-9]+") (name eq "(${families.join('|')})-.+")`;
  const found = new Map<string, MachineTypeSize>();
  const pages = client.aggregatedListAsync({ project, filter, maxResults: MACHINE_TYPE_PAGE_SIZE, returnPartialSuccess: true }, paging);
  for await (const [, scoped] of pages) {
    for (const type of scoped.machineTypes ?? []) {
      const name = type.name ?? '';
      if (found.has(name) || !zone.test(type.zone ?? '') || !family.test(name)) continue;
      if (type.deprecated?.state === 'OBSOLETE' || type.deprecated?.state === 'DELETED') continue;
      if (!type.guestCpus || !type.memoryMb) continue;
      found.set(name, { name, vcpus: type.guestCpus, memoryMiB: type.memoryMb });
    }
  }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}
