// What every ProviderAdapter does the same way, whatever the cloud: list, get and metrics run
// guarded (any failure leaves as a ProviderError naming provider, account, region and operation),
// asking for nothing costs no call, and each upstream call is timed and logged. Each cloud says
// how it fetches, what its operations are called and how it wraps a failure.
import type { Logger } from 'pino';
import type { ProviderError } from './errors.js';
import type { ListFilter, MetricRequest, MetricSeries, ProviderAdapter, ProviderName, ResourceKind, ResourceTypes, Scope } from './types.js';

/** A cloud's way of turning any failure in `scope` into a ProviderError for `operation`. */
export type WrapFailure = (error: unknown, scope: Scope, operation: string) => ProviderError;

/** `guarded(scope, operation, run)`: runs `run`, rethrowing whatever it throws as a ProviderError. */
export function guardWith(wrap: WrapFailure) {
  return async function guarded<T>(scope: Scope, operation: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw wrap(error, scope, operation);
    }
  };
}

/**
 * One upstream call, timed: logged at debug as `<cloud> call done` when it succeeds; a failure is
 * wrapped, logged at warn with its category and provider code, and rethrown.
 */
export async function loggedCall<T>(
  log: Logger,
  cloud: string,
  scope: Scope,
  operation: string,
  run: () => Promise<T>,
  wrap: WrapFailure,
  codeOf: (error: unknown) => string | null,
): Promise<T> {
  const started = performance.now();
  try {
    const result = await run();
    log.debug({ scope, operation, ms: Math.round(performance.now() - started) }, `${cloud} call done`);
    return result;
  } catch (error) {
    const wrapped = wrap(error, scope, operation);
    log.warn({ scope, operation, category: wrapped.category, code: codeOf(error) }, wrapped.message);
    throw wrapped;
  }
}

export interface AdapterParts {
  provider: ProviderName;
  scopes: readonly Scope[];
  scopeOf(account: string, location: string): Scope;
  /** The operation a failure to list `kind` is named after. */
  operationOf(kind: ResourceKind): string;
  /** One logical listing of `kind` in `scope`, filtered (by native id too, for `get`). */
  fetch<K extends ResourceKind>(kind: K, scope: Scope, filter: ListFilter): Promise<ResourceTypes[K][]>;
  /** The operation a failure to fetch metrics is named after. */
  metricsOperation: string;
  metrics(scope: Scope, request: MetricRequest): Promise<MetricSeries[]>;
  close(): Promise<void>;
  wrap: WrapFailure;
}

export function assembleAdapter(parts: AdapterParts): ProviderAdapter {
  const guarded = guardWith(parts.wrap);
  return {
    provider: parts.provider,
    scopes: parts.scopes,
    scopeOf: parts.scopeOf,
    list(kind, scope, filter = {}) {
      return guarded(scope, parts.operationOf(kind), () => parts.fetch(kind, scope, filter));
    },
    get(kind, scope, nativeIds) {
      if (nativeIds.length === 0) return Promise.resolve([]);
      return guarded(scope, parts.operationOf(kind), () => parts.fetch(kind, scope, { nativeIds: [...nativeIds] }));
    },
    metrics(scope, request) {
      if (request.queries.length === 0) return Promise.resolve([]);
      return guarded(scope, parts.metricsOperation, () => parts.metrics(scope, request));
    },
    close: () => parts.close(),
  };
}
