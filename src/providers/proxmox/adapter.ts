// The Proxmox VE ProviderAdapter: one scope per cluster. Every kind starts from the cluster's
// inventory — one `GET /cluster/resources`, shared by concurrent callers — and reads per node,
// storage or guest only what the kind needs (kinds.ts says what each costs). Every failure leaves
// as a ProviderError naming provider, cluster, region and operation; the API token never does.
import { readFile } from 'node:fs/promises';
import type { Logger } from 'pino';
import type { ProxmoxClusterConfig, ProxmoxProviderConfig } from '../../config/schema.js';
import { logger as rootLogger } from '../../telemetry/logger.js';
import { assembleAdapter, requireConfigured, scopeCalls, type CloudFailures } from '../adapter.js';
import type { Gap } from '../gaps.js';
import { applyFilter, matchesNothing } from '../list-filter.js';
import type { RateLimitOptions } from '../rate-limits/limiter.js';
import { retryPolicy } from '../retry.js';
import { RecentReads } from '../recent-reads.js';
import { Reusable } from '../reusable.js';
import { configuredSecrets, tokenSource } from '../secret-source.js';
import type { ListFilter, ProviderAdapter, ResourceKind, ResourceTypes, Scope } from '../types.js';
import { PveClient } from './client.js';
import { CaFileError, describePveError, toProviderError } from './errors.js';
import { inventoryOf } from './inventory.js';
import { KINDS, RESOURCES_OPERATION } from './kinds.js';
import { METRICS_OPERATION, getMetrics } from './metrics.js';
import { proxmoxOutline, proxmoxScopeOf } from './outline.js';
import type { ClusterReads } from './reads.js';
import type { ClusterTrust } from './transport.js';
import type { PveNodeResource, PveResource, PveStorageResource } from './wire.js';

export interface ProxmoxAdapterOptions extends RateLimitOptions {
  logger?: Logger;
  /** Longest one request waits for its answer (tests shorten it). */
  attemptTimeoutMs?: number;
}

interface Cluster {
  config: ProxmoxClusterConfig;
  client: PveClient;
  reads: ClusterReads;
  /** The configured token, and the token once read from the environment or a file: scrubbed from every failure. */
  secrets: string[];
}

const failures: CloudFailures = { toProviderError, codeOf: (error) => describePveError(error).code };

export function createProxmoxAdapter(config: ProxmoxProviderConfig, options: ProxmoxAdapterOptions = {}): ProviderAdapter {
  const log = options.logger ?? rootLogger('providers.proxmox');
  const clusters = new Map(config.clusters.map((c) => [c.id, clusterOf(c)]));
  const outline = proxmoxOutline(config);

  function clusterOf(cluster: ProxmoxClusterConfig): Cluster {
    const scope = proxmoxScopeOf(cluster);
    const secrets = configuredSecrets(cluster.credentials);
    const token = tokenSource(cluster.credentials, 'Proxmox VE API token (USER@REALM!TOKENID=SECRET)', secrets);
    const trust = new Reusable(() => trustOf(cluster));
    const client = new PveClient({
      cluster: cluster.id,
      region: scope.region,
      baseUrl: cluster.endpoint,
      trust: () => trust.get(),
      token: () => token.get(),
      tokenRejected: () => token.rejected(),
      policy: retryPolicy(config.maxAttempts),
      maxConcurrency: config.maxConcurrency,
      beforeAttempt: (operation) => options.rateLimits?.take({ ...scope, provider: 'proxmox' as const }, 'api', operation) ?? Promise.resolve(),
      ...(options.attemptTimeoutMs ? { attemptTimeoutMs: options.attemptTimeoutMs } : {}),
    });
    const calls = scopeCalls('proxmox', log, scope, secrets, failures);
    const recent = new RecentReads();
    const reads: ClusterReads = {
      owner: scope,
      now: () => new Date(),
      get: (operation, path, query) => calls.call(operation, () => client.get(operation, path, query)),
      shared: (operation, path, reuse) => recent.read(path, reuse, () => reads.get(operation, path)),
      inventory: (reuse = false) =>
        recent.read('cluster/resources', reuse, async () =>
          inventoryOf(await reads.get<(PveResource | PveStorageResource | PveNodeResource)[]>(RESOURCES_OPERATION, 'cluster/resources'), cluster.nodes),
        ),
    };
    return { config: cluster, client, reads, secrets };
  }

  function clusterFor(scope: Scope, operation: string): Cluster {
    const cluster = scope.provider === 'proxmox' ? clusters.get(scope.account) : undefined;
    const matches = cluster && proxmoxScopeOf(cluster.config).region === scope.region ? cluster : undefined;
    return requireConfigured(matches, scope, operation, 'this cluster is not configured (Proxmox scopes are one per cluster, in its region)');
  }

  async function fetchKind<K extends ResourceKind>(kind: K, scope: Scope, filter: ListFilter, gaps: Gap[]): Promise<ResourceTypes[K][]> {
    const spec = KINDS[kind];
    const cluster = clusterFor(scope, spec.operation);
    if (matchesNothing(filter, [scope.region])) return [];
    const listed = (await spec.list(cluster.reads, filter, gaps)) as ResourceTypes[K][];
    return applyFilter(kind, listed, filter, [scope.region]);
  }

  return assembleAdapter({
    provider: 'proxmox',
    scopes: outline.scopes,
    scopeOf: outline.scopeOf,
    operationOf: (kind) => KINDS[kind].operation,
    fetch: fetchKind,
    metricsOperation: METRICS_OPERATION,
    metrics: (scope, request) => getMetrics(clusterFor(scope, METRICS_OPERATION).reads, request),
    async close() {
      await Promise.all([...clusters.values()].map((cluster) => cluster.client.close()));
    },
    failures,
    secretsOf: (scope) => clusters.get(scope.account)?.secrets ?? [],
  });
}

async function trustOf(cluster: ProxmoxClusterConfig): Promise<ClusterTrust> {
  const { tls } = cluster;
  if (tls.fingerprint) return { fingerprint: tls.fingerprint };
  if (tls.caCertificate) return { ca: tls.caCertificate };
  if (!tls.caFile) return {};
  try {
    return { ca: await readFile(tls.caFile, 'utf8') };
  } catch (error) {
    throw new CaFileError(`cannot read the CA file ${tls.caFile}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}
