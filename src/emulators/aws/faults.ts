// Injected failures: throttling, unavailability and latency, for requests matching a rule.
import type { AwsService } from './request-log.js';

export type FaultKind = 'throttle' | 'unavailable' | 'latency';

export interface FaultRule {
  service?: AwsService;
  action?: string;
  account?: string;
  region?: string;
  kind: FaultKind;
  /** For 'latency': how long to hold the answer. Default 200 ms. */
  latencyMs?: number;
  /** How many matching requests the rule affects; unlimited when absent. */
  times?: number;
}

export interface FaultTarget {
  service: AwsService;
  action: string;
  account: string | null;
  region: string | null;
}

export interface FaultDecision {
  delayMs: number;
  error: 'throttle' | 'unavailable' | null;
}

export const DEFAULT_LATENCY_MS = 200;

export class FaultInjector {
  private rules: { rule: FaultRule; remaining: number }[] = [];

  add(rule: FaultRule): void {
    if (rule.times !== undefined && (!Number.isInteger(rule.times) || rule.times < 1)) {
      throw new Error(`Fault rule 'times' must be a positive integer, got ${rule.times}`);
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
        decision.error = rule.kind;
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
