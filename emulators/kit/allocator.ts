// Values that must be unique across the whole fleet (resource ids, public addresses), drawn from
// a seeded stream: a value already handed out is drawn again, so the fleet stays deterministic.
import type { Random } from './prng.js';

/** `[first octet, lowest second octet, highest second octet]` of a block a region's public addresses come from. */
export type PublicIpPrefix = readonly [number, number, number];

export class UniqueAllocator {
  private readonly used = new Set<string>();

  /** The first value `draw` gives that was not handed out before. */
  unique(draw: () => string): string {
    for (;;) {
      const value = draw();
      if (!this.used.has(value)) {
        this.used.add(value);
        return value;
      }
    }
  }

  /** A public IPv4 address inside one of the region's prefixes. */
  publicIp(rng: Random, region: { readonly publicIpPrefixes: readonly PublicIpPrefix[] }): string {
    return this.unique(() => {
      const [a, from, to] = rng.pick(region.publicIpPrefixes);
      return `${a}.${rng.int(from, to)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
    });
  }
}
