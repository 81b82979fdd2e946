// The clients the price catalog asks through, for the one project whose credentials it uses: the
// Cloud Billing Catalog (CloudCatalogClient) and Compute Engine's machine types, both over REST
// (`fallback: true`, the project's endpoint override) through one RestFetch — its credentials,
// the configured retries and the counting of every attempt, as for the other GCP clients.
import type { CloudCatalogClient } from '@google-cloud/billing';
import type { MachineTypesClient } from '@google-cloud/compute';
import type { AuthClient } from 'google-auth-library';
import type { GcpProjectConfig } from '../../config/schema.js';
import { Reusable } from '../reusable.js';
import { resolveAuthClient } from './auth.js';
import { endpointOptions } from './clients.js';
import { RestFetch, type RestFetchOptions } from './rest-fetch.js';
import { cloudCatalogClientClass, machineTypesClientClass } from './sdk-modules.js';

export interface PricingClients {
  catalog: CloudCatalogClient;
  machineTypes: MachineTypesClient;
}

/** The project's pricing clients, built on first use; a failure to build them is not remembered. */
export class PricingClientPool {
  private readonly built = new Reusable(() => this.create());

  constructor(
    private readonly project: GcpProjectConfig,
    private readonly restFetchOptions: Omit<RestFetchOptions, 'project' | 'resolveAuth'>,
  ) {}

  clients(): Promise<PricingClients> {
    return this.built.get();
  }

  async close(): Promise<void> {
    const clients = await this.built.take();
    if (clients) await Promise.allSettled([clients.catalog.close(), clients.machineTypes.close()]);
  }

  private async create(): Promise<PricingClients> {
    const [CloudCatalogClient, MachineTypesClient] = await Promise.all([cloudCatalogClientClass(), machineTypesClientClass()]);
    const restFetch = new RestFetch({ ...this.restFetchOptions, project: this.project.id, resolveAuth: () => resolveAuthClient(this.project) });
    // RestFetch stands in for an AuthClient: gax only calls its fetch and getRequestHeaders.
    const options = { ...endpointOptions(this.project.endpoint), fallback: true, authClient: restFetch as never };
    return { catalog: new CloudCatalogClient(options), machineTypes: new MachineTypesClient(options) };
  }
}
