// What part of the fleet a caller may see and touch: optionally only some providers, accounts and
// regions (each absent list: all). Enforced where the fleet is read — listings are asked only of
// granted scopes, with the granted regions pushed down, so totals and counts agree — and where it
// is acted on.
import type { ProviderName } from '../providers/types.js';

export interface Grants {
  providers: readonly ProviderName[] | null;
  /** Account ids (AWS account, Azure subscription, GCP project); compared case-insensitively. */
  accounts: readonly string[] | null;
  /** Regions; a zone (us-east-1a, us-central1-b) belongs to its region. */
  regions: readonly string[] | null;
}

export const ALL_GRANTED: Grants = { providers: null, accounts: null, regions: null };

export function grantsEverything(grants: Grants): boolean {
  return grants.providers === null && grants.accounts === null && grants.regions === null;
}

/** Whether a resource at this provider, account and location (a region or one of its zones) is granted. */
export function grantsAllow(grants: Grants, provider: ProviderName, account: string, location: string): boolean {
  return (
    (grants.providers === null || grants.providers.includes(provider)) &&
    (grants.accounts === null || grants.accounts.some((granted) => granted.toLowerCase() === account.toLowerCase())) &&
    (grants.regions === null || grants.regions.some((region) => locationInRegion(location, region)))
  );
}

/** us-east-1 holds us-east-1 and us-east-1a; us-central1 holds us-central1-b. */
export function locationInRegion(location: string, region: string): boolean {
  if (location === region) return true;
  return location.startsWith(region) && /^-?[a-z]$/.test(location.slice(region.length));
}

/** The filter fields every listing shares, narrowed to what the grants allow. */
export interface GrantedFilter {
  providers?: readonly ProviderName[] | null;
  accounts?: readonly string[] | null;
  regions?: readonly string[] | null;
}

/** What narrowToGrants answers when the filter and the grants have nothing in common: ask nothing. */
export const NOTHING_GRANTED = Symbol('nothing granted');

/**
 * The filter with each granted dimension narrowed to the grants (a dimension the filter leaves
 * open becomes the granted list); NOTHING_GRANTED when the two leave nothing in common.
 */
export function narrowToGrants<F extends GrantedFilter>(filter: F | null | undefined, grants: Grants): F | null | undefined | typeof NOTHING_GRANTED {
  if (grantsEverything(grants)) return filter;
  const base = (filter ?? {}) as F;
  const providers = intersect(base.providers, grants.providers, (a, b) => a === b);
  const accounts = intersect(base.accounts, grants.accounts, (a, b) => a.toLowerCase() === b.toLowerCase());
  const regions = intersect(base.regions, grants.regions, (wanted, granted) => locationInRegion(wanted, granted));
  if ([providers, accounts, regions].some((values) => values !== null && values.length === 0)) return NOTHING_GRANTED;
  return { ...base, providers, accounts, regions };
}

function intersect<T>(wanted: readonly T[] | null | undefined, granted: readonly T[] | null, same: (wanted: T, granted: T) => boolean): T[] | null {
  if (granted === null) return wanted ? [...wanted] : null;
  if (!wanted) return [...granted];
  return wanted.filter((value) => granted.some((g) => same(value, g)));
}
