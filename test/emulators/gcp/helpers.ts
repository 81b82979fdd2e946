// Shared set-up for the GCP emulator tests: a fleet, a started emulator, real SDK clients
// (REST transport, an OAuth2Client holding the project's sandbox token).
import {
  AddressesClient,
  DisksClient,
  FirewallsClient,
  GlobalAddressesClient,
  InstancesClient,
  MachineTypesClient,
  NetworksClient,
  SnapshotsClient,
  SubnetworksClient,
} from '@google-cloud/compute';
import { MetricServiceClient } from '@google-cloud/monitoring';
import { OAuth2Client } from 'google-auth-library';
import { collect, rejectionOf as rejectionOfCall, startedForFile } from '../../support/harness.js';
import { createFleet, type Fleet, type FleetOptions } from '../../../emulators/fleet.js';
import { startGcpEmulator, type GcpEmulator } from '../../../emulators/gcp/index.js';

export const PROD = 'fleet-demo-prod';
export const DEV = 'fleet-demo-dev';

export interface GcpClients {
  instances: InstancesClient;
  disks: DisksClient;
  snapshots: SnapshotsClient;
  networks: NetworksClient;
  subnetworks: SubnetworksClient;
  firewalls: FirewallsClient;
  addresses: AddressesClient;
  globalAddresses: GlobalAddressesClient;
  machineTypes: MachineTypesClient;
  metrics: MetricServiceClient;
}

export interface EmulatorHarness {
  fleet: Fleet;
  emu: GcpEmulator;
  /** Clients authenticated with a project's token (or any token given). */
  clients(projectOrToken?: string): GcpClients;
  /** A raw GET with a project's token, for checking exact wire answers. */
  get(path: string, project?: string | null): Promise<{ status: number; headers: Headers; body: unknown }>;
}

export async function startHarness(options: FleetOptions = {}): Promise<EmulatorHarness & { close(): Promise<void> }> {
  const fleet = createFleet(options);
  const emu = await startGcpEmulator({ fleet, host: '127.0.0.1', port: 0 });
  const url = new URL(emu.url);
  const made: GcpClients[] = [];
  const tokenOf = (projectOrToken: string) => fleet.gcp.projects.find((p) => p.projectId === projectOrToken)?.accessToken ?? projectOrToken;
  return {
    fleet,
    emu,
    clients(projectOrToken = PROD) {
      const auth = new OAuth2Client();
      auth.setCredentials({ access_token: tokenOf(projectOrToken) });
      const options = { apiEndpoint: url.hostname, port: Number(url.port), protocol: 'http', fallback: true, authClient: auth } as never;
      const clients: GcpClients = {
        instances: new InstancesClient(options),
        disks: new DisksClient(options),
        snapshots: new SnapshotsClient(options),
        networks: new NetworksClient(options),
        subnetworks: new SubnetworksClient(options),
        firewalls: new FirewallsClient(options),
        addresses: new AddressesClient(options),
        globalAddresses: new GlobalAddressesClient(options),
        machineTypes: new MachineTypesClient(options),
        metrics: new MetricServiceClient(options),
      };
      made.push(clients);
      return clients;
    },
    async get(path, project = PROD) {
      const res = await fetch(`${emu.url}${path}`, { headers: project === null ? {} : { authorization: `Bearer ${tokenOf(project)}` } });
      const text = await res.text();
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // not JSON
      }
      return { status: res.status, headers: res.headers, body };
    },
    async close() {
      await Promise.all(made.flatMap((c) => Object.values(c).map((client: { close(): Promise<void> }) => client.close())));
      await emu.close();
    },
  };
}

/** One emulator for the whole file, stopped after it. */
export function useHarness(options: FleetOptions = {}): EmulatorHarness {
  const get = startedForFile(() => startHarness(options));
  return {
    get fleet() {
      return get().fleet;
    },
    get emu() {
      return get().emu;
    },
    clients: (p) => get().clients(p),
    get: (path, project) => get().get(path, project),
  };
}

/** Every item of an aggregated list, and the scope keys the pages carried. */
export async function collectAggregated<T>(pages: AsyncIterable<[string, Record<string, unknown>]>, key: string): Promise<{ items: T[]; scopes: Set<string> }> {
  const items: T[] = [];
  const scopes = new Set<string>();
  for await (const [scope, list] of pages) {
    scopes.add(scope);
    items.push(...(((list as Record<string, unknown>)[key] as T[] | undefined) ?? []));
  }
  return { items, scopes };
}

export { collect };

/** What a GCP SDK call over REST rejected with (the auth client's GaxiosError). */
export interface GcpSdkError {
  status?: number;
  message: string;
  response?: { status: number; headers: Headers };
}

export const rejectionOf = (promise: Promise<unknown>) => rejectionOfCall<GcpSdkError>(promise);

export const lastSegment = (url: string | null | undefined) => (url ?? '').slice((url ?? '').lastIndexOf('/') + 1);
