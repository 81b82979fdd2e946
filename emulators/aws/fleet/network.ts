// Address arithmetic and the naming rules AWS uses for DNS names and MAC addresses.
import type { Random } from '../../kit/prng.js';
import { cidrBase, cidrSize, intToIp } from '../../kit/ipv4.js';
import type { AwsRegionInfo } from './catalogue.js';

export { cidrBase, cidrSize, intToIp, ipToInt } from '../../kit/ipv4.js';

export function privateDnsName(ip: string, region: AwsRegionInfo): string {
  return `ip-${ip.replaceAll('.', '-')}.${region.privateDnsSuffix}`;
}

export function publicDnsName(ip: string, region: AwsRegionInfo): string {
  return `ec2-${ip.replaceAll('.', '-')}.${region.publicDnsSuffix}`;
}

/** A locally administered unicast MAC, as EC2 hands out. */
export function macAddress(rng: Random): string {
  const first = (rng.int(0, 255) & 0xfc) | 0x02;
  const bytes = [first, ...Array.from({ length: 5 }, () => rng.int(0, 255))];
  return bytes.map((b) => b.toString(16).padStart(2, '0')).join(':');
}

/** Hands out unique ids and public addresses across the whole fleet, deterministically. */
export class AwsAllocator {
  private readonly used = new Set<string>();

  /** `prefix-0` + 16 hex digits: the 17-digit form current AWS ids have. */
  id(prefix: string, rng: Random): string {
    for (;;) {
      const id = `${prefix}-0${rng.hex(16)}`;
      if (!this.used.has(id)) {
        this.used.add(id);
        return id;
      }
    }
  }

  publicIp(rng: Random, region: AwsRegionInfo): string {
    for (;;) {
      const [a, from, to] = rng.pick(region.publicIpPrefixes);
      const ip = `${a}.${rng.int(from, to)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
      if (!this.used.has(ip)) {
        this.used.add(ip);
        return ip;
      }
    }
  }
}

/** Hands out private addresses inside one subnet, skipping the five AWS reserves. */
export class SubnetAddressPool {
  private next: number;
  private readonly end: number;
  private allocated = 0;

  constructor(
    readonly cidr: string,
    private readonly rng: Random,
  ) {
    const base = cidrBase(cidr);
    this.next = base + 4 + rng.int(1, 8);
    this.end = base + cidrSize(cidr) - 2; // the last address is reserved too
  }

  allocate(): string {
    if (this.next > this.end) throw new Error(`Subnet ${this.cidr} has no free addresses left`);
    const ip = intToIp(this.next);
    this.next += this.rng.chance(0.2) ? 2 : 1;
    this.allocated++;
    return ip;
  }

  get count(): number {
    return this.allocated;
  }
}
