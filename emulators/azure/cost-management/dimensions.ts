// The dimensions Cost Management groups and filters by, as one billable item shows them. Names
// are matched case-insensitively (as the API does) and answered in their canonical spelling.
// ResourceLocation is the billing region name ("EU West"), not the ARM location: that is what the
// API reports, and why clients map it back.
import type { BillableItem } from '../../kit/billing.js';
import { costManagementErrors } from './errors.js';

const BILLING_REGIONS: Readonly<Record<string, string>> = {
  eastus: 'US East',
  eastus2: 'US East 2',
  westus: 'US West',
  westus2: 'US West 2',
  centralus: 'US Central',
  northeurope: 'EU North',
  westeurope: 'EU West',
  uksouth: 'UK South',
  francecentral: 'FR Central',
  germanywestcentral: 'DE West Central',
  southeastasia: 'AP Southeast',
  japaneast: 'JA East',
};

/** The ResourceLocation the bill shows for an ARM location (the location itself where the table has none). */
export function billingRegionOf(location: string): string {
  return BILLING_REGIONS[location.toLowerCase()] ?? location;
}

const DIMENSIONS: Readonly<Record<string, (item: BillableItem) => string>> = {
  ResourceId: (item) => item.resourceId,
  ResourceType: (item) => armPart(item.resourceId, 'providers', 2),
  ResourceGroupName: (item) => armPart(item.resourceId, 'resourcegroups', 1),
  ResourceGroup: (item) => armPart(item.resourceId, 'resourcegroups', 1),
  ResourceLocation: (item) => billingRegionOf(item.region),
  SubscriptionId: (item) => item.account,
  ServiceName: (item) => item.service,
  MeterCategory: (item) => item.service,
  Meter: (item) => item.usageType,
  ChargeType: () => 'Usage',
  PublisherType: () => 'Azure',
};

/** The canonical spelling of a dimension name; a BadRequest for one the emulator does not know. */
export function canonicalDimension(name: unknown): string {
  const wanted = typeof name === 'string' ? name.toLowerCase() : '';
  const found = Object.keys(DIMENSIONS).find((d) => d.toLowerCase() === wanted);
  if (!found) throw costManagementErrors.invalidDefinition(`the dimension '${String(name)}' is not supported; use one of ${Object.keys(DIMENSIONS).join(', ')}`);
  return found;
}

export function dimensionOf(item: BillableItem, canonicalName: string): string {
  return DIMENSIONS[canonicalName]!(item);
}

/** The value of a tag, its key matched case-insensitively (Azure tag names are); undefined when untagged. */
export function tagOf(item: BillableItem, key: string): string | undefined {
  const wanted = key.toLowerCase();
  const found = Object.keys(item.tags).find((k) => k.toLowerCase() === wanted);
  return found === undefined ? undefined : item.tags[found];
}

/** Parts of a lower-case ARM id: after `providers`, the namespace/type; after `resourcegroups`, the group. */
function armPart(id: string, after: string, count: number): string {
  const segments = id.split('/').filter(Boolean);
  const at = segments.indexOf(after);
  return at < 0 ? '' : segments.slice(at + 1, at + 1 + count).join('/');
}
