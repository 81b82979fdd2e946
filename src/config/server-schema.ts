// The public server: where it listens, which browser origins may read it, what one operation may
// ask for, which documents it runs, and how it shuts down.
import { z } from 'zod';

const corsSchema = z
  .object({
    /** Browser pages of other origins may read the API only when listed here (none by default). */
    origins: z.array(z.string().regex(/^https?:\/\/[^/\s]+$/, 'must be an origin such as https://app.example.com (scheme, host, optional port; no path)')).default([]),
    /** Whether listed origins may send cookies and HTTP auth (Access-Control-Allow-Credentials). */
    credentials: z.boolean().default(false),
  })
  .strict();

/**
 * What one operation may ask for. Checked at the gateway before any subgraph is called (cost: before
 * each subgraph request, from its arguments), so a refused operation costs nothing upstream.
 */
const limitsSchema = z
  .object({
    /** Nesting depth of selections (introspection excepted). */
    maxDepth: z.number().int().min(1).default(12),
    /** Aliased fields in one operation (fragments counted where spread). */
    maxAliases: z.number().int().min(0).default(30),
    /** Lexical tokens in the document. */
    maxTokens: z.number().int().min(100).default(5000),
    /** Directives in one operation. */
    maxDirectives: z.number().int().min(0).default(20),
    /**
     * Estimated cost: each object counts 1, times the size of every list it is inside (a page's
     * `first`, a metric series' points). 0 turns the check off.
     */
    maxCost: z.number().int().min(0).default(1_000_000),
    /** Serialised response size; a bigger answer is replaced by an error. */
    maxResponseBytes: z.number().int().min(1024).default(32 * 1024 * 1024),
    /** End-to-end time for one HTTP request; past it the request is answered with an error. */
    requestTimeoutSeconds: z.number().min(1).max(3600).default(60),
  })
  .strict();

/** Trusted documents (persisted operations): with a manifest, only its operations run. */
const trustedDocumentsSchema = z
  .object({
    /** A JSON object of document id (e.g. sha256:<hex>) → GraphQL document, as client codegen writes it. */
    manifest: z.string().min(1),
  })
  .strict();

/** What SIGTERM/SIGINT does, in order: unready, keep serving `unreadySeconds`, close subscribers, drain. */
const shutdownSchema = z
  .object({
    /**
     * How long the process keeps taking new requests after /readyz turned 503, so that a load
     * balancer notices before connections are refused (Kubernetes: its probe period × failure threshold).
     */
    unreadySeconds: z.number().min(0).max(120).default(0),
    /** How long requests in flight may take to finish before they are cut. */
    drainSeconds: z.number().min(0).max(600).default(25),
  })
  .strict();

export const serverSchema = z
  .object({
    host: z.string().default('127.0.0.1'),
    port: z.number().int().min(0).max(65535).default(4000),
    cors: corsSchema.prefault({}),
    limits: limitsSchema.prefault({}),
    trustedDocuments: trustedDocumentsSchema.optional(),
    shutdown: shutdownSchema.prefault({}),
  })
  .strict();

export type ServerConfig = z.infer<typeof serverSchema>;
export type OperationLimitsConfig = z.infer<typeof limitsSchema>;
