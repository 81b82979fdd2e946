// Injected failures: throttling, unavailability and latency, for requests matching a rule. Same
// contract as the AWS emulator's injector, plus `retryAfterSeconds` for the Retry-After header a
// throttled answer carries (Azure's SDKs wait exactly that long before retrying).
import type { AzureService } from './request-log.js';

export type FaultKind = 'throttle' | 'unavailable' | 'latency';

export interface FaultRule {
  service?: AzureService;
  action?: string;
  account?: string;
  region?: string;
  kind: FaultKind;
  /** For 'latency': how long to hold the answer. Default 200 ms. */
  latencyMs?: number;
  /** For 'throttle': the Retry-After value, in seconds. Default 1. */
  retryAfterSeconds?: number;
  /** How many matching requests the rule affects; unlimited when absent. */
  times?: number;
}

export interface FaultTarget {
  service: AzureService;
  action: string;
  account: string | null;
  region: string | null;
}

export interface FaultDecision {
  delayMs: number;
  error: { kind: 'throttle'; retryAfterSeconds: number } | { kind: 'unavailable' } | null;
}

export const DEFAULT_LATENCY_MS = 200;
export const DEFAULT_RETRY_AFTER_SECONDS = 1;

export class FaultInjector {
  private rules: { rule: FaultRule; remaining: number }[] = [];

  add(rule: FaultRule): void {
    if (rule.times !== undefined && (!Number.isInteger(rule.times) || rule.times < 1)) {
      throw new Error(`Fault rule 'times' must be a positive integer, got ${rule.times}`);
    }
    if (rule.retryAfterSeconds !== undefined && (!Number.isInteger(rule.retryAfterSeconds) || rule.retryAfterSeconds < 0)) {
      throw new Error(`Fault rule 'retryAfterSeconds' must be a non-negative integer, got ${rule.retryAfterSeconds}`);
    }
    this.rules.push({ rule: { ...rule }, remaining: rule.times ?? Number.POSITIVE_INFINITY });
  }

  clear(): void {
    this.rules = [];
  }

  /** Rules still in force, with what is left of their `times`. */
  active(): FaultRule[] {
    return this.rules.map(({ rule, remaining }) => ({ ...rule, ...(Number.isFinite(remaining) ? { times: remaining } : {}) }));
  }

  /**
   * What happens to one request: every matching latency rule adds its delay, the first matching
   * throttle/unavailable rule fails it. Each rule that applies uses up one of its `times`.
   */
  decide(target: FaultTarget): FaultDecision {
    const decision: FaultDecision = { delayMs: 0, error: null };
    for (const entry of this.rules) {
      const { rule } = entry;
      if (!matches(rule, target)) continue;
      if (rule.kind === 'latency') {
        decision.delayMs += rule.latencyMs ?? DEFAULT_LATENCY_MS;
      } else if (decision.error === null) {
        decision.error =
          rule.kind === 'throttle'
            ? { kind: 'throttle', retryAfterSeconds: rule.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS }
            : { kind: 'unavailable' };
      } else {
        continue;
      }
      entry.remaining--;
    }
    this.rules = this.rules.filter((e) => e.remaining > 0);
    return decision;
  }
}

function matches(rule: FaultRule, target: FaultTarget): boolean {
  return (
    (rule.service === undefined || rule.service === target.service) &&
    (rule.action === undefined || rule.action === target.action) &&
    (rule.account === undefined || rule.account === target.account) &&
    (rule.region === undefined || rule.region === target.region)
  );
}
