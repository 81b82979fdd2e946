// What the Proxmox VE adapter answers from the config alone, before its module loads
// (../lazy-cloud.ts): one scope per cluster, in the cluster's region (its id unless configured).
// A guest keeps its place when it migrates between nodes: the node is its zone, not its location.
import type { ProxmoxClusterConfig, ProxmoxProviderConfig } from '../../config/schema.js';
import type { CloudOutline } from '../lazy-cloud.js';
import type { Scope } from '../types.js';

export const proxmoxScopeOf = (cluster: ProxmoxClusterConfig): Scope => ({ provider: 'proxmox', account: cluster.id, region: cluster.region ?? cluster.id });

export function proxmoxOutline(config: ProxmoxProviderConfig): CloudOutline {
  const byId = new Map(config.clusters.map((c) => [c.id, c]));
  return {
    provider: 'proxmox',
    accounts: config.clusters.map((c) => ({ provider: 'proxmox', id: c.id, name: c.name ?? null, regions: [c.region ?? c.id] })),
    scopes: config.clusters.map(proxmoxScopeOf),
    scopeOf: (account) => {
      const cluster = byId.get(account);
      return cluster ? proxmoxScopeOf(cluster) : { provider: 'proxmox', account, region: account };
    },
    // Read-only for now: mutations on a guest are refused (PROVIDER_NOT_CONFIGURED) before any call.
    readOnly: true,
  };
}
