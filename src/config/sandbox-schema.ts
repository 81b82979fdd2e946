// The `sandbox` section: the embedded default's simulated fleet and the emulators it runs.
import { z } from 'zod';

export const sandboxSchema = z
  .object({
    /**
     * Which clouds the sandbox emulates (all seven by default). libvirt's hosts run on libvirt's own
     * test driver, through virsh, and containerd is a real containerd run as root: each is skipped,
     * with a line saying what is missing, where it cannot run.
     */
    clouds: z.array(z.enum(['aws', 'azure', 'gcp', 'digitalocean', 'proxmox', 'libvirt', 'containerd'])).min(1).default(['aws', 'azure', 'gcp', 'digitalocean', 'proxmox', 'libvirt', 'containerd']),
    seed: z.number().int().default(42),
    /** VMs per account and region in the demo fleet (DigitalOcean: at most 5 droplets per team and region, see SANDBOX_DROPLETS_PER_REGION). */
    vmsPerScope: z.number().int().min(1).max(10_000).default(60),
    /** State changes the simulated fleet makes on its own, per minute across all clouds; 0 = none. */
    changesPerMinute: z.number().min(0).max(6000).default(12),
    /** Whether the emulators push changes to the receivers (SNS, Event Grid, Pub/Sub) besides being polled. */
    push: z.boolean().default(true),
    /** Mutations on the demo fleet (writes.enabled), when the server listens on loopback only. */
    writes: z.boolean().default(true),
    /** Mean time each step of an emulated action takes (pending → running, an LRO poll, a zone operation). */
    actionStepMs: z.number().int().min(0).max(60_000).default(3000),
  })
  .strict();
