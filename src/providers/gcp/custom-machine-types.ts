// Custom machine types carry their size in their name, so it is read here and never depends on a
// machineTypes lookup:
//   custom-4-16384 (N1), n2-custom-6-24576, e2-custom-2-6144, n2-custom-8-32768-ext (extended
//   memory: the same reading) — vCPUs, then MiB;
//   e2-custom-micro-2048, e2-custom-small-3072, e2-custom-medium-6144 — the E2 shared-core custom
//   types: only the memory is chosen. Like e2-micro/-small/-medium, the guest sees 2 vCPUs and may
//   burst on both, but is sustained on (and billed for) a fraction of one: 0.25, 0.5 and 1 vCPU.
//   The model's vcpus is an integer and means what the guest sees, so these report 2 — what
//   Compute Engine's own guestCpus says for the predefined shared-core E2 types — and the billed
//   fraction is kept apart, for pricing.
// Pure.

export interface CustomMachineType {
  /** The machine family it is priced as: `n1` for the unprefixed `custom-…`. */
  family: string;
  vcpus: number;
  memoryMiB: number;
  /** The vCPUs billed, when less than `vcpus` (shared-core types), as a decimal string; null otherwise. */
  billedVcpus: string | null;
}

const SIZED = /^(?:([a-z][0-9][a-z0-9]*)-)?custom-(\d+)-(\d+)(?:-ext)?$/;
const SHARED_CORE = /^e2-custom-(micro|small|medium)-(\d+)$/;

/** The vCPU share each E2 shared-core size is sustained on (and billed for). */
const SHARED_CORE_FRACTIONS: Readonly<Record<string, string>> = { micro: '0.25', small: '0.5', medium: '1' };

/** The vCPUs the guest of an E2 shared-core type sees. */
export const SHARED_CORE_GUEST_VCPUS = 2;

/** The size in a custom type's name; null for a predefined type (or a name that is not a machine type). */
export function parseCustomMachineType(name: string): CustomMachineType | null {
  const shared = SHARED_CORE.exec(name);
  if (shared) return { family: 'e2', vcpus: SHARED_CORE_GUEST_VCPUS, memoryMiB: Number(shared[2]), billedVcpus: SHARED_CORE_FRACTIONS[shared[1]!]! };
  const sized = SIZED.exec(name);
  if (!sized) return null;
  return { family: sized[1] ?? 'n1', vcpus: Number(sized[2]), memoryMiB: Number(sized[3]), billedVcpus: null };
}
