// The simulated KVM hosts behind libvirt's test driver for a whole test file, and adapters
// configured against them the way an operator configures real hosts (one URI per host).
import { libvirtProviderSchema, type LibvirtProviderConfig } from '../../../src/config/libvirt-schema.js';
import { createLibvirtAdapter } from '../../../src/providers/libvirt/adapter.js';
import type { ProviderAdapter, Scope } from '../../../src/providers/types.js';
import type { LibvirtTestDriver } from '../../../emulators/libvirt/index.js';

export function configFor(driver: LibvirtTestDriver, overrides: Partial<LibvirtProviderConfig> = {}): LibvirtProviderConfig {
  return libvirtProviderSchema.parse({ virsh: driver.virsh, hosts: [...driver.uris].map(([id, uri]) => ({ id, uri })), ...overrides });
}

export function adapterFor(driver: LibvirtTestDriver, overrides: Partial<LibvirtProviderConfig> = {}): ProviderAdapter {
  return createLibvirtAdapter(configFor(driver, overrides));
}

export const hostScope = (id: string): Scope => ({ provider: 'libvirt', account: id, region: id });
