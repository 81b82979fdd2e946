// One real containerd per test file (its own root, state and socket under a temp dir, filled
// with the seeded workloads), and adapters configured against it as an operator would.
import { containerdProviderSchema, type ContainerdProviderConfig } from '../../../src/config/containerd-schema.js';
import { createContainerdAdapter, type ContainerdAdapterOptions } from '../../../src/providers/containerd/adapter.js';
import type { ProviderAdapter, Scope } from '../../../src/providers/types.js';
import type { ContainerdDaemon } from '../../../emulators/containerd/index.js';

export const HOST = 'ctr-1';

export function adapterFor(daemon: ContainerdDaemon, overrides: Partial<ContainerdProviderConfig['hosts'][number]> = {}, options: ContainerdAdapterOptions = {}): ProviderAdapter {
  return createContainerdAdapter(containerdProviderSchema.parse({ hosts: [{ id: HOST, socket: daemon.socket, ...overrides }] }), options);
}

export const hostScope = (id = HOST): Scope => ({ provider: 'containerd', account: id, region: id });
