// Private addresses inside one subnet, handed out in order. Each cloud reserves its own addresses
// at both ends of a subnet, and some leave gaps between the addresses they assign.
import { cidrBase, cidrSize, intToIp } from './ipv4.js';

export interface AddressPoolRules {
  /** Offset of the first address handed out from the subnet's network address. */
  firstOffset: number;
  /** Addresses the cloud keeps at the top of the subnet (the broadcast address counts). */
  reservedAtEnd: number;
  /** How far the next address is from the one just handed out; 1 when absent. */
  step?: () => number;
}

export class SubnetAddressPool {
  private next: number;
  private readonly end: number;
  private allocated = 0;

  constructor(
    readonly cidr: string,
    private readonly rules: AddressPoolRules,
  ) {
    const base = cidrBase(cidr);
    this.next = base + rules.firstOffset;
    this.end = base + cidrSize(cidr) - 1 - rules.reservedAtEnd;
  }

  allocate(): string {
    if (this.next > this.end) throw new Error(`Subnet ${this.cidr} has no free addresses left`);
    const ip = intToIp(this.next);
    this.next += this.rules.step?.() ?? 1;
    this.allocated++;
    return ip;
  }

  /** Addresses handed out so far. */
  get count(): number {
    return this.allocated;
  }
}
