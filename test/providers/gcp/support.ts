// Shared set-up for the GCP adapter tests: the fleet, the emulator, adapter configs pointing at it.
import { pino } from 'pino';
import { gcpProviderSchema } from '../../../src/config/schema.js';
import type { Fleet } from '../../../emulators/fleet.js';
import type { GcpEmulator } from '../../../emulators/gcp/index.js';
import { createGcpAdapter } from '../../../src/providers/gcp/index.js';
import { ALL_REGIONS, type ProviderAdapter, type ResourceKind, type Scope } from '../../../src/providers/types.js';
import { upstreamRequests } from '../../../src/telemetry/metrics.js';

export const PROD = 'fleet-demo-prod';
export const DEV = 'fleet-demo-dev';
export const silent = pino({ level: 'silent' });
export const scopeOf = (project: string): Scope => ({ provider: 'gcp', account: project, region: ALL_REGIONS });

/** Fast backoff for tests; the emulator's Retry-After is what the honouring test measures. */
export const FAST_RETRY = { baseDelayMs: 5, maxDelayMs: 20 };

export function configFor(emulator: GcpEmulator, fleet: Fleet, overrides: { maxAttempts?: number; regions?: string[] } = {}) {
  return gcpProviderSchema.parse({
    maxAttempts: overrides.maxAttempts ?? 3,
    projects: fleet.gcp.projects.map((p) => ({
      id: p.projectId,
      ...(overrides.regions ? { regions: overrides.regions } : {}),
      endpoint: emulator.url,
      credentials: { type: 'accessToken', token: p.accessToken },
    })),
  });
}

export function adapterFor(emulator: GcpEmulator, fleet: Fleet, overrides: { maxAttempts?: number; regions?: string[] } = {}): ProviderAdapter {
  return createGcpAdapter(configFor(emulator, fleet, overrides), { logger: silent, retry: FAST_RETRY });
}

const lastSegment = (url: string | undefined) => (url ?? '').slice((url ?? '').lastIndexOf('/') + 1);

/** Native ids per kind as the fleet holds them for one project (what the adapter should list). */
export function fleetIds(fleet: Fleet, project: string): Record<ResourceKind, string[]> {
  const data = fleet.gcp.project(project)!;
  const instances = data.regions.flatMap((r) => r.instances);
  return {
    vm: instances.map((i) => i.name),
    volume: data.regions.flatMap((r) => r.disks.map((d) => d.name)),
    snapshot: data.snapshots.map((s) => s.name),
    network: data.networks.map((n) => n.name),
    subnet: data.regions.flatMap((r) => r.subnetworks.map((s) => s.name)),
    securityGroup: data.firewalls.map((f) => f.name),
    publicIp: [...data.regions.flatMap((r) => r.addresses), ...data.globalAddresses].filter((a) => a.addressType === 'EXTERNAL').map((a) => a.name),
    networkInterface: instances.flatMap((i) => i.networkInterfaces.map((n) => `${i.name}/${n.name}`)),
  };
}

/** Where each kind's item lives (its global id's location). */
export function fleetLocations(fleet: Fleet, project: string): Record<ResourceKind, Map<string, string[]>> {
  const data = fleet.gcp.project(project)!;
  const add = (map: Map<string, string[]>, name: string, location: string) => map.set(name, [...(map.get(name) ?? []), location]);
  const out = Object.fromEntries(['vm', 'volume', 'snapshot', 'network', 'subnet', 'securityGroup', 'publicIp', 'networkInterface'].map((k) => [k, new Map()])) as Record<ResourceKind, Map<string, string[]>>;
  for (const r of data.regions) {
    for (const i of r.instances) {
      add(out.vm, i.name, lastSegment(i.zone));
      for (const n of i.networkInterfaces) add(out.networkInterface, `${i.name}/${n.name}`, lastSegment(i.zone));
    }
    for (const d of r.disks) add(out.volume, d.name, lastSegment(d.zone) || lastSegment(d.region));
    for (const s of r.subnetworks) add(out.subnet, s.name, r.region);
    for (const a of r.addresses) if (a.addressType === 'EXTERNAL') add(out.publicIp, a.name, r.region);
  }
  for (const s of data.snapshots) add(out.snapshot, s.name, 'global');
  for (const n of data.networks) add(out.network, n.name, 'global');
  for (const f of data.firewalls) add(out.securityGroup, f.name, 'global');
  for (const a of data.globalAddresses) if (a.addressType === 'EXTERNAL') add(out.publicIp, a.name, 'global');
  return out;
}

/** The Compute Engine methods each kind's listing calls (VMs and interfaces: their firewalls too). */
export const OPERATIONS: Record<ResourceKind, string[]> = {
  vm: ['instances.aggregatedList', 'firewalls.list'],
  volume: ['disks.aggregatedList'],
  snapshot: ['snapshots.list'],
  network: ['networks.list'],
  subnet: ['subnetworks.aggregatedList'],
  securityGroup: ['firewalls.list'],
  publicIp: ['addresses.aggregatedList', 'globalAddresses.list'],
  networkInterface: ['instances.aggregatedList', 'firewalls.list'],
};

/** Well-formed names that exist nowhere in the fleet. */
export const UNKNOWN: Record<ResourceKind, string[]> = {
  vm: ['no-such-vm-1', 'no-such-vm-2'],
  volume: ['no-such-disk-1', 'no-such-disk-2'],
  snapshot: ['no-such-snapshot-1', 'no-such-snapshot-2'],
  network: ['no-such-network-1', 'no-such-network-2'],
  subnet: ['no-such-subnet-1', 'no-such-subnet-2'],
  securityGroup: ['no-such-firewall-1', 'no-such-firewall-2'],
  publicIp: ['no-such-address-1', 'no-such-address-2'],
  networkInterface: ['no-such-vm-1/nic0', 'no-such-vm-2/nic1'],
};

export async function counted(labels: { service: string; operation: string; outcome: 'ok' | 'error' }): Promise<number> {
  const { values } = await upstreamRequests.get();
  return values
    .filter(
      (v) =>
        v.labels.provider === 'gcp' && v.labels.service === labels.service && v.labels.operation === labels.operation && v.labels.outcome === labels.outcome,
    )
    .reduce((n, v) => n + v.value, 0);
}
