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

/** Four non-zero hexadecimal groups: the interface half of an address, in canonical form (no group to compress). */
function interfaceIdentifier(rng: Random): string {
  return Array.from({ length: 4 }, () => rng.int(1, 0xffff).toString(16)).join(':');
}

/**
 * The Amazon-provided /56 of a VPC: the region's 32 bits, then 24 of its own (the last byte of the
 * fourth group is the subnets'), e.g. 2600:1f18:4a3:6900::/56.
 */
export function vpcIpv6Block(allocator: AwsAllocator, rng: Random, region: AwsRegionInfo): string {
  return allocator.unique(() => `${region.ipv6Prefix}:${rng.int(1, 0xffff).toString(16)}:${rng.int(0x10, 0xff).toString(16)}00::/56`);
}

/** The `index`-th /64 of a VPC's /56. */
export function subnetIpv6Block(vpcBlock: string, index: number): string {
  const head = vpcBlock.slice(0, vpcBlock.indexOf('00::/56'));
  return `${head}${index.toString(16).padStart(2, '0')}::/64`;
}

/** An address of a /64, its interface half drawn as EC2 draws it. */
export function ipv6AddressIn(allocator: AwsAllocator, rng: Random, subnetBlock: string): string {
  const head = subnetBlock.slice(0, subnetBlock.indexOf('::/64'));
  return allocator.unique(() => `${head}:${interfaceIdentifier(rng)}`);
}

/** A subnet's private addresses: AWS reserves the first four and the last; EC2 leaves gaps between the ones it assigns. */
export function awsAddressPool(cidr: string, rng: Random): SubnetAddressPool {
  return new SubnetAddressPool(cidr, { firstOffset: 4 + rng.int(1, 8), reservedAtEnd: 1, step: () => (rng.chance(0.2) ? 2 : 1) });
}
