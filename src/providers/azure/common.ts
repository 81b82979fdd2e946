// What every Azure mapper builds the same way: the base fields, tags (ARM keeps them as a
// dictionary), zones. The cloud-neutral helpers (extras, dates, the base fields) are in ../common.ts.
import { resourceBase } from '../common.js';
import type { ResourceBase, ResourceKind, Tag } from '../types.js';
import { canonicalArmId, parseArmId } from './arm-ids.js';

export interface ArmTracked {
  id?: string;
  name?: string;
  location?: string;
  tags?: Record<string, string>;
}

export function tagsOf(tags: Record<string, string> | undefined): Tag[] {
  return Object.entries(tags ?? {}).map(([key, value]) => ({ key, value: value ?? '' }));
}

/**
 * The fields every resource carries. The account is the subscription the resource's id names; the
 * region is its location (child resources such as subnets pass their parent's).
 */
export function baseOf(subscriptionId: string, kind: ResourceKind, resource: ArmTracked, location?: string): Omit<ResourceBase, 'extras'> {
  const nativeId = canonicalArmId(resource.id ?? '');
  const account = parseArmId(nativeId)?.subscriptionId ?? subscriptionId;
  const region = (location ?? resource.location ?? '').toLowerCase();
  return resourceBase({ provider: 'azure', account, region }, kind, nativeId, resource.name ?? null, tagsOf(resource.tags));
}

/** Azure zones are numbers within a location ("1"); the model's zone names the location too ("westeurope-1"). */
export function zoneOf(location: string | undefined, zones: readonly string[] | undefined): string | null {
  const zone = zones?.[0];
  return zone && location ? `${location.toLowerCase()}-${zone}` : null;
}

/** The resource group an id names. */
export function resourceGroupOf(id: string | undefined): string | undefined {
  return id ? parseArmId(id)?.resourceGroup : undefined;
}
