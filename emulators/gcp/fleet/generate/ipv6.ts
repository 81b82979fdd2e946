// IPv6 as Compute Engine hands it out: a network with internal IPv6 gets a ULA /48 (from
// fd20::/20); a dual-stack subnetwork a /64 — of Google's public space (2600:1900::/28) when its
// IPv6 access type is EXTERNAL, of its network's /48 when INTERNAL; each dual-stack interface a
// /96 of its subnetwork's /64, named by the /96's first address. Compute Engine spells out every
// zero group of these ("2600:1900:4000:1a2b:0:1:0:0"), and the fleet writes them so.
import type { Random } from '../../../kit/prng.js';
import type { GcpAllocator } from './allocator.js';

const hextet = (rng: Random, max = 0xffff): string => rng.int(0, max).toString(16);

/** The first three groups of a ULA /48 (`fd2a:1b:c3d`); its range as a network writes it is `${groups}::/48`. */
export function ulaGroups(rng: Random, allocator: GcpAllocator): string {
  return allocator.unique(() => `fd2${hextet(rng, 0xf)}:${hextet(rng)}:${hextet(rng)}`);
}

/** The first four groups of a /64 of Google's public IPv6 space. */
export function externalGroups(rng: Random, allocator: GcpAllocator): string {
  return allocator.unique(() => `2600:1900:${(0x4000 + rng.int(0, 0xff)).toString(16)}:${hextet(rng)}`);
}

/** `groups` (four) as a /64 prefix, spelt as Compute Engine does. */
export const prefix64 = (groups: string): string => `${groups}:0:0:0:0/64`;

/** The /96s of one subnetwork's /64, handed out in order. */
export class Ipv6Pool {
  private handedOut = 0;

  constructor(readonly groups: string) {}

  /** The next interface's /96, as its first address. */
  next(): string {
    this.handedOut++;
    return `${this.groups}:0:${this.handedOut.toString(16)}:0:0`;
  }
}
