// The `providers.libvirt` section: one entry per KVM host (or any libvirt connection), reached
// through `virsh` (Debian package libvirt-clients) on a read-only connection. The URI is libvirt's
// own: qemu:///system on the host itself, qemu+ssh://user@host/system through SSH (keys from the
// SSH agent or ~/.ssh, never from the config), test:///path/node.xml for libvirt's test driver.
import { z } from 'zod';

const idPattern = /^[a-z0-9][a-z0-9-]{0,62}$/;

export const libvirtHostSchema = z
  .object({
    /** How FleetGraph names the host (the account in ids): lower-case letters, digits and dashes. */
    id: z.string().regex(idPattern, 'must be lower-case letters, digits and dashes'),
    name: z.string().min(1).optional(),
    /** A libvirt connection URI: qemu:///system, qemu+ssh://user@host/system, test:///abs/node.xml. */
    uri: z
      .string()
      .regex(/^[a-z][a-z0-9+]*:\/\//, 'must be a libvirt connection URI such as qemu:///system or qemu+ssh://user@host/system')
      .refine((uri) => !/^[^/]*:\/\/[^/@]*:[^/@]*@/.test(uri), 'must not hold a password: use SSH keys or libvirt auth configuration'),
    /** Where the host is (the location in ids and the region filter); the host's id when absent. */
    region: z.string().regex(idPattern, 'must be lower-case letters, digits and dashes').optional(),
  })
  .strict();

export const libvirtProviderSchema = z
  .object({
    hosts: z.array(libvirtHostSchema).min(1),
    /** The virsh binary (from libvirt-clients). */
    virsh: z.string().min(1).default('virsh'),
    /** Longest one virsh run may take before it is killed. */
    timeoutSeconds: z.number().int().min(1).max(600).default(30),
    /** virsh processes running per host at most. */
    maxConcurrency: z.number().int().min(1).max(16).default(2),
  })
  .strict()
  .refine((p) => new Set(p.hosts.map((h) => h.id)).size === p.hosts.length, { message: 'host ids must be unique' });

export type LibvirtProviderConfig = z.infer<typeof libvirtProviderSchema>;
export type LibvirtHostConfig = z.infer<typeof libvirtHostSchema>;
