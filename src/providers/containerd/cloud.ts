// The containerd adapters as the registry loads them on containerd's first call (../lazy-cloud.ts).
import type { ContainerdProviderConfig } from '../../config/schema.js';
import type { CloudAdapters } from '../lazy-cloud.js';
import type { RateLimitOptions } from '../rate-limits/limiter.js';
import { createContainerdAdapter } from './adapter.js';

export function createContainerdCloud(config: ContainerdProviderConfig, options: RateLimitOptions): CloudAdapters {
  return { adapter: createContainerdAdapter(config, options) };
}
