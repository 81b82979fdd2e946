// Every adapter call goes through here: it records the scope's health and guarantees the
// caller sees a ProviderError, whatever the adapter threw.
import { ProviderError } from '../providers/errors.js';
import type { Scope } from '../providers/types.js';
import type { Services } from './services.js';

export async function callScope<T>(services: Services, scope: Scope, operation: string, call: () => Promise<T>): Promise<T> {
  try {
    const result = await call();
    services.registry.health.succeeded(scope);
    return result;
  } catch (error) {
    const providerError =
      error instanceof ProviderError
        ? error
        : new ProviderError('UNKNOWN', scope, operation, null, error instanceof Error ? error.message : String(error), { cause: error });
    // A request refused before it was sent says nothing about the provider's health.
    if (providerError.category !== 'INVALID_INPUT') services.registry.health.failed(scope, providerError);
    throw providerError;
  }
}
