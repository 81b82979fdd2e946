// One Proxmox VE emulator per test file, over a seeded fleet, and adapters configured against it
// the way an operator configures a real cluster (its endpoint, API token and CA).
import https from 'node:https';
import { proxmoxProviderSchema, type ProxmoxClusterConfig, type ProxmoxProviderConfig } from '../../../src/config/proxmox-schema.js';
import { createProxmoxAdapter, type ProxmoxAdapterOptions } from '../../../src/providers/proxmox/adapter.js';
import type { ProviderAdapter, Scope } from '../../../src/providers/types.js';
import type { Fleet } from '../../../emulators/fleet.js';
import type { ProxmoxEmulator } from '../../../emulators/proxmox/index.js';

type ClusterInput = Partial<Omit<ProxmoxClusterConfig, 'tls'>> & { tls?: Record<string, string> };

export function configFor(fleet: Fleet, emulator: ProxmoxEmulator, overrides: ClusterInput = {}, maxAttempts = 2): ProxmoxProviderConfig {
  return proxmoxProviderSchema.parse({
    maxAttempts,
    clusters: fleet.proxmox.clusterNames.map((name) => {
      const cluster = fleet.proxmox.of(name);
      return { id: name, endpoint: emulator.url, credentials: { type: 'token', token: `${cluster.tokenId}=${cluster.tokenSecret}` }, tls: { caCertificate: emulator.caCertificate }, ...overrides };
    }),
  });
}

export function adapterFor(fleet: Fleet, emulator: ProxmoxEmulator, overrides: ClusterInput = {}, options: ProxmoxAdapterOptions = {}): ProviderAdapter {
  return createProxmoxAdapter(configFor(fleet, emulator, overrides, options.attemptTimeoutMs ? 1 : 2), options);
}

export const clusterScope = (name: string): Scope => ({ provider: 'proxmox', account: name, region: name });

/** One GET straight from the wire (the truth the adapter is checked against). */
export function wireGet<T>(emulator: ProxmoxEmulator, fleet: Fleet, cluster: string, path: string): Promise<T> {
  const { tokenId, tokenSecret } = fleet.proxmox.of(cluster);
  return new Promise((resolve, reject) => {
    https
      .get(new URL(`/api2/json/${path}`, emulator.url), { ca: emulator.caCertificate, headers: { authorization: `PVEAPIToken=${tokenId}=${tokenSecret}` } }, (response) => {
        let body = '';
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () => resolve((JSON.parse(body) as { data: T }).data));
      })
      .on('error', reject);
  });
}
