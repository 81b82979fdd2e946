// The `resilience` section of the configuration: circuit breakers per scope and serving stale
// data while a scope fails (README, "Circuit breakers and stale data").
import { z } from 'zod';

export const resilienceSchema = z
  .object({
    /** One breaker per provider, account and region, over the calls FleetGraph makes to it. */
    breaker: z
      .object({
        /**
         * Consecutive failures that say the scope is unhealthy (unavailable, throttled, timed out)
         * after which its circuit opens and its calls fail at once; 0 turns breakers off.
         */
        failures: z.number().int().min(0).max(1000).default(5),
        /** Seconds an open circuit refuses calls before it lets one probe call through. */
        halfOpenAfterSeconds: z.number().positive().max(86_400).default(30),
      })
      .strict()
      .prefault({}),
    /** Cached listings and lookups past their TTL, answered (and marked) while their scope fails. */
    stale: z
      .object({
        /** Oldest data served, in seconds since it was fetched; older data is not served. 0 turns stale answers off. */
        maxAgeSeconds: z.number().int().min(0).max(7 * 86_400).default(900),
      })
      .strict()
      .prefault({}),
  })
  .strict();

export type ResilienceConfig = z.infer<typeof resilienceSchema>;
