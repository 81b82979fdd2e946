// Which loads may be answered with stale data (src/cache/stale.ts), and how a request hears of it.
// A listing or lookup whose refresh failed because its scope is unhealthy (the circuit is open,
// the cloud is unavailable or throttling) is answered from the cache past its TTL, up to
// `resilience.stale.maxAgeSeconds` old; the request is told, so that the client sees the data is
// stale and how old. Failures that are answers (auth, not found, rejected) are never hidden so.
import type { StaleServing } from '../cache/stale.js';
import type { ProviderError } from '../providers/errors.js';
import type { Scope } from '../providers/types.js';
import { saysScopeUnhealthy } from './breakers.js';
import type { ProviderServices } from './provider-services.js';

/** Data answered past its TTL: whose, which call failed, and how old the data is. */
export interface StaleAnswer {
  scope: Scope;
  operation: string;
  ageSeconds: number;
  /** Why the data could not be refreshed (a CircuitOpenError when the circuit is open). */
  error: ProviderError;
}

/** Where a request hears of the stale answers it was given. */
export type StaleReporter = (answer: StaleAnswer) => void;

/** How `operation` on `scope` serves stale data for a request that reports it to `report`. */
export function staleServing(services: ProviderServices, scope: Scope, operation: string, report: StaleReporter): StaleServing {
  return {
    maxAgeSeconds: services.resilience.stale.maxAgeSeconds,
    allows: saysScopeUnhealthy,
    served: (ageSeconds, error) => report({ scope, operation, ageSeconds, error: error as ProviderError }),
  };
}
