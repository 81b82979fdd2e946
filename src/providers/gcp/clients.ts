// SDK clients per project, built on first use (the GCP SDKs take about a second to load). All
// clients of a project share one RestFetch: its credentials, retries, rate-limit tokens (one
// bucket per project and API family: Compute Engine reads, Monitoring queries, Cloud Billing,
// BigQuery) and request counting.
// Options, per docs/DESIGN.md §4: `fallback: true` (REST — Cloud Monitoring would default to gRPC),
// `apiEndpoint`/`port` and `protocol: 'http'` only for an http:// endpoint (the emulator).
import type {
  AddressesClient,
  DisksClient,
  FirewallsClient,
  GlobalAddressesClient,
  GlobalOperationsClient,
  InstancesClient,
  MachineTypesClient,
  NetworksClient,
  RegionDisksClient,
  RegionOperationsClient,
  SnapshotsClient,
  SubnetworksClient,
  ZoneOperationsClient,
} from '@google-cloud/compute';
import type { MetricServiceClient } from '@google-cloud/monitoring';
import type { GcpProjectConfig, GcpProviderConfig } from '../../config/schema.js';
import type { RateLimiter, RateLimitFamily } from '../rate-limits/limiter.js';
import type { RetryPolicy } from '../retry.js';
import { ALL_REGIONS, type Scope } from '../types.js';
import { resolveAuthClient } from './auth.js';
import { gcpScopeOf } from './outline.js';
import { computeClientClasses, metricServiceClientClass } from './sdk-modules.js';
import { RestFetch, type CallLabels, type GcpService, type RestFetchOptions } from './rest-fetch.js';

export interface ProjectClients {
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
  /** For writes: regional disks' resize, and following each write's operation. */
  regionDisks: RegionDisksClient;
  zoneOperations: ZoneOperationsClient;
  regionOperations: RegionOperationsClient;
  globalOperations: GlobalOperationsClient;
}

/** The client options that point a GAPIC client at an endpoint (none: Google's default). */
export function endpointOptions(endpoint: string | undefined): { apiEndpoint?: string; port?: number; protocol?: string } {
  if (!endpoint) return {};
  const url = new URL(endpoint);
  const http = url.protocol === 'http:';
  return {
    apiEndpoint: url.hostname,
    port: url.port ? Number(url.port) : http ? 80 : 443,
    ...(http ? { protocol: 'http' } : {}),
  };
}

/** The rate-limit bucket family of each service's requests (config `rateLimits.gcp`). */
const FAMILY: Record<GcpService, RateLimitFamily<'gcp'>> = { compute: 'compute', monitoring: 'monitoring', cloudbilling: 'cloudBilling', bigquery: 'bigquery' };

/** Waits for a token of the project's bucket for the request's service (quotas are per project); nothing without a limiter. */
export function rateLimitHook(limiter: RateLimiter | undefined, project: string): (labels: CallLabels) => Promise<void> {
  const scope = { provider: 'gcp', account: project, region: ALL_REGIONS } as const;
  return async (labels) => limiter?.take(scope, FAMILY[labels.service], labels.operation);
}

export async function createProjectClients(project: GcpProjectConfig, restFetch: RestFetch): Promise<ProjectClients> {
  const [compute, MetricServiceClient] = await Promise.all([computeClientClasses(), metricServiceClientClass()]);
  // RestFetch stands in for an AuthClient: gax only calls its fetch and getRequestHeaders.
  const options = { ...endpointOptions(project.endpoint), fallback: true, authClient: restFetch as never };
  return {
    instances: new compute.InstancesClient(options),
    disks: new compute.DisksClient(options),
    snapshots: new compute.SnapshotsClient(options),
    networks: new compute.NetworksClient(options),
    subnetworks: new compute.SubnetworksClient(options),
    firewalls: new compute.FirewallsClient(options),
    addresses: new compute.AddressesClient(options),
    globalAddresses: new compute.GlobalAddressesClient(options),
    machineTypes: new compute.MachineTypesClient(options),
    metrics: new MetricServiceClient(options),
    regionDisks: new compute.RegionDisksClient(options),
    zoneOperations: new compute.ZoneOperationsClient(options),
    regionOperations: new compute.RegionOperationsClient(options),
    globalOperations: new compute.GlobalOperationsClient(options),
  };
}

/** The configured projects (one ALL_REGIONS scope each) and their clients, built lazily. */
export class ClientPool {
  readonly scopes: readonly Scope[];
  private readonly projects = new Map<string, GcpProjectConfig>();
  private readonly clients = new Map<string, Promise<ProjectClients>>();

  constructor(
    config: GcpProviderConfig,
    private readonly restFetchOptions: Omit<RestFetchOptions, 'project' | 'resolveAuth' | 'beforeAttempt'>,
    private readonly rateLimits?: RateLimiter,
  ) {
    for (const project of config.projects) this.projects.set(project.id, project);
    this.scopes = config.projects.map((p) => gcpScopeOf(p.id));
  }

  get policy(): RetryPolicy {
    return this.restFetchOptions.policy;
  }

  /** The project config of a configured scope; undefined when it is not one. */
  projectOf(scope: Scope): GcpProjectConfig | undefined {
    if (scope.provider !== 'gcp' || scope.region !== ALL_REGIONS) return undefined;
    return this.projects.get(scope.account);
  }

  clientsFor(project: GcpProjectConfig): Promise<ProjectClients> {
    let clients = this.clients.get(project.id);
    if (!clients) {
      const restFetch = new RestFetch({
        ...this.restFetchOptions,
        project: project.id,
        resolveAuth: () => resolveAuthClient(project),
        beforeAttempt: rateLimitHook(this.rateLimits, project.id),
      });
      const pending = createProjectClients(project, restFetch);
      clients = pending;
      this.clients.set(project.id, pending);
      pending.catch(() => {
        if (this.clients.get(project.id) === pending) this.clients.delete(project.id);
      });
    }
    return clients;
  }

  async close(): Promise<void> {
    const all = await Promise.allSettled(this.clients.values());
    this.clients.clear();
    await Promise.allSettled(
      all.flatMap((r) => (r.status === 'fulfilled' ? Object.values(r.value).map((client: { close(): Promise<void> }) => client.close()) : [])),
    );
  }
}
