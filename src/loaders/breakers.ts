// One circuit breaker per scope (provider, account, region) over every call FleetGraph makes to
// it (cockatiel's circuit breaker policy). After `failures` calls in a row fail in a way that says
// the scope itself is unhealthy, its circuit opens: calls fail at once, costing the cloud and the
// request nothing. After `halfOpenAfterSeconds` one call is let through as a probe (calls arriving
// meanwhile wait for it): success closes the circuit, failure opens it again.
//
// Only UNAVAILABLE (5xx, timeouts, refused or reset connections) and THROTTLED by the cloud count.
// AUTH does not: a role missing one permission still reads everything else in the scope, and a
// fixed role should work at the next call, not after a probe delay. NOT_FOUND, REJECTED and
// INVALID_INPUT are answers about the request, not about the scope. Nor does a request our own
// rate limiter held back (it never reached the cloud; the limiter already bounds the load, per
// API family, where an open circuit would stop every family). The breakers are per process.
import { BrokenCircuitError, circuitBreaker, CircuitState, ConsecutiveBreaker, handleWhen, type CircuitBreakerPolicy } from 'cockatiel';
import type { ResilienceConfig } from '../config/schema.js';
import { ProviderError } from '../providers/errors.js';
import { scopeKey } from '../providers/ids.js';
import { CLIENT_RATE_LIMIT_CODE } from '../providers/rate-limits/limiter.js';
import type { Scope } from '../providers/types.js';

export type BreakerState = 'CLOSED' | 'OPEN' | 'HALF_OPEN';

export interface BreakerStatus {
  /** HALF_OPEN once the probe delay has passed: the next call is the probe. */
  state: BreakerState;
  /** When the circuit last opened; null while it is closed. */
  openedAt: Date | null;
}

/** True for failures that say the scope cannot answer now (unavailable, throttled): stale data may answer for them. */
export function saysScopeUnhealthy(error: unknown): error is ProviderError {
  return error instanceof ProviderError && (error.category === 'UNAVAILABLE' || error.category === 'THROTTLED');
}

/** The failures a scope's breaker counts: the cloud's own unhealthy answers. */
function tripsBreaker(error: unknown): boolean {
  return saysScopeUnhealthy(error) && error.providerCode !== CLIENT_RATE_LIMIT_CODE;
}

/** A call refused because its scope's circuit is open: no request was sent. */
export class CircuitOpenError extends ProviderError {
  constructor(scope: Scope, operation: string, openedAt: Date | null, probeAt: Date | null) {
    const since = openedAt ? ` since ${openedAt.toISOString()}` : '';
    const until = probeAt && probeAt.getTime() > Date.now() ? `; the next call after ${probeAt.toISOString()} probes it` : '';
    super('UNAVAILABLE', scope, operation, null, `circuit open${since} after repeated failures: the call was not made${until}`);
    this.name = 'CircuitOpenError';
  }
}

interface ScopeBreaker {
  policy: CircuitBreakerPolicy;
  openedAt: Date | null;
}

export class ScopeBreakers {
  private readonly byScope = new Map<string, ScopeBreaker>();

  constructor(private readonly config: ResilienceConfig['breaker']) {}

  /** Runs `call` through the scope's breaker; an open circuit throws CircuitOpenError without calling. */
  async run<T>(scope: Scope, operation: string, call: () => Promise<T>): Promise<T> {
    if (this.config.failures === 0) return call();
    const breaker = this.breakerOf(scope);
    try {
      return await breaker.policy.execute(call);
    } catch (error) {
      if (error instanceof BrokenCircuitError) throw new CircuitOpenError(scope, operation, breaker.openedAt, this.probeAt(breaker));
      throw error;
    }
  }

  status(scope: Scope): BreakerStatus {
    const breaker = this.byScope.get(scopeKey(scope));
    if (!breaker) return { state: 'CLOSED', openedAt: null };
    return { state: this.stateOf(breaker), openedAt: breaker.openedAt };
  }

  private stateOf(breaker: ScopeBreaker): BreakerState {
    switch (breaker.policy.state) {
      case CircuitState.Closed:
        return 'CLOSED';
      case CircuitState.HalfOpen:
        return 'HALF_OPEN';
      default:
        return (this.probeAt(breaker)?.getTime() ?? Infinity) <= Date.now() ? 'HALF_OPEN' : 'OPEN';
    }
  }

  private probeAt(breaker: ScopeBreaker): Date | null {
    return breaker.openedAt && new Date(breaker.openedAt.getTime() + this.config.halfOpenAfterSeconds * 1000);
  }

  private breakerOf(scope: Scope): ScopeBreaker {
    const key = scopeKey(scope);
    let breaker = this.byScope.get(key);
    if (!breaker) {
      const policy = circuitBreaker(handleWhen(tripsBreaker), {
        halfOpenAfter: this.config.halfOpenAfterSeconds * 1000,
        breaker: new ConsecutiveBreaker(this.config.failures),
      });
      const created: ScopeBreaker = { policy, openedAt: null };
      policy.onBreak(() => {
        created.openedAt = new Date();
      });
      policy.onReset(() => {
        created.openedAt = null;
      });
      this.byScope.set(key, created);
      breaker = created;
    }
    return breaker;
  }
}
