// The `providers.proxmox` section: one entry per Proxmox VE cluster (or single node), its API
// endpoint (https only: the token goes in a header), its API token
// (`USER@REALM!TOKENID=SECRET`) from the environment (default PROXMOX_API_TOKEN), a file or the
// config, and how its certificate is trusted. A fresh Proxmox node has a self-signed certificate:
// trust its CA (/etc/pve/pve-root-ca.pem) or pin the node certificate's SHA-256 fingerprint.
// Nothing turns certificate checks off.
import { z } from 'zod';
import { secretSourceSchema } from './secret-source-schema.js';

const tlsSchema = z
  .object({
    /** PEM of the CA to trust besides the system's (Proxmox's pve-root-ca.pem). */
    caCertificate: z.string().includes('-----BEGIN CERTIFICATE-----', { message: 'must be a PEM certificate' }).optional(),
    /** A file holding that PEM. */
    caFile: z.string().min(1).optional(),
    /** The server certificate's SHA-256 fingerprint (`pvenode cert info`): AA:BB:… (32 bytes). */
    fingerprint: z
      .string()
      .transform((v) => v.trim().toUpperCase())
      .pipe(z.string().regex(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/, 'must be a SHA-256 fingerprint: 32 hex bytes separated by colons'))
      .optional(),
  })
  .strict()
  .refine((tls) => [tls.caCertificate, tls.caFile, tls.fingerprint].filter((v) => v !== undefined).length <= 1, {
    message: 'give one of caCertificate, caFile or fingerprint',
  });

export const proxmoxClusterSchema = z
  .object({
    /** The cluster's name as FleetGraph names it (the account in ids): lower-case letters, digits and dashes. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be lower-case letters, digits and dashes'),
    name: z.string().min(1).optional(),
    /** https://HOST:8006 — any node of the cluster (each answers for all). */
    endpoint: z.url().refine((url) => url.startsWith('https://'), 'must be an https:// URL (the API token travels in a header)'),
    /** Where the cluster is (the location in ids and the region filter); the cluster's id when absent. */
    region: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be lower-case letters, digits and dashes').optional(),
    /** The nodes whose guests are listed; every node when absent. */
    nodes: z.array(z.string().min(1)).min(1).optional(),
    credentials: secretSourceSchema.default({ type: 'env', variable: 'PROXMOX_API_TOKEN' }),
    tls: tlsSchema.prefault({}),
  })
  .strict();

export const proxmoxProviderSchema = z
  .object({
    clusters: z.array(proxmoxClusterSchema).min(1),
    /** Attempts per request, including the first (5xx and dropped connections are retried). */
    maxAttempts: z.number().int().min(1).max(10).default(3),
    /** Requests in flight per cluster at most: pveproxy serves with three workers by default. */
    maxConcurrency: z.number().int().min(1).max(64).default(4),
  })
  .strict()
  .refine((p) => new Set(p.clusters.map((c) => c.id)).size === p.clusters.length, { message: 'cluster ids must be unique' });

export type ProxmoxProviderConfig = z.infer<typeof proxmoxProviderSchema>;
export type ProxmoxClusterConfig = z.infer<typeof proxmoxClusterSchema>;
