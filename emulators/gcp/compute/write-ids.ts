// What writes hand out: 19-digit resource ids (derived from what is created and when, so the same
// run gives the same ids) and the next free private address of a subnetwork.
import { cidrBase, cidrSize, intToIp, ipToInt } from '../../kit/ipv4.js';
import { hashParts } from '../../kit/prng.js';
import type { GceSubnetwork } from '../fleet/types.js';
import type { WriteContext } from './write-context.js';

/** A Compute Engine–shaped id (19 digits, no leading zero) for the parts given. */
export function idFor(...parts: readonly string[]): string {
  const a = hashParts(...parts, 'a') % 1_000_000_000;
  const b = hashParts(...parts, 'b') % 1_000_000_000;
  return `${1 + (hashParts(...parts, 'c') % 9)}${String(a).padStart(9, '0')}${String(b).padStart(9, '0')}`;
}

/** The lowest address of the subnetwork no interface uses (GCP keeps the first two and the last two). */
export function freeAddress(ctx: WriteContext, subnetwork: GceSubnetwork): string {
  const used = new Set<number>();
  for (const region of ctx.fleet.project(ctx.route.project)?.regions ?? []) {
    for (const instance of region.instances) {
      for (const nic of instance.networkInterfaces) if (nic.subnetwork === subnetwork.selfLink) used.add(ipToInt(nic.networkIP));
    }
  }
  const base = cidrBase(subnetwork.ipCidrRange);
  const last = base + cidrSize(subnetwork.ipCidrRange) - 3;
  for (let n = base + 2; n <= last; n++) if (!used.has(n)) return intToIp(n);
  throw new Error(`Subnetwork ${subnetwork.name} has no free addresses left`);
}
