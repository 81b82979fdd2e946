// The Azure ProviderAdapter. ARM lists a whole subscription at once (listAll over every
// location), so there is one scope per configured subscription, with region '*': one listing
// serves every location, and the location filter is applied to what comes back. Every failure
// leaves as a ProviderError naming provider, subscription, region ('*') and operation.
//
// get(kind, ids) lists the subscription and picks the ids: ARM's lists take no id filter, and
// fetching resources one by one costs a call per id where the listing costs ⌈all / page size⌉
// — one call for most subscriptions, never more than the listing it replaces.
//
// What a listing costs, per subscription: VMs ⌈N/50⌉ pages of virtualMachines.listAll
// (statusOnly=true: power states included) plus one listing each of NICs, VNets and public IPs
// (the VM's addresses, subnet and NSGs live there) and Resource SKUs once per location per
// process; every other kind one listing (⌈n/page⌉ pages). Concurrent callers of the same
// listing share it. Those auxiliary calls fail alone (vm-join.ts): the VMs come back with only
// what the failed call feeds left unknown, and a gap naming it.
import type { Logger } from 'pino';
import type { AzureProviderConfig } from '../../config/schema.js';
import { logger as rootLogger } from '../../telemetry/logger.js';
import { assembleAdapter, kindSpec, operationOfKind, requireConfigured, scopeCalls, type CloudFailures } from '../adapter.js';
import { ALL_REGIONS, type ListFilter, type ProviderAdapter, type ResourceKind, type ResourceTypes, type Scope } from '../types.js';
import { ClientPool, secretsOf, type ClientPoolOptions } from './clients.js';
import type { SubscriptionContext } from './context.js';
import { createAzureActions } from './actions/index.js';
import { classifyAzureError, toProviderError } from './errors.js';
import { applyFilter, matchesNothing } from '../list-filter.js';
import { canonicalArmId } from './arm-ids.js';
import { KINDS } from './kinds.js';
import { azureScopeOf } from './outline.js';
import { SOURCES, type Source, type SourceName } from './sources.js';
import { METRICS_OPERATION, getMetrics } from './metrics.js';
import { VmSizeCatalog } from './vm-sizes.js';

export interface AzureAdapterOptions extends ClientPoolOptions {
  logger?: Logger;
}

const failures: CloudFailures = { toProviderError, codeOf: (error) => classifyAzureError(error).code };

export function createAzureAdapter(config: AzureProviderConfig, options: AzureAdapterOptions = {}): ProviderAdapter {
  const log = options.logger ?? rootLogger('providers.azure');
  const pool = new ClientPool(config, options);
  const vmSizes = new VmSizeCatalog();
  const scopes: Scope[] = [...pool.subscriptions.keys()].map(azureScopeOf);
  /** Listings in flight, per subscription and operation: concurrent callers (networks and subnets) share one. */
  const inFlight = new Map<string, Promise<unknown[]>>();

  function contextFor(scope: Scope, operation: string): SubscriptionContext {
    const subscription = requireConfigured(
      scope.provider === 'azure' && scope.region === ALL_REGIONS ? pool.subscription(scope.account) : undefined,
      scope,
      operation,
      `this subscription is not configured (Azure scopes are one per subscription, region '${ALL_REGIONS}')`,
    );
    const ctx: SubscriptionContext = {
      ...scopeCalls('azure', log, scope, secretsOf(subscription), failures),
      subscriptionId: subscription.id.toLowerCase(),
      pool,
      vmSizes,
      listAll: (name) => listAll(ctx, name) as never,
    };
    return ctx;
  }

  /** Every page of one subscription-wide listing, shared with concurrent callers of the same one. */
  function listAll(ctx: SubscriptionContext, name: SourceName): Promise<unknown[]> {
    const key = `${ctx.subscriptionId}|${name}`;
    let pending = inFlight.get(key);
    if (!pending) {
      const source = SOURCES[name] as Source<unknown>;
      pending = ctx
        .call(source.operation, async () => {
          const items: unknown[] = [];
          let pages = 0;
          for await (const page of source.pages(ctx)) {
            pages += 1;
            items.push(...page);
          }
          log.debug({ scope: ctx.scope, operation: source.operation, pages, items: items.length }, 'azure listing paged');
          return items;
        })
        .finally(() => inFlight.delete(key));
      inFlight.set(key, pending);
    }
    return pending;
  }

  async function fetchKind<K extends ResourceKind>(kind: K, scope: Scope, filter: ListFilter): Promise<ResourceTypes[K][]> {
    const spec = kindSpec(KINDS, kind, scope);
    const ctx = contextFor(scope, SOURCES[spec.source].operation);
    const configuredRegions = pool.subscription(scope.account)?.regions;
    if (matchesNothing(filter, configuredRegions)) return [];
    const raw = await ctx.listAll(spec.source);
    const mapped = (await spec.map(ctx, raw as never[])) as ResourceTypes[K][];
    return applyFilter(kind, mapped, filter, configuredRegions, canonicalArmId);
  }

  return assembleAdapter({
    provider: 'azure',
    scopes,
    scopeOf: azureScopeOf,
    operationOf: (kind) => operationOfKind(KINDS, kind, (spec) => SOURCES[spec.source].operation),
    fetch: fetchKind,
    metricsOperation: METRICS_OPERATION,
    metrics: (scope, request) => getMetrics(contextFor(scope, METRICS_OPERATION), request),
    actions: createAzureActions(contextFor),
    async close() {
      inFlight.clear();
    },
    failures,
    secretsOf: (scope) => secretsOf(pool.subscription(scope.account)),
  });
}
