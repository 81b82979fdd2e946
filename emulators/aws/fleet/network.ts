// The naming rules AWS uses for DNS names and MAC addresses, its id allocator and its subnet
// address pools.
import { SubnetAddressPool } from '../../kit/address-pool.js';
import { UniqueAllocator } from '../../kit/allocator.js';
import type { Random } from '../../kit/prng.js';
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

/** Ids and public addresses unique across the whole fleet. */
export class AwsAllocator extends UniqueAllocator {
  /** `prefix-0` + 16 hex digits: the 17-digit form current AWS ids have. */
  id(prefix: string, rng: Random): string {
    return this.unique(() => `${prefix}-0${rng.hex(16)}`);
  }
}

/** A subnet's private addresses: AWS reserves the first four and the last; EC2 leaves gaps between the ones it assigns. */
export function awsAddressPool(cidr: string, rng: Random): SubnetAddressPool {
  return new SubnetAddressPool(cidr, { firstOffset: 4 + rng.int(1, 8), reservedAtEnd: 1, step: () => (rng.chance(0.2) ? 2 : 1) });
}
