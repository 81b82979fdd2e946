// The Proxmox VE adapters as the registry loads them on Proxmox's first call (../lazy-cloud.ts).
import type { ProxmoxProviderConfig } from '../../config/schema.js';
import type { CloudAdapters } from '../lazy-cloud.js';
import type { RateLimitOptions } from '../rate-limits/limiter.js';
import { createProxmoxAdapter } from './adapter.js';

export function createProxmoxCloud(config: ProxmoxProviderConfig, options: RateLimitOptions): CloudAdapters {
  return { adapter: createProxmoxAdapter(config, options) };
}
