// The containerd ProviderAdapter: one scope per host, read over its gRPC socket. Containers are
// listed as workloads of kind container beside the VMs (containers.ts); containerd has no volumes,
// snapshots or networks of the model's kind (its snapshots are image layers), so those list
// nothing, for no call. What a listing costs, per host: one Namespaces/List, and per namespace one
// Containers/List and one Tasks/List; metrics one Containers/List (their CPU limits) and one
// Tasks/Metrics per namespace asked about.
import type { Logger } from 'pino';
import type { ContainerdHostConfig, ContainerdProviderConfig } from '../../config/schema.js';
import { logger as rootLogger } from '../../telemetry/logger.js';
import { assembleAdapter, requireConfigured, scopeCalls, type CloudFailures } from '../adapter.js';
import { CounterSamples, counterSeries } from '../counter-samples.js';
import { applyFilter, matchesNothing } from '../list-filter.js';
import { planInScope } from '../metric-plan.js';
import type { RateLimitOptions } from '../rate-limits/limiter.js';
import { siteOutline, siteScopeOf } from '../site-outline.js';
import type { Gap, ListFilter, MetricRequest, MetricSeries, ProviderAdapter, ResourceKind, ResourceTypes, Scope } from '../types.js';
import { containerNativeId, limitsOf, mapContainer } from './containers.js';
import { describeContainerdError, toProviderError } from './errors.js';
import { ContainerdClient, METHODS } from './grpc.js';
import { idFilters, listContainers, listNamespaces, type HostCalls } from './listing.js';
import { METRICS_OPERATION, READINGS, sampleOfMetric, type ContainerSample } from './metrics.js';
import type { CtrMetric } from './wire.js';

export interface ContainerdAdapterOptions extends RateLimitOptions {
  logger?: Logger;
  /** Samples closer together than this are not kept (default 10 s; tests shorten it). */
  sampleSpacingSeconds?: number;
}

interface Host {
  config: ContainerdHostConfig;
  calls: HostCalls;
  samples: CounterSamples<ContainerSample>;
}

const failures: CloudFailures = { toProviderError, codeOf: (error) => describeContainerdError(error).code };

export function createContainerdAdapter(config: ContainerdProviderConfig, options: ContainerdAdapterOptions = {}): ProviderAdapter {
  const log = options.logger ?? rootLogger('providers.containerd');
  const hosts = new Map(config.hosts.map((h) => [h.id, hostOf(h)]));
  const outline = siteOutline('containerd', config.hosts);

  function hostOf(host: ContainerdHostConfig): Host {
    const scope = siteScopeOf('containerd', host);
    const client = new ContainerdClient({
      host: host.id,
      region: scope.region,
      target: host.socket,
      timeoutMs: config.timeoutSeconds * 1000,
      beforeCall: (operation) => options.rateLimits?.take({ ...scope, provider: 'containerd' as const }, 'grpc', operation) ?? Promise.resolve(),
    });
    const calls = scopeCalls('containerd', log, scope, [], failures);
    return { config: host, calls: { owner: scope, client, call: (operation, run) => calls.call(operation, run) }, samples: new CounterSamples<ContainerSample>(240, options.sampleSpacingSeconds ?? 10) };
  }

  function hostFor(scope: Scope, operation: string): Host {
    const host = scope.provider === 'containerd' ? hosts.get(scope.account) : undefined;
    const matches = host && siteScopeOf('containerd', host.config).region === scope.region ? host : undefined;
    return requireConfigured(matches, scope, operation, 'this host is not configured (containerd scopes are one per host, in its region)');
  }

  async function fetchKind<K extends ResourceKind>(kind: K, scope: Scope, filter: ListFilter, gaps: Gap[]): Promise<ResourceTypes[K][]> {
    const host = hostFor(scope, METHODS.listContainers.operation);
    if (kind !== 'vm' || matchesNothing(filter, [scope.region])) return [];
    const namespaces = await listNamespaces(host.calls, host.config.namespaces, gaps);
    const listed = await Promise.all(namespaces.map((namespace) => listContainers(host.calls, namespace)));
    const vms = listed.flatMap(({ namespace, containers, tasks }) => containers.map((c) => mapContainer(scope, namespace, c, tasks.get(c.id))));
    return applyFilter(kind, vms as ResourceTypes[K][], filter, [scope.region]);
  }

  async function metrics(scope: Scope, request: MetricRequest): Promise<MetricSeries[]> {
    const host = hostFor(scope, METRICS_OPERATION);
    const check = { holds: (id: { provider: string; account: string }) => id.provider === 'containerd' && id.account === scope.account, describe: `host ${scope.account}` };
    const planned = request.queries.map((query) => planInScope(scope, METRICS_OPERATION, query, check, (id) => ({ query, nativeId: id.nativeId })));
    const byNamespace = new Map<string, Set<string>>();
    for (const { nativeId } of planned) {
      const [namespace, ...rest] = nativeId.split('/');
      byNamespace.set(namespace!, (byNamespace.get(namespace!) ?? new Set()).add(rest.join('/')));
    }
    await Promise.all([...byNamespace].map(([namespace, ids]) => sampleNamespace(host, namespace, [...ids])));
    return planned.map(({ query, nativeId }) => counterSeries(query, host.samples.of(nativeId), request, query.name ? READINGS[query.name] : undefined));
  }

  async function sampleNamespace(host: Host, namespace: string, ids: string[]): Promise<void> {
    const filters = idFilters(ids);
    const [{ containers }, answer] = await Promise.all([
      listContainers(host.calls, namespace, filters),
      host.calls.call(METRICS_OPERATION, () => host.calls.client.call<{ metrics?: CtrMetric[] }>(METHODS.metrics, { filters }, namespace)),
    ]);
    const shares = new Map(containers.map((c) => [c.id, limitsOf(c).cpuShare]));
    const at = Math.floor(Date.now() / 1000);
    for (const metric of answer.metrics ?? []) {
      const sample = sampleOfMetric(metric.data, at, shares.get(metric.id) ?? null);
      if (sample) host.samples.record(containerNativeId(namespace, metric.id), sample);
    }
  }

  return assembleAdapter({
    provider: 'containerd',
    scopes: outline.scopes,
    scopeOf: outline.scopeOf,
    operationOf: () => METHODS.listContainers.operation,
    fetch: fetchKind,
    metricsOperation: METRICS_OPERATION,
    metrics,
    async close() {
      for (const host of hosts.values()) host.calls.client.close();
    },
    failures,
    secretsOf: () => [],
  });
}
