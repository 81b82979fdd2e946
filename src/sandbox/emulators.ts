// The embedded default: the simulated fleet and the emulators of the chosen clouds in this
// process, and the provider configuration that points the real adapters at them.
import type { Config } from '../config/schema.js';
import { settleAll } from '../errors/settle-all.js';
// Each cloud's emulator is imported only when the sandbox runs that cloud.
import type { AwsEmulator } from '../../emulators/aws/index.js';
import type { AzureEmulator } from '../../emulators/azure/index.js';
import { startFleetChurn, type FleetChurn } from '../../emulators/churn.js';
import { createFleet, type Fleet } from '../../emulators/fleet.js';
import { tableId } from '../../emulators/gcp/bigquery/tables.js';
import type { GcpEmulator } from '../../emulators/gcp/index.js';
import type { DigitalOceanEmulator } from '../../emulators/digitalocean/index.js';
import type { ProxmoxEmulator } from '../../emulators/proxmox/index.js';
import type { LibvirtTestDriver } from '../../emulators/libvirt/index.js';
import type { ContainerdDaemon } from '../../emulators/containerd/index.js';
import { logger } from '../telemetry/logger.js';

export type SandboxOptions = NonNullable<Config['sandbox']>;
export const DEFAULT_SANDBOX: SandboxOptions = { clouds: ['aws', 'azure', 'gcp', 'digitalocean', 'proxmox', 'libvirt', 'containerd'], seed: 42, vmsPerScope: 60, changesPerMinute: 12, push: true, writes: true, actionStepMs: 3000 };

/**
 * DigitalOcean's Monitoring API answers one droplet and metric per request, within the token's
 * bucket (50 at once, then 1.3 a second): a sandbox team of 4 regions × 5 droplets keeps the quick
 * start's query for the CPU and network of every running VM inside it.
 */
export const SANDBOX_DROPLETS_PER_REGION = 5;

export interface SandboxEmulators {
  fleet: Fleet;
  /** Each cloud's emulator, when `sandbox.clouds` includes it. */
  aws?: AwsEmulator;
  azure?: AzureEmulator;
  gcp?: GcpEmulator;
  digitalocean?: DigitalOceanEmulator;
  proxmox?: ProxmoxEmulator;
  /** libvirt's test driver over the simulated KVM hosts, when virsh is installed. */
  libvirt?: LibvirtTestDriver;
  /** A real containerd holding the seeded containers, where it can run (root, containerd, runc, gcc). */
  containerd?: ContainerdDaemon;
  /** The fleet changing on its own, when `sandbox.changesPerMinute` > 0. */
  churn?: FleetChurn;
  providers: Config['providers'];
  stop(): Promise<void>;
}

/** The costs settings that point the price and billing clients at the emulators. */
export function sandboxCostsConfig(sandbox: SandboxEmulators, costs: Config['costs']): Config['costs'] {
  // The Retail Prices API is its own public host in Azure; in the sandbox the emulator serves it.
  const azure = sandbox.azure ? { ...costs.azure, retailPricesUrl: new URL('/api/retail/prices', sandbox.azure.url).toString() } : costs.azure;
  // The emulated billing account exports to BigQuery with resource-level detail.
  const detailed = sandbox.gcp?.bigQuery.tables.find((t) => t.table.startsWith('gcp_billing_export_resource_v1_'));
  const gcp = detailed ? { ...costs.gcp, billingExportTable: tableId(detailed) } : costs.gcp;
  return { ...costs, azure, gcp };
}

export async function startSandboxEmulators(
  options: Omit<SandboxOptions, 'writes' | 'actionStepMs'> & Partial<Pick<SandboxOptions, 'actionStepMs'>>,
  host = '127.0.0.1',
): Promise<SandboxEmulators> {
  const actionStepMs = options.actionStepMs ?? DEFAULT_SANDBOX.actionStepMs;
  const fleet = createFleet({ seed: options.seed, vmsPerScope: options.vmsPerScope, dropletsPerRegion: Math.min(options.vmsPerScope, SANDBOX_DROPLETS_PER_REGION) });
  const sandbox: SandboxEmulators = {
    fleet,
    providers: {},
    stop: () => {
      sandbox.churn?.stop();
      return Promise.all([sandbox.aws?.close(), sandbox.azure?.close(), sandbox.gcp?.close(), sandbox.digitalocean?.close(), sandbox.proxmox?.close(), sandbox.libvirt?.close(), sandbox.containerd?.close()]).then(() => undefined);
    },
  };
  try {
    const starters = { aws: startAws, azure: startAzure, gcp: startGcp, digitalocean: startDigitalOcean, proxmox: startProxmox, libvirt: startLibvirt, containerd: startContainerdHost };
    await settleAll(options.clouds.map((cloud) => starters[cloud](sandbox, host, actionStepMs)));
    if (options.changesPerMinute > 0) {
      // containerd's containers are real: the churn moves only the simulated fleet.
      const churned = options.clouds.filter((cloud): cloud is Exclude<typeof cloud, 'containerd'> => cloud !== 'containerd');
      sandbox.churn = startFleetChurn(fleet, { changesPerMinute: options.changesPerMinute, seed: options.seed, clouds: churned });
    }
  } catch (error) {
    await sandbox.stop();
    throw error;
  }
  return sandbox;
}

async function startAws(sandbox: SandboxEmulators, host: string, actionStepMs: number): Promise<void> {
  const { fleet } = sandbox;
  const { startAwsEmulator } = await import('../../emulators/aws/index.js');
  const aws = (sandbox.aws = await startAwsEmulator({ fleet, host, port: 0, actionStepMs }));
  sandbox.providers.aws = {
    maxAttempts: 3,
    accounts: fleet.aws.accounts.map((account) => ({
      id: account.accountId,
      name: account.alias,
      regions: [...fleet.aws.regions],
      credentials: { type: 'static' as const, ...account.credentials },
      endpoint: aws.url,
    })),
  };
}

async function startAzure(sandbox: SandboxEmulators, host: string, actionStepMs: number): Promise<void> {
  const { fleet } = sandbox;
  const { startAzureEmulator } = await import('../../emulators/azure/index.js');
  const azure = (sandbox.azure = await startAzureEmulator({ fleet, host, port: 0, actionStepMs }));
  sandbox.providers.azure = {
    maxRetries: 3,
    subscriptions: fleet.azure.subscriptions.map((subscription) => ({
      id: subscription.subscriptionId,
      name: subscription.displayName,
      regions: [...fleet.azure.locations],
      credentials: { type: 'accessToken' as const, token: subscription.token },
      // ARM and the metrics data plane are both the emulator, over HTTPS with its own certificate.
      endpoint: azure.url,
      metricsEndpoint: azure.url,
      caCertificate: azure.caCertificate,
    })),
  };
}

async function startGcp(sandbox: SandboxEmulators, host: string, actionStepMs: number): Promise<void> {
  const { fleet } = sandbox;
  const { startGcpEmulator } = await import('../../emulators/gcp/index.js');
  const gcp = (sandbox.gcp = await startGcpEmulator({ fleet, host, port: 0, actionStepMs }));
  sandbox.providers.gcp = {
    maxAttempts: 3,
    projects: fleet.gcp.projects.map((project) => ({
      id: project.projectId,
      name: project.name,
      regions: [...fleet.gcp.regions],
      credentials: { type: 'accessToken' as const, token: project.accessToken },
      endpoint: gcp.url,
    })),
  };
}

async function startDigitalOcean(sandbox: SandboxEmulators, host: string, actionStepMs: number): Promise<void> {
  const { fleet } = sandbox;
  const { startDigitalOceanEmulator } = await import('../../emulators/digitalocean/index.js');
  const digitalocean = (sandbox.digitalocean = await startDigitalOceanEmulator({ fleet, host, port: 0, actionStepMs }));
  sandbox.providers.digitalocean = {
    maxAttempts: 3,
    accounts: fleet.digitalocean.teams.map((team) => ({
      id: team.uuid,
      name: team.name,
      regions: [...fleet.digitalocean.regions],
      credentials: { type: 'token' as const, token: team.token },
      endpoint: digitalocean.url,
    })),
  };
}

async function startProxmox(sandbox: SandboxEmulators, host: string, actionStepMs: number): Promise<void> {
  const { fleet } = sandbox;
  const { startProxmoxEmulator } = await import('../../emulators/proxmox/index.js');
  const proxmox = (sandbox.proxmox = await startProxmoxEmulator({ fleet, host, port: 0, actionStepMs }));
  sandbox.providers.proxmox = {
    maxAttempts: 3,
    maxConcurrency: 4,
    clusters: fleet.proxmox.clusterNames.map((name, index) => {
      const cluster = fleet.proxmox.of(name);
      return {
        id: name,
        endpoint: proxmox.url,
        credentials: { type: 'token' as const, token: `${cluster.tokenId}=${cluster.tokenSecret}` },
        // Both ways of trusting a self-signed cluster: its CA for the first, the pinned certificate for the others.
        tls: index === 0 ? { caCertificate: proxmox.caCertificate } : { fingerprint: proxmox.fingerprint },
      };
    }),
  };
}

async function startLibvirt(sandbox: SandboxEmulators): Promise<void> {
  const { fleet } = sandbox;
  const { startLibvirtTestDriver, virshAvailable } = await import('../../emulators/libvirt/index.js');
  if (!(await virshAvailable())) {
    logger('sandbox').warn('libvirt skipped: install libvirt-clients (virsh) to run the KVM hosts on libvirt\'s test driver');
    return;
  }
  const driver = (sandbox.libvirt = await startLibvirtTestDriver({ fleet }));
  sandbox.providers.libvirt = {
    // virsh itself, behind a wrapper that records each run (the tests count them).
    virsh: driver.virsh,
    timeoutSeconds: 30,
    maxConcurrency: 2,
    hosts: [...driver.uris].map(([id, uri]) => ({ id, uri })),
  };
}

async function startContainerdHost(sandbox: SandboxEmulators): Promise<void> {
  const { containerdUnavailable, startContainerd } = await import('../../emulators/containerd/index.js');
  const missing = await containerdUnavailable();
  if (missing) {
    logger('sandbox').warn(`containerd skipped: ${missing}`);
    return;
  }
  const daemon = (sandbox.containerd = await startContainerd({ seed: sandbox.fleet.seed, perNamespace: Math.min(sandbox.fleet.vmsPerScope, 6) }));
  sandbox.providers.containerd = { timeoutSeconds: 10, hosts: [{ id: 'ctr-1', socket: daemon.socket }] };
}
