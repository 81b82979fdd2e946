// DigitalOcean's rate limits, per token: 5,000 requests per hour and a burst limit of 250 per
// minute (sliding windows). Every answer carries the hourly quota: `ratelimit-limit`,
// `ratelimit-remaining` and `ratelimit-reset` (Unix seconds when the oldest request of the hour
// expires). Past the hourly quota a request is refused 429 with those headers; past the burst
// limit, 429 with `Retry-After` (seconds until the oldest request of the minute expires), the
// hourly headers unchanged by it.

export interface RateLimits {
  perMinute: number;
  perHour: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = { perMinute: 250, perHour: 5000 };

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

export interface Admission {
  admitted: boolean;
  headers: Record<string, string>;
}

export class TokenWindows {
  private limits: RateLimits = DEFAULT_RATE_LIMITS;
  private readonly sent = new Map<string, number[]>();

  set(limits: RateLimits): void {
    if (![limits.perMinute, limits.perHour].every((n) => Number.isInteger(n) && n > 0)) throw new Error('rate limits must be positive integers');
    this.limits = limits;
    this.sent.clear();
  }

  /** Counts the request against the token's windows, unless a window is full. */
  admit(token: string, now = Date.now()): Admission {
    const times = (this.sent.get(token) ?? []).filter((t) => t > now - HOUR_MS);
    this.sent.set(token, times);
    const inMinute = times.filter((t) => t > now - MINUTE_MS);
    const hourFull = times.length >= this.limits.perHour;
    const burst = !hourFull && inMinute.length >= this.limits.perMinute;
    const admitted = !hourFull && !burst;
    if (admitted) times.push(now);
    const headers: Record<string, string> = {
      'ratelimit-limit': String(this.limits.perHour),
      'ratelimit-remaining': String(Math.max(0, this.limits.perHour - times.length)),
      'ratelimit-reset': String(Math.ceil(((times[0] ?? now) + HOUR_MS) / 1000)),
    };
    if (burst) headers['retry-after'] = String(Math.max(1, Math.ceil((inMinute[0]! + MINUTE_MS - now) / 1000)));
    return { admitted, headers };
  }
}
