// ARM resource ids. They are case-insensitive, and ARM itself is not consistent about case: a
// resource lists itself as `…/resourceGroups/rg-prod/…` while a NIC may point at its VM as
// `…/resourceGroups/RG-PROD/…`. Native ids are therefore kept in one canonical spelling (lower
// case), so that a reference and the resource it names always give the same global id.
import { globalId } from '../ids.js';
import type { ResourceKind } from '../types.js';

export function canonicalArmId(id: string): string {
  return id.toLowerCase();
}

export interface ArmIdParts {
  subscriptionId: string;
  resourceGroup: string;
  /** `Microsoft.Compute/virtualMachines`, `Microsoft.Network/virtualNetworks/subnets`. */
  type: string;
  name: string;
}

/** The parts of a resource id; null when it is not one. */
export function parseArmId(id: string): ArmIdParts | null {
  const m = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/([^/]+)\/([^/]+)\/([^/]+)(?:\/([^/]+)\/([^/]+))?$/i.exec(id);
  if (!m) return null;
  const [, subscriptionId, resourceGroup, namespace, type, name, childType, childName] = m as unknown as [string, string, string, string, string, string, string?, string?];
  return {
    subscriptionId: subscriptionId.toLowerCase(),
    resourceGroup,
    type: childType ? `${namespace}/${type}/${childType}` : `${namespace}/${type}`,
    name: childName ?? name,
  };
}

/** The resource an id of a child resource belongs to (`…/virtualNetworks/v/subnets/s` → `…/virtualNetworks/v`). */
export function parentArmId(id: string): string {
  const parts = id.split('/');
  return parts.slice(0, -2).join('/');
}

/**
 * The global id of an ARM resource at this location, or null for no id. The account is the
 * subscription the id names (a reference may cross subscriptions), else `subscriptionId`.
 */
export function armRef(subscriptionId: string, location: string, kind: ResourceKind, id: string | undefined | null): string | null {
  if (!id) return null;
  const account = parseArmId(id)?.subscriptionId ?? subscriptionId.toLowerCase();
  return globalId({ provider: 'azure', account, region: location.toLowerCase() }, kind, canonicalArmId(id));
}
