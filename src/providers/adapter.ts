// What every ProviderAdapter does the same way, whatever the cloud: list, get and metrics run
// guarded (any failure leaves as a ProviderError naming provider, account, region and operation),
// asking for nothing costs no call, each upstream call is timed and logged, an unknown kind or an
// unconfigured scope is refused before any call. Each cloud says how it fetches, what its
// operations are called and how it names a failure.
import type { Logger } from 'pino';
import { ProviderError } from './errors.js';
import type { Gap } from './gaps.js';
import type { ActionAdapter, ListFilter, MetricRequest, MetricSeries, ProviderAdapter, ProviderName, ResourceKind, ResourceTypes, Scope } from './types.js';

/** How a cloud names its failures: a ProviderError with the configured secrets scrubbed, and its own error code for the log. */
export interface CloudFailures {
  toProviderError(error: unknown, scope: Scope, operation: string, secrets: readonly string[]): ProviderError;
  codeOf(error: unknown): string | null;
}

/** What every cloud's per-scope context starts from. */
export interface ScopeCalls {
  scope: Scope;
  log: Logger;
  /** Runs one upstream operation, timed and logged; its failure becomes a ProviderError naming `operation`. */
  call<T>(operation: string, run: () => Promise<T>): Promise<T>;
}

export function scopeCalls(cloud: ProviderName, log: Logger, scope: Scope, secrets: readonly string[], failures: CloudFailures): ScopeCalls {
  return {
    scope,
    log,
    async call(operation, run) {
      const started = performance.now();
      try {
        const result = await run();
        log.debug({ scope, operation, ms: Math.round(performance.now() - started) }, `${cloud} call done`);
        return result;
      } catch (error) {
        const wrapped = failures.toProviderError(error, scope, operation, secrets);
        log.warn({ scope, operation, category: wrapped.category, code: failures.codeOf(error) }, wrapped.message);
        throw wrapped;
      }
    },
  };
}

/** The configuration behind `scope`; INVALID_INPUT saying `notConfigured` when there is none. */
export function requireConfigured<C>(configured: C | undefined, scope: Scope, operation: string, notConfigured: string): C {
  if (configured === undefined) throw new ProviderError('INVALID_INPUT', scope, operation, null, notConfigured);
  return configured;
}

/** A cloud's table of how it lists each resource kind. */
export type ByKind<T> = Readonly<Partial<Record<ResourceKind, T>>>;

/** The kind's entry; INVALID_INPUT naming the kind when the cloud has none (a kind only a caller's cast can make). */
export function kindSpec<Table extends ByKind<unknown>, K extends ResourceKind>(table: Table, kind: K, scope: Scope): NonNullable<Table[K]> {
  const spec = table[kind];
  if (spec === undefined) throw new ProviderError('INVALID_INPUT', scope, `list ${String(kind)}`, null, `unknown resource kind "${String(kind)}"`);
  return spec as NonNullable<Table[K]>;
}

/** The operation a failure to list `kind` is named after: the spec's, or `list <kind>` for a kind the cloud does not have. */
export function operationOfKind<Table extends ByKind<unknown>>(
  table: Table,
  kind: ResourceKind,
  operationOf: (spec: NonNullable<Table[ResourceKind]>) => string,
): string {
  const spec = table[kind];
  return spec === undefined ? `list ${String(kind)}` : operationOf(spec as NonNullable<Table[ResourceKind]>);
}

export interface AdapterParts {
  provider: ProviderName;
  scopes: readonly Scope[];
  scopeOf(account: string, location: string): Scope;
  /** The operation a failure to list `kind` is named after. */
  operationOf(kind: ResourceKind): string;
  /**
   * One logical listing of `kind` in `scope`, filtered (by native id too, for `get`). A listing
   * joined from several upstream listings pushes the parts that failed onto `gaps`.
   */
  fetch<K extends ResourceKind>(kind: K, scope: Scope, filter: ListFilter, gaps: Gap[]): Promise<ResourceTypes[K][]>;
  /** The operation a failure to fetch metrics is named after. */
  metricsOperation: string;
  metrics(scope: Scope, request: MetricRequest): Promise<MetricSeries[]>;
  /** The cloud's lifecycle actions, when it has them. */
  actions?: ActionAdapter;
  close(): Promise<void>;
  failures: CloudFailures;
  /** The configured secrets of the scope's account, scrubbed from every failure. */
  secretsOf(scope: Scope): readonly string[];
}

export function assembleAdapter(parts: AdapterParts): ProviderAdapter {
  async function guarded<T>(scope: Scope, operation: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw parts.failures.toProviderError(error, scope, operation, parts.secretsOf(scope));
    }
  }
  return {
    provider: parts.provider,
    scopes: parts.scopes,
    scopeOf: parts.scopeOf,
    list(kind, scope, filter = {}, gaps = []) {
      return guarded(scope, parts.operationOf(kind), () => parts.fetch(kind, scope, filter, gaps));
    },
    get(kind, scope, nativeIds) {
      if (nativeIds.length === 0) return Promise.resolve([]);
      return guarded(scope, parts.operationOf(kind), () => parts.fetch(kind, scope, { nativeIds: [...nativeIds] }, []));
    },
    metrics(scope, request) {
      if (request.queries.length === 0) return Promise.resolve([]);
      return guarded(scope, parts.metricsOperation, () => parts.metrics(scope, request));
    },
    ...(parts.actions ? { actions: parts.actions } : {}),
    close: () => parts.close(),
  };
}
