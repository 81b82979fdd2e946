// The GCP ProviderAdapter. Compute Engine lists a whole project at once (aggregatedList), so the
// scopes are one per project with region ALL_REGIONS, and scopeOf maps any zone or region of a
// project to it. Every list/get goes through the KINDS table; every failure leaves as a
// ProviderError naming provider, project, region ('*') and operation.
import type { Logger } from 'pino';
import type { GcpProviderConfig } from '../../config/schema.js';
import { logger as rootLogger } from '../../telemetry/logger.js';
import { assembleAdapter, kindSpec, operationOfKind, requireConfigured, scopeCalls, type CloudFailures } from '../adapter.js';
import type { Gap } from '../gaps.js';
import type { RateLimitOptions } from '../rate-limits/limiter.js';
import { retryPolicy, type RetryPolicy } from '../retry.js';
import { ALL_REGIONS, type ListFilter, type ProviderAdapter, type ResourceKind, type ResourceTypes, type Scope } from '../types.js';
import { createGcpActions } from './actions/index.js';
import { secretsOf } from './auth.js';
import { ClientPool } from './clients.js';
import type { ProjectContext } from './context.js';
import { classifyGcpError, toProviderError } from './errors.js';
import { matchesFilter, planFilter } from './filters.js';
import { InstanceDirectory } from './instance-ids.js';
import { KINDS } from './kinds.js';
import { MachineTypeCatalog } from './machine-types.js';
import { getMetrics } from './metrics.js';
import { gcpScopeOf } from './outline.js';
import { withCall } from './rest-fetch.js';

export interface GcpAdapterOptions extends RateLimitOptions {
  logger?: Logger;
  /** Backoff timings (the attempt count comes from the config's maxAttempts). */
  retry?: Partial<Omit<RetryPolicy, 'maxAttempts'>>;
  /** Longest one attempt waits for its answer (default ATTEMPT_TIMEOUT_MS, retry.ts). */
  requestTimeoutMs?: number;
}

const failures: CloudFailures = { toProviderError, codeOf: (error) => classifyGcpError(error).code };

export function createGcpAdapter(config: GcpProviderConfig, options: GcpAdapterOptions = {}): ProviderAdapter {
  const log = options.logger ?? rootLogger('providers.gcp');
  const policy = retryPolicy(config.maxAttempts, options.retry);
  const pool = new ClientPool(config, {
    policy,
    onRetry: ({ labels, attempt, delayMs, status }) => log.debug({ ...labels, attempt, delayMs, status }, 'gcp call retried'),
    ...(options.requestTimeoutMs ? { attemptTimeoutMs: options.requestTimeoutMs } : {}),
  }, options.rateLimits);
  const machineTypes = new MachineTypeCatalog();
  const instanceIds = new InstanceDirectory();

  function contextFor(scope: Scope, operation: string): ProjectContext {
    const project = requireConfigured(pool.projectOf(scope), scope, operation, 'this project is not configured (GCP scopes are one per project, region "*")');
    const calls = scopeCalls('gcp', log, scope, secretsOf(project), failures);
    return {
      ...calls,
      project: project.id,
      config: project,
      clients: () => pool.clientsFor(project),
      machineTypes,
      instanceIds,
      call: (service, op, run) => calls.call(op, () => withCall({ service, operation: op }, run)),
    };
  }

  /** One logical listing: the filter pushed down as far as it goes, every page, then filtered here too. */
  async function fetchKind<K extends ResourceKind>(kind: K, scope: Scope, filter: ListFilter, gaps: Gap[]): Promise<ResourceTypes[K][]> {
    const spec = kindSpec(KINDS, kind, scope);
    const ctx = contextFor(scope, spec.operation);
    const plan = planFilter(spec.pushdown, filter);
    if (plan.nothing) return [];
    const raw = await spec.fetch(ctx, plan.expression, gaps);
    const items = (await spec.map(ctx, raw as never[], filter)) as ResourceTypes[K][];
    const configuredRegions = ctx.config.regions;
    return items.filter((item) => matchesFilter(item, filter, { configuredRegions, zoned: spec.zoned }));
  }

  return assembleAdapter({
    provider: 'gcp',
    scopes: pool.scopes,
    scopeOf: gcpScopeOf,
    operationOf: (kind) => operationOfKind(KINDS, kind, (spec) => spec.operation),
    /**
     * For `get`, names go up as a filter (`(name = "a") OR …`), so the call costs what the matches
     * cost (⌈matches/500⌉ pages, never more than the listing); when they do not fit one filter the
     * project is listed whole and picked from — ⌈all/500⌉ pages, the listing's own cost.
     */
    fetch: fetchKind,
    metricsOperation: 'timeSeries.list',
    metrics: (scope, request) => getMetrics(contextFor(scope, 'timeSeries.list'), request),
    actions: createGcpActions(contextFor),
    async close() {
      await pool.close();
    },
    failures,
    secretsOf: (scope) => {
      const project = pool.projectOf(scope);
      return project ? secretsOf(project) : [];
    },
  });
}
