// How many mutations one caller may send per minute (`writes.perCallerPerMinute`), dry runs
// included: a counter per caller per clock minute, in Redis when configured (so the limit holds
// across replicas), else in this process.
import type { Redis } from 'ioredis';

export interface LimitDecision {
  allowed: boolean;
  /** Seconds until the next minute starts, when refused. */
  retryAfterSeconds: number;
}

export interface CallerLimits {
  take(callerId: string): Promise<LimitDecision>;
}

function decision(count: number, perMinute: number, now: number): LimitDecision {
  return { allowed: count <= perMinute, retryAfterSeconds: Math.ceil((60_000 - (now % 60_000)) / 1000) };
}

export function memoryCallerLimits(perMinute: number): CallerLimits {
  const counts = new Map<string, number>();
  let minute = -1;
  return {
    async take(callerId) {
      const now = Date.now();
      if (Math.floor(now / 60_000) !== minute) {
        minute = Math.floor(now / 60_000);
        counts.clear();
      }
      const count = (counts.get(callerId) ?? 0) + 1;
      counts.set(callerId, count);
      return decision(count, perMinute, now);
    },
  };
}

export function redisCallerLimits(client: Redis, prefix: string, perMinute: number): CallerLimits {
  return {
    async take(callerId) {
      const now = Date.now();
      const key = `${prefix}ops:rate:${Math.floor(now / 60_000)}:${callerId}`;
      const results = await client.multi().incr(key).expire(key, 120).exec();
      const [error, count] = results?.[0] ?? [new Error('rate count was not executed'), 0];
      if (error) throw error;
      return decision(Number(count), perMinute, now);
    },
  };
}
