// Every adapter call goes through here: it passes the scope's circuit breaker (src/loaders/breakers.ts),
// records the scope's health (DEGRADED when a listing answered with gaps) and guarantees the caller sees a ProviderError, whatever the adapter threw.
// With tracing on, each call is a span: the parent of the cloud requests (pages, retries) it makes.
import { ProviderError } from '../providers/errors.js';
import type { Gap, Scope } from '../providers/types.js';
import { withSpan } from '../telemetry/tracing.js';
import { CircuitOpenError } from './breakers.js';
import type { ProviderServices } from './provider-services.js';

/** `gapsOf`: the parts of a successful answer that failed (a listing's gaps): the scope is then DEGRADED. */
export function callScope<T>(services: ProviderServices, scope: Scope, operation: string, call: () => Promise<T>, gapsOf?: (result: T) => readonly Gap[]): Promise<T> {
  const attributes = { 'cloud.provider': scope.provider, 'cloud.account.id': scope.account, 'cloud.region': scope.region, 'fleetgraph.operation': operation };
  return withSpan(`fleetgraph ${operation}`, attributes, () => callWithHealth(services, scope, operation, call, gapsOf));
}

async function callWithHealth<T>(services: ProviderServices, scope: Scope, operation: string, call: () => Promise<T>, gapsOf?: (result: T) => readonly Gap[]): Promise<T> {
  try {
    const result = await services.breakers.run(scope, operation, () => classified(scope, operation, call));
    services.registry.health.succeeded(scope, gapsOf?.(result));
    return result;
  } catch (error) {
    const providerError = error as ProviderError; // classified, or the breaker's own
    // A request refused before it was sent says nothing about the provider's health; nor does a
    // call the open circuit did not make (the health stays what the last real call said).
    if (providerError.category !== 'INVALID_INPUT' && !(providerError instanceof CircuitOpenError)) services.registry.health.failed(scope, providerError);
    throw providerError;
  }
}

async function classified<T>(scope: Scope, operation: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof ProviderError) throw error;
    throw new ProviderError('UNKNOWN', scope, operation, null, error instanceof Error ? error.message : String(error), { cause: error });
  }
}
