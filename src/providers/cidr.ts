// IPv4 ranges as the model names them: the network address and prefix of a host address
// (a bridge's 10.10.0.11/24 is on 10.10.0.0/24). IPv6 addresses are kept as given.

/** `address`/`prefix` as its network's CIDR. */
export function networkCidr(address: string, prefix: number): string {
  if (address.includes(':') || !Number.isInteger(prefix) || prefix < 0 || prefix > 32) return `${address}/${prefix}`;
  const value = address.split('.').reduce((n, octet) => n * 256 + Number(octet), 0);
  const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  const network = (value & mask) >>> 0;
  return `${[24, 16, 8, 0].map((shift) => (network >>> shift) & 255).join('.')}/${prefix}`;
}

/** 255.255.255.0 → 24. */
export function prefixOfNetmask(netmask: string): number {
  return netmask.split('.').reduce((bits, octet) => bits + ((Number(octet) >>> 0).toString(2).match(/1/g)?.length ?? 0), 0);
}
