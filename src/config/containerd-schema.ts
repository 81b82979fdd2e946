// The `providers.containerd` section: one entry per host running containerd, reached over its
// gRPC socket (unix://, the socket FleetGraph's user must be able to open), and the namespaces
// whose containers are listed (every namespace the daemon has when absent).
import { z } from 'zod';

const idPattern = /^[a-z0-9][a-z0-9-]{0,62}$/;

export const containerdHostSchema = z
  .object({
    /** How FleetGraph names the host (the account in ids): lower-case letters, digits and dashes. */
    id: z.string().regex(idPattern, 'must be lower-case letters, digits and dashes'),
    name: z.string().min(1).optional(),
    /** unix:///run/containerd/containerd.sock (a bare absolute path is read as unix://). */
    socket: z
      .string()
      .regex(/^(unix:\/\/)?\//, 'must be a unix socket: unix:///run/containerd/containerd.sock')
      .transform((s) => (s.startsWith('unix://') ? s : `unix://${s}`)),
    /** containerd namespaces whose containers are listed (k8s.io, moby, default, …); every namespace when absent. */
    namespaces: z.array(z.string().regex(/^[A-Za-z0-9]+(?:[._-][A-Za-z0-9]+)*$/, 'must be a containerd namespace name')).min(1).optional(),
    /** Where the host is (the location in ids and the region filter); the host's id when absent. */
    region: z.string().regex(idPattern, 'must be lower-case letters, digits and dashes').optional(),
  })
  .strict();

export const containerdProviderSchema = z
  .object({
    hosts: z.array(containerdHostSchema).min(1),
    /** Longest one call waits for its answer. */
    timeoutSeconds: z.number().int().min(1).max(600).default(10),
  })
  .strict()
  .refine((p) => new Set(p.hosts.map((h) => h.id)).size === p.hosts.length, { message: 'host ids must be unique' });

export type ContainerdProviderConfig = z.infer<typeof containerdProviderSchema>;
export type ContainerdHostConfig = z.infer<typeof containerdHostSchema>;
