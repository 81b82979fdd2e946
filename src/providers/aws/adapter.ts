// The AWS ProviderAdapter: scopes are account × region; every list/get goes through the KINDS
// table, every failure leaves as a ProviderError naming provider, account, region and operation.
import type { Logger } from 'pino';
import type { AwsProviderConfig } from '../../config/schema.js';
import { logger as rootLogger } from '../../telemetry/logger.js';
import { assembleAdapter, kindSpec, operationOfKind, requireConfigured, scopeCalls, type CloudFailures } from '../adapter.js';
import type { ListFilter, ProviderAdapter, ResourceKind, ResourceTypes, Scope } from '../types.js';
import type { RateLimitOptions } from '../rate-limits/limiter.js';
import { ClientPool, secretsOf } from './clients.js';
import type { ScopeContext } from './context.js';
import { createAwsActions, type ActionContext } from './actions/index.js';
import { classifyAwsError, toProviderError } from './errors.js';
import { MAX_FILTER_VALUES, planCalls } from './filters.js';
import { InstanceTypeCatalog } from './instance-types.js';
import { KINDS } from './kinds.js';
import { awsScopeOf } from './outline.js';
import { getMetrics } from './metrics.js';

export interface AwsAdapterOptions extends RateLimitOptions {
  logger?: Logger;
}

const failures: CloudFailures = { toProviderError, codeOf: (error) => classifyAwsError(error).code };

export function createAwsAdapter(config: AwsProviderConfig, options: AwsAdapterOptions = {}): ProviderAdapter {
  const log = options.logger ?? rootLogger('providers.aws');
  const pool = new ClientPool(config, options.rateLimits);
  const instanceTypes = new InstanceTypeCatalog();

  function contextFor(scope: Scope, operation: string): ScopeContext {
    const account = requireConfigured(pool.accountOf(scope), scope, operation, 'this account and region are not configured');
    return { ...scopeCalls('aws', log, scope, secretsOf(account), failures), clients: pool.clientsFor(scope), instanceTypes };
  }

  /** An action's context: a configured scope's (INVALID_INPUT before any call otherwise), with the secrets its failures are scrubbed of. */
  function actionContextFor(scope: Scope, operation: string): ActionContext {
    const account = requireConfigured(pool.accountOf(scope), scope, operation, 'this account and region are not configured');
    return { ...contextFor(scope, operation), secrets: secretsOf(account) };
  }

  /** One logical call: the filter split into as few upstream calls as the API allows, each paged. */
  async function fetchKind<K extends ResourceKind>(kind: K, scope: Scope, filter: ListFilter): Promise<ResourceTypes[K][]> {
    const spec = kindSpec(KINDS, kind, scope);
    const ctx = contextFor(scope, spec.operation);
    const calls = planCalls(spec.filters, filter);
    const raw = await Promise.all(
      calls.map((filters) =>
        ctx.call(spec.operation, async () => {
          const items: never[] = [];
          let pages = 0;
          for await (const page of spec.fetch(ctx.clients, filters, spec.pageSize ?? 0)) {
            pages += 1;
            items.push(...page);
          }
          log.debug({ scope, operation: spec.operation, pages, items: items.length }, 'aws listing paged');
          return items;
        }),
      ),
    );
    return (await spec.map(ctx, raw.flat(), filter)) as ResourceTypes[K][];
  }

  /**
   * Ids travel as a filter, at most 200 a call; past that, paging through the whole scope costs
   * ⌈all/page size⌉ calls (pages of 500–1000), which for a query over a whole account is the
   * floor, where id batches would cost ⌈ids/200⌉.
   */
  function listingIsCheaper(kind: ResourceKind, ids: number): boolean {
    return ids > MAX_FILTER_VALUES && ((KINDS[kind] as (typeof KINDS)[ResourceKind] | undefined)?.pageSize ?? 0) > MAX_FILTER_VALUES;
  }

  async function listWithIds<K extends ResourceKind>(kind: K, scope: Scope, filter: ListFilter): Promise<ResourceTypes[K][]> {
    if (!filter.nativeIds || !listingIsCheaper(kind, filter.nativeIds.length)) return fetchKind(kind, scope, filter);
    const wanted = new Set(filter.nativeIds);
    return (await fetchKind(kind, scope, { ...filter, nativeIds: undefined })).filter((resource) => wanted.has(resource.nativeId));
  }

  return assembleAdapter({
    provider: 'aws',
    scopes: pool.scopes,
    scopeOf: awsScopeOf,
    operationOf: (kind) => operationOfKind(KINDS, kind, (spec) => spec.operation),
    fetch: listWithIds,
    metricsOperation: 'GetMetricData',
    metrics: (scope, request) => getMetrics(contextFor(scope, 'GetMetricData'), request),
    actions: createAwsActions(actionContextFor),
    async close() {
      pool.destroy();
    },
    failures,
    secretsOf: (scope) => {
      const account = pool.accountOf(scope);
      return account ? secretsOf(account) : [];
    },
  });
}
