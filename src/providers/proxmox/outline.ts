// What the Proxmox VE adapter answers from the config alone, before its module loads
// (../lazy-cloud.ts): one scope per cluster, in the cluster's region (its id unless configured).
// A guest keeps its place when it migrates between nodes: the node is its zone, not its location.
import type { ProxmoxClusterConfig, ProxmoxProviderConfig } from '../../config/schema.js';
import type { CloudOutline } from '../lazy-cloud.js';
import { siteOutline, siteScopeOf } from '../site-outline.js';
import type { Scope } from '../types.js';

export const proxmoxScopeOf = (cluster: ProxmoxClusterConfig): Scope => siteScopeOf('proxmox', cluster);

export const proxmoxOutline = (config: ProxmoxProviderConfig): CloudOutline => siteOutline('proxmox', config.clusters);
