// What every provider's mappers build the same way: the base fields of a resource, extras,
// dates, de-duplicated lists. Cloud-neutral; each cloud's own tag and id rules stay in its folder.
import { globalId } from './ids.js';
import type { ResourceBase, ResourceKind, Scope, Tag, VirtualMachine } from './types.js';

/**
 * The fields every resource carries: its global id, native id, provider, account, region, name and
 * tags. The global id names `idLocation` when that differs from the region the resource reports
 * (a GCP VM's id names its zone, its region is the zone's region).
 */
export function resourceBase(
  owner: Scope,
  kind: ResourceKind,
  nativeId: string,
  name: string | null,
  tags: Tag[],
  idLocation: string = owner.region,
): Omit<ResourceBase, 'extras'> {
  return {
    id: globalId({ provider: owner.provider, account: owner.account, region: idLocation }, kind, nativeId),
    nativeId,
    provider: owner.provider,
    account: owner.account,
    region: owner.region,
    name,
    tags,
  };
}

/** Provider attributes the model does not normalise, as strings; absent values are left out. */
export function extrasOf(values: Record<string, string | number | boolean | null | undefined>): Tag[] {
  const extras: Tag[] = [];
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === null || value === '') continue;
    extras.push({ key, value: String(value) });
  }
  return extras;
}

export function dateOrNull(value: Date | string | undefined): Date | null {
  if (value === undefined) return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

/** `values` in consecutive parts of at most `size` (an API's limit per call). */
export function chunk<T>(values: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}

/** The address fields of a VM its provider lists no addresses for (they come from a guest agent, per VM): fresh lists each time. */
export function noAddresses(): Pick<VirtualMachine, 'privateIp' | 'publicIp' | 'privateIps' | 'publicIps' | 'ipv6Addresses'> {
  return { privateIp: null, publicIp: null, privateIps: [], publicIps: [], ipv6Addresses: [] };
}
