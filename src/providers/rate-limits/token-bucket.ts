// The token bucket, cloud-neutral: `capacity` tokens at most, `refillPerSecond` added per second.
// A request reserves one token: when the bucket holds one it goes now; otherwise it is given the
// moment its token will have been added, and the bucket goes below zero by the reserved tokens
// (a queue in arrival order, no retry storms). Whatever the callers, the requests that go within
// any span of t seconds are at most capacity + refillPerSecond · t. A reservation that would wait
// longer than the caller may wait is not made.
//
// TokenStore is where buckets live: this process (MemoryTokenStore) or Redis (redis-buckets.ts,
// the same arithmetic in one Lua script), so every replica draws from one bucket.

export interface BucketSpec {
  capacity: number;
  refillPerSecond: number;
}

export interface TokenStore {
  /**
   * Reserves one token of the bucket at `key`: the ms to wait before using it (0: use it now), or
   * null when that wait would be longer than `maxWaitMs` (then nothing is reserved).
   */
  reserve(key: string, spec: BucketSpec, maxWaitMs: number): Promise<number | null>;
  close(): Promise<void>;
}

export interface BucketState {
  /** Tokens at `at`; below zero while reservations are queued. */
  tokens: number;
  /** When `tokens` was computed, in ms. */
  at: number;
}

export interface Reservation {
  state: BucketState;
  waitMs: number;
}

/** One reservation against `state` (undefined: a full bucket) at time `now` (ms); null when the wait exceeds `maxWaitMs`. */
export function reserveToken(state: BucketState | undefined, spec: BucketSpec, now: number, maxWaitMs: number): Reservation | null {
  const perMs = spec.refillPerSecond / 1000;
  const elapsed = state ? Math.max(0, now - state.at) : 0;
  const tokens = state ? Math.min(spec.capacity, state.tokens + elapsed * perMs) : spec.capacity;
  const waitMs = tokens >= 1 ? 0 : Math.ceil((1 - tokens) / perMs);
  if (waitMs > maxWaitMs) return null;
  return { state: { tokens: tokens - 1, at: now }, waitMs };
}

/** Buckets of this process: the same semantics as Redis, shared by nothing else. */
export class MemoryTokenStore implements TokenStore {
  private readonly buckets = new Map<string, BucketState>();

  constructor(private readonly now: () => number = () => performance.now()) {}

  async reserve(key: string, spec: BucketSpec, maxWaitMs: number): Promise<number | null> {
    const reservation = reserveToken(this.buckets.get(key), spec, this.now(), maxWaitMs);
    if (reservation === null) return null;
    this.buckets.set(key, reservation.state);
    return reservation.waitMs;
  }

  async close(): Promise<void> {
    this.buckets.clear();
  }
}
