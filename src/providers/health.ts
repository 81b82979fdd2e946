// What the last call to each scope said, for Query.providers and /readyz. Updated by the loaders,
// which see every call; nothing here calls a cloud.
import { ProviderError } from './errors.js';
import { scopeKey } from './ids.js';
import type { Gap, Scope } from './types.js';

export type Health = 'HEALTHY' | 'DEGRADED' | 'THROTTLED' | 'FAILING' | 'UNKNOWN';

export interface ScopeHealth {
  health: Health;
  lastErrorCode: string | null;
  lastErrorMessage: string | null;
  checkedAt: Date | null;
}

const UNKNOWN: ScopeHealth = { health: 'UNKNOWN', lastErrorCode: null, lastErrorMessage: null, checkedAt: null };

export class HealthBoard {
  private readonly byScope = new Map<string, ScopeHealth>();

  /** The call answered; `gaps` name the parts of it that failed (a node down, a namespace missing): DEGRADED, with the first. */
  succeeded(scope: Scope, gaps: readonly Gap[] = []): void {
    const gap = gaps[0];
    this.byScope.set(
      scopeKey(scope),
      gap
        ? { health: 'DEGRADED', lastErrorCode: gap.providerCode ?? gap.category, lastErrorMessage: gap.message, checkedAt: new Date() }
        : { health: 'HEALTHY', lastErrorCode: null, lastErrorMessage: null, checkedAt: new Date() },
    );
  }

  failed(scope: Scope, error: unknown): void {
    const providerError = error instanceof ProviderError ? error : null;
    this.byScope.set(scopeKey(scope), {
      health: providerError?.category === 'THROTTLED' ? 'THROTTLED' : 'FAILING',
      lastErrorCode: providerError?.providerCode ?? providerError?.category ?? 'UNKNOWN',
      lastErrorMessage: error instanceof Error ? error.message : String(error),
      checkedAt: new Date(),
    });
  }

  of(scope: Scope): ScopeHealth {
    return this.byScope.get(scopeKey(scope)) ?? UNKNOWN;
  }
}
