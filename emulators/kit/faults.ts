// Injected failures: throttling, unavailability, a missing permission and latency, for requests
// matching a rule. One injector for all the cloud emulators; each picks how a failure is reported
// to its server (the bare kind, or with the Retry-After a throttled answer carries), and answers
// 'forbidden' with its cloud's own permission-denied error (a role without the permission).

export type FaultKind = 'throttle' | 'unavailable' | 'forbidden' | 'latency';

export interface FaultRule<S extends string = string> {
  service?: S;
  action?: string;
  account?: string;
  region?: string;
  kind: FaultKind;
  /** For 'latency': how long to hold the answer. Default 200 ms. */
  latencyMs?: number;
  /** For 'throttle', where the emulator reports it: the Retry-After value, in seconds. Default 1. */
  retryAfterSeconds?: number;
  /** How many matching requests the rule affects; unlimited when absent. */
  times?: number;
  /**
   * The share of matching requests the rule affects (0 < share ≤ 1), spread evenly and the same
   * every run: 0.3 affects the 4th, 7th, 10th … matching request. All of them when absent.
   */
  share?: number;
}

export interface FaultTarget<S extends string = string> {
  service: S;
  action: string;
  account: string | null;
  region: string | null;
}

/** A rule that fails the request (rather than delaying it). */
export type FailureKind = 'throttle' | 'unavailable' | 'forbidden';
export type FailingRule<S extends string = string> = FaultRule<S> & { kind: FailureKind };

export interface FaultDecision<E = FailureKind> {
  delayMs: number;
  error: E | null;
}

export const DEFAULT_LATENCY_MS = 200;
export const DEFAULT_RETRY_AFTER_SECONDS = 1;

/** The failure as its bare kind. */
export const failureKind = <S extends string>(rule: FailingRule<S>): FailureKind => rule.kind;

/** The failure with the Retry-After of a throttled answer. */
export type FailureWithRetryAfter = { kind: 'throttle'; retryAfterSeconds: number } | { kind: 'unavailable' } | { kind: 'forbidden' };
export const failureWithRetryAfter = <S extends string>(rule: FailingRule<S>): FailureWithRetryAfter =>
  rule.kind === 'throttle' ? { kind: 'throttle', retryAfterSeconds: rule.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS } : { kind: rule.kind };

export class FaultInjector<S extends string = string, E = FailureKind> {
  private rules: { rule: FaultRule<S>; remaining: number; seen: number }[] = [];

  /** `failure` turns the first matching failing rule into what `decide` reports. */
  constructor(private readonly failure: (rule: FailingRule<S>) => E) {}

  add(rule: FaultRule<S>): void {
    if (rule.times !== undefined && (!Number.isInteger(rule.times) || rule.times < 1)) {
      throw new Error(`Fault rule 'times' must be a positive integer, got ${rule.times}`);
    }
    if (rule.retryAfterSeconds !== undefined && (!Number.isInteger(rule.retryAfterSeconds) || rule.retryAfterSeconds < 0)) {
      throw new Error(`Fault rule 'retryAfterSeconds' must be a non-negative integer, got ${rule.retryAfterSeconds}`);
    }
    if (rule.share !== undefined && !(rule.share > 0 && rule.share <= 1)) {
      throw new Error(`Fault rule 'share' must be in (0, 1], got ${rule.share}`);
    }
    this.rules.push({ rule: { ...rule }, remaining: rule.times ?? Number.POSITIVE_INFINITY, seen: 0 });
  }

  clear(): void {
    this.rules = [];
  }

  /** Rules still in force, with what is left of their `times`. */
  active(): FaultRule<S>[] {
    return this.rules.map(({ rule, remaining }) => ({ ...rule, ...(Number.isFinite(remaining) ? { times: remaining } : {}) }));
  }

  /**
   * What happens to one request: every matching latency rule adds its delay, the first matching
   * throttle/unavailable/forbidden rule fails it. Each rule that applies uses up one of its `times`.
   */
  decide(target: FaultTarget<S>): FaultDecision<E> {
    const decision: FaultDecision<E> = { delayMs: 0, error: null };
    let failed = false;
    for (const entry of this.rules) {
      const { rule } = entry;
      if (!matches(rule, target) || !inShare(entry)) continue;
      if (rule.kind === 'latency') {
        decision.delayMs += rule.latencyMs ?? DEFAULT_LATENCY_MS;
      } else if (!failed) {
        failed = true;
        decision.error = this.failure(rule as FailingRule<S>);
      } else {
        continue;
      }
      entry.remaining--;
    }
    this.rules = this.rules.filter((e) => e.remaining > 0);
    return decision;
  }
}

/** Counts one matching request; true when it is one of the rule's share. */
function inShare(entry: { rule: FaultRule; seen: number }): boolean {
  const share = entry.rule.share ?? 1;
  const n = entry.seen++;
  return Math.floor((n + 1) * share) > Math.floor(n * share);
}

function matches<S extends string>(rule: FaultRule<S>, target: FaultTarget<S>): boolean {
  return (
    (rule.service === undefined || rule.service === target.service) &&
    (rule.action === undefined || rule.action === target.action) &&
    (rule.account === undefined || rule.account === target.account) &&
    (rule.region === undefined || rule.region === target.region)
  );
}
