// Acting on the fleet. Off by default: the schema then has no mutations at all. On, every mutation
// needs an authorised caller (auth), is rate-limited per caller, refused on protected resources,
// recorded in the audit log and followed as an Operation.
import { z } from 'zod';

export const writesSchema = z
  .object({
    enabled: z.boolean().default(false),
    /** A resource carrying this tag (value compared case-insensitively) cannot be stopped, resized or deleted. Null: no protection tag. */
    protectionTag: z
      .object({ key: z.string().min(1), value: z.string().min(1) })
      .strict()
      .nullable()
      .default({ key: 'fleetgraph:protected', value: 'true' }),
    /** Mutations one caller may send per minute, across replicas (dry runs count). */
    perCallerPerMinute: z.number().int().min(1).max(10_000).default(30),
    /** How often a running operation is looked at. */
    pollSeconds: z.number().min(0.05).max(60).default(2),
    /** An operation still running after this long ends FAILED (the cloud may still finish it). */
    operationTimeoutMinutes: z.number().min(1).max(24 * 60).default(30),
    /** How long operations and idempotency records are kept. */
    retentionDays: z.number().int().min(1).max(365).default(7),
    audit: z
      .object({
        /** Audit entries older than this are trimmed from the stream. */
        retentionDays: z.number().int().min(1).max(3650).default(90),
        /** And at most this many are kept. */
        maxEntries: z.number().int().min(100).max(10_000_000).default(100_000),
      })
      .strict()
      .prefault({}),
  })
  .strict();

export type WritesConfig = z.infer<typeof writesSchema>;
