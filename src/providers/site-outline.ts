// The outline of a provider configured as a list of sites (Proxmox VE clusters, libvirt hosts):
// one scope per site, in the site's region — its id unless configured. A resource keeps its place
// when it moves inside the site (a guest migrating between nodes): the site is its location.
// These providers are read-only for now: mutations are refused before any call.
import type { CloudOutline } from './lazy-cloud.js';
import type { ProviderName, Scope } from './types.js';

export interface Site {
  id: string;
  name?: string | undefined;
  region?: string | undefined;
}

export const siteScopeOf = (provider: ProviderName, site: Site): Scope => ({ provider, account: site.id, region: site.region ?? site.id });

export function siteOutline(provider: ProviderName, sites: readonly Site[]): CloudOutline {
  const byId = new Map(sites.map((s) => [s.id, s]));
  return {
    provider,
    accounts: sites.map((s) => ({ provider, id: s.id, name: s.name ?? null, regions: [s.region ?? s.id] })),
    scopes: sites.map((s) => siteScopeOf(provider, s)),
    scopeOf: (account) => siteScopeOf(provider, byId.get(account) ?? { id: account }),
    readOnly: true,
  };
}
