// DigitalOcean's rate limits, per token: 5,000 requests per hour and 250 per minute (sliding
// windows). Every answer carries `ratelimit-limit` (the hourly limit), `ratelimit-remaining` and
// `ratelimit-reset` (Unix seconds when the oldest request in the window expires); past either
// limit the request is refused with 429 and those headers.

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
    const admitted = times.length < this.limits.perHour && inMinute.length < this.limits.perMinute;
    if (admitted) times.push(now);
    const minute = times.filter((t) => t > now - MINUTE_MS);
    const minuteLeft = this.limits.perMinute - minute.length;
    const hourLeft = this.limits.perHour - times.length;
    // The window with fewer requests left decides when requests may go again: when its oldest expires.
    const oldest = minuteLeft <= hourLeft ? (minute[0] ?? now) + MINUTE_MS : (times[0] ?? now) + HOUR_MS;
    return {
      admitted,
      headers: {
        'ratelimit-limit': String(this.limits.perHour),
        'ratelimit-remaining': String(Math.max(0, Math.min(minuteLeft, hourLeft))),
        'ratelimit-reset': String(Math.ceil(oldest / 1000)),
      },
    };
  }
}
