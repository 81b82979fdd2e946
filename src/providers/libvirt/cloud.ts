// The libvirt adapters as the registry loads them on libvirt's first call (../lazy-cloud.ts).
import type { LibvirtProviderConfig } from '../../config/schema.js';
import type { CloudAdapters } from '../lazy-cloud.js';
import type { RateLimitOptions } from '../rate-limits/limiter.js';
import { createLibvirtAdapter } from './adapter.js';

export function createLibvirtCloud(config: LibvirtProviderConfig, options: RateLimitOptions): CloudAdapters {
  return { adapter: createLibvirtAdapter(config, options) };
}
